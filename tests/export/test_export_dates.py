"""Dates in the exports are written as the export's language writes them, where the event is:
the event's date in full ("Sunday, 10 January 2027"), due dates short but with their month's
name ("20 Jan 2027"), never as stored ("2027-01-10")."""

from __future__ import annotations

import re
from datetime import date

import pytest
from kit import all_text

from workshop_app.export import ics, summary, worksheet
from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore

ISO = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.fixture
def event(tmp_path, plan, request):
    store = EventStore.create(
        tmp_path / "Dated.workshop", plan, "Dated event", date="2027-01-10", region=request.param
    )
    group = store.add_group("Northside Clinic")
    actions.save(
        store,
        group.id,
        [{"what": "Name a privacy lead", "owner": "Director", "due": "2027-01-20"}],
    )
    store.set_current_stage(plan.stages[0].id)
    store.end_workshop()
    yield store, group
    store.close()


@pytest.mark.parametrize(
    ("event", "lang", "day", "due"),
    [
        ("uk", "en", "Sunday, 10 January 2027", "20 Jan 2027"),
        ("us", "en", "Sunday, January 10, 2027", "Jan 20, 2027"),
        ("us", "es", "domingo, 10 de enero de 2027", "20 ene 2027"),
    ],
    indirect=["event"],
)
def test_the_worksheet_writes_its_dates_in_its_language(event, lang, day, due, tmp_path):
    store, group = event
    path = worksheet.write_worksheet(store, group, tmp_path / "w.docx", lang=lang)
    text = all_text(path)
    assert day in text and due in text
    assert not ISO.findall(text), ISO.findall(text)


@pytest.mark.parametrize("event", ["uk"], indirect=True)
def test_the_summary_and_the_calendar_write_their_dates_in_full_too(event, tmp_path):
    store, group = event
    text = all_text(summary.write_summary(store, tmp_path / "s.docx", lang="en"))
    assert "Sunday, 10 January 2027" in text and "20 Jan 2027" in text
    ended = date.fromisoformat(store.event().ended_at[:10]).strftime("%-d %b %Y")
    assert f"{ended}, {store.event().ended_at[11:16]} UTC" in text  # when it ended, readable
    assert not ISO.findall(text), ISO.findall(text)
    calendar = ics.build_calendar(store, group, actions.calendar_items(store, group.id), "en")
    unfolded = calendar.decode().replace("\r\n ", "")
    assert "Sunday\\, 10 January 2027" in unfolded
