"""EventStore: one event is one SQLite file (`*.workshop`), created and migrated through
sqlite-utils, read and written through its sqlite3 connection (sqlite-utils stays off start-up).

The only module that speaks SQL. Rules it keeps:

- WAL journal, ``synchronous=FULL``, a busy timeout and foreign keys on every connection; every
  thread uses its own connection (`EventStore.sibling`).
- ``PRAGMA user_version`` drives forward-only migrations (`schema.py`).
- Every save writes the current value and its history row in one ``BEGIN IMMEDIATE``
  transaction and returns the new revision only after ``COMMIT``: a returned revision is on disk.
- The `keeper` (one thread per file per process) checkpoints the -wal into the file soon after
  saving goes quiet and writes a heartbeat while a stage clock runs (`keeper.py`); a stage clock
  left running by a crash ends at the last heartbeat, and nothing counts after End workshop.
- Opening refuses, with a one-line message and without touching the file, anything that is not
  an event file this version can read, and a file another instance (console or `serve`) has
  open. The file is read only through SQLite, never with open()/close(), which would drop this
  process's SQLite locks on it (see `files._inspect`). A backup copy is
  taken on open (SQLite backup API; in a thread, from a snapshot pinned before `open` returns,
  except before a migration); the last five are kept. `wait_for_backup` tells if it failed.
"""

from workshop_app.store.event_store import EventStore
from workshop_app.store.files import backup_copies
from workshop_app.store.model import (
    NOTES,
    Answer,
    Change,
    EventFileRefused,
    EventInfo,
    Group,
    Record,
    Saved,
    SaveError,
    StageLogEntry,
    StoreError,
    now,
)
from workshop_app.store.schema import SCHEMA_VERSION

__all__ = [
    "NOTES",
    "SCHEMA_VERSION",
    "Answer",
    "Change",
    "EventFileRefused",
    "EventInfo",
    "EventStore",
    "Group",
    "Record",
    "SaveError",
    "Saved",
    "StageLogEntry",
    "StoreError",
    "backup_copies",
    "now",
]
