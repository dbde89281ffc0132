"""The clause library and each group's draft policy: choices → proposed clauses → edited draft.

The library lives in the plan's drafting stage (plan.Stage.clauses). A group's *choices* (which
platforms, which people, which laws) propose clauses: core clauses always, the others when one of
their tags was chosen (`propose_draft`, a pure function). The group's *draft* is the ordered list
of clauses it is working on. Merge rules when the choices change (`Draft.merge`):

- a clause the group edited is never overwritten;
- a newly proposed clause is added next to its neighbours in library order;
- a clause that is no longer proposed is marked "withdrawn" (not deleted): the group decides
  whether to keep it or remove it.

The organization's name replaces ``{org}`` literally (`str.replace`, never `str.format`), and
only in library text: what a group typed is printed exactly as typed. Choices and drafts are
saved as per-group records, so every save is kept in history and any version can be restored.
The draft model itself is in `workshop_app.kinds.drafting.drafts` (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from workshop_app import text
from workshop_app.i18n import N_, _, ngettext
from workshop_app.kinds.drafting.drafts import (
    KEPT,
    OWN,
    PLACEHOLDER,
    PROPOSED,
    STATUS_LABELS,
    TITLE_MAX,
    WITHDRAWN,
    Draft,
    DraftClause,
    NumberedClause,
    ProposedClause,
    fill,
    library,
)

if TYPE_CHECKING:
    from workshop_app.kinds.drafting.plan import Clause
    from workshop_app.plan import Stage
    from workshop_app.store import EventStore, Saved

CHOICES = "choices"  # record kinds
DRAFT = "draft"

__all__ = [
    "CHOICES",
    "DRAFT",
    "KEPT",
    "OWN",
    "PLACEHOLDER",
    "PROPOSED",
    "STATUS_LABELS",
    "TITLE_MAX",
    "WITHDRAWN",
    "Choices",
    "Draft",
    "DraftClause",
    "NumberedClause",
    "ProposedClause",
    "apply_choices",
    "current_draft",
    "draft_for",
    "fill",
    "library",
    "load_choices",
    "load_draft",
    "option_labels",
    "propose_draft",
    "reason_for",
    "restore_draft",
    "save_draft",
]


# -- choices ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    """What a group ticked: option ids per choice list, plus free "other" text where allowed."""

    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)
    other: dict[str, str] = field(default_factory=dict)

    def chosen(self) -> frozenset[str]:
        return frozenset(o for ids in self.selected.values() for o in ids)

    def toggled(
        self, list_id: str, option_id: str, on: bool, exclusive: frozenset[str] = frozenset()
    ) -> Choices:
        """One tick changed. Ticking one of the list's `exclusive` options ("None or not sure")
        clears its other ticks; ticking another option clears the exclusive ones."""
        ids = [o for o in self.selected.get(list_id, ()) if o != option_id]
        if on:
            ids = [] if option_id in exclusive else [o for o in ids if o not in exclusive]
            ids.append(option_id)
        return replace(self, selected={**self.selected, list_id: tuple(ids)})

    def consistent(self, stage: Stage, before: Choices | None = None) -> tuple[Choices, list[str]]:
        """These choices with no exclusive option ticked beside others of its list, and what was
        unticked, in words. A form sends every tick at once, so `before` (what was saved) says
        which was ticked last: an exclusive option newly ticked beside the ticks already saved
        wins; otherwise the named options do."""
        selected, said = dict(self.selected), []
        for choice in stage.choices:
            exclusive = {o.id for o in choice.options if o.exclusive}
            picked = list(selected.get(choice.id, ()))
            alone = [o for o in picked if o in exclusive]
            named = [o for o in picked if o not in exclusive]
            if not alone or (not named and len(alone) == 1):
                continue
            labels = {o.id: o.label for o in choice.options}
            was = set(before.selected.get(choice.id, ())) if before else set()
            if before is not None and not (set(alone) & was) and set(named) <= was:
                selected[choice.id] = (alone[0],)
                said.append(
                    _('Unticked under "{list}": {others}; "{alone}" goes alone.').format(
                        list=choice.label,
                        others=_join([f'"{labels.get(o, o)}"' for o in named]),
                        alone=labels.get(alone[0], alone[0]),
                    )
                )
            else:
                selected[choice.id] = tuple(named) if named else (alone[0],)
                said.append(
                    _('"{alone}" was unticked: it does not go with {others}.').format(
                        alone=labels.get(alone[0], alone[0]),
                        others=_join([f'"{labels.get(o, o)}"' for o in named]),
                    )
                )
        return replace(self, selected=selected), said

    def with_other(self, list_id: str, value: str) -> Choices:
        return replace(self, other={**self.other, list_id: value})

    def normalized(self, stage: Stage) -> Choices:
        """Only the stage's lists and options, in the plan's order; "other" text cleaned; an
        exclusive option never ticked beside others of its list (they win: `consistent`)."""
        selected, other = {}, {}
        for choice in stage.choices:
            picked = set(self.selected.get(choice.id, ()))
            selected[choice.id] = tuple(o.id for o in choice.options if o.id in picked)
            if choice.allow_other:
                value = text.short_text(
                    self.other.get(choice.id, ""), f'"Other" under {choice.label}'
                )
                if value:
                    other[choice.id] = value
        return Choices(selected, other).consistent(stage)[0]

    def to_data(self) -> dict[str, Any]:
        return {"selected": {k: list(v) for k, v in self.selected.items()}, "other": self.other}

    @classmethod
    def from_data(cls, data: Any) -> Choices:
        if not isinstance(data, dict):
            return cls()
        selected = {
            str(k): tuple(str(o) for o in v)
            for k, v in (data.get("selected") or {}).items()
            if isinstance(v, list)
        }
        other = {str(k): str(v) for k, v in (data.get("other") or {}).items()}
        return cls(selected, other)


# -- proposal ---------------------------------------------------------------------------------


def exclusive_options(stage: Stage) -> dict[str, frozenset[str]]:
    """Per choice list, its options that go alone ("None or not sure")."""
    return {c.id: frozenset(o.id for o in c.options if o.exclusive) for c in stage.choices}


def option_labels(stage: Stage) -> dict[str, str]:
    return {o.id: o.label for c in stage.choices for o in c.options}


def _join(labels: list[str]) -> str:
    if len(labels) > 3:
        labels = [*labels[:3], f"{len(labels) - 3} more"]
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def reason_for(clause: Clause, chosen: frozenset[str], labels: dict[str, str]) -> str | None:
    """Why `clause` is proposed for these choices, or None when it is not."""
    if clause.core:
        return "core clause"
    matched = [
        label
        for option_id, label in labels.items()
        if option_id in chosen and option_id in clause.tags
    ]
    if not matched:
        return None
    return f"because you chose {_join(matched)}"


# the reasons a draft stores (in English) for the clauses the group itself kept or added, and
# for one its choices no longer propose: shown in the page's language where they are read
STORED_REASONS = (
    N_("kept by the group"),
    N_("added by the group"),
    N_("no longer matches your choices"),
    N_("core clause"),
)


def reason_shown(clause: DraftClause, lib: Clause | None, chosen, labels) -> str:
    """A draft clause's reason in the language of the moment: why the library proposes it
    (worked out again from the group's choices and `labels`, the plan's in that language), or
    the stored reason translated. A reason the group typed stays as typed."""
    if clause.status == PROPOSED and lib is not None:
        if lib.core:
            return _("core clause")
        matched = [
            label
            for option_id, label in labels.items()
            if option_id in chosen and option_id in lib.tags
        ]
        if matched:
            if len(matched) > 3:
                more = len(matched) - 3
                matched = [
                    *matched[:3],
                    ngettext("%(n)s more", "%(n)s more", more) % {"n": more},
                ]
            items = (
                matched[0]
                if len(matched) == 1
                else _("%(items)s and %(last)s")
                % {"items": ", ".join(matched[:-1]), "last": matched[-1]}
            )
            return _("because you chose %(items)s") % {"items": items}
    return _(clause.reason) if clause.reason in STORED_REASONS else clause.reason


def propose_draft(choices: Choices, org: str, stage: Stage) -> list[ProposedClause]:
    """The library clauses that apply to these choices, in library order (a pure function)."""
    chosen, labels = choices.chosen(), option_labels(stage)
    out = []
    for clause in stage.clauses:
        reason = reason_for(clause, chosen, labels)
        if reason is not None:
            out.append(
                ProposedClause(
                    clause.id, clause.title, fill(clause.body, org), clause.why, reason, clause.core
                )
            )
    return out


# -- storage ----------------------------------------------------------------------------------


def load_choices(store: EventStore, group_id: int) -> Choices:
    rec = store.record(group_id, CHOICES)
    return Choices.from_data(rec.data) if rec else Choices()


def load_draft(store: EventStore, group_id: int) -> Draft | None:
    rec = store.record(group_id, DRAFT)
    return Draft.from_data(rec.data) if rec else None


def save_draft(
    store: EventStore,
    group_id: int,
    draft: Draft,
    *,
    source: str = "console",
    edit_id: str | None = None,
    based_on: int | None = None,
) -> Saved:
    """`based_on`: the revision of the draft record the editor showed (see save_record)."""
    return store.save_record(
        group_id, DRAFT, draft.to_data(), source=source, edit_id=edit_id, based_on=based_on
    )


def apply_choices(
    store: EventStore,
    group_id: int,
    stage: Stage,
    choices: Choices,
    *,
    source: str = "console",
    edit_id: str | None = None,
    based_on: int | None = None,
) -> Draft:
    """Save the group's choices and bring its draft up to date with them (both with history).
    `based_on`: the revision of the choices the editor showed."""
    choices = choices.normalized(stage)
    store.save_record(
        group_id, CHOICES, choices.to_data(), source=source, edit_id=edit_id, based_on=based_on
    )
    return current_draft(store, group_id, stage, source=source)


NO_DRAFT = N_("No draft policy was made in the workshop.")


def has_draft(store: EventStore, group_id: int) -> bool:
    """Whether the group started a draft: it chose what its policy covers or saved a draft.
    The one definition the console, the projector, the worksheet and the summary all use (the
    core clauses a draft would start from are not a draft of the group's own)."""
    return load_draft(store, group_id) is not None or store.record(group_id, CHOICES) is not None


def draft_for(store: EventStore, group_id: int, stage: Stage) -> Draft:
    """The group's draft following its latest choices (merged in memory if the choices changed
    since it was saved, e.g. from a browser); what the choices propose if none is saved."""
    draft = load_draft(store, group_id)
    rec = store.record(group_id, CHOICES)
    revision = rec.revision if rec else 0
    if draft is not None and draft.based_on == revision:
        return draft
    choices = Choices.from_data(rec.data) if rec else Choices()
    proposals = propose_draft(choices, store.group(group_id).name, stage)
    merged = Draft.from_proposals(proposals) if draft is None else draft.merge(proposals, stage)
    return replace(merged, based_on=revision)


def current_draft(
    store: EventStore, group_id: int, stage: Stage, *, source: str = "console"
) -> Draft:
    """`draft_for`, saved when it differs from the stored draft (so history shows the merge)."""
    draft = draft_for(store, group_id, stage)
    stored = load_draft(store, group_id)
    if stored != draft and (stored is not None or store.record(group_id, CHOICES) is not None):
        save_draft(store, group_id, draft, source=source)
    return draft


def restore_draft(
    store: EventStore, group_id: int, revision: int, *, source: str = "console"
) -> Draft:
    """Bring back an earlier draft as it was, as the draft for the group's current choices."""
    old = next((r for r in store.record_history(group_id, DRAFT) if r.revision == revision), None)
    if old is None:
        raise KeyError(f"no version {revision} of this draft")
    rec = store.record(group_id, CHOICES)
    draft = replace(Draft.from_data(old.data), based_on=rec.revision if rec else 0)
    save_draft(store, group_id, draft, source=source)
    return draft
