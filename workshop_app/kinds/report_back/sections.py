"""Report back in the exports: each organization's action plan, and the room's hardest parts.

Registered for the ``report_back`` stage kind in the worksheet (the group's action table), the
summary (every group's actions, then every group's hardest part) and the handout (an empty
action table to fill in by hand).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop_app import i18n
from workshop_app.i18n import N_, _
from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore, Group

if TYPE_CHECKING:
    from docx.document import Document

    from workshop_app.plan import Stage, WorkshopPlan

HEADERS = (N_("What"), N_("Owner (role)"), N_("Due"), N_("Status"))
WIDTHS = (7.2, 3.8, 3.1, 2.4)  # Due fits "30 Sept 2027" and "Sep 30, 2027" on one line
BLANK_ROWS = 4


def _headers() -> tuple[str, ...]:
    return tuple(_(h) for h in HEADERS)


def _due(value: str, region: str) -> str:
    """A due date short but readable in the export's language: "10 Jan 2027", "10 ene 2027"."""
    return i18n.short_date(value, region) if value else "—"


def _rows(items: list[actions.ActionItem], region: str) -> list[tuple[str, str, str, str]]:
    return [
        (i.what, i.owner or "—", _due(i.due, region), _(actions.STATUS_LABELS[i.status]))
        for i in items
    ]


def worksheet_section(doc: Document, store: EventStore, group: Group, stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit

    kit.heading(doc, _("Our action plan"), 2)
    items = actions.load(store, group.id)
    if not items:
        kit.para(doc, _("No action items recorded."), kit.EMPTY_ANSWER)
        return
    kit.table(doc, _headers(), _rows(items, store.plan.region), widths=WIDTHS)
    kit.spacer(doc)


def summary_section(doc: Document, store: EventStore, groups: list[Group], stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit

    names = {g.id: g.name for g in groups}
    order = [g for g in actions.report_status(store, stage.id).order if g in names]
    kit.heading(doc, _("Action items of every organization"), 3)
    for group_id in order:
        kit.heading(doc, names[group_id], 4)
        items = actions.load(store, group_id)
        if items:
            kit.table(doc, _headers(), _rows(items, store.plan.region), widths=WIDTHS)
        else:
            kit.para(doc, _("No action items recorded."), kit.EMPTY_ANSWER)

    kit.heading(doc, _("Hardest parts: the common problems of the room"), 3)
    found = [(g, t) for g, t in actions.hardest_parts(store, stage.id) if g in names]
    if found:
        for group_id, value in found:
            kit.para(doc, value, "List Bullet", bold_label=f"{names[group_id]}: ")
    else:
        kit.para(doc, _("No organization named its hardest part."), kit.EMPTY_ANSWER)


def summary_side_by_side(
    doc: Document, store: EventStore, groups: list[Group], stage: Stage
) -> bool:
    """Before the summary's answers per stage: every organization's report-back answers side by
    side on a landscape page (then back to portrait). False when there is nothing to set out."""
    from workshop_app.export import docx_kit as kit

    if not stage.prompts or not groups:
        return False
    answers = {(a.group_id, a.prompt_id): a.text for a in store.answers(stage_id=stage.id)}
    kit.landscape_section(doc)
    kit.heading(doc, _("%(stage)s: all organizations side by side") % {"stage": stage.title}, 1)
    headers = [_("Organization"), *(p.text for p in stage.prompts)]
    across = kit.text_width(doc) / 360000 - 0.2  # cm: A4 or Letter, landscape
    width = across / len(headers)
    kit.table(
        doc,
        headers,
        ([g.name] + [answers.get((g.id, p.id), "") or "—" for p in stage.prompts] for g in groups),
        widths=[min(4.5, width)]
        + [(across - min(4.5, width)) / len(stage.prompts)] * len(stage.prompts),
    )
    kit.portrait_section(doc)
    return True


def handout_section(doc: Document, plan: WorkshopPlan, stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit

    kit.heading(doc, _("Our action plan"), 2)
    kit.table(doc, _headers(), [("", "", "", "")] * BLANK_ROWS, widths=WIDTHS, min_height_cm=1.2)
