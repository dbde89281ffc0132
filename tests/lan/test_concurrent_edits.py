"""Concurrent edits never silently overwrite: every save says which revision it was based on; a
save over a revision its author never saw is kept (and so is theirs, in the history), and both
sides are told, with both texts. Store API and the participant HTTP protocol."""

from __future__ import annotations

import time

from workshop_app.store import Change

STAGE = "stakeholders"


def test_store_a_save_over_an_unseen_revision_says_so_with_their_text(store):
    g = store.add_group("Cedar Clinic").id
    heard: list[Change] = []
    store.subscribe(heard.append)
    first = store.save_answer(g, STAGE, "served", "Device text", source="browser", based_on=0)
    assert first.conflict is None
    ours = store.save_answer(g, STAGE, "served", "Console text", based_on=0)  # had not seen it
    assert ours.revision == 2
    assert ours.conflict is not None and ours.conflict.text == "Device text"
    assert ours.conflict.source == "browser" and ours.conflict.revision == 1
    assert heard[-1].replaced == 1
    assert store.answer_text(g, STAGE, "served") == "Console text"
    assert [a.text for a in store.answer_history(g, STAGE, "served")] == [
        "Console text",
        "Device text",
    ]
    seen = store.save_answer(g, STAGE, "served", "Console text, edited", based_on=2)
    assert seen.conflict is None and heard[-1].replaced is None
    assert store.answers_as_saved(g, STAGE)[0].based_on == 2


def test_store_records_and_a_resent_save_keep_the_conflict(store):
    g = store.add_group("Cedar Clinic").id
    store.save_record(g, "actions", [{"what": "Theirs"}], source="browser", based_on=0)
    ours = store.save_record(g, "actions", [{"what": "Ours"}], based_on=0, edit_id="e1")
    assert ours.conflict is not None and ours.conflict.data == [{"what": "Theirs"}]
    again = store.save_record(g, "actions", [{"what": "Ours"}], based_on=0, edit_id="e1")
    assert again.duplicate and again.conflict is not None and again.revision == ours.revision
    assert [r.data for r in store.record_history(g, "actions")] == [
        [{"what": "Ours"}],
        [{"what": "Theirs"}],
    ]


def test_two_devices_of_one_group_are_told_with_both_texts(store, groups, entry, device):
    _server, info = entry
    harbour = groups[0]
    one, two = device(), device()
    assert one.join(info.code, harbour.id).status == 303
    assert two.join(info.code, harbour.id, pin=harbour.pin).status == 303

    def save(phone, text, based_on, edit):
        return phone.post_json(
            "/api/answer",
            {
                "group_id": harbour.id,
                "stage_id": STAGE,
                "prompt_id": "served",
                "text": text,
                "edit_id": edit,
                "based_on": based_on,
            },
        )

    first = save(one, "Tenants facing eviction", 0, "a1")
    assert first.status == 200 and first.json()["conflict"] is None
    # the second device opened the page before that save (revision 0) and typed on
    second = save(two, "Families in temporary housing", 0, "b1")
    assert second.status == 200
    body = second.json()
    assert body["revision"] == 2
    assert body["conflict"] == {
        "revision": 1,
        "source": "browser",
        "saved_at": body["conflict"]["saved_at"],
        "text": "Tenants facing eviction",
    }
    assert save(two, "Families in temporary housing", 0, "b1").json()["conflict"]["revision"] == 1
    # the first device learns its text was replaced by a save that had not seen it
    state = one.get(f"/api/state?stage={STAGE}").json()["answers"]["served"]
    assert state["text"] == "Families in temporary housing" and state["based_on"] == 0
    texts = [a.text for a in store.answer_history(harbour.id, STAGE, "served")]
    assert texts == ["Families in temporary housing", "Tenants facing eviction"]
    # a save based on what it saw is no conflict
    assert save(one, "Both groups", 2, "a2").json()["conflict"] is None


def test_the_plain_form_shows_their_text_after_a_save_over_it(store, groups, entry, device):
    _server, info = entry
    harbour = groups[0]
    phone = device()
    assert phone.join(info.code, harbour.id).status == 303
    store.set_current_stage(STAGE)
    deadline = time.monotonic() + 5
    while 'name="r.served"' not in (page := phone.get("/")).body:  # the server follows the stage
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert 'name="r.served" value="0"' in page.body
    store.save_answer(harbour.id, STAGE, "served", "The facilitator's <b>words</b>", based_on=0)
    reply = phone.post_form(
        "/save",
        {
            "csrf": page.csrf,
            "group_id": harbour.id,
            "stage_id": STAGE,
            "edit": "n1",
            "r.served": "0",
            "a.served": "Our own words",
        },
    )
    assert reply.status == 200
    assert "the facilitator" in reply.body and "saved a different text" in reply.body
    assert "The facilitator&#39;s &lt;b&gt;words&lt;/b&gt;" in reply.body
    assert store.answer_text(harbour.id, STAGE, "served") == "Our own words"
    assert 'name="r.served" value="2"' in reply.body
