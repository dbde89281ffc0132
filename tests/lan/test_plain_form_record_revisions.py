"""The form without JavaScript says which revision of each record it showed: an action plan
saved from a phone's plain form over a version the facilitator saved after the page loaded is
kept, the facilitator's stays in the history, and the phone's page shows both."""

from __future__ import annotations

import html
import re

from workshop_app.kinds.report_back import model as actions

STAGE = "report_back"


def test_a_plain_form_record_save_over_an_unseen_version_keeps_both_and_shows_theirs(
    entry, device, groups, store
):
    own = groups[0].id
    first = actions.add(store, own, {"what": "Ask the board"})
    store.set_current_stage(STAGE)
    phone = device()
    assert phone.join(entry[1].code, own).status == 303
    page = phone.get("/").body
    shown = store.record(own, actions.KIND).revision
    assert f'name="rr.actions" value="{shown}"' in page  # the form carries what it showed

    # the facilitator changes the plan in the console while the phone's page is open
    actions.update(store, own, first.id, what="Console: ask the board by Friday")

    sent = {
        "group_id": own,
        "stage_id": STAGE,
        "edit": "plain1",
        "actions": "1",
        "action.0.id": first.id,
        "action.0.what": "Phone: ask the board and the staff",
        "action.0.owner": "",
        "action.0.due": "",
        "action.0.status": "planned",
        "rr.actions": re.search(r'name="rr.actions" value="(\d+)"', page).group(1),
    }
    reply = phone.post_form("/save", sent)
    assert reply.status == 200, reply.status  # not the usual redirect: there is a conflict
    assert "the facilitator" in reply.body and "Action items" in reply.body
    assert html.escape("Console: ask the board by Friday", quote=False) in reply.body  # theirs

    history = store.record_history(own, actions.KIND)
    assert history[0].source == "browser" and history[0].based_on == shown
    assert history[0].data[0]["what"] == "Phone: ask the board and the staff"  # kept, current
    assert history[1].source == "console"
    assert history[1].data[0]["what"] == "Console: ask the board by Friday"  # kept, history

    # the same form sent again (a reload) is stored once; a form based on what is current
    # now saves as usual
    assert phone.post_form("/save", sent).status == 200
    assert len(store.record_history(own, actions.KIND)) == len(history)
    current = store.record(own, actions.KIND).revision
    again = {**sent, "edit": "plain2", "rr.actions": str(current), "action.0.owner": "ED"}
    assert phone.post_form("/save", again).status == 303
