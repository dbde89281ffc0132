"""The worksheet each organization takes home: its own answers, in the plan's order, in Word.

Layout: title block (event, date, place, organization, facilitator); then every stage of the
plan in order, each with its objectives, each prompt followed by the group's answer (an empty
answer prints a visible "No answer recorded"), the group's notes for that stage, and then the
sections registered for the stage's kind. A different plan therefore gives a different
worksheet.

Adding a section for a stage kind (stakeholder map, draft policy, action items…)
---------------------------------------------------------------------------------
Write a function in your own module that takes ``(doc, store, group, stage)`` and appends to
``doc`` with the helpers in `docx_kit` (heading level 2 for your section titles and 3 under
them: levels never skip; `kit.table`, `kit.numbered`, `kit.answer`…), then name it in the kind's declaration (workshop_app/kinds/<kind>/__init__.py)::

    sections={"worksheet": ("workshop_app.kinds.<kind>.sections:worksheet_section",), ...}

The string is imported on first export (no import cycle, python-docx stays lazy). A section
runs once per stage of that kind, after the stage's prompts, answers and notes. It must not
raise for a group that has no data: print a short visible line instead ("No map drawn").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import i18n
from workshop_app.export.atomic import atomic_write
from workshop_app.export.filenames import worksheet_names
from workshop_app.export.registry import SectionRegistry, stage_shown
from workshop_app.i18n import _
from workshop_app.store import NOTES, EventStore, Group

if TYPE_CHECKING:
    from docx.document import Document

    from workshop_app.plan import Stage

SECTIONS = SectionRegistry.of_kinds("worksheet")  # each kind's `sections["worksheet"]`
Progress = Callable[[int, int, str], None]  # (done, total, name) after each file


def build_worksheet(
    store: EventStore, group: Group, paper: str = "a4", lang: str | None = None
) -> Document:
    """The organization's worksheet in `lang`, else in its own language (store.group_language):
    headings, fixed texts and the plan's texts; answers as typed; Word's language set."""
    lang = i18n.known(lang or store.group_language(group))
    with i18n.using(lang):
        return _build_worksheet(store, group, paper, lang)


def _build_worksheet(store: EventStore, group: Group, paper: str, lang: str) -> Document:
    from workshop_app.export import docx_kit as kit

    plan, event = i18n.plan_in(store.plan, lang), store.event()
    doc = kit.new_document(
        title=f"{event.title} — {group.name}",
        subject=_("Worksheet: %(plan)s") % {"plan": plan.title},
        header=f"{event.title} · {group.name}",
        confidential_for=kit.confidential_line(group.name),
        paper=paper,
        author=event.facilitator,
        keywords=f"workshop, worksheet, {plan.id}",
        language=lang,
    )
    kit.heading(doc, event.title, 0)
    kit.para(doc, _("Worksheet for %(org)s") % {"org": group.name}, "Subtitle")
    facts = [
        (_("Event"), event.title),
        (_("Workshop"), plan.title),
        (_("Date"), i18n.long_date(event.date, store.plan.region)),  # Sunday, 10 January 2027
        (_("Place"), event.location),
        (_("Organization"), group.name),
        (_("Facilitator"), event.facilitator),
    ]
    kit.table(doc, None, [(k, v) for k, v in facts if v], widths=(3.5, 13.0), labels=True)
    answers = {(a.stage_id, a.prompt_id): a.text for a in store.answers(group.id)}
    for stage in plan.stages:
        if stage_shown(store, stage, [group.id]):  # an optional stage never run is left out
            add_stage(doc, store, group, stage, answers)
    add_removed_questions(doc, store, group)
    return doc


def add_removed_questions(doc: Document, store: EventStore, group: Group) -> None:
    """Answers to questions the facilitator removed from the plan during the workshop: kept,
    with the question as it was asked, after everything else."""
    from workshop_app.export import docx_kit as kit

    removed = store.removed_answers(group.id)
    if not removed:
        return
    kit.heading(doc, _("From a question removed during the workshop"), 1)
    for item in removed:
        kit.heading(doc, f"{item.prompt_text} ({item.stage_title})", 2)
        kit.answer(doc, item.text)


def add_stage(
    doc: Document,
    store: EventStore,
    group: Group,
    stage: Stage,
    answers: dict[tuple[str, str], str],
) -> None:
    from workshop_app.export import docx_kit as kit

    kit.heading(doc, stage.title, 1)
    if stage.objectives:
        kit.numbered(doc, stage.objectives)
    for prompt in stage.prompts:
        kit.heading(doc, prompt.text, 2)
        kit.answer(doc, answers.get((stage.id, prompt.id), ""))
    notes = answers.get((stage.id, NOTES), "").strip()
    if notes:
        kit.heading(doc, _("Our notes"), 2)
        kit.para(doc, notes)
    SECTIONS.run(stage.kind, doc, store, group, stage)


def write_worksheet(
    store: EventStore,
    group: Group,
    target: str | Path,
    paper: str = "a4",
    lang: str | None = None,
) -> Path:
    doc = build_worksheet(store, group, paper, lang)
    return atomic_write(target, doc.save)


def export_worksheets(
    store: EventStore,
    folder: str | Path,
    only: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    paper: str = "a4",
    lang: str | None = None,
) -> list[Path]:
    """One worksheet per organization in `folder` (or only the one named `only`, any case),
    each in its organization's language, or all in `lang`."""
    folder = Path(folder)
    groups = store.groups()
    names = worksheet_names(store.event().title, [g.name for g in groups])
    pairs = list(zip(groups, names, strict=True))
    if only is not None:
        wanted = only.strip().casefold()
        pairs = [(g, n) for g, n in pairs if g.name.casefold() == wanted]
        if not pairs:
            known = ", ".join(g.name for g in groups) or "none"
            raise LookupError(f"no organization named {only!r} in this event (known: {known})")
    written = []
    for i, (group, name) in enumerate(pairs, 1):
        if cancelled and cancelled():
            break
        written.append(write_worksheet(store, group, folder / name, paper, lang))
        if progress:
            progress(i, len(pairs), name)
    return written
