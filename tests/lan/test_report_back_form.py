"""The participant page's action plan at the report-back stage: shown, saved, refused."""

from __future__ import annotations

import time

from workshop_app.kinds.report_back import model as actions

STAGE = "report_back"


def _wait_for_stage(phone, text: str) -> str:
    deadline = time.monotonic() + 3
    while text not in (page := phone.get("/").body):
        assert time.monotonic() < deadline, page[:500]
        time.sleep(0.05)
    return page


def test_a_group_sees_edits_and_saves_its_own_action_plan(entry, device, groups, store):
    own, other = groups[0].id, groups[1].id
    actions.add(
        store, own, {"what": "Ask the board <b>now</b>", "owner": "ED", "due": "2026-12-01"}
    )
    actions.add(store, other, {"what": "Other group's secret step"})
    store.set_current_stage(STAGE)
    phone = device()
    assert phone.join(entry[1].code, own).status == 303
    page = _wait_for_stage(phone, "Our action plan")
    assert "Ask the board &lt;b&gt;now&lt;/b&gt;" in page and 'value="2026-12-01"' in page
    assert "Other group" not in page
    assert "/kinds/report_back/stage.js" in page and "/assets/" in page

    first = actions.load(store, own)[0]
    sent = [
        {**first.to_dict(), "status": "started"},
        {
            "id": "b1",
            "what": "Collect every login",
            "owner": "Comms",
            "due": "",
            "status": "planned",
        },
        {"id": "b2", "what": "  ", "owner": "", "due": "", "status": "planned"},  # an empty row
    ]
    reply = phone.post_json("/api/record/actions", {"group_id": own, "data": sent, "edit_id": "e1"})
    assert reply.status == 200, reply.body
    kept = actions.load(store, own)
    assert [(i.what, i.status) for i in kept] == [
        ("Ask the board <b>now</b>", "started"),
        ("Collect every login", "planned"),
    ]
    assert store.record(own, actions.KIND).source == "browser"
    again = phone.post_json("/api/record/actions", {"group_id": own, "data": sent, "edit_id": "e1"})
    assert again.json()["duplicate"] is True

    bad = [{"id": "b3", "what": "Call", "due": "next week", "status": "planned"}]
    refused = phone.post_json("/api/record/actions", {"group_id": own, "data": bad})
    assert refused.status == 400 and "YYYY-MM-DD" in refused.json()["error"]
    elsewhere = phone.post_json("/api/record/actions", {"group_id": other, "data": sent})
    assert elsewhere.status in (403, 404)
    assert [i.what for i in actions.load(store, other)] == ["Other group's secret step"]
    assert len(actions.load(store, own)) == 2
