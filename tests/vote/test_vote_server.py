"""Voting through the participant server: the plain form, two organizations at once, too many
dots, and a device that tries to vote for another organization."""

from __future__ import annotations

import re
import threading
import time

from vote_plan import STAGE

from workshop_app.kinds.vote import model


def _joined(phone, entry, group_id, pin=""):
    device = phone()
    assert device.join(entry[1].code, group_id, pin).status == 303
    deadline = time.monotonic() + 3
    while "Which hard part" not in (page := device.get("/").body):
        assert time.monotonic() < deadline, page[:400]
        time.sleep(0.05)
    return device, page


def _ballot(page: str) -> dict[str, str]:
    """The form's dot fields, as a browser without JavaScript would send them."""
    return dict(re.findall(r'name="(k\.dot\.[^"]+)"[^>]*value="(\d+)"', page, re.S))


def _vote(device, group_id, page, picks: dict[str, int]):
    fields = {k: str(picks.get(k.removeprefix("k.dot."), 0)) for k in _ballot(page)}
    edit = re.search(r'name="k.edit" value="([^"]+)"', page).group(1)
    return device.post_form(
        "/kind/vote", {"group_id": group_id, "stage_id": STAGE, "k.edit": edit, **fields}
    )


def test_the_page_is_a_plain_form_with_every_item_and_this_devices_dots(
    vote_entry, phone, vote_store, vote_groups
):
    a = vote_groups[0]
    device, page = _joined(phone, vote_entry, a.id)
    assert 'formaction="/kind/vote"' in page  # a button of the stage's plain form
    assert "Staff text clients from own phones" in page and "has no policy owner" in page
    assert "Northside Youth Centre has" not in page  # the phones do not learn who is who
    assert "(your organization's)" in page  # its own hard part is marked
    assert "This device has <strong>3</strong> dots" in page
    # its script and style, under versioned names (/assets/<hash>/kinds/vote/…)
    script = re.search(r"/assets/[0-9a-f]+/kinds/vote/stage\.js", page)
    style = re.search(r"/assets/[0-9a-f]+/kinds/vote/stage\.css", page)
    assert script and style, "the vote page links its own script and style"
    assert device.get(style.group(0)).status == 200
    assert device.get("/static/kinds/vote/stage.html").status == 404  # only its script and style
    keys = [k.removeprefix("k.dot.") for k in _ballot(page)]
    reply = _vote(device, a.id, page, {keys[1]: 2})
    assert reply.status == 303 and reply.headers["location"] == "/?saved=1"
    again = device.get(reply.headers["location"]).body
    assert "Saved" in again and "Dots left: 1 of 3" in again
    assert f'name="k.dot.{keys[1]}"' in again and re.search(
        rf'name="k\.dot\.{keys[1]}"[^>]*value="2"', again, re.S
    )
    (record,) = model.history(vote_store, a.id, STAGE, model.device_voter(1))
    assert record.source == "browser" and record.data == {"dots": {keys[1]: 2}}


def test_two_organizations_devices_vote_at_once_and_every_dot_counts(
    vote_entry, phone, vote_store, vote_groups
):
    a, b = vote_groups
    # two devices of each organization (the second one gives the group's PIN)
    devices = [(*_joined(phone, vote_entry, g.id, g.pin), g.id) for g in (a, b, a, b)]
    keys = [k.removeprefix("k.dot.") for k in _ballot(devices[0][1])]
    replies = []

    def vote(device, page, group_id, n):
        replies.append(_vote(device, group_id, page, {keys[n % 2]: 2, keys[(n + 1) % 2]: 1}))

    threads = [
        threading.Thread(target=vote, args=(d, p, g, n)) for n, (d, p, g) in enumerate(devices)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status for r in replies] == [303] * 4
    stage = vote_store.plan.stage(STAGE)
    results = {r.item.key: r for r in model.tally(vote_store, stage)}
    assert results[keys[0]].dots == 6 and results[keys[1]].dots == 6
    assert results[keys[0]].by_group == {a.id: 4, b.id: 2}
    assert len(model.voters(vote_store, a.id, STAGE)) == 2
    assert len(model.voters(vote_store, b.id, STAGE)) == 2


def test_a_device_over_its_dots_is_refused_and_keeps_its_earlier_dots(
    vote_entry, phone, vote_store, vote_groups
):
    a = vote_groups[0]
    device, page = _joined(phone, vote_entry, a.id)
    keys = [k.removeprefix("k.dot.") for k in _ballot(page)]
    assert _vote(device, a.id, page, {keys[0]: 1}).status == 303
    refused = _vote(device, a.id, page, {keys[0]: 3, keys[1]: 2})
    assert refused.status == 400
    assert "That is 5 dots; each device has 3. Take 2 off and save again." in refused.body
    stage = vote_store.plan.stage(STAGE)
    assert model.group_dots(vote_store, a.id, stage) == {keys[0]: 1}


def test_a_device_of_one_organization_cannot_vote_as_another(
    vote_entry, phone, vote_store, vote_groups
):
    a, b = vote_groups
    device, page = _joined(phone, vote_entry, a.id)
    keys = [k.removeprefix("k.dot.") for k in _ballot(page)]
    forged = _vote(device, b.id, page, {keys[0]: 3})
    assert forged.status == 403
    stage = vote_store.plan.stage(STAGE)
    assert model.group_dots(vote_store, b.id, stage) == {}
    assert model.group_dots(vote_store, a.id, stage) == {}
    # and without the form's token nothing is saved either
    fields = {f"k.dot.{keys[0]}": "1", "group_id": a.id, "stage_id": STAGE}
    assert device.post_form("/kind/vote", fields, csrf=False).status == 403
    assert model.group_dots(vote_store, a.id, stage) == {}


def test_a_vote_for_a_stage_the_room_has_left_is_not_saved(
    vote_entry, phone, vote_store, vote_groups
):
    a = vote_groups[0]
    device, page = _joined(phone, vote_entry, a.id)
    keys = [k.removeprefix("k.dot.") for k in _ballot(page)]
    vote_store.set_current_stage("report_back")
    deadline = time.monotonic() + 3
    while "Which hard part" in device.get("/").body:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    late = _vote(device, a.id, page, {keys[0]: 1})
    assert late.status == 409 and "moved on" in late.body
    assert model.group_dots(vote_store, a.id, vote_store.plan.stage(STAGE)) == {}
