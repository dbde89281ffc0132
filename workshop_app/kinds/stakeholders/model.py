"""Stakeholder maps and approval chains: who each organization serves, who reaches them, who
must approve.

A group's stakeholders are one store record (kind ``"stakeholders"``) and its approval chain
another (``"approval_chain"``), so every move on the map and every status change is kept with
history like an answer and can be restored.

Positions are 0–100 on two axes: influence (power, vertical) and interest (horizontal). The
quadrant boundary is 50 and belongs to the *high* side: influence 50 and interest 50 is
"manage closely"; 49.9 would be low. Categories come from the plan's stakeholder stage.

No Qt here: the console page, the browser form, the map image and the exports all use this.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from workshop_app import text
from workshop_app.i18n import N_, _
from workshop_app.kinds.stakeholders.plan import Category
from workshop_app.plan import Stage, WorkshopPlan
from workshop_app.store import EventStore, Saved

KIND = "stakeholders"
CHAIN_KIND = "approval_chain"
BOUNDARY = 50.0  # values >= BOUNDARY are "high"
MAX_STAKEHOLDERS = 200
MAX_STEPS = 40
NAME_MAX = 200
NOTE_MAX = 2000
ROLE_MAX = 300

QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")
QUADRANT_LABELS = {
    "manage_closely": N_("Manage closely"),
    "keep_satisfied": N_("Keep satisfied"),
    "keep_informed": N_("Keep informed"),
    "monitor": N_("Monitor"),
}
STATUSES = ("not_asked", "asked", "approved", "declined")
STATUS_LABELS = {
    "not_asked": N_("Not asked"),
    "asked": N_("Asked"),
    "approved": N_("Approved"),
    "declined": N_("Declined"),
}
OTHER_CATEGORY = Category("other", N_("Other"))


def quadrant(influence: float, interest: float) -> str:
    """The power × interest quadrant; the boundary (50) counts as high."""
    high_power = influence >= BOUNDARY
    high_interest = interest >= BOUNDARY
    if high_power and high_interest:
        return "manage_closely"
    if high_power:
        return "keep_satisfied"
    if high_interest:
        return "keep_informed"
    return "monitor"


def _new_id() -> str:
    return secrets.token_hex(4)


@dataclass(frozen=True)
class Stakeholder:
    name: str
    category: str
    influence: float = 50.0
    interest: float = 50.0
    note: str = ""
    id: str = field(default_factory=_new_id)

    @property
    def quadrant(self) -> str:
        return quadrant(self.influence, self.interest)

    @property
    def quadrant_label(self) -> str:
        return QUADRANT_LABELS[self.quadrant]

    def moved(self, influence: float, interest: float) -> Stakeholder:
        return replace(self, influence=clamp(influence), interest=clamp(interest))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ApprovalStep:
    who: str
    status: str = "not_asked"
    note: str = ""
    id: str = field(default_factory=_new_id)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def clamp(value: float) -> float:
    """A position on an axis: a number from 0 to 100, rounded to one decimal."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise text.InputError(
            f"A position must be a number from 0 to 100, not {value!r}."
        ) from None
    if value != value:  # NaN
        raise text.InputError(_("A position must be a number from 0 to 100."))
    return round(min(100.0, max(0.0, value)), 1)


def shown(value: float) -> int:
    """A position as every place shows it (the console's number boxes, what a screen reader is
    told, the map's history, the worksheet's table): a whole number, a half rounded up as the
    boxes round it (72.5 → 73), though it is kept to a tenth."""
    return math.floor(value + 0.5)


def categories(plan_or_stage: WorkshopPlan | Stage | None) -> tuple[Category, ...]:
    """The plan's stakeholder categories, plus "Other" for anything not in the plan."""
    stage = plan_or_stage
    if isinstance(plan_or_stage, WorkshopPlan):
        stage = plan_or_stage.stage_of_kind("stakeholders")
    found = tuple(stage.categories) if stage is not None else ()
    if any(c.id == OTHER_CATEGORY.id for c in found):
        return found
    return (*found, OTHER_CATEGORY)


def category_label(cats: tuple[Category, ...], category_id: str) -> str:
    return next((c.label for c in cats if c.id == category_id), category_id)


def validate(
    data: dict[str, Any] | Stakeholder, category_ids: set[str] | None = None
) -> Stakeholder:
    """A stakeholder checked by the input rules. A category the plan does not know is "other"."""
    if isinstance(data, Stakeholder):
        data = data.to_dict()
    name = text.short_text(str(data.get("name", "")), N_("A stakeholder's name"), NAME_MAX)
    if not name:
        raise text.InputError(_("A stakeholder needs a name."))
    category = text.short_text(str(data.get("category") or "other"), N_("The category"), 60)
    if category_ids is not None and category not in category_ids:
        category = OTHER_CATEGORY.id
    note = text.short_text(str(data.get("note") or ""), N_("The note"), NOTE_MAX)
    ident = text.short_text(str(data.get("id") or ""), N_("The id"), 40) or _new_id()
    return Stakeholder(
        name=name,
        category=category,
        influence=clamp(data.get("influence", 50)),
        interest=clamp(data.get("interest", 50)),
        note=note,
        id=ident,
    )


def validate_step(data: dict[str, Any] | ApprovalStep) -> ApprovalStep:
    if isinstance(data, ApprovalStep):
        data = data.to_dict()
    who = text.short_text(str(data.get("who", "")), N_("An approval step"), ROLE_MAX)
    if not who:
        raise text.InputError(_("An approval step needs a person or role."))
    status = str(data.get("status") or "not_asked").strip().casefold().replace(" ", "_")
    if status not in STATUSES:
        raise text.InputError(
            f"The status must be one of {', '.join(STATUS_LABELS.values())}, not {status!r}."
        )
    note = text.short_text(str(data.get("note") or ""), N_("The note"), NOTE_MAX)
    ident = text.short_text(str(data.get("id") or ""), N_("The id"), 40) or _new_id()
    return ApprovalStep(who=who, status=status, note=note, id=ident)


def _ids(plan: WorkshopPlan) -> set[str]:
    return {c.id for c in categories(plan)}


def _unique_ids(items: list) -> list:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.id in seen:
            item = replace(item, id=_new_id())
        seen.add(item.id)
        out.append(item)
    return out


# -- stakeholders in the store ------------------------------------------------------------------


def load(store: EventStore, group_id: int) -> list[Stakeholder]:
    rec = store.record(group_id, KIND)
    if rec is None or not isinstance(rec.data, list):
        return []
    ids = _ids(store.plan)
    out = []
    for raw in rec.data:
        try:
            out.append(validate(raw, ids))
        except (text.InputError, AttributeError):
            continue  # an unreadable entry is skipped, never fatal
    return out


def save(
    store: EventStore,
    group_id: int,
    items: list[Stakeholder] | list[dict],
    *,
    source: str = "console",
    edit_id: str | None = None,
    based_on: int | None = None,
) -> Saved:
    """Save the group's map; `based_on`: the revision the editor showed (see save_record)."""
    if len(items) > MAX_STAKEHOLDERS:
        raise text.InputError(
            _("A map holds at most %(most)s stakeholders; this one has %(count)s.")
            % {"most": MAX_STAKEHOLDERS, "count": len(items)}
        )
    ids = _ids(store.plan)
    checked = _unique_ids([validate(i, ids) for i in items])
    return store.save_record(
        group_id,
        KIND,
        [s.to_dict() for s in checked],
        source=source,
        edit_id=edit_id,
        based_on=based_on,
    )


def history(store: EventStore, group_id: int) -> list[tuple[int, str, list[Stakeholder]]]:
    """Earlier versions, newest first: (revision, saved at, stakeholders)."""
    ids = _ids(store.plan)
    out = []
    for rec in store.record_history(group_id, KIND):
        items = []
        for raw in rec.data if isinstance(rec.data, list) else []:
            try:
                items.append(validate(raw, ids))
            except (text.InputError, AttributeError):
                continue
        out.append((rec.revision, rec.saved_at, items))
    return out


def restore(store: EventStore, group_id: int, revision: int, source: str = "console") -> Saved:
    return store.restore_record(group_id, KIND, revision, source=source)


# -- approval chain in the store ----------------------------------------------------------------


def template_chain(plan: WorkshopPlan, stage: Stage | None = None) -> list[ApprovalStep]:
    """The plan's approval chain; from `stage` when given (the stage in a reader's language)."""
    if stage is None:
        stage = plan.stage_of_kind("stakeholders")
    steps = stage.approval_steps if stage is not None else ()
    return [ApprovalStep(who=w, id=f"t{i}") for i, w in enumerate(steps, 1)]


def load_chain(store: EventStore, group_id: int, stage: Stage | None = None) -> list[ApprovalStep]:
    """The group's approval chain; the plan's template until the group has saved its own (in
    the language of `stage` when given: a Spanish worksheet lists the template in Spanish)."""
    rec = store.record(group_id, CHAIN_KIND)
    if rec is None or not isinstance(rec.data, list):
        return template_chain(store.plan, stage)
    out = []
    for raw in rec.data:
        try:
            out.append(validate_step(raw))
        except (text.InputError, AttributeError):
            continue
    return out


def save_chain(
    store: EventStore,
    group_id: int,
    steps: list[ApprovalStep] | list[dict],
    *,
    source: str = "console",
    edit_id: str | None = None,
    based_on: int | None = None,
) -> Saved:
    if len(steps) > MAX_STEPS:
        raise text.InputError(
            _("An approval chain has at most %(most)s steps.") % {"most": MAX_STEPS}
        )
    checked = _unique_ids([validate_step(s) for s in steps])
    return store.save_record(
        group_id,
        CHAIN_KIND,
        [s.to_dict() for s in checked],
        source=source,
        edit_id=edit_id,
        based_on=based_on,
    )


def move_step(steps: list[ApprovalStep], index: int, delta: int) -> tuple[list[ApprovalStep], int]:
    """The chain with step `index` moved by `delta` places (clamped); and its new index."""
    steps = list(steps)
    if not 0 <= index < len(steps):
        return steps, index
    target = max(0, min(len(steps) - 1, index + delta))
    step = steps.pop(index)
    steps.insert(target, step)
    return steps, target
