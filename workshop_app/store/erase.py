"""Deleting for good: an event with every copy the app made of it, or one organization's data
from an event and its backups, and the receipt that says what went.

An organization can withdraw its consent, and an event is deleted when it is no longer needed;
either way what was removed must not stay readable in the file's free pages, in its WAL, or in a
backup copy in the app's data folder. So:

- `delete_event` takes the instance lock (an event open elsewhere is refused), then overwrites
  and removes the event file, its -wal and -shm, every backup copy and the lock file.
- `remove_organization` deletes the organization's answers, notes, history, records, devices
  and its row with ``PRAGMA secure_delete`` on, then checkpoints the WAL, rebuilds the file
  (VACUUM) and truncates the WAL, so no freed page keeps its text; every backup copy is purged
  the same way, or dropped if it cannot be.
- `forget_devices` removes the participant devices' records with the same care.

Each returns a `Receipt`: the event's title and date, how many organizations it holds, every
file removed or rewritten with its size and SHA-256, the time. Never a word anyone typed.

Overwriting a file before removing it keeps its old bytes out of the disk's free space on an
ordinary disk; an SSD or a copy-on-write file system may still keep an old block until it reuses
it. Disk encryption covers that; the receipt says so.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.i18n import _
from workshop_app.store.files import (
    _backup_folder,
    _connect,
    _inspect,
    _InstanceLock,
    backup_copies,
)
from workshop_app.store.model import EventFileRefused, SaveError, StoreError

if TYPE_CHECKING:
    from workshop_app.store.event_store import EventStore

# the tables that hold an organization's data, in the order they are emptied
GROUP_TABLES = ("answer_history", "answers", "record_history", "records", "devices")


@dataclass(frozen=True)
class FileFact:
    """A file as the receipt lists it."""

    path: Path
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> FileFact:
        digest = hashlib.sha256()
        size = 0
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
        return cls(path, size, digest.hexdigest())


@dataclass
class Receipt:
    """What was deleted, for the facilitator to keep or hand on. Holds no answer text."""

    action: str  # "Event deleted", "Organization removed", "Devices forgotten"
    title: str
    date: str
    organizations: int  # in the event before the deletion
    removed: list[FileFact] = field(default_factory=list)  # files that are gone
    rewritten: list[FileFact] = field(default_factory=list)  # files purged, as they are now
    details: list[str] = field(default_factory=list)  # counts, never text
    at: str = field(
        default_factory=lambda: datetime.now().astimezone().isoformat(timespec="seconds")
    )

    def text(self) -> str:
        lines = [
            f"Deletion receipt — {self.action}",
            "",
            f"Event: {self.title}",
            f"Date of the event: {self.date}",
            f"Organizations in the event: {self.organizations}",
            f"Done at: {self.at}",
        ]
        lines += self.details
        for heading, facts in (
            ("Files removed", self.removed),
            ("Files rewritten without the removed data", self.rewritten),
        ):
            if facts:
                lines += ["", f"{heading} (size in bytes, SHA-256 before removal):"]
                if heading.startswith("Files rewritten"):
                    lines[-1] = f"{heading} (size in bytes, SHA-256 as rewritten):"
                lines += [f"  {f.path}  {f.size}  {f.sha256}" for f in facts]
        lines += [
            "",
            "Removed files were overwritten before they were deleted; removed rows were erased "
            "with SQLite's secure_delete and the files rebuilt, so their text is not left in "
            "free space inside them. An SSD or a copy-on-write file system can keep old blocks "
            "until it reuses them; disk encryption protects those.",
            "This receipt holds no answer text.",
        ]
        return "\n".join(lines) + "\n"

    def write(self, folder: Path) -> Path:
        """Write the receipt as a text file into `folder`; its path."""
        from workshop_app.export.filenames import safe_stem

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = self.at[:19].replace(":", "-").replace("T", " ")
        stem = safe_stem(f"{self.title} - {self.action.lower()} - receipt {stamp}")
        target = folder / f"{stem}.txt"
        n = 2
        while target.exists():
            target = folder / f"{stem} ({n}).txt"
            n += 1
        tmp = target.with_name(f".{target.name}.writing")
        try:
            tmp.write_text(self.text(), encoding="utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise SaveError(
                _("The receipt could not be written to %(folder)s: %(why)s")
                % {"folder": folder, "why": exc}
            ) from None
        return target


# -- deleting an event ------------------------------------------------------------------------


def event_files(path: Path) -> list[Path]:
    """Every file the app keeps for the event at `path`: the file, its -wal, -shm and
    -journal, leftovers of a creation or copy, and the backup copies."""
    path = Path(path)
    found = [
        p
        for p in (
            path,
            *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")),
            path.with_name(f".{path.name}.creating"),
        )
        if p.is_file()
    ]
    folder = _backup_folder(path)
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.is_file())
    return found


def describe_event(path: Path) -> tuple[str, str, int]:
    """Title, date and number of organizations, read without changing the file (from the
    newest backup copy when the file itself is already gone)."""
    path = Path(path)
    source = path if path.exists() else (backup_copies(path) or [None])[-1]
    if source is None:
        raise EventFileRefused(
            _("%(file)s: no such event file, and no backup copy of it.") % {"file": path.name}
        )
    _inspect(source)
    conn = _connect(source, readonly=True)
    try:
        title, date = conn.execute("SELECT title, date FROM event WHERE id = 1").fetchone()
        count = conn.execute("SELECT count(*) FROM groups WHERE removed_at IS NULL").fetchone()[0]
    finally:
        conn.close()
    return title, date, count


def delete_event(path: Path) -> Receipt:
    """Remove the event at `path` and every copy the app made of it, for good.

    Refused, with nothing touched, while the event is open in any window or program."""
    path = Path(path)
    title, date, count = describe_event(path)
    lock = _InstanceLock(path)
    if not lock.acquire():
        raise EventFileRefused(
            _("%(file)s is open in a Workshop App window or program; close it there first.")
            % {"file": path.name}
        )
    receipt = Receipt("Event deleted", title, date, count)
    try:
        for file in event_files(path):
            receipt.removed.append(FileFact.of(file))
            _shred(file)
        with suppress(OSError):
            _backup_folder(path).rmdir()
    finally:
        lock.release()
    if lock.path.exists():
        receipt.removed.append(FileFact.of(lock.path))
        lock.path.unlink(missing_ok=True)
    return receipt


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as f:
            left = size
            block = b"\0" * (1 << 20)
            while left > 0:
                left -= f.write(block[: min(left, len(block))])
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass  # removing it is what matters; a file we cannot write is still unlinked
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise SaveError(
            _("%(file)s could not be removed: %(why)s.")
            % {"file": path, "why": exc.strerror or exc}
        ) from None


# -- purging rows from a file and its backups -------------------------------------------------


def _purge(conn: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> dict[str, int]:
    """Run deletes with secure_delete on, then rebuild the file and empty its WAL. Rows deleted
    per statement's table."""
    conn.execute("PRAGMA secure_delete = ON")
    counts: dict[str, int] = {}
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql, params in statements:
            table = sql.split()[2].strip('"')
            counts[table] = counts.get(table, 0) + conn.execute(sql, params).rowcount
        conn.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    _rebuild(conn)
    return counts


def _rebuild(conn: sqlite3.Connection) -> None:
    """VACUUM (a fresh file, no free pages) and a truncated WAL; refused while another
    connection's reading keeps the old pages in the WAL."""
    _checkpoint(conn)
    conn.execute("VACUUM")
    _checkpoint(conn)


def _checkpoint(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "wal":
        return
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise SaveError(
            _(
                "The event file is busy (participant entry is reading it); close participant "
                "entry and try again."
            )
        )


def _purge_backups(path: Path, statements_for, receipt: Receipt) -> None:
    """Purge every backup copy of the event at `path`; a copy that cannot be purged is
    removed instead."""
    for copy in backup_copies(path):
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                _purge(conn, statements_for(conn))
            finally:
                conn.close()
            for side in (copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
                _shred(side) if side.exists() else None
            receipt.rewritten.append(FileFact.of(copy))
        except (sqlite3.Error, StoreError, OSError):
            receipt.removed.append(FileFact.of(copy))
            for file in (
                copy,
                copy.with_name(copy.name + "-wal"),
                copy.with_name(copy.name + "-shm"),
            ):
                if file.exists():
                    _shred(file)


def _group_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables with a group_id column: the known ones first, then any a later file format
    added (a new stage kind's table is erased too without being named here)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with_group = {
        n
        for n in names
        if any(c[1] == "group_id" for c in conn.execute(f'PRAGMA table_info("{n}")'))
    }
    return [t for t in GROUP_TABLES if t in with_group] + sorted(with_group - set(GROUP_TABLES))


def _group_statements(conn: sqlite3.Connection, group_id: int) -> list[tuple[str, tuple]]:
    return [(f'DELETE FROM "{t}" WHERE group_id = ?', (group_id,)) for t in _group_tables(conn)] + [
        ("DELETE FROM groups WHERE id = ?", (group_id,))
    ]


def remove_organization(store: EventStore, group_id: int) -> Receipt:
    """Erase one organization from the open event and from every backup copy of it: its
    answers, notes and their history, its records (map, draft, actions) and their history, its
    devices and its name, contact and PIN. The other organizations' data is untouched."""
    row = store._one("SELECT name FROM groups WHERE id = ?", (group_id,))
    if row is None:
        raise KeyError(f"no organization with id {group_id}")
    store.wait_for_backup()  # the copy taken on open is purged too, so it must be finished
    event = store.event()
    receipt = Receipt(
        "Organization removed", event.title, event.date, len(store.groups(include_removed=True))
    )
    name = row["name"]
    counts = _run_purge(store, _group_statements(store.conn, group_id))
    receipt.details += [
        f"Organization removed: {name}",
        f"Answer and note versions erased: {counts.get('answer_history', 0)}",
        f"Map, draft and action versions erased: {counts.get('record_history', 0)}",
        f"Device records erased: {counts.get('devices', 0)}",
    ]
    receipt.rewritten.append(FileFact.of(store.path))

    def in_copy(conn: sqlite3.Connection) -> list[tuple[str, tuple]]:
        # a backup holds the same ids; also match the name, in case it was renamed since
        ids = {group_id} | {
            r[0]
            for r in conn.execute(
                "SELECT id FROM groups WHERE name = ? COLLATE NOCASE", (name,)
            ).fetchall()
        }
        return [s for i in sorted(ids) for s in _group_statements(conn, i)]

    _purge_backups(store.path, in_copy, receipt)
    store._plan = None
    from workshop_app.store.model import Change

    store._notify(Change("group", group_id=group_id))
    return receipt


def forget_devices(store: EventStore) -> Receipt:
    """Erase the participant devices' records (names like "Android phone", when they were
    seen) from the open event and its backups. Answers stay."""
    store.wait_for_backup()
    event = store.event()
    receipt = Receipt("Devices forgotten", event.title, event.date, len(store.groups()))
    counts = _run_purge(store, [("DELETE FROM devices", ())])
    receipt.details.append(f"Device records erased: {counts.get('devices', 0)}")
    receipt.rewritten.append(FileFact.of(store.path))
    _purge_backups(store.path, lambda conn: [("DELETE FROM devices", ())], receipt)
    from workshop_app.store.model import Change

    store._notify(Change("device"))
    return receipt


def _run_purge(store: EventStore, statements: list[tuple[str, tuple]]) -> dict[str, int]:
    try:
        return _purge(store.conn, statements)
    except sqlite3.Error as exc:
        raise store._save_error(exc) from None
    finally:
        with suppress(sqlite3.Error):
            store.conn.execute("PRAGMA secure_delete = OFF")
