"""Honest times: a stage's actual time ends when the room moves on, at End workshop, on close,
and after a crash at the last moment the app was seen alive (its heartbeat). An ended workshop
never gains time on reopening. The clock is the test's own (store.model.CLOCK)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest

from workshop_app.export import summary
from workshop_app.store import EventStore, model

START = datetime(2026, 11, 25, 17, 30, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at

    def set(self, hh_mm: str) -> None:
        hours, minutes = (float(x) for x in hh_mm.split(":"))
        self.at = START.replace(hour=0, minute=0) + timedelta(hours=hours, minutes=minutes)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(model, "CLOCK", c)
    return c


def timing(path: Path, out: Path) -> dict[str, list[str]]:
    """The session summary's "Planned and actual time" table, written with the app closed."""
    with EventStore.open(path, readonly=True) as store:
        doc = docx.Document(str(summary.write_summary(store, out)))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Stage")
    return {r.cells[0].text: [c.text for c in r.cells[1:]] for r in table.rows[1:]}


def test_an_ended_workshop_never_gains_time(clock, plan, event_path, tmp_path):
    clock.set("18:30")
    with EventStore.create(event_path, plan, "Evening session") as store:
        store.add_group("Cedar Clinic")
        store.set_current_stage("objectives")
        clock.set("18:40")
        store.set_current_stage("stakeholders")  # the room moves on: objectives ran 10 min
        clock.set("18:52")
        store.set_current_stage("drafting")
        clock.set("19:01.8")
        store.set_current_stage("report_back")
        clock.set("19:01.8")
        store.set_current_stage("drafting")  # back to drafting for its last 2.2 minutes
        clock.set("19:04")
        store.end_workshop()
        at_end = store.actual_minutes()
    assert at_end["drafting"] == pytest.approx(9.8 + 2.2)
    assert at_end["objectives"] == pytest.approx(10)
    clock.set("19:06")
    with EventStore.open(event_path) as store:  # reopen, look at a few stages, quit
        store.set_current_stage("stakeholders")
        clock.set("19:07")
        store.set_current_stage("drafting")
        clock.set("19:08")
        store.pause_stage_log()
        assert store.actual_minutes() == pytest.approx(at_end)
    clock.set("19:09")
    first = timing(event_path, tmp_path / "at 19.09.docx")
    clock.set("19:10")
    second = timing(event_path, tmp_path / "at 19.10.docx")
    assert first == second
    assert first["Policy drafting"][1] == "12 min"
    with EventStore.open(event_path, readonly=True) as store:
        assert store.actual_minutes() == pytest.approx(at_end)


def test_a_stage_running_when_the_app_is_closed_stops_counting(clock, plan, event_path, tmp_path):
    clock.set("10:00")
    with EventStore.create(event_path, plan, "Morning") as store:
        store.set_current_stage("stakeholders")
        clock.set("10:07")
        assert store.actual_minutes()["stakeholders"] == pytest.approx(7)  # live: counts now
        store.pause_stage_log()  # what the console does on close
    clock.set("11:00")
    assert timing(event_path, tmp_path / "s.docx")["Stakeholders"][1] == "7 min"


CRASHING_APP = """
import sys, time
from datetime import datetime
from pathlib import Path
from workshop_app.store import EventStore, model
from workshop_app.store.keeper import FileKeeper

clock = Path(sys.argv[2])
model.CLOCK = lambda: datetime.fromisoformat(clock.read_text())
FileKeeper.HEARTBEAT_SECONDS = 0.05
store = EventStore.open(sys.argv[1], backup=False)
store.set_current_stage("stakeholders")
print("running", flush=True)
time.sleep(120)
"""


def alive_at(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'alive_at'").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_after_a_crash_the_stage_ends_at_the_last_heartbeat(clock, plan, event_path, tmp_path):
    EventStore.create(event_path, plan, "Crash").close()
    app_clock = tmp_path / "clock"
    app_clock.write_text("2026-11-25T14:00:00+00:00")
    app = subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP, str(event_path), str(app_clock)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout.readline().strip() == "running"
        app_clock.write_text("2026-11-25T14:03:00+00:00")  # the app is still alive at 14:03
        deadline = time.monotonic() + 20
        while alive_at(event_path) != "2026-11-25T14:03:00.000+00:00":
            assert time.monotonic() < deadline, alive_at(event_path)
            time.sleep(0.05)
    finally:
        app.send_signal(signal.SIGKILL)
        app.communicate(timeout=10)
    clock.set("15:00")  # an hour later, with the app gone
    assert timing(event_path, tmp_path / "s.docx")["Stakeholders"][1] == "3 min"
    with EventStore.open(event_path) as store:  # reopened: the clock left running is ended
        entry = store.stage_log()[-1]
        assert entry.ended_at == "2026-11-25T14:03:00.000+00:00"
        clock.set("15:30")
        assert store.actual_minutes()["stakeholders"] == pytest.approx(3)
