"""An optional stage (``optional = true``: the follow-up vote, "if there is time") that was never
run is left out of the worksheets and the session summary; once it ran (the stage log has it,
or the organization recorded something in it) it is printed as any other stage."""

from __future__ import annotations

import pytest
from kit import all_text

from workshop_app.export import summary, worksheet
from workshop_app.kinds.vote import model as vote
from workshop_app.store import EventStore

VOTE = "follow_up_vote"


@pytest.fixture
def event(tmp_path, plan):
    assert plan.stage(VOTE).optional
    store = EventStore.create(tmp_path / "Optional.workshop", plan, "Optional stage event")
    groups = [store.add_group("Northside Clinic"), store.add_group("Casa Arcoíris")]
    for g in groups:
        store.save_answer(g.id, "report_back", "hardest", f"Photos at events ({g.name})")
    store.set_current_stage("report_back")
    yield store, groups
    store.close()


def texts(store, group, tmp_path):
    sheet = all_text(worksheet.write_worksheet(store, group, tmp_path / "w.docx", lang="en"))
    room = all_text(summary.write_summary(store, tmp_path / "s.docx", lang="en"))
    return sheet, room


def test_an_optional_stage_never_run_is_not_in_the_worksheet_or_the_summary(event, tmp_path):
    store, (north, _casa) = event
    sheet, room = texts(store, north, tmp_path)
    assert "Report back" in sheet and "Report back" in room  # the stages that ran, as before
    for text in (sheet, room):
        assert "Follow-up vote" not in text
        assert "Which hard part should a follow-up session take on?" not in text
        assert "No dots were given." not in text


def test_an_optional_stage_that_ran_is_printed(event, tmp_path):
    store, (north, _casa) = event
    store.set_current_stage(VOTE)  # run, though no dot was given
    sheet, room = texts(store, north, tmp_path)
    assert "No dots were given." in sheet
    assert "Follow-up vote (optional)" in room  # its row of the time table
    assert "\nFollow-up vote\n" in room  # its heading in the answers per stage


def test_an_organizations_paper_ballot_keeps_the_stage_in_its_worksheet(event, tmp_path):
    store, (north, casa) = event
    stage = store.plan.stage(VOTE)
    item = vote.items(store, stage)[1]
    vote.cast(store, casa.id, stage, vote.PAPER, {item.key: 2})  # typed in, never run
    assert "Which hard part should a follow-up session take on?" in texts(store, casa, tmp_path)[0]
    sheet, room = texts(store, north, tmp_path)
    assert "Which hard part" not in sheet  # nothing of Northside's in it
    assert "Which hard part should a follow-up session take on?" in room  # the room's was


def test_a_spanish_summary_says_optional_in_spanish(event, tmp_path):
    store, _groups = event
    store.set_current_stage(VOTE)
    room = all_text(summary.write_summary(store, tmp_path / "s.docx", lang="es"))
    assert "(opcional)" in room and "(optional)" not in room
