"""The report-back stage on the participant page: the group's own action plan.

`context` feeds resources/kinds/report_back/stage.html; the browser (resources/kinds/report_back/stage.js)
saves the whole list through ``POST /api/record/actions``, cleaned here with the same rules as
the console (workshop_app.kinds.report_back.model: what, owner role, ISO due date, planned/started/done).
"""

from __future__ import annotations

import secrets
from typing import Any

from workshop_app import text
from workshop_app.i18n import _
from workshop_app.kinds.report_back import model as actions
from workshop_app.lan import extensions
from workshop_app.plan import Stage, WorkshopPlan
from workshop_app.store import EventStore


def context(
    store: EventStore, group_id: int, stage: Stage, device: dict | None = None
) -> dict[str, Any]:
    return {
        "actions": [i.to_dict() for i in actions.load(store, group_id)],
        "statuses": [(s, actions.STATUS_LABELS[s]) for s in actions.STATUSES],
        "first_step_prompt": actions.action_prompt_id(stage),
        "what_max": actions.WHAT_MAX,
        "owner_max": actions.OWNER_MAX,
    }


def clean_actions(data: Any, plan: WorkshopPlan) -> list[dict[str, str]]:
    """A whole action list sent by a browser; rows left empty are dropped, not refused."""
    if plan.stage_of_kind("report_back") is None:
        raise text.InputError(_("This workshop has no report-back stage."))
    return extensions.clean_rows(
        data,
        actions.MAX_ITEMS,
        _("These action items could not be read."),
        _("A group can keep at most %(n)s action items.") % {"n": actions.MAX_ITEMS},
        lambda raw: (
            not text.clean(str(raw.get("what", ""))).strip()
            and not str(raw.get("owner", "")).strip()
        ),
        actions.validate,
    )


def from_form(form, store: EventStore, group_id: int, stage: Stage) -> list[tuple[str, Any]]:
    """The action plan of a plain form post (no JavaScript): its rows in order, a filled new row
    added, the row whose "Remove" was pressed left out."""
    if form.get("actions") != "1":
        return []
    removed = str(form.get("op", "")).partition("remove-action:")[2]
    rows, i = [], 0
    while f"action.{i}.what" in form:
        p = f"action.{i}."
        row = {k: str(form.get(p + k, "")) for k in ("id", "what", "owner", "due", "status")}
        if not row["id"]:
            row["id"] = secrets.token_hex(4)
        if not removed or row["id"] != removed:
            rows.append(row)
        i += 1
    return [("actions", rows)]
