"""EventStore: one event is one SQLite file (`*.workshop`), opened through sqlite-utils.

The only module that speaks SQL. Rules it keeps:

- WAL journal, ``synchronous=FULL``, a busy timeout and foreign keys on every connection; every
  thread uses its own connection (`EventStore.sibling`).
- ``PRAGMA user_version`` drives forward-only migrations (`_MIGRATIONS`).
- Every save writes the current value and its history row in one ``BEGIN IMMEDIATE``
  transaction and returns the new revision only after ``COMMIT``: a returned revision is on disk.
- Opening refuses, with a one-line message and without touching the file, anything that is not
  an event file this version can read, and a file another instance has open. A backup copy is
  taken on open (SQLite backup API); the last five are kept.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from workshop_app import APP_ID, paths, text
from workshop_app.plan import PlanError, WorkshopPlan, load_plan_text

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 5
NOTES = "_notes"  # the prompt id under which a group's free notes for a stage are kept


class StoreError(Exception):
    """Something the facilitator must be told, in one line."""


class EventFileRefused(StoreError):
    """The file was not opened, and was left exactly as it was."""


class SaveError(StoreError):
    """A write failed; nothing of it was committed, and earlier saves are intact."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class EventInfo:
    title: str
    date: str
    location: str
    facilitator: str
    plan_id: str
    created_at: str
    current_stage_id: str
    ended_at: str | None


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    contact: str
    size: int | None
    position: int
    pin: str


@dataclass(frozen=True)
class Answer:
    group_id: int
    stage_id: str
    prompt_id: str
    text: str
    revision: int
    saved_at: str
    source: str


@dataclass(frozen=True)
class Saved:
    """What a save returns once committed. `duplicate`: the edit id was already stored."""

    revision: int
    saved_at: str
    duplicate: bool = False
    unchanged: bool = False


@dataclass(frozen=True)
class Record:
    group_id: int
    kind: str
    data: Any
    revision: int
    saved_at: str
    source: str


@dataclass(frozen=True)
class StageLogEntry:
    stage_id: str
    started_at: str
    ended_at: str | None


@dataclass(frozen=True)
class Change:
    """Told to listeners after a commit. `what`: answer, record, group, stage, event, device."""

    what: str
    group_id: int | None = None
    stage_id: str | None = None
    key: str | None = None
    revision: int | None = None
    source: str = "console"


# -- schema and migrations --------------------------------------------------------------------


def _v1(db: sqlite_utils.Database) -> None:
    for sql in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE event (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,
            date TEXT NOT NULL, location TEXT NOT NULL DEFAULT '', facilitator TEXT NOT NULL DEFAULT '',
            plan_id TEXT NOT NULL, plan_text TEXT NOT NULL, created_at TEXT NOT NULL,
            current_stage_id TEXT NOT NULL, ended_at TEXT)""",
        """CREATE TABLE groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '', size INTEGER, position INTEGER NOT NULL,
            pin TEXT NOT NULL, created_at TEXT NOT NULL, removed_at TEXT)""",
        """CREATE TABLE answers (group_id INTEGER NOT NULL REFERENCES groups(id),
            stage_id TEXT NOT NULL, prompt_id TEXT NOT NULL, text TEXT NOT NULL,
            revision INTEGER NOT NULL, saved_at TEXT NOT NULL, source TEXT NOT NULL,
            PRIMARY KEY (group_id, stage_id, prompt_id))""",
        """CREATE TABLE answer_history (id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id), stage_id TEXT NOT NULL,
            prompt_id TEXT NOT NULL, revision INTEGER NOT NULL, text TEXT NOT NULL,
            saved_at TEXT NOT NULL, source TEXT NOT NULL)""",
        "CREATE INDEX answer_history_key ON answer_history (group_id, stage_id, prompt_id, revision)",
        """CREATE TABLE stage_log (id INTEGER PRIMARY KEY, stage_id TEXT NOT NULL,
            started_at TEXT NOT NULL, ended_at TEXT)""",
    ):
        db.execute(sql)


def _v2(db: sqlite_utils.Database) -> None:
    """Idempotent edits from browsers, structured records (maps, drafts, actions), devices."""
    for sql in (
        "ALTER TABLE answer_history ADD COLUMN edit_id TEXT",
        """CREATE UNIQUE INDEX answer_history_edit ON answer_history
            (group_id, stage_id, prompt_id, edit_id) WHERE edit_id IS NOT NULL""",
        """CREATE TABLE records (group_id INTEGER NOT NULL REFERENCES groups(id),
            kind TEXT NOT NULL, data TEXT NOT NULL, revision INTEGER NOT NULL,
            saved_at TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (group_id, kind))""",
        """CREATE TABLE record_history (id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id), kind TEXT NOT NULL,
            revision INTEGER NOT NULL, data TEXT NOT NULL, saved_at TEXT NOT NULL,
            source TEXT NOT NULL, edit_id TEXT)""",
        "CREATE INDEX record_history_key ON record_history (group_id, kind, revision)",
        """CREATE UNIQUE INDEX record_history_edit ON record_history (group_id, kind, edit_id)
            WHERE edit_id IS NOT NULL""",
        """CREATE TABLE devices (id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id), token_hash TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, last_seen TEXT,
            revoked_at TEXT)""",
        """CREATE TABLE entry_log (id INTEGER PRIMARY KEY, url TEXT NOT NULL,
            opened_at TEXT NOT NULL, closed_at TEXT)""",
    ):
        db.execute(sql)


_MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2]
SCHEMA_VERSION = len(_MIGRATIONS)


# -- the lock that says "this file is open in an instance" ------------------------------------


class _InstanceLock:
    """An OS file lock in the app's data folder, keyed by the event's real path.

    The OS drops it when the process dies, so a crash never leaves an event locked.
    """

    def __init__(self, event_path: Path):
        key = hashlib.sha256(str(event_path.resolve()).encode()).hexdigest()[:24]
        folder = paths.user_data_dir() / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{key}.lock"
        self._fd: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


# -- opening ----------------------------------------------------------------------------------


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = path.resolve().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.OperationalError:
            # A WAL file in a folder we cannot write (a read-only stick, a locked folder):
            # SQLite cannot create the -shm file. With no -wal content to miss, read it as
            # an immutable file so it can still be inspected and shown.
            conn.close()
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size:
                raise
            conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _is_disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or (
        isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower()
    )


def _inspect(path: Path) -> int:
    """Return the file's schema version, or refuse it. Reads only."""
    name = path.name
    if not path.exists():
        raise EventFileRefused(f"{name}: no such event file.")
    if path.is_dir():
        raise EventFileRefused(f"{name} is a folder, not an event file.")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise EventFileRefused(f"{name} cannot be read: {exc.strerror}.") from None
    if header != SQLITE_HEADER:
        raise EventFileRefused(f"{name} is not an event file (it is not a SQLite database).")
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise EventFileRefused(f"{name} cannot be opened: {exc}.") from None
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            # SQLite's report can span lines ("*** in database main ***\n..."): keep one line.
            lines = [ln for ln in check.splitlines() if ln.strip() and not ln.startswith("***")]
            said = lines[0].strip() if lines else "not ok"
            raise EventFileRefused(f"{name} is damaged (SQLite says: {said}). Open a backup copy.")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        app = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key='app'").fetchone()
            app = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise EventFileRefused(f"{name} is damaged ({exc}). Open a backup copy.") from None
    finally:
        conn.close()
    if app != APP_ID:
        raise EventFileRefused(f"{name} is a SQLite database but not a workshop event file.")
    if version > SCHEMA_VERSION:
        raise EventFileRefused(
            f"{name} was written by a newer version of Workshop App (file format {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update the app to open it."
        )
    return version


def _check_folder_writable(path: Path) -> None:
    folder = path.parent
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-check-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if _is_disk_full(exc):
            raise EventFileRefused(
                f"The disk holding {path.name} is full; free some space and open it again."
            ) from None
        raise EventFileRefused(
            f"The folder {folder} is read-only; copy {path.name} to a folder you can write to."
        ) from None


def backup_copies(path: Path) -> list[Path]:
    """The backups taken when `path` was opened, oldest first."""
    return sorted(_backup_folder(path).glob("*.workshop"))


def _backup_folder(path: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]
    return paths.backups_dir() / f"{path.stem[:60]}-{key}"


def _take_backup(conn: sqlite3.Connection, path: Path) -> None:
    folder = _backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}.workshop"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in backup_copies(path)[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)


# -- the store --------------------------------------------------------------------------------


class EventStore:
    """One open event. Not shared between threads: call `sibling()` for another thread."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: _InstanceLock | None):
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = lock
        self._listeners: list[Callable[[Change], None]] = []
        self._plan: WorkshopPlan | None = None
        self._thread = threading.get_ident()

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
            db = sqlite_utils.Database(conn)
            conn.execute("BEGIN IMMEDIATE")
            for migrate in _MIGRATIONS:
                migrate(db)
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
        try:
            conn = _connect(path)
            try:
                if backup:
                    _take_backup(conn, path)
                if version < SCHEMA_VERSION:
                    _migrate(conn, version)
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
        return cls(path, conn, instance_lock)

    def sibling(self) -> EventStore:
        """Another connection to the same file, for another thread of this process."""
        return EventStore(self.path, _connect(self.path), None)

    def close(self) -> None:
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

    # notifications

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        with suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        """Tell listeners about a committed change. A failing listener is logged, never raised:
        the change is on disk, and the caller must not be told otherwise."""
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a listener failed on %s", change.what)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._save_error(exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise self._save_error(exc) from None
        except BaseException:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise

    def _save_error(self, exc: sqlite3.Error) -> SaveError:
        if _is_disk_full(exc):
            return SaveError(
                "The disk is full: this change was not saved. Free some space or save a copy elsewhere."
            )
        if not self.path.exists():
            return SaveError(
                f"{self.path.name} was moved or deleted: this change was not saved. Save a copy."
            )
        return SaveError(f"This change was not saved: {exc}.")

    def _one(self, sql: str, params: tuple = ()) -> dict | None:
        return next(self.db.query(sql, params), None)

    # the event

    @property
    def plan(self) -> WorkshopPlan:
        if self._plan is None:
            row = self._one("SELECT plan_text FROM event WHERE id = 1")
            try:
                self._plan = load_plan_text(
                    row["plan_text"], source=f"{self.path.name} (stored plan)"
                )
            except PlanError as exc:
                raise StoreError(
                    f"The plan stored in {self.path.name} is damaged: {exc.problems[0]}"
                ) from None
        return self._plan

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
            for r in self.db.query("SELECT * FROM stage_log ORDER BY id")
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

    # groups (organizations)

    def groups(self, include_removed: bool = False) -> list[Group]:
        where = "" if include_removed else "WHERE removed_at IS NULL"
        return [
            self._group(r)
            for r in self.db.query(f"SELECT * FROM groups {where} ORDER BY position, id")
        ]

    def group(self, group_id: int) -> Group:
        row = self._one("SELECT * FROM groups WHERE id = ? AND removed_at IS NULL", (group_id,))
        if row is None:
            raise KeyError(f"no organization with id {group_id}")
        return self._group(row)

    @staticmethod
    def _group(row: dict) -> Group:
        return Group(
            row["id"], row["name"], row["contact"], row["size"], row["position"], row["pin"]
        )

    def _check_unique_name(self, name: str, except_id: int | None = None) -> None:
        for g in self.groups():
            if g.id != except_id and g.name.casefold() == name.casefold():
                raise text.InputError(
                    f"An organization called {g.name!r} is already in this event."
                )

    def add_group(
        self, name: str, contact: str = "", size: int | None = None, source: str = "console"
    ) -> Group:
        name = text.org_name(name)
        contact = text.short_text(contact, "The contact")
        size = _check_size(size)
        self._check_unique_name(name)
        with self._transaction() as c:
            position = c.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM groups").fetchone()[0]
            cur = c.execute(
                "INSERT INTO groups (name, contact, size, position, pin, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (name, contact, size, position, f"{secrets.randbelow(10_000):04d}", now()),
            )
            group_id = cur.lastrowid
        self._notify(Change("group", group_id=group_id, source=source))
        return self.group(group_id)

    def update_group(
        self,
        group_id: int,
        *,
        name: str | None = None,
        contact: str | None = None,
        size: int | str | None = "unchanged",
    ) -> Group:
        current = self.group(group_id)
        new_name = text.org_name(name) if name is not None else current.name
        self._check_unique_name(new_name, except_id=group_id)
        new_contact = (
            text.short_text(contact, "The contact") if contact is not None else current.contact
        )
        new_size = current.size if size == "unchanged" else _check_size(size)
        with self._transaction() as c:
            c.execute(
                "UPDATE groups SET name = ?, contact = ?, size = ? WHERE id = ?",
                (new_name, new_contact, new_size, group_id),
            )
        self._notify(Change("group", group_id=group_id))
        return self.group(group_id)

    def remove_group(self, group_id: int) -> None:
        """Take an organization out of the event. Its answers stay; `restore_group` undoes it."""
        self.group(group_id)
        with self._transaction() as c:
            c.execute("UPDATE groups SET removed_at = ? WHERE id = ?", (now(), group_id))
            c.execute(
                "UPDATE devices SET revoked_at = ? WHERE group_id = ? AND revoked_at IS NULL",
                (now(), group_id),
            )
        self._notify(Change("group", group_id=group_id))

    def restore_group(self, group_id: int) -> Group:
        row = self._one("SELECT * FROM groups WHERE id = ?", (group_id,))
        if row is None:
            raise KeyError(f"no organization with id {group_id}")
        self._check_unique_name(row["name"], except_id=group_id)
        with self._transaction() as c:
            c.execute("UPDATE groups SET removed_at = NULL WHERE id = ?", (group_id,))
        self._notify(Change("group", group_id=group_id))
        return self.group(group_id)

    def reorder_groups(self, group_ids: list[int]) -> None:
        current = {g.id for g in self.groups()}
        if set(group_ids) != current or len(group_ids) != len(current):
            raise ValueError("reorder_groups needs every organization of the event exactly once")
        with self._transaction() as c:
            for position, group_id in enumerate(group_ids):
                c.execute("UPDATE groups SET position = ? WHERE id = ?", (position, group_id))
        self._notify(Change("group"))

    # answers and notes

    def _check_prompt(self, stage_id: str, prompt_id: str) -> None:
        stage = self.plan.stage(stage_id)
        if prompt_id != NOTES:
            stage.prompt(prompt_id)

    def save_answer(
        self,
        group_id: int,
        stage_id: str,
        prompt_id: str,
        value: str,
        *,
        source: str = "console",
        edit_id: str | None = None,
    ) -> Saved:
        """Save an answer (or, with prompt id NOTES, the group's notes for a stage).

        Returns only after the commit. Saving the text already stored writes nothing; an edit id
        already stored (a browser resending after a dropped connection) is not stored twice.
        """
        value = text.answer_text(value)
        self._check_prompt(stage_id, prompt_id)
        self.group(group_id)
        key = (group_id, stage_id, prompt_id)
        with self._transaction() as c:
            if edit_id:
                row = c.execute(
                    "SELECT revision, saved_at FROM answer_history WHERE group_id = ? AND "
                    "stage_id = ? AND prompt_id = ? AND edit_id = ?",
                    (*key, edit_id),
                ).fetchone()
                if row:
                    return Saved(row[0], row[1], duplicate=True)
            row = c.execute(
                "SELECT text, revision, saved_at FROM answers WHERE group_id = ? AND stage_id = ? "
                "AND prompt_id = ?",
                key,
            ).fetchone()
            if row and row[0] == value:
                return Saved(row[1], row[2], unchanged=True)
            revision = (row[1] if row else 0) + 1
            stamp = now()
            c.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*key, value, revision, stamp, source),
            )
            c.execute(
                "INSERT INTO answer_history (group_id, stage_id, prompt_id, revision, text, saved_at,"
                " source, edit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, revision, value, stamp, source, edit_id),
            )
        self._notify(Change("answer", group_id, stage_id, prompt_id, revision, source))
        return Saved(revision, stamp)

    def save_notes(
        self,
        group_id: int,
        stage_id: str,
        value: str,
        *,
        source: str = "console",
        edit_id: str | None = None,
    ) -> Saved:
        return self.save_answer(group_id, stage_id, NOTES, value, source=source, edit_id=edit_id)

    def answer(self, group_id: int, stage_id: str, prompt_id: str) -> Answer | None:
        row = self._one(
            "SELECT * FROM answers WHERE group_id = ? AND stage_id = ? AND prompt_id = ?",
            (group_id, stage_id, prompt_id),
        )
        return _answer(row) if row else None

    def answer_text(self, group_id: int, stage_id: str, prompt_id: str) -> str:
        found = self.answer(group_id, stage_id, prompt_id)
        return found.text if found else ""

    def notes(self, group_id: int, stage_id: str) -> str:
        return self.answer_text(group_id, stage_id, NOTES)

    def answers(self, group_id: int | None = None, stage_id: str | None = None) -> list[Answer]:
        clauses, params = [], []
        if group_id is not None:
            clauses.append("group_id = ?")
            params.append(group_id)
        if stage_id is not None:
            clauses.append("stage_id = ?")
            params.append(stage_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [_answer(r) for r in self.db.query(f"SELECT * FROM answers {where}", tuple(params))]

    def answered_count(self, group_id: int, stage_id: str) -> int:
        """How many of the stage's prompts the group has answered (non-blank), notes not counted."""
        prompt_ids = {p.id for p in self.plan.stage(stage_id).prompts}
        return sum(
            1
            for a in self.answers(group_id, stage_id)
            if a.prompt_id in prompt_ids and a.text.strip()
        )

    def answer_history(self, group_id: int, stage_id: str, prompt_id: str) -> list[Answer]:
        """Every saved version, newest first."""
        rows = self.db.query(
            "SELECT * FROM answer_history WHERE group_id = ? AND stage_id = ? AND prompt_id = ?"
            " ORDER BY revision DESC",
            (group_id, stage_id, prompt_id),
        )
        return [_answer(r) for r in rows]

    def restore_answer(
        self, group_id: int, stage_id: str, prompt_id: str, revision: int, source: str = "console"
    ) -> Saved:
        """Bring back an earlier version; the restore is itself a new version."""
        row = self._one(
            "SELECT text FROM answer_history WHERE group_id = ? AND stage_id = ? AND prompt_id = ?"
            " AND revision = ?",
            (group_id, stage_id, prompt_id, revision),
        )
        if row is None:
            raise KeyError(f"no version {revision} of this answer")
        return self.save_answer(group_id, stage_id, prompt_id, row["text"], source=source)

    # records: structured per-group data (stakeholder map, draft, actions) kept with history

    def save_record(
        self,
        group_id: int,
        kind: str,
        data: Any,
        *,
        source: str = "console",
        edit_id: str | None = None,
    ) -> Saved:
        """Save a JSON-able value as the group's current `kind` record, with a history row.

        Callers validate the content (through text.py) before saving.
        """
        self.group(group_id)
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if len(payload) > 1_000_000:
            raise text.InputError("This is too large to save (over a million characters).")
        with self._transaction() as c:
            if edit_id:
                row = c.execute(
                    "SELECT revision, saved_at FROM record_history WHERE group_id = ? AND kind = ?"
                    " AND edit_id = ?",
                    (group_id, kind, edit_id),
                ).fetchone()
                if row:
                    return Saved(row[0], row[1], duplicate=True)
            row = c.execute(
                "SELECT data, revision, saved_at FROM records WHERE group_id = ? AND kind = ?",
                (group_id, kind),
            ).fetchone()
            if row and row[0] == payload:
                return Saved(row[1], row[2], unchanged=True)
            revision = (row[1] if row else 0) + 1
            stamp = now()
            c.execute(
                "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?)",
                (group_id, kind, payload, revision, stamp, source),
            )
            c.execute(
                "INSERT INTO record_history (group_id, kind, revision, data, saved_at, source, edit_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (group_id, kind, revision, payload, stamp, source, edit_id),
            )
        self._notify(Change("record", group_id, None, kind, revision, source))
        return Saved(revision, stamp)

    def record(self, group_id: int, kind: str) -> Record | None:
        row = self._one("SELECT * FROM records WHERE group_id = ? AND kind = ?", (group_id, kind))
        return _record(row) if row else None

    def record_history(self, group_id: int, kind: str) -> list[Record]:
        rows = self.db.query(
            "SELECT * FROM record_history WHERE group_id = ? AND kind = ? ORDER BY revision DESC",
            (group_id, kind),
        )
        return [_record(r) for r in rows]

    def restore_record(
        self, group_id: int, kind: str, revision: int, source: str = "console"
    ) -> Saved:
        row = self._one(
            "SELECT data FROM record_history WHERE group_id = ? AND kind = ? AND revision = ?",
            (group_id, kind, revision),
        )
        if row is None:
            raise KeyError(f"no version {revision} of this {kind}")
        return self.save_record(group_id, kind, json.loads(row["data"]), source=source)

    # participant devices and entry (used by lan/)

    def add_device(self, group_id: int, token_hash: str, label: str = "") -> int:
        self.group(group_id)
        with self._transaction() as c:
            cur = c.execute(
                "INSERT INTO devices (group_id, token_hash, label, created_at, last_seen)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    group_id,
                    token_hash,
                    text.short_text(label, "The device's name", 200),
                    now(),
                    now(),
                ),
            )
            device_id = cur.lastrowid
        self._notify(Change("device", group_id=group_id))
        return device_id

    def device_by_token_hash(self, token_hash: str) -> dict | None:
        """The live device with this token hash (not revoked, its organization still present)."""
        return self._one(
            "SELECT d.* FROM devices d JOIN groups g ON g.id = d.group_id WHERE d.token_hash = ?"
            " AND d.revoked_at IS NULL AND g.removed_at IS NULL",
            (token_hash,),
        )

    def touch_device(self, device_id: int) -> None:
        with self._transaction() as c:
            c.execute("UPDATE devices SET last_seen = ? WHERE id = ?", (now(), device_id))

    def devices(self, include_revoked: bool = False) -> list[dict]:
        where = "" if include_revoked else "WHERE revoked_at IS NULL"
        return list(
            self.db.query(
                f"SELECT id, group_id, label, created_at, last_seen, revoked_at FROM devices"
                f" {where} ORDER BY group_id, id"
            )
        )

    def group_has_device(self, group_id: int) -> bool:
        return (
            self._one(
                "SELECT 1 AS x FROM devices WHERE group_id = ? AND revoked_at IS NULL", (group_id,)
            )
            is not None
        )

    def revoke_device(self, device_id: int) -> None:
        with self._transaction() as c:
            c.execute(
                "UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                (now(), device_id),
            )
        self._notify(Change("device"))

    def revoke_all_devices(self) -> None:
        with self._transaction() as c:
            c.execute("UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL", (now(),))
        self._notify(Change("device"))

    def delete_device_records(self) -> None:
        """Forget which devices joined (answers stay)."""
        with self._transaction() as c:
            c.execute("DELETE FROM devices")
        self._notify(Change("device"))

    def log_entry_opened(self, url: str) -> int:
        with self._transaction() as c:
            return c.execute(
                "INSERT INTO entry_log (url, opened_at) VALUES (?, ?)", (url, now())
            ).lastrowid

    def log_entry_closed(self) -> None:
        with self._transaction() as c:
            c.execute("UPDATE entry_log SET closed_at = ? WHERE closed_at IS NULL", (now(),))

    def entry_log(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM entry_log ORDER BY id"))

    # what other connections committed (lan/ follows the console through these)

    def data_version(self) -> int:
        """A number that changes whenever another connection commits (PRAGMA data_version)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def groups_changed_since(self, answer_id: int, record_id: int) -> tuple[int, int, set[int]]:
        """The groups with answer or record versions after the given history ids, and the
        newest ids seen (pass them back next time)."""
        groups: set[int] = set()
        newest = []
        for table, since in (("answer_history", answer_id), ("record_history", record_id)):
            rows = self.conn.execute(
                f"SELECT id, group_id FROM {table} WHERE id > ?", (since,)
            ).fetchall()
            groups.update(r[1] for r in rows)
            newest.append(max((r[0] for r in rows), default=since))
        return newest[0], newest[1], groups


def _answer(row: dict) -> Answer:
    return Answer(
        row["group_id"],
        row["stage_id"],
        row["prompt_id"],
        row["text"],
        row["revision"],
        row["saved_at"],
        row["source"],
    )


def _record(row: dict) -> Record:
    return Record(
        row["group_id"],
        row["kind"],
        json.loads(row["data"]),
        row["revision"],
        row["saved_at"],
        row["source"],
    )


def _check_size(size: int | str | None) -> int | None:
    if size in (None, ""):
        return None
    try:
        value = int(size)
    except (TypeError, ValueError):
        raise text.InputError(f"The group size must be a whole number, not {size!r}.") from None
    if not 0 <= value <= 10_000:
        raise text.InputError("The group size must be between 0 and 10,000.")
    return value


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    db = sqlite_utils.Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migrate in _MIGRATIONS[version:]:
            migrate(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _version() -> str:
    from workshop_app import __version__

    return __version__
