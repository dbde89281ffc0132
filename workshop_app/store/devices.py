"""Participant devices and the entry log (used by lan/), and what other connections committed."""

from __future__ import annotations

from workshop_app import text
from workshop_app.store.base import StoreBase, log
from workshop_app.store.model import Change, now


class Devices(StoreBase):
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
        log.info("device %s joined group %s", device_id, group_id)
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
        return self._query(
            f"SELECT id, group_id, label, created_at, last_seen, revoked_at FROM devices"
            f" {where} ORDER BY group_id, id"
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
        log.info("device %s disconnected", device_id)
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
        return self._query("SELECT * FROM entry_log ORDER BY id")

    # what other connections committed (lan/ follows the console through these)

    def data_version(self) -> int:
        """A number that changes whenever another connection commits (PRAGMA data_version)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def changes_since(
        self, answer_id: int, record_id: int, limit: int = 500
    ) -> tuple[int, int, list[dict]]:
        """The answer and record versions after the given history ids, oldest first, each as
        ``{"group_id", "what": "answer"|"record", "stage", "key", "revision", "edit", "source"}``, and the
        newest ids seen (pass them back next time). At most `limit` rows of each table."""
        found: list[dict] = []
        rows = self.conn.execute(
            "SELECT id, group_id, stage_id, prompt_id, revision, edit_id, source FROM answer_history"
            " WHERE id > ? ORDER BY id LIMIT ?",
            (answer_id, limit),
        ).fetchall()
        for r in rows:
            found.append(
                {
                    "group_id": r[1],
                    "what": "answer",
                    "stage": r[2],
                    "key": r[3],
                    "revision": r[4],
                    "edit": r[5],
                    "source": r[6],
                }
            )
        newest_answer = rows[-1][0] if rows else answer_id
        rows = self.conn.execute(
            "SELECT id, group_id, kind, revision, edit_id, source FROM record_history"
            " WHERE id > ? ORDER BY id LIMIT ?",
            (record_id, limit),
        ).fetchall()
        for r in rows:
            found.append(
                {
                    "group_id": r[1],
                    "what": "record",
                    "stage": None,
                    "key": r[2],
                    "revision": r[3],
                    "edit": r[4],
                    "source": r[5],
                }
            )
        newest_record = rows[-1][0] if rows else record_id
        return newest_answer, newest_record, found

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
