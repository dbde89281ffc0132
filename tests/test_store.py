"""EventStore: every kind of value round-trips, history is kept, and bad files are refused
with a one-line message while the file stays byte-for-byte the same."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from workshop_app import folders
from workshop_app.plan import WorkshopPlan
from workshop_app.store import (
    NOTES,
    SCHEMA_VERSION,
    Change,
    EventFileRefused,
    EventStore,
    SaveError,
    backup_copies,
)
from workshop_app.store import event_store as store_module
from workshop_app.store import files as files_module
from workshop_app.text import InputError


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reopen(s: EventStore) -> EventStore:
    path = s.path
    s.close()
    return EventStore.open(path)


def refused_unchanged(path: Path, *words: str) -> str:
    """Open `path`, expect a one-line refusal naming `words`, and the file left as it was."""
    before = sha256(path) if path.is_file() else None
    with pytest.raises(EventFileRefused) as caught:
        EventStore.open(path)
    message = str(caught.value)
    assert "\n" not in message
    for w in words:
        assert w in message, message
    if before is not None:
        assert sha256(path) == before
    return message


# -- round trips ------------------------------------------------------------------------------


def test_event_fields_round_trip(store: EventStore, plan: WorkshopPlan):
    info = store.event()
    assert (info.title, info.location, info.facilitator) == ("Test event", "Room 1", "Sam")
    assert info.plan_id == plan.id and info.current_stage_id == plan.stages[0].id
    assert info.ended_at is None
    store.update_event(title="Renamed ✨", date="2026-12-01", location="Hall <B>")
    store.set_option("projector_font", "large")
    store = reopen(store)
    try:
        info = store.event()
        assert (info.title, info.date, info.location) == ("Renamed ✨", "2026-12-01", "Hall <B>")
        assert store.option("projector_font") == "large"
        assert store.option("missing", "dflt") == "dflt"
        assert store.plan == plan
        with pytest.raises(InputError, match="empty"):
            store.update_event(title="  ")
        with pytest.raises(KeyError):
            store.update_event(plan_id="other")
    finally:
        store.close()


def test_groups_round_trip(store: EventStore):
    a = store.add_group("Alpha", "alpha@example.org", 5)
    b = store.add_group("Beta", size="3")
    c = store.add_group("Gamma")
    assert (a.position, b.position, c.position) == (0, 1, 2)
    assert b.size == 3 and c.size is None and len(a.pin) == 4 and a.pin.isdigit()
    with pytest.raises(InputError, match="already in this event"):
        store.add_group("ALPHA")
    with pytest.raises(InputError, match="whole number"):
        store.add_group("Delta", size="many")
    store.update_group(b.id, name="Beta Two", contact="b@example.org", size=None)
    store.update_group(a.id, contact="new contact")  # size unchanged
    store.reorder_groups([c.id, a.id, b.id])
    store.remove_group(a.id)
    store = reopen(store)
    try:
        assert [g.name for g in store.groups()] == ["Gamma", "Beta Two"]
        assert [g.name for g in store.groups(include_removed=True)] == [
            "Gamma",
            "Alpha",
            "Beta Two",
        ]
        with pytest.raises(KeyError):
            store.group(a.id)
        store.add_group("Alpha")  # the name is free while Alpha is removed ...
        with pytest.raises(InputError, match="already in this event"):
            store.restore_group(a.id)  # ... so restoring the old one is refused
        store.update_group(store.groups()[-1].id, name="Alpha 2")
        restored = store.restore_group(a.id)
        assert (restored.contact, restored.size) == ("new contact", 5)
        assert store.group(b.id).contact == "b@example.org" and store.group(b.id).size is None
        assert [g.name for g in store.groups()] == ["Gamma", "Alpha", "Beta Two", "Alpha 2"]
        with pytest.raises(ValueError):
            store.reorder_groups([c.id, a.id])
    finally:
        store.close()


def test_answers_notes_and_records_round_trip(store: EventStore):
    g = store.add_group("Org")
    h = store.add_group("Other")
    store.save_answer(g.id, "stakeholders", "served", "People living with HIV")
    store.save_answer(g.id, "stakeholders", "reach", "   ")
    store.save_answer(h.id, "drafting", "field", "HIPAA", source="browser")
    store.save_notes(g.id, "stakeholders", "Ask the board")
    data = {"nodes": [{"name": "Board", "power": 0.9}], "ok": True, "n": None, "ünï": "🌈"}
    store.save_record(g.id, "stakeholder_map", data)
    store = reopen(store)
    try:
        a = store.answer(g.id, "stakeholders", "served")
        assert (a.text, a.revision, a.source) == ("People living with HIV", 1, "console")
        assert store.answer(h.id, "drafting", "field").source == "browser"
        assert store.answer(g.id, "drafting", "field") is None
        assert store.answer_text(g.id, "drafting", "field") == ""
        assert store.notes(g.id, "stakeholders") == "Ask the board"
        assert store.answered_count(g.id, "stakeholders") == 1  # blank and notes not counted
        assert {(x.group_id, x.prompt_id) for x in store.answers(stage_id="stakeholders")} == {
            (g.id, "served"),
            (g.id, "reach"),
            (g.id, NOTES),
        }
        assert len(store.answers(group_id=h.id)) == 1 and len(store.answers()) == 4
        assert store.record(g.id, "stakeholder_map").data == data
        assert store.record(h.id, "stakeholder_map") is None
        with pytest.raises(KeyError):
            store.save_answer(g.id, "stakeholders", "no_such_prompt", "x")
        with pytest.raises(KeyError):
            store.save_answer(g.id, "no_stage", "served", "x")
        with pytest.raises(KeyError):
            store.save_answer(999, "stakeholders", "served", "x")
    finally:
        store.close()


def test_history_keeps_every_version_and_restore_is_a_new_version(store: EventStore):
    g = store.add_group("Org")
    for i in range(1, 6):
        assert store.save_answer(g.id, "stakeholders", "served", f"v{i}").revision == i
    store = reopen(store)
    try:
        history = store.answer_history(g.id, "stakeholders", "served")
        assert [(x.revision, x.text) for x in history] == [(i, f"v{i}") for i in range(5, 0, -1)]
        saved = store.restore_answer(g.id, "stakeholders", "served", 2)
        assert saved.revision == 6
        assert store.answer_text(g.id, "stakeholders", "served") == "v2"
        assert len(store.answer_history(g.id, "stakeholders", "served")) == 6
        with pytest.raises(KeyError):
            store.restore_answer(g.id, "stakeholders", "served", 99)

        store.save_record(g.id, "draft", {"v": 1})
        store.save_record(g.id, "draft", {"v": 2})
        assert store.restore_record(g.id, "draft", 1).revision == 3
        assert store.record(g.id, "draft").data == {"v": 1}
        assert [r.data for r in store.record_history(g.id, "draft")] == [
            {"v": 1},
            {"v": 2},
            {"v": 1},
        ]
    finally:
        store.close()


def test_unchanged_save_writes_no_version(store: EventStore):
    g = store.add_group("Org")
    first = store.save_answer(g.id, "stakeholders", "served", "same")
    again = store.save_answer(g.id, "stakeholders", "served", "same\r\n".rstrip())
    assert again.unchanged and again.revision == first.revision
    assert len(store.answer_history(g.id, "stakeholders", "served")) == 1
    store.save_record(g.id, "draft", {"b": 1, "a": 2})
    assert store.save_record(g.id, "draft", {"a": 2, "b": 1}).unchanged
    assert len(store.record_history(g.id, "draft")) == 1


def test_edit_id_is_stored_once(store: EventStore):
    g = store.add_group("Org")
    first = store.save_answer(g.id, "stakeholders", "served", "from phone", edit_id="e-1")
    store.save_answer(g.id, "stakeholders", "served", "later edit", edit_id="e-2")
    resent = store.save_answer(g.id, "stakeholders", "served", "from phone", edit_id="e-1")
    assert resent.duplicate and resent.revision == first.revision
    assert store.answer_text(g.id, "stakeholders", "served") == "later edit"
    assert len(store.answer_history(g.id, "stakeholders", "served")) == 2
    # the same edit id for another prompt is another edit
    assert not store.save_answer(g.id, "stakeholders", "reach", "x", edit_id="e-1").duplicate

    r1 = store.save_record(g.id, "actions", [1], edit_id="r-1")
    assert store.save_record(g.id, "actions", [1, 2], edit_id="r-1").duplicate
    assert store.record(g.id, "actions").data == [1] and r1.revision == 1


def test_listeners_hear_after_commit(store: EventStore):
    heard: list[Change] = []
    g = store.add_group("Org")

    def listener(change: Change) -> None:
        heard.append(change)
        # the change is committed: another connection already sees it
        with store.sibling() as other:
            if change.what == "answer":
                assert other.answer_text(g.id, "stakeholders", "served") == "hello"

    store.subscribe(listener)
    store.save_answer(g.id, "stakeholders", "served", "hello", source="browser")
    store.unsubscribe(listener)
    store.save_answer(g.id, "stakeholders", "served", "unheard")
    assert heard == [Change("answer", g.id, "stakeholders", "served", 1, "browser")]


def test_stage_log_and_actual_minutes(store: EventStore, monkeypatch: pytest.MonkeyPatch):
    clock = iter(
        [
            "2026-11-25T10:00:00.000+00:00",
            "2026-11-25T10:12:00.000+00:00",
            "2026-11-25T10:30:00.000+00:00",
            "2026-11-25T10:33:00.000+00:00",
            "2026-11-25T10:40:00.000+00:00",
        ]
    )
    monkeypatch.setattr(store_module, "now", lambda: next(clock))
    store.set_current_stage("objectives")
    store.set_current_stage("stakeholders")
    store.set_current_stage("objectives")
    store.set_current_stage("stakeholders")
    store.end_workshop()
    monkeypatch.undo()
    store = reopen(store)
    try:
        log = store.stage_log()
        assert [e.stage_id for e in log] == ["objectives", "stakeholders"] * 2
        assert all(e.ended_at for e in log)
        assert store.actual_minutes() == {"objectives": 15.0, "stakeholders": 25.0}
        assert store.event().ended_at == "2026-11-25T10:40:00.000+00:00"
        assert store.current_stage_id == "stakeholders"
        with pytest.raises(KeyError):
            store.set_current_stage("nope")
    finally:
        store.close()


def test_running_stage_counts_until_now(store: EventStore):
    store.set_current_stage("drafting")
    assert store.stage_log()[-1].ended_at is None
    assert 0 <= store.actual_minutes()["drafting"] < 1
    store.pause_stage_log()
    assert store.stage_log()[-1].ended_at is not None


def test_sibling_connection_in_another_thread(store: EventStore):
    g = store.add_group("Org")
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with store.sibling() as other:
                for i in range(30):
                    other.save_answer(g.id, "report_back", "easiest", f"thread {i}", source="lan")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    for i in range(30):
        store.save_answer(g.id, "report_back", "hardest", f"main {i}")
    thread.join(timeout=30)
    assert not thread.is_alive() and not errors
    assert store.answer_text(g.id, "report_back", "easiest") == "thread 29"
    assert len(store.answer_history(g.id, "report_back", "easiest")) == 30
    assert len(store.answer_history(g.id, "report_back", "hardest")) == 30


# -- refusals ---------------------------------------------------------------------------------


def test_missing_file_and_folder(tmp_path: Path):
    refused_unchanged(tmp_path / "absent.workshop", "absent.workshop", "no such")
    (tmp_path / "dir.workshop").mkdir()
    refused_unchanged(tmp_path / "dir.workshop", "folder")


def test_text_file_and_empty_file_are_refused(tmp_path: Path):
    notes = tmp_path / "notes.workshop"
    notes.write_text("Shopping list\nmilk\n")
    refused_unchanged(notes, "notes.workshop", "not an event file", "not a SQLite")
    empty = tmp_path / "empty.workshop"
    empty.write_bytes(b"")
    refused_unchanged(empty, "not a SQLite")
    assert empty.read_bytes() == b""


def test_sqlite_file_that_is_not_an_event(tmp_path: Path):
    other = tmp_path / "contacts.workshop"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('Ann')")
    conn.commit()
    conn.close()
    refused_unchanged(other, "SQLite database but not a workshop event")
    lookalike = tmp_path / "lookalike.workshop"
    conn = sqlite3.connect(lookalike)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('app', 'some-other-app')")
    conn.commit()
    conn.close()
    refused_unchanged(lookalike, "not a workshop event")


@pytest.mark.parametrize("keep", [0, 8], ids=["whole-pages", "page-headers-kept"])
def test_corrupt_file_is_refused(demo_store: EventStore, tmp_path: Path, keep: int):
    damaged = tmp_path / "damaged.workshop"
    demo_store.copy_to(damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    assert len(data) >= 12 * page
    pages = len(data) // page
    for n in range(pages // 3, 2 * pages // 3):  # garbage over the middle third of the pages
        start, end = n * page + keep, (n + 1) * page - keep
        data[start:end] = bytes((n * 37 + i * 11) % 251 for i in range(end - start))
    damaged.write_bytes(bytes(data))
    message = refused_unchanged(damaged, "damaged.workshop", "damaged", "backup")
    assert "Traceback" not in message and len(message) < 300


def test_newer_file_format_is_refused(store: EventStore, tmp_path: Path):
    store.close()
    newer = tmp_path / "newer.workshop"
    shutil.copy(store.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    refused_unchanged(newer, "newer version", f"file format {SCHEMA_VERSION + 1}")
    with pytest.raises(EventFileRefused, match="newer version"):
        EventStore.open(newer, readonly=True)


HOLD = """
import sys, time
from workshop_app.store import EventStore
s = EventStore.open(sys.argv[1])
s.save_answer(s.add_group("Held").id, "stakeholders", "served", "held open")
print("open", flush=True)
time.sleep(120)
"""

TRY_OPEN = """
import sys
from workshop_app.store import EventStore, EventFileRefused
try:
    EventStore.open(sys.argv[1]).close()
except EventFileRefused as exc:
    print(exc)
    sys.exit(3)
print("opened")
"""


def test_file_open_in_another_instance_is_refused_until_it_dies(store: EventStore):
    path = store.path
    store.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        second = subprocess.run(
            [sys.executable, "-c", TRY_OPEN, str(path)], capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 3, second.stderr
        assert "already open in another" in second.stdout
        refused_unchanged(path, "already open in another")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdout.close()
    again = subprocess.run(
        [sys.executable, "-c", TRY_OPEN, str(path)], capture_output=True, text=True, timeout=60
    )
    assert again.stdout.strip() == "opened", again.stdout + again.stderr
    with EventStore.open(path) as s:  # the held process's committed answer survived the kill
        assert s.answer_text(s.groups()[0].id, "stakeholders", "served") == "held open"


def test_read_only_folder_is_refused(store: EventStore, tmp_path: Path):
    if not shutil.which("chattr"):
        pytest.skip("chattr is not installed: cannot make a folder read-only for root")
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "Event.workshop"
    store.add_group("Org")
    store.copy_to(path)
    store.close()
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not allowed here: {made.stderr.strip()}")
    try:
        probe = folder / "probe"
        with pytest.raises(OSError):
            probe.write_text("x")
        refused_unchanged(path, "read-only", "copy Event.workshop")
        with EventStore.open(path, readonly=True) as ro:  # reading it still works (info, export)
            assert [g.name for g in ro.groups()] == ["Org"]
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert sorted(p.name for p in folder.iterdir()) == ["Event.workshop"]


def test_disk_full_save_fails_cleanly(store: EventStore):
    g = store.add_group("Org")
    store.save_answer(g.id, "stakeholders", "served", "kept")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(SaveError) as caught:
        for i in range(50):  # fill the remaining free pages, then one save must fail
            store.save_answer(g.id, "drafting", "field", f"{i} " + "long answer " * 1600)
    message = str(caught.value)
    assert "disk is full" in message and "not saved" in message and "\n" not in message
    failed_at = len(store.answer_history(g.id, "drafting", "field"))
    assert len(heard) == failed_at  # no listener heard of the failed save
    assert store.answer_text(g.id, "stakeholders", "served") == "kept"
    with pytest.raises(SaveError, match="disk is full"):
        store.save_record(g.id, "draft", {"text": "x" * 100_000})
    assert store.record(g.id, "draft") is None
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    store = reopen(store)
    try:
        assert store.answer_text(g.id, "stakeholders", "served") == "kept"
        assert len(store.answer_history(g.id, "drafting", "field")) == failed_at
        assert store.save_record(g.id, "draft", {"text": "x" * 100_000}).revision == 1
    finally:
        store.close()


# -- backups and migration --------------------------------------------------------------------


def test_backup_on_open_keeps_the_last_five(store: EventStore):
    g = store.add_group("Org")
    path = store.path
    store.close()
    assert backup_copies(path) == []  # creating is not opening
    for i in range(7):
        with EventStore.open(path) as s:
            s.save_answer(g.id, "stakeholders", "served", f"after open {i}")
    copies = backup_copies(path)
    assert len(copies) == 5
    # each backup is a whole event as it was when opened: the newest holds the 5th save
    newest = copies[-1]
    with EventStore.open(newest, backup=False) as b:
        assert b.answer_text(g.id, "stakeholders", "served") == "after open 5"
    with EventStore.open(copies[0], backup=False) as b:
        assert b.answer_text(g.id, "stakeholders", "served") == "after open 1"
    with EventStore.open(path, backup=False):
        pass
    assert backup_copies(path) == copies


def test_the_backup_holds_the_event_as_opened_though_a_save_lands_while_it_is_copied(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
):
    g = store.add_group("Org")
    store.save_answer(g.id, "stakeholders", "served", "as opened")
    path = store.path
    store.close()
    saved = threading.Event()
    copy = files_module._take_backup

    def copy_after_the_save(conn: sqlite3.Connection, target: Path) -> None:
        assert saved.wait(10)
        copy(conn, target)

    monkeypatch.setattr(files_module, "_take_backup", copy_after_the_save)
    with EventStore.open(path) as s:  # returns before the copy is made
        s.save_answer(g.id, "stakeholders", "served", "saved while the copy ran")
        saved.set()
        assert s.wait_for_backup() is None
    (backup,) = backup_copies(path)
    with EventStore.open(backup, backup=False) as b:
        assert b.answer_text(g.id, "stakeholders", "served") == "as opened"


def test_a_failed_backup_is_reported_and_the_event_still_opens(
    store: EventStore, caplog: pytest.LogCaptureFixture
):
    g = store.add_group("Org")
    path = store.path
    store.close()
    blocker = folders.backups_dir()  # a file where the backups folder goes: no copy can be made
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder")
    with caplog.at_level(logging.ERROR, logger="workshop_app.store"), EventStore.open(path) as s:
        s.save_answer(g.id, "stakeholders", "served", "saved while the copy failed")
        problem = s.wait_for_backup()
    assert problem is not None
    assert problem.startswith(f"No backup copy of {path.name} was taken on opening:")
    # logged without the file's name (an event's title may name an organization)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == ["no backup copy taken on opening"]
    with EventStore.open(path, backup=False) as s:
        assert s.answer_text(g.id, "stakeholders", "served") == "saved while the copy failed"


FIXTURE_V1 = Path(__file__).parent / "fixtures" / "event-v1.workshop"


def test_v1_fixture_migrates_with_its_data(tmp_path: Path):
    original = sha256(FIXTURE_V1)
    path = tmp_path / "old.workshop"
    shutil.copy(FIXTURE_V1, path)
    with pytest.raises(EventFileRefused, match="older file format"):
        EventStore.open(path, readonly=True)
    with EventStore.open(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        info = s.event()
        assert (info.title, info.date, info.location, info.facilitator) == (
            "Format-1 workshop",
            "2026-01-15",
            "Hall B",
            "Sam Lee",
        )
        assert s.current_stage_id == "stakeholders"
        assert [g.name for g in s.groups()] == ["Riverside HIV Outreach", "Casa Arcoíris 🌈 Youth"]
        assert len(s.groups(include_removed=True)) == 3
        assert s.group(1).size == 6 and s.group(1).pin == "4821"
        assert s.answer_text(1, "stakeholders", "served") == "Adults living with HIV and partners"
        assert s.notes(1, "drafting") == "Ask the privacy officer about texting"
        assert s.answer_text(2, "stakeholders", "served") == "Jóvenes LGBTQ+ de 14 a 24 años — שלום"
        assert [a.revision for a in s.answer_history(2, "report_back", "first_step")] == [2, 1]
        assert [e.stage_id for e in s.stage_log()] == ["objectives", "stakeholders"]
        # and it is usable with everything format 2 added
        saved = s.save_answer(1, "stakeholders", "served", "From a phone", edit_id="abc")
        assert saved.revision == 3
        assert s.save_answer(1, "stakeholders", "served", "From a phone", edit_id="abc").duplicate
        assert s.save_record(2, "stakeholder_map", {"nodes": []}).revision == 1
        s.add_device(1, "hash-1", "Phone")
        assert s.group_has_device(1)
    (backup,) = backup_copies(path)
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the copy from before
    conn.close()
    with EventStore.open(path, readonly=True) as s:
        assert s.answer_text(1, "stakeholders", "served") == "From a phone"
    assert sha256(FIXTURE_V1) == original


def test_real_full_disk_save_fails_cleanly(tiny_disk: Path, plan: WorkshopPlan):
    path = tiny_disk / "Event.workshop"
    with EventStore.create(path, plan, "Full disk") as s:
        g = s.add_group("Org")
        s.save_answer(g.id, "stakeholders", "served", "kept")
        fd = os.open(tiny_disk / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            with pytest.raises(OSError):
                while True:
                    os.write(fd, b"x" * 65536)
        finally:
            os.close(fd)
        with pytest.raises(SaveError, match="disk is full"):
            for i in range(50):
                s.save_answer(g.id, "drafting", "field", f"{i} " + "long answer " * 1600)
        assert s.answer_text(g.id, "stakeholders", "served") == "kept"
        saved_before_full = len(s.answer_history(g.id, "drafting", "field"))
    (tiny_disk / "filler").unlink()
    with EventStore.open(path) as s:
        assert s.answer_text(g.id, "stakeholders", "served") == "kept"
        assert len(s.answer_history(g.id, "drafting", "field")) == saved_before_full
        assert (
            s.save_answer(g.id, "drafting", "field", "room again").revision == saved_before_full + 1
        )


def test_a_failing_listener_does_not_turn_a_committed_save_into_an_error(store, caplog):
    group = store.add_group("Listeners Inc")

    def broken(change):
        raise RuntimeError("listener bug")

    store.subscribe(broken)
    saved = store.save_answer(group.id, "stakeholders", "served", "Young adults")
    assert saved.revision == 1
    assert store.answer_text(group.id, "stakeholders", "served") == "Young adults"
    assert "a listener failed" in caplog.text
