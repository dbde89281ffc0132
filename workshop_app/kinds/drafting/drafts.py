"""A group's draft policy: its clauses in order, each from the library (possibly edited) or its
own, included or left out, and how it follows new choices without losing the group's work.

Merge rules when the choices change (`Draft.merge`): a clause the group edited is never
overwritten; a newly proposed clause is added next to its neighbours in library order; a clause
that is no longer proposed is marked "withdrawn" (not deleted) and the group decides whether to
keep or remove it. Library text gets the organization's name in place of ``{org}`` literally
(`str.replace`, never `str.format`); what a group typed prints exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from workshop_app import text
from workshop_app.i18n import N_

if TYPE_CHECKING:
    from workshop_app.kinds.drafting.plan import Clause
    from workshop_app.plan import Stage


@dataclass(frozen=True)
class ProposedClause:
    """A clause the group's choices propose (clauses.propose_draft), before it is in a draft."""

    clause_id: str
    title: str
    body: str  # organization's name filled in
    why: str
    reason: str  # "core clause" or "because you chose Instagram and TikTok"
    core: bool


PLACEHOLDER = "{org}"
TITLE_MAX = 200

# statuses of a clause in a draft
PROPOSED = "proposed"  # proposed by the current choices
WITHDRAWN = "withdrawn"  # was proposed, the choices no longer propose it: the group decides
KEPT = "kept"  # withdrawn, and the group chose to keep it
OWN = "own"  # written by the group
STATUS_LABELS = {
    PROPOSED: N_("proposed"),
    WITHDRAWN: N_("no longer proposed"),
    KEPT: N_("kept by the group"),
    OWN: N_("the group's own clause"),
}


def fill(template: str, org: str) -> str:
    """Library text with the organization's name in place of {org}, exactly as typed."""
    return template.replace(PLACEHOLDER, org)


def library(stage: Stage) -> dict[str, Clause]:
    return {c.id: c for c in stage.clauses}


# -- the draft --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftClause:
    """One clause of a group's draft. `title`/`body` None = the library's text (not edited)."""

    key: str  # library id, or "own-N" for the group's own clauses
    clause_id: str | None
    status: str
    included: bool = True
    title: str | None = None
    body: str | None = None
    reason: str = ""

    @property
    def edited(self) -> bool:
        return self.clause_id is not None and (self.title is not None or self.body is not None)

    def to_data(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "clause_id": self.clause_id,
            "status": self.status,
            "included": self.included,
            "title": self.title,
            "body": self.body,
            "reason": self.reason,
        }

    @classmethod
    def from_data(cls, data: dict) -> DraftClause:
        return cls(
            key=str(data["key"]),
            clause_id=data.get("clause_id"),
            status=str(data.get("status", PROPOSED)),
            included=bool(data.get("included", True)),
            title=data.get("title"),
            body=data.get("body"),
            reason=str(data.get("reason", "")),
        )


@dataclass(frozen=True)
class NumberedClause:
    number: int
    title: str
    body: str
    why: str  # the library's guidance; empty for the group's own clauses
    status: str = PROPOSED


@dataclass(frozen=True)
class Draft:
    clauses: tuple[DraftClause, ...] = ()
    based_on: int = 0  # the revision of the group's choices this draft follows

    # building and merging

    @classmethod
    def from_proposals(cls, proposals: list[ProposedClause]) -> Draft:
        return cls(
            tuple(
                DraftClause(p.clause_id, p.clause_id, PROPOSED, reason=p.reason) for p in proposals
            )
        )

    def merge(self, proposals: list[ProposedClause], stage: Stage) -> Draft:
        """Follow new choices without losing the group's work (see the module docstring)."""
        wanted = {p.clause_id: p for p in proposals}
        items = []
        for c in self.clauses:
            if c.clause_id is None:
                items.append(c)
            elif c.clause_id in wanted:
                items.append(replace(c, status=PROPOSED, reason=wanted[c.clause_id].reason))
            elif c.status == PROPOSED:
                items.append(replace(c, status=WITHDRAWN, reason="no longer matches your choices"))
            else:
                items.append(c)
        order = {cl.id: i for i, cl in enumerate(stage.clauses)}
        present = {c.clause_id for c in items}
        for p in proposals:
            if p.clause_id in present:
                continue
            new = DraftClause(p.clause_id, p.clause_id, PROPOSED, reason=p.reason)
            items.insert(_insert_at(items, order, order.get(p.clause_id, len(order))), new)
            present.add(p.clause_id)
        return replace(self, clauses=tuple(items))

    # the group's edits

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.clauses) if c.key == key)

    def get(self, key: str) -> DraftClause:
        return self.clauses[self.index(key)]

    def _with(self, key: str, **changes: Any) -> Draft:
        items = list(self.clauses)
        i = self.index(key)
        items[i] = replace(items[i], **changes)
        return replace(self, clauses=tuple(items))

    def set_included(self, key: str, included: bool) -> Draft:
        return self._with(key, included=included)

    def edit(self, key: str, *, title: str | None = None, body: str | None = None) -> Draft:
        """Change a clause's text. Text is checked with the input rules; raises InputError."""
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = text.short_text(title, N_("A clause title"), TITLE_MAX)
        if body is not None:
            changes["body"] = text.answer_text(body)
        return self._with(key, **changes)

    def edit_text(self, key: str, title: str, body: str, stage: Stage, org: str) -> Draft:
        """Set a clause's title and text as shown in an editor; text that equals the library's
        (name filled in) is not an edit, so the clause keeps following the library."""
        draft = self.edit(key, title=title, body=body)
        lib = library(stage).get(self.get(key).clause_id or "")
        if lib is None:
            return draft
        new = draft.get(key)
        return draft._with(
            key,
            title=None if new.title == fill(lib.title, org) else new.title,
            body=None if new.body == fill(lib.body, org) else new.body,
        )

    def reset(self, key: str) -> Draft:
        """Back to the library's text (a no-op for the group's own clauses)."""
        if self.get(key).clause_id is None:
            return self
        return self._with(key, title=None, body=None)

    def keep(self, key: str) -> Draft:
        return self._with(key, status=KEPT, reason="kept by the group")

    def remove(self, key: str) -> Draft:
        return replace(self, clauses=tuple(c for c in self.clauses if c.key != key))

    def move(self, key: str, offset: int) -> Draft:
        items = list(self.clauses)
        i = self.index(key)
        j = max(0, min(len(items) - 1, i + offset))
        items.insert(j, items.pop(i))
        return replace(self, clauses=tuple(items))

    def add_library(self, clause_id: str, stage: Stage, after: str | None = None) -> Draft:
        """Add a library clause the choices do not propose (kept until the group removes it)."""
        if clause_id not in library(stage):
            raise KeyError(clause_id)
        if any(c.clause_id == clause_id for c in self.clauses):
            return self
        items = list(self.clauses)
        at = self.index(after) + 1 if after else len(items)
        items.insert(at, DraftClause(clause_id, clause_id, KEPT, reason="added by the group"))
        return replace(self, clauses=tuple(items))

    def add_own(self, title: str, body: str, after: str | None = None) -> tuple[Draft, str]:
        used = {c.key for c in self.clauses}
        n = 1
        while f"own-{n}" in used:
            n += 1
        key = f"own-{n}"
        new = DraftClause(
            key,
            None,
            OWN,
            title=text.short_text(title, N_("A clause title"), TITLE_MAX),
            body=text.answer_text(body),
        )
        items = list(self.clauses)
        at = self.index(after) + 1 if after else len(items)
        items.insert(at, new)
        return replace(self, clauses=tuple(items)), key

    # reading

    def title_of(self, c: DraftClause, stage: Stage, org: str) -> str:
        if c.title is not None:
            return c.title
        lib = library(stage).get(c.clause_id or "")
        return fill(lib.title, org) if lib else ""

    def body_of(self, c: DraftClause, stage: Stage, org: str) -> str:
        """What prints: the group's text as typed, or the library's with the name filled in."""
        if c.body is not None:
            return c.body
        lib = library(stage).get(c.clause_id or "")
        return fill(lib.body, org) if lib else ""

    def numbered(self, stage: Stage, org: str) -> list[NumberedClause]:
        lib = library(stage)
        out = []
        for c in self.clauses:
            if not c.included:
                continue
            why = lib[c.clause_id].why if c.clause_id in lib else ""
            out.append(
                NumberedClause(
                    len(out) + 1,
                    self.title_of(c, stage, org),
                    self.body_of(c, stage, org),
                    why,
                    c.status,
                )
            )
        return out

    def as_text(self, stage: Stage, org: str) -> str:
        """The draft as it prints: numbered clauses with titles."""
        return "\n\n".join(f"{n.number}. {n.title}\n{n.body}" for n in self.numbered(stage, org))

    def to_data(self) -> dict[str, Any]:
        return {
            "version": 1,
            "based_on": self.based_on,
            "clauses": [c.to_data() for c in self.clauses],
        }

    @classmethod
    def from_data(cls, data: Any) -> Draft:
        if not isinstance(data, dict):
            return cls()
        based_on = data.get("based_on", 0)
        return cls(
            tuple(DraftClause.from_data(c) for c in data.get("clauses", [])),
            based_on if isinstance(based_on, int) else 0,
        )


def _insert_at(items: list[DraftClause], order: dict[str, int], rank: int) -> int:
    """Where a new library clause goes: after the nearest library clause that precedes it."""
    best, best_rank = None, -1
    for i, c in enumerate(items):
        r = order.get(c.clause_id or "", -1)
        if best_rank < r < rank:
            best, best_rank = i, r
    if best is not None:
        return best + 1
    return next((i for i, c in enumerate(items) if c.clause_id is not None), len(items))
