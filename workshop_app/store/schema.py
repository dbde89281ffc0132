"""The event file's schema: forward-only migrations driven by PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a file is created or migrated, never on a plain open
    import sqlite_utils

# -- migrations --------------------------------------------------------------------


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


def _v3(db: sqlite_utils.Database) -> None:
    """Each version says which revision its author had seen (NULL: not said, before v3), so a
    save that replaced a version its author never saw can be told (see answers.save_answer)."""
    db.execute("ALTER TABLE answer_history ADD COLUMN based_on INTEGER")
    db.execute("ALTER TABLE record_history ADD COLUMN based_on INTEGER")


def _v4(db: sqlite_utils.Database) -> None:
    """The event's plan over time: a facilitator may change it mid-event (a prompt added,
    minutes changed). The event row holds the current plan; each change adds a row with the
    time the new version started and the text of the version it replaced, so an answer can be
    read with the question it answered, and a removed question's answers keep its text."""
    db.execute(
        """CREATE TABLE plan_versions (version INTEGER PRIMARY KEY, started_at TEXT NOT NULL,
            replaced_text TEXT NOT NULL)"""
    )


def _v5(db: sqlite_utils.Database) -> None:
    """Each organization's language for its worksheet ("es"); empty: the event's language."""
    db["groups"].add_column("language", str, not_null_default="")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5]
SCHEMA_VERSION = len(MIGRATIONS)


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over `conn`, for creating and migrating (imported here, off start-up)."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def migrate(conn: sqlite3.Connection, version: int) -> None:
    db = database(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:]:
            step(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
