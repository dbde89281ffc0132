"""StoreBase: one connection, its transactions and the listeners told after each commit."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from workshop_app.i18n import N_, Later, _
from workshop_app.plan import PlanError, WorkshopPlan, load_plan_text
from workshop_app.store.files import _InstanceLock, _is_disk_full
from workshop_app.store.keeper import FileKeeper
from workshop_app.store.model import Change, SaveError, StoreError

log = logging.getLogger("workshop_app.store")


class StoreBase:
    """One open event. Not shared between threads: call `sibling()` for another thread."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: _InstanceLock | None,
        keeper: FileKeeper | None = None,
    ):
        self.path = path
        self.conn = conn
        self._lock = lock
        self._keeper = keeper  # writing connections: checkpoints after saving goes quiet
        self._listeners: list[Callable[[Change], None]] = []
        self._plan: WorkshopPlan | None = None
        self._plan_version: int | None = None
        self._thread = threading.get_ident()
        self._deferred: list[Change] | None = None  # inside `batch()`: told after its commit

    # notifications

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        with suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        """Tell listeners about a committed change. A failing listener is logged, never raised:
        the change is on disk, and the caller must not be told otherwise. Inside `batch()` the
        change is told after the batch's commit, never before it is on disk."""
        if self._deferred is not None:
            self._deferred.append(change)
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a listener failed on %s", change.what)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several saves, one commit (a "group commit"): the saves made inside share one
        transaction and one wait for the disk, each in a savepoint of its own, so a save that
        fails rolls back alone. Listeners hear of the changes after the commit. The caller
        reports the saves as saved only after this returns; if it raises, none of them is."""
        if self._deferred is not None:  # already in a batch
            yield
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._save_error(exc) from None
        self._deferred = []
        try:
            yield
            if not self.conn.in_transaction:  # SQLite rolled it back (disk full, I/O error)
                raise SaveError(Later(N_("These changes were not saved: the disk refused them.")))
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            self._deferred = None
            raise self._save_error(exc) from None
        except BaseException:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            self._deferred = None
            raise
        changes, self._deferred = self._deferred, None
        self._committed()
        for change in changes:
            self._notify(change)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One save: its own transaction (a batch of one), or a savepoint inside a batch."""
        if self._deferred is not None:
            with self._savepoint() as conn:
                yield conn
            return
        with self.batch():
            yield self.conn

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        """One save inside a batch: undone alone if it fails; committed with the batch."""
        if not self.conn.in_transaction:  # SQLite undid the batch (disk full, I/O error)
            raise SaveError(_("This change was not saved: the disk refused the changes before it."))
        try:
            self.conn.execute("SAVEPOINT save")
        except sqlite3.Error as exc:
            raise self._save_error(exc) from None
        try:
            yield self.conn
            self.conn.execute("RELEASE save")
        except BaseException as exc:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK TO save")
                self.conn.execute("RELEASE save")
            if isinstance(exc, sqlite3.Error):
                raise self._save_error(exc) from None
            raise

    def _committed(self) -> None:
        if self._keeper is not None:
            self._keeper.saved()

    def _save_error(self, exc: sqlite3.Error) -> SaveError:
        """The failure as the person who saved is told it: in their language when they read it
        (a batch's commit fails for several phones at once, on the server's writer thread)."""
        if _is_disk_full(exc):
            return SaveError(
                Later(
                    N_(
                        "The disk is full: this change was not saved. Free some space or save a "
                        "copy elsewhere."
                    )
                )
            )
        if not self.path.exists():
            return SaveError(
                Later(
                    N_("%(file)s was moved or deleted: this change was not saved. Save a copy."),
                    {"file": self.path.name},
                )
            )
        return SaveError(Later(N_("This change was not saved: %(why)s."), {"why": exc}))

    # reading: rows as dicts, straight from the sqlite3 connection (sqlite-utils is imported only
    # to create and migrate a file: it costs start-up time and a savepoint per query)

    def _query(self, sql: str, params: tuple = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor]

    def _one(self, sql: str, params: tuple = ()) -> dict | None:
        cursor = self.conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([column[0] for column in cursor.description], row, strict=True))

    @property
    def region(self) -> str:
        """The region the event was created for ("": the plan's own); `plan` has its texts."""
        row = self._one("SELECT value FROM meta WHERE key = 'region'")
        return row["value"] if row else ""

    @property
    def plan(self) -> WorkshopPlan:
        """The event's plan as it is now (re-read when another connection changed it)."""
        version = self._one("SELECT max(version) AS v FROM plan_versions")["v"]  # None: 1
        if self._plan is None or version != self._plan_version:
            row = self._one("SELECT plan_text FROM event WHERE id = 1")
            try:
                self._plan = load_plan_text(
                    row["plan_text"], source=f"{self.path.name} (stored plan)", region=self.region
                )
            except PlanError as exc:
                raise StoreError(
                    _("The plan stored in %(file)s is damaged: %(problem)s")
                    % {"file": self.path.name, "problem": exc.problems[0]}
                ) from None
            self._plan_version = version
        return self._plan
