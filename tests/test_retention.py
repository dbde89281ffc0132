"""Retention: which events are past "Remind me to delete events after N days"."""

from __future__ import annotations

from datetime import date

from workshop_app.retention import due_for_deletion, known_events
from workshop_app.store import EventStore


def test_events_older_than_the_reminder_are_due_oldest_first_unless_kept(tmp_path, plan):
    folder = tmp_path / "Workshops"
    for name, when in (("Old", "2026-01-10"), ("Older", "2025-06-01"), ("New", "2026-11-20")):
        with EventStore.create(folder / f"{name}.workshop", plan, f"{name} event", date=when) as s:
            s.add_group("Cedar Clinic")
    (folder / "not-an-event.workshop").write_text("hello")
    today = date(2026, 11, 30)
    candidates = known_events(folder, [folder / "Old.workshop", tmp_path / "gone.workshop"])
    due = due_for_deletion(candidates, 90, today=today)
    assert [d.title for d in due] == ["Older event", "Old event"]
    assert due[1].describe() == "Old event — 2026-01-10, 1 organization, 324 days ago"
    assert [d.title for d in due_for_deletion(candidates, 400, today=today)] == ["Older event"]
    kept = {str((folder / "Older.workshop").resolve()): "2026-11-01"}
    assert [d.title for d in due_for_deletion(candidates, 90, kept, today=today)] == ["Old event"]
    kept = {str((folder / "Older.workshop").resolve()): "2026-07-01"}  # kept 152 days ago
    assert len(due_for_deletion(candidates, 90, kept, today=today)) == 2
