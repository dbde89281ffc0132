"""Organizations and their answers and notes, every version kept."""

from __future__ import annotations

from workshop_app import text
from workshop_app.i18n import N_, _, number
from workshop_app.store.base import StoreBase, log
from workshop_app.store.model import NOTES, Answer, Change, Group, Saved, now


class GroupsAndAnswers(StoreBase):
    # groups (organizations)

    def groups(self, include_removed: bool = False) -> list[Group]:
        where = "" if include_removed else "WHERE removed_at IS NULL"
        return [
            self._group(r)
            for r in self._query(f"SELECT * FROM groups {where} ORDER BY position, id")
        ]

    def group(self, group_id: int) -> Group:
        row = self._one("SELECT * FROM groups WHERE id = ? AND removed_at IS NULL", (group_id,))
        if row is None:
            raise KeyError(f"no organization with id {group_id}")
        return self._group(row)

    @staticmethod
    def _group(row: dict) -> Group:
        return Group(
            row["id"],
            row["name"],
            row["contact"],
            row["size"],
            row["position"],
            row["pin"],
            row.get("language") or "",
        )

    def _check_unique_name(self, name: str, except_id: int | None = None) -> None:
        for g in self.groups():
            if g.id != except_id and g.name.casefold() == name.casefold():
                raise text.InputError(
                    _("An organization called %(name)r is already in this event.")
                    % {"name": g.name}
                )

    def add_group(
        self, name: str, contact: str = "", size: int | None = None, source: str = "console"
    ) -> Group:
        name = text.org_name(name)
        contact = text.short_text(contact, N_("The contact"))
        size = _check_size(size)
        self._check_unique_name(name)
        with self._transaction() as c:
            position = c.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM groups").fetchone()[0]
            cur = c.execute(
                "INSERT INTO groups (name, contact, size, position, pin, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (name, contact, size, position, _new_pin(), now()),
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
        language: str | None = None,
    ) -> Group:
        """`language`: the organization's worksheet language ("es"), "" for the event's."""
        current = self.group(group_id)
        new_language = current.language if language is None else _check_language(language)
        new_name = text.org_name(name) if name is not None else current.name
        self._check_unique_name(new_name, except_id=group_id)
        new_contact = (
            text.short_text(contact, N_("The contact")) if contact is not None else current.contact
        )
        new_size = current.size if size == "unchanged" else _check_size(size)
        with self._transaction() as c:
            c.execute(
                "UPDATE groups SET name = ?, contact = ?, size = ?, language = ? WHERE id = ?",
                (new_name, new_contact, new_size, new_language, group_id),
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
        based_on: int | None = None,
    ) -> Saved:
        """Save an answer (or, with prompt id NOTES, the group's notes for a stage).

        Returns only after the commit. Saving the text already stored writes nothing; an edit id
        already stored (a browser resending after a dropped connection) is not stored twice.

        `based_on`: the revision the text was edited from (0: a new answer; None: not said).
        When someone else saved a newer revision meanwhile, this save is still kept as the
        current version, theirs stays in the history, and `Saved.conflict` is theirs, so the
        author sees both texts; listeners hear `Change.replaced`, so the other side is told.
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
                    replaced = self._replaced_answer(key, based_on, row[0] - 1)
                    return Saved(row[0], row[1], duplicate=True, conflict=replaced)
            row = c.execute(
                "SELECT text, revision, saved_at FROM answers WHERE group_id = ? AND stage_id = ? "
                "AND prompt_id = ?",
                key,
            ).fetchone()
            if row and row[0] == value:
                return Saved(row[1], row[2], unchanged=True)
            current = row[1] if row else 0
            revision = current + 1
            stamp = now()
            c.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*key, value, revision, stamp, source),
            )
            c.execute(
                "INSERT INTO answer_history (group_id, stage_id, prompt_id, revision, text, saved_at,"
                " source, edit_id, based_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, revision, value, stamp, source, edit_id, based_on),
            )
            replaced = self._replaced_answer(key, based_on, current)
        log.debug(
            "answer saved: group %s, %s/%s revision %s from the %s%s",
            group_id,
            stage_id,
            prompt_id,
            revision,
            source,
            f", over revision {replaced.revision} unseen" if replaced else "",
        )
        self._notify(
            Change(
                "answer",
                group_id,
                stage_id,
                prompt_id,
                revision,
                source,
                replaced=replaced.revision if replaced else None,
            )
        )
        return Saved(revision, stamp, conflict=replaced)

    def _replaced_answer(self, key: tuple, based_on: int | None, current: int) -> Answer | None:
        """The version `current` when a save based on `based_on` replaced it unseen."""
        if based_on is None or current <= 0 or based_on >= current:
            return None
        row = self._one(
            "SELECT * FROM answer_history WHERE group_id = ? AND stage_id = ? AND prompt_id = ?"
            " AND revision = ?",
            (*key, current),
        )
        return _answer(row) if row else None

    def save_notes(
        self,
        group_id: int,
        stage_id: str,
        value: str,
        *,
        source: str = "console",
        edit_id: str | None = None,
        based_on: int | None = None,
    ) -> Saved:
        return self.save_answer(
            group_id, stage_id, NOTES, value, source=source, edit_id=edit_id, based_on=based_on
        )

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
        return [_answer(r) for r in self._query(f"SELECT * FROM answers {where}", tuple(params))]

    def answers_as_saved(self, group_id: int, stage_id: str) -> list[Answer]:
        """The group's current answers of a stage, each with the revision its author had seen
        (`Answer.based_on`): a page can tell when one replaced its own text unseen."""
        rows = self._query(
            "SELECT a.*, h.based_on FROM answers a LEFT JOIN answer_history h ON"
            " h.group_id = a.group_id AND h.stage_id = a.stage_id AND h.prompt_id = a.prompt_id"
            " AND h.revision = a.revision WHERE a.group_id = ? AND a.stage_id = ?",
            (group_id, stage_id),
        )
        return [_answer(r) for r in rows]

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
        rows = self._query(
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


def _answer(row: dict) -> Answer:
    return Answer(
        row["group_id"],
        row["stage_id"],
        row["prompt_id"],
        row["text"],
        row["revision"],
        row["saved_at"],
        row["source"],
        row.get("based_on"),
    )


def _check_language(language: str) -> str:
    """A language the worksheets are written in ("es"), or "" for the event's."""
    from workshop_app import i18n

    language = (language or "").strip()
    if language and language not in i18n.LANGUAGES:
        raise text.InputError(
            i18n._("There is no %(lang)r language; choose one of %(known)s.")
            % {"lang": language, "known": ", ".join(i18n.LANGUAGES)}
        )
    return language


def _check_size(size: int | str | None) -> int | None:
    if size in (None, ""):
        return None
    try:
        value = int(size)
    except (TypeError, ValueError):
        raise text.InputError(
            _("The group size must be a whole number, not %(size)r.") % {"size": size}
        ) from None
    if not 0 <= value <= 10_000:
        raise text.InputError(
            _("The group size must be between 0 and %(most)s.") % {"most": number(10_000)}
        )
    return value


def _new_pin() -> str:
    import secrets  # off start-up: a PIN is made only when an organization is added

    return f"{secrets.randbelow(10_000):04d}"
