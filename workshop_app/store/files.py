"""Opening an event file: refusals that leave it untouched, the instance lock, backups."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import sqlite3
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

from workshop_app import APP_ID, folders
from workshop_app.i18n import _
from workshop_app.store.model import EventFileRefused
from workshop_app.store.schema import SCHEMA_VERSION

SQLITE_HEADER_SIZE = 100  # bytes: every SQLite database file starts with its header
SQLITE_NOTADB = 26  # the result code of a file that is not a database
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 5

log = logging.getLogger("workshop_app.store")


# -- the lock that says "this file is open in an instance" ------------------------------------


class _InstanceLock:
    """An OS file lock in the app's data folder, keyed by the event's real path.

    The OS drops it when the process dies, so a crash never leaves an event locked.
    """

    def __init__(self, event_path: Path):
        key = hashlib.sha256(str(event_path.resolve()).encode()).hexdigest()[:24]
        folder = folders.user_data_dir() / "locks"
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
            # an immutable file so it can still be inspected and shown. (No writer of this
            # process can hold such a file: it could not have made the -shm either.)
            conn.close()
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size:
                raise
            conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
        except BaseException:
            conn.close()
            raise
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
    """Return the file's schema version, or refuse it. Reads only, and only through SQLite.

    The file is never opened with Python's open(): on POSIX, closing *any* descriptor of a file
    drops every fcntl lock this process holds on it, SQLite's included ("How To Corrupt An
    SQLite Database File", 2.2). This runs for every connection of a process that may already
    hold the event (the console's, the participant server's writer, exports, backups); a plain
    open()/close() here once let another program checkpoint and delete the -wal under a live
    writer, losing acknowledged saves. SQLite's own descriptors are safe: its VFS keeps one
    record of locks per file per process and defers closing a descriptor while any connection
    of the process still holds a lock. So SQLite reads the header (SQLITE_NOTADB says it is not
    a database), and the checks before it use only stat() and access(), which open nothing.
    """
    name = path.name
    if not path.exists():
        raise EventFileRefused(_("%(file)s: no such event file.") % {"file": name})
    if path.is_dir():
        raise EventFileRefused(_("%(file)s is a folder, not an event file.") % {"file": name})
    if not os.access(path, os.R_OK):
        raise EventFileRefused(_("%(file)s cannot be read: permission denied.") % {"file": name})
    if path.stat().st_size < SQLITE_HEADER_SIZE:  # SQLite would take an empty file as a new one
        raise EventFileRefused(
            _("%(file)s is not an event file (it is not a SQLite database).") % {"file": name}
        )
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise EventFileRefused(
                _("%(file)s is not an event file (it is not a SQLite database).") % {"file": name}
            ) from None
        raise EventFileRefused(
            _("%(file)s cannot be opened: %(why)s.") % {"file": name, "why": exc}
        ) from None
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            # SQLite's report can span lines ("*** in database main ***\n..."): keep one line.
            lines = [ln for ln in check.splitlines() if ln.strip() and not ln.startswith("***")]
            said = lines[0].strip() if lines else "not ok"
            raise EventFileRefused(
                _("%(file)s is damaged (SQLite says: %(said)s). Open a backup copy.")
                % {"file": name, "said": said}
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        app = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key='app'").fetchone()
            app = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise EventFileRefused(
            _("%(file)s is damaged (%(why)s). Open a backup copy.") % {"file": name, "why": exc}
        ) from None
    finally:
        conn.close()
    if app != APP_ID:
        raise EventFileRefused(
            _("%(file)s is a SQLite database but not a workshop event file.") % {"file": name}
        )
    if version > SCHEMA_VERSION:
        raise EventFileRefused(
            _(
                "%(file)s was written by a newer version of Workshop App (file format "
                "%(version)s; this version reads up to %(known)s). Update the app to open it."
            )
            % {"file": name, "version": version, "known": SCHEMA_VERSION}
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
                _("The disk holding %(file)s is full; free some space and open it again.")
                % {"file": path.name}
            ) from None
        raise EventFileRefused(
            _("The folder %(folder)s is read-only; copy %(file)s to a folder you can write to.")
            % {"folder": folder, "file": path.name}
        ) from None


def backup_copies(path: Path) -> list[Path]:
    """The backups taken when `path` was opened, oldest first."""
    return sorted(_backup_folder(path).glob("*.workshop"))


def _backup_folder(path: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]
    return folders.backups_dir() / f"{path.stem[:60]}-{key}"


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


class BackupOnOpen:
    """The backup taken on open, copied in a thread so opening does not wait for it.

    The copy reads through a second connection whose read transaction is begun before `start`
    returns: it holds the event exactly as it was when opened, whatever is saved meanwhile.
    A failure does not refuse the event (it is open and saving); it is logged and `wait` returns
    it as one line for the facilitator.
    """

    def __init__(self, path: Path):
        self.path = path
        self.problem: str | None = None
        self._source = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            self._source.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._source.execute("BEGIN")
            self._source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
        except BaseException:
            self._source.close()
            raise
        self._thread = threading.Thread(target=self._run, name="event backup", daemon=False)
        self._thread.start()

    def _run(self) -> None:
        try:
            _take_backup(self._source, self.path)
        except (sqlite3.Error, OSError) as exc:
            reason = "the disk is full" if _is_disk_full(exc) else str(exc)
            self.problem = f"No backup copy of {self.path.name} was taken on opening: {reason}."
            log.error("no backup copy taken on opening", exc_info=exc)  # no file name: see logs
        finally:
            self._source.close()

    def wait(self) -> str | None:
        """Wait for the copy; the problem, if it was not taken."""
        self._thread.join()
        return self.problem
