"""Records: structured per-group data (stakeholder map, draft, actions) kept with history."""

from __future__ import annotations

import json
from typing import Any

from workshop_app import text
from workshop_app.i18n import _
from workshop_app.store.base import StoreBase, log
from workshop_app.store.model import Change, Record, Saved, now


class Records(StoreBase):
    def save_record(
        self,
        group_id: int,
        kind: str,
        data: Any,
        *,
        source: str = "console",
        edit_id: str | None = None,
        based_on: int | None = None,
    ) -> Saved:
        """Save a JSON-able value as the group's current `kind` record, with a history row.

        Callers validate the content (through text.py) before saving. `based_on` works as for
        answers (see GroupsAndAnswers.save_answer): a save over a revision its author never saw
        is kept, and `Saved.conflict` is the Record it replaced.
        """
        self.group(group_id)
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if len(payload) > 1_000_000:
            raise text.InputError(_("This is too large to save (over a million characters)."))
        with self._transaction() as c:
            if edit_id:
                row = c.execute(
                    "SELECT revision, saved_at FROM record_history WHERE group_id = ? AND kind = ?"
                    " AND edit_id = ?",
                    (group_id, kind, edit_id),
                ).fetchone()
                if row:
                    replaced = self._replaced_record(group_id, kind, based_on, row[0] - 1)
                    return Saved(row[0], row[1], duplicate=True, conflict=replaced)
            row = c.execute(
                "SELECT data, revision, saved_at FROM records WHERE group_id = ? AND kind = ?",
                (group_id, kind),
            ).fetchone()
            if row and row[0] == payload:
                return Saved(row[1], row[2], unchanged=True)
            current = row[1] if row else 0
            revision = current + 1
            stamp = now()
            c.execute(
                "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?, ?)",
                (group_id, kind, payload, revision, stamp, source),
            )
            c.execute(
                "INSERT INTO record_history (group_id, kind, revision, data, saved_at, source,"
                " edit_id, based_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (group_id, kind, revision, payload, stamp, source, edit_id, based_on),
            )
            replaced = self._replaced_record(group_id, kind, based_on, current)
        log.debug(
            "record saved: group %s, %s revision %s from the %s%s",
            group_id,
            kind,
            revision,
            source,
            f", over revision {replaced.revision} unseen" if replaced else "",
        )
        self._notify(
            Change(
                "record",
                group_id,
                None,
                kind,
                revision,
                source,
                replaced=replaced.revision if replaced else None,
            )
        )
        return Saved(revision, stamp, conflict=replaced)

    def _replaced_record(
        self, group_id: int, kind: str, based_on: int | None, current: int
    ) -> Record | None:
        if based_on is None or current <= 0 or based_on >= current:
            return None
        row = self._one(
            "SELECT * FROM record_history WHERE group_id = ? AND kind = ? AND revision = ?",
            (group_id, kind, current),
        )
        return _record(row) if row else None

    def record(self, group_id: int, kind: str) -> Record | None:
        row = self._one("SELECT * FROM records WHERE group_id = ? AND kind = ?", (group_id, kind))
        return _record(row) if row else None

    def records(self, group_ids=None) -> list[Record]:
        """The current records of every organization (or of `group_ids`), by group and kind."""
        rows = self._query("SELECT * FROM records ORDER BY group_id, kind")
        wanted = None if group_ids is None else set(group_ids)
        return [_record(r) for r in rows if wanted is None or r["group_id"] in wanted]

    def record_history(self, group_id: int, kind: str) -> list[Record]:
        rows = self._query(
            "SELECT * FROM record_history WHERE group_id = ? AND kind = ? ORDER BY revision DESC",
            (group_id, kind),
        )
        return [_record(r) for r in rows]

    def record_version(self, group_id: int, kind: str, revision: int) -> Record | None:
        """One saved version of a record (from its history)."""
        row = self._one(
            "SELECT * FROM record_history WHERE group_id = ? AND kind = ? AND revision = ?",
            (group_id, kind, revision),
        )
        return _record(row) if row else None

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


def _record(row: dict) -> Record:
    return Record(
        row["group_id"],
        row["kind"],
        json.loads(row["data"]),
        row["revision"],
        row["saved_at"],
        row["source"],
        row.get("based_on"),
    )
