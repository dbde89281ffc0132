"""The drafting stage on the participant page: choices, the proposed clauses, edits, refusals."""

from __future__ import annotations

import html
import time

from workshop_app.kinds.drafting import clauses

ODD = "{0} & <Co> 🌈 مركز"


def wait_for(condition, timeout: float = 3.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def joined(entry, device, store, group):
    _, info = entry
    laptop = device()
    assert laptop.join(info.code, group.id).status == 303
    store.set_current_stage("drafting")
    wait_for(lambda: "What will your policy cover?" in laptop.get("/").body)
    return laptop


def test_choices_propose_clauses_and_edits_are_kept(entry, device, store, groups):
    group = groups[0]
    store.update_group(group.id, name=ODD)
    laptop = joined(entry, device, store, group)
    page = laptop.get("/").body
    assert "Scope and definitions" in page and "Outreach on dating and hookup apps" not in page
    assert html.escape(ODD, quote=False) in page and ODD not in page  # escaped, never raw markup
    reply = laptop.post_json(
        "/api/record/choices",
        {"group_id": group.id, "data": {"selected": {"platforms": ["dating_apps", "nope"]}}},
    )
    assert reply.status == 200
    page = laptop.get("/").body
    assert "Outreach on dating and hookup apps" in page
    assert "because you chose Dating and hookup apps used for outreach" in page
    assert clauses.load_choices(store, group.id).selected["platforms"] == ("dating_apps",)
    # the browser sends the whole draft back with one clause edited and one left out
    stage = store.plan.stage_of_kind("drafting")
    draft = clauses.draft_for(store, group.id, stage)
    draft = draft.edit("scope", body="Ours {org} & <b>").set_included("location_data", False)
    assert (
        laptop.post_json(
            "/api/record/draft", {"group_id": group.id, "data": draft.to_data()}
        ).status
        == 200
    )
    saved = wait_for(lambda: store.record(group.id, clauses.DRAFT))
    assert saved.source == "browser"
    # unticking later keeps the edit and marks the withdrawn clause
    laptop.post_json("/api/record/choices", {"group_id": group.id, "data": {"selected": {}}})
    now = clauses.draft_for(store, group.id, stage)
    assert now.get("scope").body == "Ours {org} & <b>"
    assert now.get("dating_app_outreach").status == clauses.WITHDRAWN
    page = laptop.get("/").body
    assert "Ours {org} &amp; &lt;b&gt;" in page and "no longer proposed" in page


def test_bad_drafts_are_refused_with_a_message(entry, device, store, groups):
    group, other = groups
    laptop = joined(entry, device, store, group)

    def send(data, group_id=group.id):
        return laptop.post_json("/api/record/draft", {"group_id": group_id, "data": data})

    good = {"clauses": [{"key": "scope", "clause_id": "scope", "status": "proposed"}]}
    assert send(good).status == 200
    assert send(good, other.id).status in (400, 403)  # never another organization's draft
    for bad in (
        "nonsense",
        {"clauses": [{"key": "x", "clause_id": "invented", "status": "proposed"}]},
        {"clauses": [{"key": "own-1", "clause_id": None, "status": "own"}]},
        {"clauses": [{"key": "scope", "clause_id": "scope", "status": "hacked"}]},
        {
            "clauses": [
                {"key": "scope", "clause_id": "scope", "status": "proposed", "body": "x" * 20_001}
            ]
        },
    ):
        reply = send(bad)
        assert reply.status == 400, bad
        assert reply.json()["error"]
    assert store.record(other.id, clauses.DRAFT) is None
