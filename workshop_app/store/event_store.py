"""EventStore: create and open an event file; the event, its stages and its log."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from workshop_app import APP_ID, text
from workshop_app.i18n import N_, _
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
from workshop_app.store.keeper import ALIVE_KEY, FileKeeper
from workshop_app.store.model import (
    Change,
    EventFileRefused,
    EventInfo,
    Group,
    SaveError,
    StageLogEntry,
    current_time,
    now,
)
from workshop_app.store.plan_versions import PlanVersions
from workshop_app.store.records import Records
from workshop_app.store.schema import MIGRATIONS, SCHEMA_VERSION, database, migrate

log = logging.getLogger("workshop_app.store")  # ids and counts only, never a name or an answer
# what a refusal calls each of the event's fields (translated where it is said)
_EVENT_FIELDS = {
    "title": N_("The event's title"),
    "date": N_("The event's date"),
    "location": N_("The event's location"),
    "facilitator": N_("The event's facilitator"),
}


class EventStore(GroupsAndAnswers, Records, Devices, PlanVersions):
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
        region: str = "",
    ) -> EventStore:
        """A new event file; `region` ("": the plan's own ``workshop.region``) picks the laws and
        guidance its clause notes cite."""
        path = Path(path)
        title = text.short_text(title, N_("The event's title"), 200)
        if not title:
            raise text.InputError(_("The event's title is empty."))
        region = region.strip().lower() or plan.region
        if plan.regions and region not in plan.region_ids:
            raise text.InputError(
                _("The region %(region)r is not one of this plan's: %(regions)s.")
                % {
                    "region": region,
                    "regions": ", ".join(f"{r.id} ({r.label})" for r in plan.regions),
                }
            )
        if path.exists():
            raise EventFileRefused(
                _("%(file)s already exists; choose another name.") % {"file": path.name}
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(
                _("%(file)s was not created: the folder %(folder)s cannot be made (%(why)s).")
                % {"file": path.name, "folder": path.parent, "why": exc.strerror}
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
            if region:
                conn.execute("INSERT INTO meta VALUES ('region', ?)", (region,))
            conn.execute(
                "INSERT INTO event (id, title, date, location, facilitator, plan_id, plan_text,"
                " created_at, current_stage_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    title,
                    date or datetime.now().date().isoformat(),
                    text.short_text(location, N_("The location")),
                    text.short_text(facilitator, N_("The facilitator's name")),
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
                raise SaveError(
                    _("The disk is full; %(file)s was not created.") % {"file": path.name}
                ) from None
            raise SaveError(
                _("%(file)s could not be created: %(why)s") % {"file": path.name, "why": exc}
            ) from None
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
                    _("%(file)s uses an older file format; open it in the app once to update it.")
                    % {"file": path.name}
                )
            return cls(path, _connect(path, readonly=True), None)
        _check_folder_writable(path)
        instance_lock = _InstanceLock(path) if lock else None
        if instance_lock and not instance_lock.acquire():
            log.info("event file refused: open in another window or program")
            raise EventFileRefused(
                _("%(file)s is already open in another Workshop App window or program.")
                % {"file": path.name}
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
                    _("The disk is full; free some space before opening %(file)s.")
                    % {"file": path.name}
                ) from None
            raise EventFileRefused(
                _("%(file)s could not be opened: %(why)s") % {"file": path.name, "why": exc}
            ) from None
        except BaseException:
            if instance_lock:
                instance_lock.release()
            raise
        store = cls(path, conn, instance_lock, FileKeeper.attach(path, holder=lock))
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # the keeper checkpoints, off the save
        store._backup = pending
        if lock:
            try:
                store._end_stage_clock_left_running()
                store._record_app_version()
            except SaveError:
                store.close()
                raise
            migrated = f", updated from format {version}" if version < SCHEMA_VERSION else ""
            log.info("event file opened (file format %s%s)", SCHEMA_VERSION, migrated)
        return store

    def _record_app_version(self) -> None:
        """The file says which version of the app last wrote it (this one, from now on)."""
        if self.app_versions()["written_with"] == _version():
            return
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES ('written_with', ?)", (_version(),))

    def app_versions(self) -> dict[str, str | None]:
        """Which versions of the app created the file and last wrote it."""
        rows = dict(
            self.conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('created_with', 'written_with')"
            ).fetchall()
        )
        return {"created_with": rows.get("created_with"), "written_with": rows.get("written_with")}

    def wait_for_backup(self) -> str | None:
        """Wait for the backup copy taken on open; the problem, in one line, if it failed."""
        return self._backup.wait() if self._backup is not None else None

    def sibling(self) -> EventStore:
        """Another connection to the same file, for another thread of this process."""
        conn = _connect(self.path)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        return EventStore(self.path, conn, None, FileKeeper.attach(self.path, holder=False))

    def close(self) -> None:
        self.wait_for_backup()  # the copy is finished before another instance may open the file
        keeper, self._keeper = self._keeper, None
        if keeper is not None:
            keeper.detach(holder=self._lock is not None)  # the last one checkpoints and stops
        with suppress(sqlite3.Error):
            self.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None
            log.info("event file closed")

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def checkpoint_soon(self) -> None:
        """Bring the .workshop file up to date with the -wal soon, on the keeper's thread
        (never waits; works from any connection of the process, read-only ones too)."""
        keeper = self._keeper or FileKeeper.of(self.path)
        if keeper is not None:
            keeper.soon()

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
            raise SaveError(
                _("The copy could not be written to %(file)s: %(why)s")
                % {"file": target, "why": exc}
            ) from None

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
            values[key] = text.short_text(value, _EVENT_FIELDS[key], allowed[key])
        if values.get("title") == "":
            raise text.InputError(_("The event's title is empty."))
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

    # languages: the event's (its worksheets' unless an organization has its own) and each
    # organization's (GroupsAndAnswers.update_group(language=))

    def event_language(self) -> str:
        """The language of the event's worksheets: as set, else the plan's own."""
        return self.option("language") or self.plan.language

    def set_event_language(self, language: str) -> None:
        from workshop_app.store.answers import _check_language

        self.set_option("language", _check_language(language))

    def group_language(self, group: Group) -> str:
        """The language of an organization's worksheet: its own, else the event's."""
        return group.language or self.event_language()

    # stages

    @property
    def current_stage_id(self) -> str:
        return self._one("SELECT current_stage_id FROM event WHERE id = 1")["current_stage_id"]

    def set_current_stage(self, stage_id: str) -> None:
        """Move the room to a stage; the stage log records when each stage ran. Once the
        workshop has ended, looking at a stage moves the room but adds no time."""
        self.plan.stage(stage_id)  # KeyError for an unknown stage
        stamp = now()
        with self._transaction() as c:
            ended = c.execute("SELECT ended_at FROM event WHERE id = 1").fetchone()[0]
            if ended is None:
                c.execute("UPDATE stage_log SET ended_at = ? WHERE ended_at IS NULL", (stamp,))
                c.execute(
                    "INSERT INTO stage_log (stage_id, started_at) VALUES (?, ?)",
                    (stage_id, stamp),
                )
            c.execute("UPDATE event SET current_stage_id = ? WHERE id = 1", (stage_id,))
        self.checkpoint_soon()
        log.info("stage %s", stage_id)
        self._notify(Change("stage", stage_id=stage_id))

    def pause_stage_log(self) -> None:
        """Stop the clock of the running stage (the workshop paused or the event was closed)."""
        with self._transaction() as c:
            c.execute("UPDATE stage_log SET ended_at = ? WHERE ended_at IS NULL", (now(),))
        self.checkpoint_soon()

    def stage_log(self) -> list[StageLogEntry]:
        return [
            StageLogEntry(r["stage_id"], r["started_at"], r["ended_at"])
            for r in self._query("SELECT * FROM stage_log ORDER BY id")
        ]

    def last_seen_alive(self) -> datetime | None:
        """The last moment the file shows the app alive: its heartbeat, the last save or the
        last stage change, whichever is latest."""
        stamps = [
            row[0]
            for row in (
                self.conn.execute("SELECT value FROM meta WHERE key = ?", (ALIVE_KEY,)).fetchone(),
                self.conn.execute(
                    "SELECT saved_at FROM answer_history ORDER BY id DESC LIMIT 1"
                ).fetchone(),
                self.conn.execute(
                    "SELECT saved_at FROM record_history ORDER BY id DESC LIMIT 1"
                ).fetchone(),
                self.conn.execute("SELECT MAX(started_at) FROM stage_log").fetchone(),
            )
            if row and row[0]
        ]
        return max(datetime.fromisoformat(s) for s in stamps) if stamps else None

    def _end_stage_clock_left_running(self) -> None:
        """A stage clock still running when the file is opened was left by a crash (a closing
        app stops it): it ends at the last moment that app was seen alive."""
        if self._one("SELECT 1 AS running FROM stage_log WHERE ended_at IS NULL") is None:
            return
        seen = self.last_seen_alive()
        stamp = seen.isoformat(timespec="milliseconds") if seen else now()
        with self._transaction() as c:
            c.execute(
                "UPDATE stage_log SET ended_at = MAX(started_at, ?) WHERE ended_at IS NULL",
                (stamp,),
            )

    def actual_minutes(self) -> dict[str, float]:
        """Minutes each stage has run, over all the times it was the current stage.

        A stage still running counts up to now while this process holds the event, and up to
        the last moment the app was seen alive otherwise (read with the app closed, or after a
        crash). Nothing counts after the workshop's end."""
        ended_at = self.event().ended_at
        end_of_workshop = datetime.fromisoformat(ended_at) if ended_at else None
        if FileKeeper.live(self.path):
            running_until = current_time()
        else:
            running_until = self.last_seen_alive() or current_time()
        totals: dict[str, float] = {}
        for entry in self.stage_log():
            start = datetime.fromisoformat(entry.started_at)
            end = datetime.fromisoformat(entry.ended_at) if entry.ended_at else running_until
            if end_of_workshop is not None:
                end = min(end, end_of_workshop)
            seconds = max(0.0, (end - start).total_seconds())
            totals[entry.stage_id] = totals.get(entry.stage_id, 0.0) + seconds / 60
        return totals

    def end_workshop(self) -> None:
        stamp = now()
        with self._transaction() as c:
            c.execute("UPDATE stage_log SET ended_at = ? WHERE ended_at IS NULL", (stamp,))
            c.execute("UPDATE event SET ended_at = ? WHERE id = 1", (stamp,))
            c.execute("UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL", (stamp,))
            c.execute("UPDATE entry_log SET closed_at = ? WHERE closed_at IS NULL", (stamp,))
        self.checkpoint_soon()
        log.info("workshop ended")
        self._notify(Change("event", key="ended"))


def _version() -> str:
    from workshop_app import __version__

    return __version__
