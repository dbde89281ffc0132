"""The file keeper: keeps an open event file current and says the app is alive, off the hot path.

One `FileKeeper` per event file per process, shared by every writing connection of the process
to that file (the console's, the participant server's), with a thread and a connection of its
own. It does two things nobody should wait for:

- **Checkpoints.** Saves go to the ``-wal`` beside the event file; a copy of the ``.workshop``
  file alone holds only what was checkpointed into it. The keeper runs a PASSIVE checkpoint
  (never blocks a reader or a writer) once saving has been quiet for `QUIET_SECONDS`, at the
  latest `LONGEST_SECONDS` after the first save not yet in the file even while saves keep
  coming, and at once when asked (`soon`: a stage change, an export, End workshop). The
  connections it serves turn SQLite's own automatic checkpoint off, which would run inside a
  save's commit.
- **Heartbeat.** While this process holds the event (the instance lock) and a stage's clock is
  running, it writes the time into ``meta('alive_at')`` every `HEARTBEAT_SECONDS`: after a crash
  the stage's actual time ends at the last moment the app was seen alive.

Nothing here logs answer text or names; failures log their type only.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from workshop_app.store import model

log = logging.getLogger("workshop_app.store")

ALIVE_KEY = "alive_at"


class FileKeeper:
    QUIET_SECONDS = 1.0
    LONGEST_SECONDS = 3.0
    HEARTBEAT_SECONDS = 15.0
    BUSY_TIMEOUT_MS = 5000

    _all: dict[Path, FileKeeper] = {}
    _all_guard = threading.Lock()

    # -- who uses it ------------------------------------------------------------------------

    @classmethod
    def attach(cls, path: Path, holder: bool) -> FileKeeper:
        """The keeper of `path` in this process, started on first use. `holder`: the caller
        holds the instance lock (its process is the live app for this file)."""
        key = path.resolve()
        with cls._all_guard:
            keeper = cls._all.get(key)
            if keeper is None:
                keeper = cls._all[key] = cls(key)
            keeper._users += 1
            keeper._holders += holder
        return keeper

    def detach(self, holder: bool) -> None:
        """One user fewer; the last one stops the thread after a last checkpoint."""
        with FileKeeper._all_guard:
            self._users -= 1
            self._holders -= holder
            last = self._users == 0
            if last:
                FileKeeper._all.pop(self.path, None)
        if last:
            with self._wake:
                self._stopping = True
                self._wake.notify()
            self._thread.join()

    @classmethod
    def live(cls, path: Path) -> bool:
        """True while this process holds `path` open as the live app (its clock is now)."""
        with cls._all_guard:
            keeper = cls._all.get(path.resolve())
            return keeper is not None and keeper._holders > 0

    @classmethod
    def of(cls, path: Path) -> FileKeeper | None:
        with cls._all_guard:
            return cls._all.get(path.resolve())

    # -- what users tell it (cheap: called right after a commit) --------------------------------

    def __init__(self, path: Path):
        self.path = path
        self._users = 0
        self._holders = 0
        self._wake = threading.Condition()
        self._first_unsaved: float | None = None  # monotonic time of the first unflushed save
        self._last_save = 0.0
        self._now = False
        self._stopping = False
        self.checkpoints = 0  # completed checkpoints (for tests and --verbose)
        self._thread = threading.Thread(target=self._run, name="event file keeper", daemon=True)
        self._thread.start()

    def saved(self) -> None:
        """A commit went into the -wal."""
        with self._wake:
            stamp = time.monotonic()
            if self._first_unsaved is None:
                self._first_unsaved = stamp
            self._last_save = stamp
            self._wake.notify()

    def soon(self) -> None:
        """Bring the file up to date now (a stage change, an export, End workshop)."""
        with self._wake:
            self._now = True
            if self._first_unsaved is None:
                self._first_unsaved = time.monotonic()
            self._wake.notify()

    # -- the thread ------------------------------------------------------------------------------

    def _due(self) -> float | None:
        """Seconds until the next checkpoint is due (0: now), None when nothing is waiting."""
        if self._first_unsaved is None:
            return None
        if self._now or self._stopping:
            return 0.0
        stamp = time.monotonic()
        quiet = self._last_save + self.QUIET_SECONDS - stamp
        longest = self._first_unsaved + self.LONGEST_SECONDS - stamp
        return max(0.0, min(quiet, longest))

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        next_beat = time.monotonic() + self.HEARTBEAT_SECONDS
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {self.BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            while True:
                with self._wake:
                    while True:
                        due, beat_in = self._due(), next_beat - time.monotonic()
                        if due == 0.0 or beat_in <= 0 or self._stopping:
                            break
                        self._wake.wait(beat_in if due is None else min(beat_in, due))
                    stopping = self._stopping
                    checkpoint = self._due() == 0.0
                    if checkpoint:
                        self._first_unsaved, self._now = None, False
                if not stopping and time.monotonic() >= next_beat:
                    next_beat = time.monotonic() + self.HEARTBEAT_SECONDS
                    if self._beat(conn):
                        self.saved()  # in the file once saving is quiet, like any save
                if checkpoint:
                    self._checkpoint(conn)
                if stopping:
                    return
        except Exception as exc:  # the keeper must never take the app down
            log.error("the event file keeper stopped: %s", type(exc).__name__)
        finally:
            if conn is not None:
                conn.close()

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("checkpoint failed: %s", type(exc).__name__)
            self._again()
            return
        if busy or (frames > 0 and done < frames):  # a reader still needs older pages
            log.debug("checkpoint partial: %s of %s frames", done, frames)
            self._again()
            return
        self.checkpoints += 1
        log.debug("checkpoint: %s frames in the file", done)

    def _again(self) -> None:
        with self._wake:
            if self._first_unsaved is None:
                self._first_unsaved = time.monotonic()
            self._last_save = time.monotonic()

    def _beat(self, conn: sqlite3.Connection) -> bool:
        """Write the heartbeat if this process holds the event and a stage clock runs."""
        if self._holders <= 0:
            return False
        try:
            running = conn.execute(
                "SELECT 1 FROM stage_log WHERE ended_at IS NULL LIMIT 1"
            ).fetchone()
            if not running:
                return False
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (ALIVE_KEY, model.now()))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.warning("heartbeat not written: %s", type(exc).__name__)
            return False
        return True
