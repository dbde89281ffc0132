"""The stakeholder stage on the participant page: the group's own power × interest map.

`context` feeds resources/kinds/stakeholders/stage.html; the browser (resources/kinds/stakeholders/stage.js)
saves the whole list through ``POST /api/record/stakeholders``, cleaned here with the same rules
as the console (workshop_app.kinds.stakeholders.model: name, plan category, influence and interest 0–100).
"""

from __future__ import annotations

import secrets
from typing import Any

from workshop_app import text
from workshop_app.i18n import _
from workshop_app.kinds.stakeholders import model as sh
from workshop_app.lan import extensions
from workshop_app.plan import Stage, WorkshopPlan
from workshop_app.store import EventStore


def context(
    store: EventStore, group_id: int, stage: Stage, device: dict | None = None
) -> dict[str, Any]:
    cats = sh.categories(stage)
    return {
        "stakeholders": [s.to_dict() for s in sh.load(store, group_id)],
        "categories": [(c.id, c.label, i) for i, c in enumerate(cats)],
        "quadrants": sh.QUADRANT_LABELS,
        "name_max": sh.NAME_MAX,
        "boundary": sh.BOUNDARY,
    }


def clean_stakeholders(data: Any, plan: WorkshopPlan) -> list[dict[str, Any]]:
    """A whole list sent by a browser; rows without a name are dropped, not refused."""
    if plan.stage_of_kind("stakeholders") is None:
        raise text.InputError(_("This workshop has no stakeholder stage."))
    ids = {c.id for c in sh.categories(plan)}
    return extensions.clean_rows(
        data,
        sh.MAX_STAKEHOLDERS,
        _("These stakeholders could not be read."),
        _("A map holds at most %(n)s stakeholders.") % {"n": sh.MAX_STAKEHOLDERS},
        lambda raw: not text.clean(str(raw.get("name", ""))).strip(),
        lambda raw: sh.validate(raw, ids),
    )


def from_form(form, store: EventStore, group_id: int, stage: Stage) -> list[tuple[str, Any]]:
    """The stakeholder list of a plain form post (no JavaScript): names, categories and the
    typed influence and interest (0–100) instead of a tap on the map."""
    if form.get("stakeholders") != "1":
        return []
    known = {s.id: s.to_dict() for s in sh.load(store, group_id)}
    removed = str(form.get("op", "")).partition("remove-sh:")[2]
    rows, i = [], 0
    while f"sh.{i}.name" in form:
        p = f"sh.{i}."
        sid = str(form.get(p + "id", "")) or secrets.token_hex(4)
        row = {**known.get(sid, {"note": ""}), "id": sid}
        row["name"] = str(form.get(p + "name", ""))
        row["category"] = str(form.get(p + "category", ""))
        for axis in ("influence", "interest"):
            try:
                row[axis] = int(str(form.get(p + axis, row.get(axis, 50))))
            except ValueError:
                raise text.InputError(
                    _("Influence is a whole number from 0 to 100.")
                    if axis == "influence"
                    else _("Interest is a whole number from 0 to 100.")
                ) from None
        if sid != removed:
            rows.append(row)
        i += 1
    return [("stakeholders", rows)]
