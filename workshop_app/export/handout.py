"""The blank handout for paper participants: the plan's structure with room to write.

Built from the plan alone (no event needed): a title block with lines for the organization and
date, then every stage in plan order with its objectives, each prompt with its help text and an
empty box sized by the prompt's answer size, a box for the group's notes, then the sections
registered for the stage's kind; a final notes page. A4 or Letter.

Adding a section for a stage kind (choice checklists, empty stakeholder grid, approval table…)
----------------------------------------------------------------------------------------------
Write a function taking ``(doc, plan, stage)`` that appends to ``doc`` with the `docx_kit`
helpers (`kit.heading(doc, title, 2)`, level 3 under it, `kit.table`, `kit.answer_box`…) and
name it in the kind's declaration (workshop_app/kinds/<kind>/__init__.py)::

    sections={"handout": ("workshop_app.kinds.<kind>.sections:handout_section",), ...}

It runs once per stage of that kind, after the stage's prompts and notes box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import i18n
from workshop_app.export.atomic import atomic_write
from workshop_app.export.registry import SectionRegistry
from workshop_app.i18n import _
from workshop_app.plan import WorkshopPlan

if TYPE_CHECKING:
    from docx.document import Document

    from workshop_app.plan import Stage

SECTIONS = SectionRegistry.of_kinds("handout")  # each kind's `sections["handout"]`
BOX_CM = {"short": 3.0, "medium": 5.0, "long": 8.5}  # answer space by Prompt.size
NOTES_BOX_CM = 3.5
NOTES_PAGE_CM = {"a4": 22.0, "letter": 20.0}
PAPERS = ("a4", "letter")


def build_handout(
    plan: WorkshopPlan, paper: str = "a4", facilitator: str = "", lang: str | None = None
) -> Document:
    """The handout; `facilitator` (the event's, when there is one) is the document's author;
    in `lang` (default: the plan's own language), the plan's texts too."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    lang = i18n.known(lang or plan.language)
    with i18n.using(lang):
        return _build_handout(i18n.plan_in(plan, lang), paper, facilitator, lang)


def _build_handout(plan: WorkshopPlan, paper: str, facilitator: str, lang: str) -> Document:
    from workshop_app.export import docx_kit as kit

    doc = kit.new_document(
        title=_("%(plan)s — handout") % {"plan": plan.title},
        subject=_("Blank handout: %(plan)s") % {"plan": plan.title},
        header=plan.title,
        confidential_for=_(
            "Confidential once filled in — keep it with your organization's records"
        ),
        paper=paper,
        author=facilitator,
        keywords=f"workshop, handout, {plan.id}",
        language=lang,
    )
    kit.heading(doc, plan.title, 0)
    kit.para(doc, _("Handout"), "Subtitle")
    kit.table(
        doc,
        None,
        [(_("Organization"), ""), (_("Date"), ""), (_("Names (optional)"), "")],
        widths=(4.0, 12.5),
        labels=True,
        min_height_cm=0.9,
    )
    if plan.summary:
        kit.spacer(doc)
        kit.para(doc, plan.summary)
    for stage in plan.stages:
        add_stage(doc, plan, stage)
    # the notes page starts on a page of its own through the heading's "page break before":
    # an empty paragraph holding a page break would make a blank page after a full one
    kit.page_break_before(kit.heading(doc, _("Notes"), 1))
    kit.answer_box(doc, NOTES_PAGE_CM[paper])
    return doc


def add_stage(doc: Document, plan: WorkshopPlan, stage: Stage) -> None:
    """A stage: its title numbered by Word ("Stage Heading"), its time, objectives, prompts with
    room to write and a notes box, then the sections registered for its kind."""
    from workshop_app.export import docx_kit as kit

    kit.heading(doc, stage.title, 1, style=kit.STAGE_HEADING)
    minutes = _("About %(minutes)s minutes") % {"minutes": stage.minutes}
    kit.help_text(doc, minutes + (_(", if there is time") if stage.optional else ""))
    if stage.objectives:
        kit.numbered(doc, stage.objectives)
    for prompt in stage.prompts:
        kit.heading(doc, prompt.text, 2)
        if prompt.help:
            kit.help_text(doc, prompt.help)
        kit.answer_box(doc, BOX_CM.get(prompt.size, BOX_CM["medium"]))
    kit.heading(doc, _("Notes"), 2)
    kit.answer_box(doc, NOTES_BOX_CM)
    SECTIONS.run(stage.kind, doc, plan, stage)


def write_handout(
    plan: WorkshopPlan,
    target: str | Path,
    paper: str = "a4",
    facilitator: str = "",
    lang: str | None = None,
) -> Path:
    doc = build_handout(plan, paper, facilitator, lang)
    return atomic_write(target, doc.save)
