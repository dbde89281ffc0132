"""The vote in the Word exports: the worksheet has the room's result and the organization's own
dots, the blank handout a ballot to fill in by hand, the summary the result with each
organization's dots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop_app.i18n import _
from workshop_app.kinds.vote import model

if TYPE_CHECKING:
    from docx.document import Document

    from workshop_app.plan import Stage, WorkshopPlan
    from workshop_app.store import EventStore, Group

WIDTHS = (12.0, 2.5, 2.5)


def _label(result: model.Result, names: dict[int, str]) -> str:
    item = result.item
    if item.group_id is not None and item.group_id in names:
        return f"{item.text} ({names[item.group_id]})"
    return item.text


def worksheet_section(doc: Document, store: EventStore, group: Group, stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit

    results = model.tally(store, stage)
    kit.heading(doc, model.question(stage), 2)
    if not results:
        kit.para(doc, _("There was nothing to vote on."), kit.EMPTY_ANSWER)
        return
    if not any(r.dots for r in results):
        kit.para(doc, _("No dots were given."), kit.EMPTY_ANSWER)
        return
    # the room's items are the organizations' own words: an answer's author is not named here
    kit.table(
        doc,
        (_("What the room voted on"), _("Room's dots"), _("Yours")),
        ((r.item.text, r.dots, r.by_group.get(group.id, 0) or "—") for r in results),
        widths=WIDTHS,
    )
    kit.spacer(doc)


def handout_section(doc: Document, plan: WorkshopPlan, stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit

    dots = model.dots_per_voter(stage)
    kit.heading(doc, model.question(stage), 2)
    kit.help_text(
        doc,
        _("Each of you has %(dots)s dots: mark them beside what matters most.") % {"dots": dots},
    )
    listed = stage.settings["items"] or tuple(
        c.title for c in _clauses(plan, stage.settings["from_stage"])
    )
    rows = [(text, "") for text in listed] or [("", "")] * 6
    kit.table(doc, (_("Item"), _("Dots")), rows, widths=(13.0, 4.0), min_height_cm=1.0)


def _clauses(plan: WorkshopPlan, stage_id: str) -> tuple:
    try:
        return plan.stage(stage_id).clauses if stage_id else ()
    except KeyError:
        return ()


def summary_section(doc: Document, store: EventStore, groups: list[Group], stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit

    names = {g.id: g.name for g in groups}
    results = model.tally(store, stage)
    kit.heading(doc, _("Result: %(question)s") % {"question": model.question(stage)}, 3)
    if not any(r.dots for r in results):
        kit.para(doc, _("No dots were given."), kit.EMPTY_ANSWER)
        return
    kit.table(
        doc,
        (_("Item"), _("Dots"), _("From")),
        (
            (
                _label(r, names),
                r.dots,
                ", ".join(f"{names[g]} {n}" for g, n in r.by_group.items() if g in names) or "—",
            )
            for r in results
        ),
        widths=(9.0, 2.0, 6.0),
    )
