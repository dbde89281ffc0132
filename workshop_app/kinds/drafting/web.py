"""The drafting stage on the participant page: the group's choices and its draft policy.

`context` feeds resources/kinds/drafting/stage.html; the browser (resources/kinds/drafting/stage.js) saves
two record kinds through ``POST /api/record/<kind>``: "choices" and "draft", each cleaned here
with the same input rules as the console. A draft saved from an older set of choices is merged
with the newer ones when read (clauses.draft_for), so an edit is never overwritten.
"""

from __future__ import annotations

from typing import Any

from workshop_app import i18n, text
from workshop_app.i18n import N_, _
from workshop_app.kinds.drafting import clauses
from workshop_app.plan import Stage, WorkshopPlan
from workshop_app.store import EventStore

STATUSES = set(clauses.STATUS_LABELS)
KINDS = (clauses.CHOICES, clauses.DRAFT)


def context(
    store: EventStore, group_id: int, stage: Stage, device: dict | None = None
) -> dict[str, Any]:
    org = store.group(group_id).name
    choices = clauses.load_choices(store, group_id)
    chosen = choices.chosen()
    draft = clauses.draft_for(store, group_id, stage)
    library = clauses.library(stage)
    labels = clauses.option_labels(stage)  # the stage's, in the page's language
    lists = [
        {
            "id": c.id,
            "label": c.label,
            "allow_other": c.allow_other,
            "other": choices.other.get(c.id, ""),
            "options": [
                {"id": o.id, "label": o.label, "checked": o.id in chosen, "exclusive": o.exclusive}
                for o in c.options
            ],
        }
        for c in stage.choices
    ]
    items = []
    for c in draft.clauses:
        lib = library.get(c.clause_id or "")
        items.append(
            {
                "key": c.key,
                "clause_id": c.clause_id or "",
                "status": c.status,
                "status_label": clauses.STATUS_LABELS.get(c.status, c.status),
                "reason": c.reason,  # as stored: the script saves it back unchanged
                "reason_shown": clauses.reason_shown(c, lib, chosen, labels),
                "included": c.included,
                "own": c.clause_id is None,
                "edited": c.edited,
                "title": draft.title_of(c, stage, org),
                "title_override": c.title,
                "body": draft.body_of(c, stage, org),
                "library": clauses.fill(lib.body, org) if lib else "",
                "why": lib.why if lib else "",
            }
        )
    revisions = {k: (r.revision if (r := store.record(group_id, k)) else 0) for k in KINDS}
    return {"lists": lists, "clauses": items, "based_on": draft.based_on, "revisions": revisions}


def _stage(plan: WorkshopPlan) -> Stage:
    stage = plan.stage_of_kind("drafting")
    if stage is None:
        raise text.InputError(_("This workshop has no drafting stage."))
    return stage


def clean_choices(data: Any, plan: WorkshopPlan) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise text.InputError(_("These choices could not be read."))
    return clauses.Choices.from_data(data).normalized(_stage(plan)).to_data()


def clean_draft(data: Any, plan: WorkshopPlan) -> dict[str, Any]:
    """A whole draft sent by a browser: known clauses and statuses, text through the input rules."""
    stage = _stage(plan)
    try:
        draft = clauses.Draft.from_data(data)
        if not isinstance(data, dict) or not isinstance(data.get("clauses"), list):
            raise ValueError
    except (KeyError, TypeError, ValueError, AttributeError):
        raise text.InputError(_("This draft could not be read.")) from None
    library = clauses.library(stage)
    keys, cleaned = set(), []
    for c in draft.clauses:
        own = c.clause_id is None
        if c.key in keys or c.status not in STATUSES or (own != (c.status == clauses.OWN)):
            raise text.InputError(_("This draft could not be read."))
        if not own and (c.clause_id not in library or c.key != c.clause_id):
            raise text.InputError(_("This draft names a clause the workshop does not have."))
        if own and not c.key.startswith("own-"):
            raise text.InputError(_("This draft could not be read."))
        keys.add(c.key)
        title = (
            c.title
            if c.title is None
            else text.short_text(str(c.title), N_("A clause title"), clauses.TITLE_MAX)
        )
        body = c.body if c.body is None else text.answer_text(str(c.body))
        if own and (title is None or body is None):
            raise text.InputError(_("Your own clause needs a title and a text."))
        cleaned.append(
            clauses.DraftClause(
                c.key,
                c.clause_id,
                c.status,
                c.included,
                title,
                body,
                text.short_text(c.reason, N_("A reason")),
            )
        )
    return clauses.Draft(tuple(cleaned), draft.based_on).to_data()


# -- the same page without JavaScript -----------------------------------------------------------


def from_form(form, store: EventStore, group_id: int, stage: Stage) -> list[tuple]:
    """What a plain form post (no JavaScript) of the drafting stage saves: the ticks, and the
    draft with its include ticks, texts, own titles and the one clause button pressed (`op`).
    Ticks that do not go together ("None or not sure" beside a named law) keep a consistent
    set, what was saved before saying which came last, and the page says what was unticked."""
    if form.get("drafting") != "1":
        return []
    org = store.group(group_id).name
    sent = clauses.Choices.from_data(
        {
            "selected": {
                c.id: [str(v) for v in form.getall(f"choice.{c.id}", [])] for c in stage.choices
            },
            "other": {
                c.id: str(form.get(f"other.{c.id}", "")) for c in stage.choices if c.allow_other
            },
        }
    )
    shown = i18n.plan_in(store.plan, i18n.current()).stage(stage.id)  # the page's language
    fixed, said = sent.consistent(shown, clauses.load_choices(store, group_id))
    choices = fixed.to_data()
    draft = clauses.draft_for(store, group_id, stage)
    library = clauses.library(stage)
    keys = set(str(form.get("clause_keys", "")).split(","))
    items = []
    for c in draft.clauses:
        item = c.to_data()
        if c.key in keys:  # a clause added elsewhere since the page was made stays as it is
            body = str(form.get(f"clause.{c.key}.body", "")).replace("\r\n", "\n")
            lib = library.get(c.clause_id or "")
            item["included"] = f"clause.{c.key}.in" in form
            item["body"] = None if lib and body == clauses.fill(lib.body, org) else body
            if c.clause_id is None:
                item["title"] = str(form.get(f"clause.{c.key}.title", ""))
        items.append(item)
    _apply(str(form.get("op", "")), items)
    return [
        (clauses.CHOICES, choices, *said),
        (clauses.DRAFT, {"version": 1, "based_on": draft.based_on, "clauses": items}),
    ]


def _apply(op: str, items: list[dict[str, Any]]) -> None:
    """One clause button of the plain form, as the page's script does it."""
    what, _sep, key = op.partition(":")
    if what == "add-own":
        n = 1
        while any(i["key"] == f"own-{n}" for i in items):
            n += 1
        items.append(
            {
                "key": f"own-{n}",
                "clause_id": None,
                "status": clauses.OWN,
                "included": True,
                "title": _("Our own clause"),
                "body": "",
                "reason": "",
            }
        )
        return
    at = next((n for n, i in enumerate(items) if i["key"] == key), None)
    if at is None:
        return
    if what == "reset":
        items[at]["body"] = None
    elif what == "keep":
        items[at].update(status="kept", reason="kept by the group")
    elif what == "remove" and items[at]["status"] != "proposed":
        del items[at]
    elif what == "up" and at > 0:
        items[at - 1], items[at] = items[at], items[at - 1]
    elif what == "down" and at + 1 < len(items):
        items[at + 1], items[at] = items[at], items[at + 1]


def opened(form) -> str:
    """The clause the plain form's button acted on, to open again after saving."""
    what, _sep, key = str(form.get("op", "")).partition(":")
    return key if what in ("reset", "keep", "up", "down") else ""
