"""EventStore: create and open an event file; the event, its stages and its log."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from workshop_app import APP_ID, text
from workshop_app.plan import WorkshopPlan
from workshop_app.store.answers import GroupsAndAnswers
from workshop_app.store.devices import Devices
from workshop_app.store.files import (
    BackupOnOpen,
    _check_folder_writable,
    _connect,
    _inspect,
    _InstanceLock,
    _is_disk_full,
    _take_backup,
)
from workshop_app.store.model import (
    Change,
    EventFileRefused,
    EventInfo,
    SaveError,
    StageLogEntry,
    now,
)
from workshop_app.store.records import Records
from workshop_app.store.schema import MIGRATIONS, SCHEMA_VERSION, database, migrate


class EventStore(GroupsAndAnswers, Records, Devices):
    """One open event. Not shared between threads: call `sibling()` for another thread."""

    _backup: BackupOnOpen | None = None  # the copy taken on open, still being written

    # opening and closing

    @classmethod
    def create(
        cls,
        path: str | Path,
        plan: WorkshopPlan,
        title: str,
        date: str = "",
        location: str = "",
        facilitator: str = "",
    ) -> EventStore:
        path = Path(path)
        title = text.short_text(title, "The event's title", 200)
        if not title:
            raise text.InputError("The event's title is empty.")
        if path.exists():
            raise EventFileRefused(f"{path.name} already exists; choose another name.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(
                f"{path.name} was not created: the folder {path.parent} cannot be made "
                f"({exc.strerror})."
            ) from None
        tmp = path.with_name(f".{path.name}.creating")
        tmp.unlink(missing_ok=True)
        try:
            conn = _connect(tmp)
            db = database(conn)
            conn.execute("BEGIN IMMEDIATE")
            for step in MIGRATIONS:
                step(db)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(
                "INSERT INTO meta VALUES ('app', ?), ('created_with', ?)", (APP_ID, _version())
            )
            conn.execute(
                "INSERT INTO event (id, title, date, location, facilitator, plan_id, plan_text,"
                " created_at, current_stage_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    title,
                    date or datetime.now().date().isoformat(),
                    text.short_text(location, "The location"),
                    text.short_text(facilitator, "The facilitator's name"),
                    plan.id,
                    plan.source_text,
                    now(),
                    plan.stages[0].id,
                ),
            )
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            os.replace(tmp, path)
        except (sqlite3.Error, OSError) as exc:
            for leftover in (
                tmp,
                tmp.with_name(tmp.name + "-wal"),
                tmp.with_name(tmp.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
            if _is_disk_full(exc):
                raise SaveError(f"The disk is full; {path.name} was not created.") from None
            raise SaveError(f"{path.name} could not be created: {exc}") from None
        for leftover in (tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)
        return cls.open(path, backup=False)

    @classmethod
    def open(
        cls, path: str | Path, *, backup: bool = True, lock: bool = True, readonly: bool = False
    ) -> EventStore:
        """Open an event for this process. `lock=False` is for a second connection in the same
        process (see `sibling`); `readonly=True` for commands that only read (info, export)."""
        path = Path(path)
        version = _inspect(path)
        if readonly:
            if version < SCHEMA_VERSION:
                raise EventFileRefused(
                    f"{path.name} uses an older file format; open it in the app once to update it."
                )
            return cls(path, _connect(path, readonly=True), None)
        _check_folder_writable(path)
        instance_lock = _InstanceLock(path) if lock else None
        if instance_lock and not instance_lock.acquire():
            raise EventFileRefused(
                f"{path.name} is already open in another Workshop App window or program."
            )
        pending = None
        try:
            conn = _connect(path)
            try:
                if backup and version < SCHEMA_VERSION:
                    _take_backup(conn, path)  # before the migration changes the file
                elif backup:
                    pending = BackupOnOpen(path)  # copied in a thread: opening does not wait
                if version < SCHEMA_VERSION:
                    migrate(conn, version)
            except BaseException:
                conn.close()
                raise
        except (sqlite3.Error, OSError) as exc:
            if instance_lock:
                instance_lock.release()
            if _is_disk_full(exc):
                raise EventFileRefused(
                    f"The disk is full; free some space before opening {path.name}."
                ) from None
            raise EventFileRefused(f"{path.name} could not be opened: {exc}") from None
        except BaseException:
            if instance_lock:
                instance_lock.release()
            raise
        store = cls(path, conn, instance_lock)
        store._backup = pending
        return store

    def wait_for_backup(self) -> str | None:
        """Wait for the backup copy taken on open; the problem, in one line, if it failed."""
        return self._backup.wait() if self._backup is not None else None

    def sibling(self) -> EventStore:
        """Another connection to the same file, for another thread of this process."""
        return EventStore(self.path, _connect(self.path), None)

    def close(self) -> None:
        self.wait_for_backup()  # the copy is finished before another instance may open the file
        with suppress(sqlite3.Error):
            self.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def copy_to(self, target: str | Path) -> None:
        """Save a copy of the whole event (SQLite backup API) to `target`."""
        target = Path(target)
        tmp = target.with_name(f".{target.name}.copying")
        try:
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            os.replace(tmp, target)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise SaveError(f"The copy could not be written to {target}: {exc}") from None

    def event(self) -> EventInfo:
        row = self._one("SELECT * FROM event WHERE id = 1")
        return EventInfo(
            row["title"],
            row["date"],
            row["location"],
            row["facilitator"],
            row["plan_id"],
            row["created_at"],
            row["current_stage_id"],
            row["ended_at"],
        )

    def update_event(self, **fields: str) -> None:
        allowed = {
            "title": 200,
            "date": 40,
            "location": text.SHORT_TEXT_MAX,
            "facilitator": text.SHORT_TEXT_MAX,
        }
        values = {}
        for key, value in fields.items():
            if key not in allowed:
                raise KeyError(key)
            values[key] = text.short_text(value, f"The event's {key}", allowed[key])
        if values.get("title") == "":
            raise text.InputError("The event's title is empty.")
        sets = ", ".join(f"{k} = ?" for k in values)
        with self._transaction() as c:
            c.execute(f"UPDATE event SET {sets} WHERE id = 1", tuple(values.values()))
        self._notify(Change("event"))

    def option(self, key: str, default: str = "") -> str:
        row = self._one("SELECT value FROM meta WHERE key = ?", (f"option:{key}",))
        return row["value"] if row else default

    def set_option(self, key: str, value: str) -> None:
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"option:{key}", value))
        self._notify(Change("event", key=key))

    # stages

    @property
    def current_stage_id(self) -> str:
        return self._one("SELECT current_stage_id FROM event WHERE id = 1")["current_stage_id"]

    def set_current_stage(self, stage_id: str) -> None:
        """Move the room to a stage; the stage log records when each stage ran."""
        self.plan.stage(stage_id)  # KeyError for an unknown stage
        stamp = now()
        with self._transaction() as c:
            c.execute("UPDATE stage_log SET ended_at = ? WHERE ended_at IS NULL", (stamp,))
            c.execute(
                "INSERT INTO stage_log (stage_id, started_at) VALUES (?, ?)", (stage_id, stamp)
            )
            c.execute("UPDATE event SET current_stage_id = ? WHERE id = 1", (stage_id,))
        self._notify(Change("stage", stage_id=stage_id))

    def pause_stage_log(self) -> None:
        """Stop the clock of the running stage (the workshop paused or the event was closed)."""
        with self._transaction() as c:
            c.execute("UPDATE stage_log SET ended_at = ? WHERE ended_at IS NULL", (now(),))

    def stage_log(self) -> list[StageLogEntry]:
        return [
            StageLogEntry(r["stage_id"], r["started_at"], r["ended_at"])
            for r in self._query("SELECT * FROM stage_log ORDER BY id")
        ]

    def actual_minutes(self) -> dict[str, float]:
        """Minutes each stage has run so far, over all the times it was the current stage."""
        totals: dict[str, float] = {}
        current = datetime.now(UTC)
        for entry in self.stage_log():
            start = datetime.fromisoformat(entry.started_at)
            end = datetime.fromisoformat(entry.ended_at) if entry.ended_at else current
            totals[entry.stage_id] = (
                totals.get(entry.stage_id, 0.0) + (end - start).total_seconds() / 60
            )
        return totals

    def end_workshop(self) -> None:
        stamp = now()
        with self._transaction() as c:
            c.execute("UPDATE stage_log SET ended_at = ? WHERE ended_at IS NULL", (stamp,))
            c.execute("UPDATE event SET ended_at = ? WHERE id = 1", (stamp,))
            c.execute("UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL", (stamp,))
            c.execute("UPDATE entry_log SET closed_at = ? WHERE closed_at IS NULL", (stamp,))
        self._notify(Change("event", key="ended"))


def _version() -> str:
    from workshop_app import __version__

    return __version__
