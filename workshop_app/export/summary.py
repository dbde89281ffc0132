"""The facilitator's record of a session, in Word.

Page 1: the title block, planned against actual minutes per stage, and participation (answers
per organization per stage, devices that joined if participant entry was used). Then what the
stage kinds put before the answers (`OVERVIEW`: report back sets every organization's answers
side by side on a landscape page). Then, stage by stage in plan order, each prompt with every
organization's answer, followed by the sections registered for the stage's kind.

Adding a section for a stage kind (every group's action items…)
---------------------------------------------------------------
Write a function taking ``(doc, store, groups, stage)`` that appends to ``doc`` with the
`docx_kit` helpers (the stage is a level-2 heading here: your titles are level 3, and 4 under
them) and name it in the kind's declaration (workshop_app/kinds/<kind>/__init__.py)::

    sections={"summary": ("workshop_app.kinds.<kind>.sections:summary_section",), ...}
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import i18n
from workshop_app.export.atomic import atomic_write
from workshop_app.export.registry import SectionRegistry, stage_shown
from workshop_app.i18n import _, ngettext, pgettext
from workshop_app.store import NOTES, EventStore

if TYPE_CHECKING:
    from docx.document import Document

SECTIONS = SectionRegistry.of_kinds("summary")  # each kind's `sections["summary"]`
# before the answers per stage, ``(doc, store, groups, stage) -> bool`` (True: it wrote and
# ended on a new page of its own); each kind's `sections["summary_overview"]`
OVERVIEW = SectionRegistry.of_kinds("summary_overview")


def _rounded(value: float) -> float:
    """Minutes as the table shows them: tenths under ten minutes (a stage clicked through in
    20 seconds is "0.3 min", not "0 min"), whole minutes from ten on."""
    return round(value, 1) if abs(value) < 10 else float(round(value))


def _minutes(value: float | None, sign: bool = False) -> str:
    if value is None:
        return "—"
    value = _rounded(value)
    text = f"{value:+.1f}" if sign else f"{value:.1f}"
    return f"{text.removesuffix('.0')} min"


def _after_table(paragraph) -> None:
    """A line of text right under a table gets some air, so it does not read as a table row."""
    from docx.shared import Pt

    paragraph.paragraph_format.space_before = Pt(8)


def build_summary(store: EventStore, paper: str = "a4", lang: str | None = None) -> Document:
    """The facilitator's summary in `lang` (the facilitator's; default: the event's language)."""
    lang = i18n.known(lang or store.event_language())
    with i18n.using(lang):
        return _build_summary(store, paper, lang)


def _build_summary(store: EventStore, paper: str, lang: str) -> Document:
    from workshop_app.export import docx_kit as kit

    plan, event = i18n.plan_in(store.plan, lang), store.event()
    groups = store.groups()
    doc = kit.new_document(
        title=_("%(event)s — session summary") % {"event": event.title},
        subject=_("Session summary: %(plan)s") % {"plan": plan.title},
        header=_("%(event)s · session summary") % {"event": event.title},
        confidential_for=_(
            "Confidential — for the facilitator; it holds every organization's answers"
        ),
        paper=paper,
        author=event.facilitator,
        keywords=f"workshop, summary, {plan.id}",
        language=lang,
    )
    kit.heading(doc, event.title, 0)
    kit.para(doc, _("Session summary"), "Subtitle")
    facts = [
        (_("Workshop"), plan.title),
        (_("Date"), i18n.long_date(event.date, store.plan.region)),
        (_("Place"), event.location),
        (_("Facilitator"), event.facilitator),
        (_("Organizations"), ", ".join(g.name for g in groups) or _("none")),
        (
            _("Ended"),
            i18n.moment(event.ended_at, store.plan.region) + " UTC" if event.ended_at else "",
        ),
    ]
    kit.table(doc, None, [(k, v) for k, v in facts if v], widths=(3.5, 13.0), labels=True)

    # an optional stage never run (the follow-up vote there was no time for) is left out
    stages = [s for s in plan.stages if stage_shown(store, s, (g.id for g in groups))]
    kit.heading(doc, _("Planned and actual time"), 1)
    actual = store.actual_minutes()
    rows = []
    for stage in stages:
        ran = actual.get(stage.id)
        diff = "" if ran is None else _minutes(_rounded(ran) - stage.minutes, sign=True)
        title = (
            _("%(stage)s (optional)") % {"stage": stage.title} if stage.optional else stage.title
        )
        rows.append((title, _minutes(stage.minutes), _minutes(ran), diff))
    # the total is the sum of the times as shown, so the column adds up on paper
    shown = [_rounded(actual[s.id]) for s in stages if s.id in actual]
    total_actual = sum(shown) if shown else None
    # an optional stage counts in the plan once it was run
    planned = sum(s.minutes for s in stages if not s.optional or s.id in actual)
    rows.append((_("Total"), _minutes(planned), _minutes(total_actual), ""))
    kit.table(
        doc,
        (_("Stage"), pgettext("time", "Planned"), pgettext("time", "Actual"), _("Difference")),
        rows,
        widths=(7.5, 3, 3, 3),
    )
    if not actual:
        _after_table(
            kit.para(
                doc, _("The stages were not run with the timer, so no actual times were kept.")
            )
        )

    answers = {(a.group_id, a.stage_id, a.prompt_id): a.text for a in store.answers()}
    _participation(doc, store, groups, answers, {s.id for s in stages})

    wrote = [any(OVERVIEW.run(s.kind, doc, store, groups, s)) for s in stages]
    if any(wrote):
        kit.heading(doc, _("Answers per stage"), 1)
    else:
        kit.page_break_before(kit.heading(doc, _("Answers per stage"), 1))
    for stage in stages:
        kit.heading(doc, stage.title, 2)
        for prompt in stage.prompts:
            kit.heading(doc, prompt.text, 3)
            for g in groups:
                kit.heading(doc, g.name, 4)
                kit.answer(doc, answers.get((g.id, stage.id, prompt.id), ""))
        noted = [(g, answers.get((g.id, stage.id, NOTES), "").strip()) for g in groups]
        noted = [(g, n) for g, n in noted if n]
        if noted:
            kit.heading(doc, _("Notes"), 3)
            for g, notes in noted:
                kit.heading(doc, g.name, 4)
                kit.para(doc, notes)
        SECTIONS.run(stage.kind, doc, store, groups, stage)
    return doc


def _participation(doc, store: EventStore, groups, answers, shown: set[str]) -> None:
    from workshop_app.export import docx_kit as kit

    plan = i18n.plan_in(store.plan, i18n.current())
    kit.heading(doc, _("Participation"), 1)
    if not groups:
        kit.para(doc, _("No organizations took part."))
        return
    devices = store.devices(include_revoked=True)
    per_group = Counter(d["group_id"] for d in devices)
    entry = store.entry_log()
    stages = [s for s in plan.stages if s.prompts and s.id in shown]
    headers = [_("Organization"), *(s.title for s in stages)]
    if devices or entry:
        headers.append(_("Devices"))
    rows = []
    for g in groups:
        row = [g.name]
        for s in stages:
            done = sum(1 for p in s.prompts if answers.get((g.id, s.id, p.id), "").strip())
            row.append(_("%(done)s of %(all)s") % {"done": done, "all": len(s.prompts)})
        if devices or entry:
            row.append(str(per_group.get(g.id, 0)))
        rows.append(row)
    # a count fits a narrow column; the stage columns get the rest so that a title such as
    # "Stakeholders" is not broken mid-word ("Stakeholder / s")
    first, last = 4.5, 2.0 if devices or entry else None
    counted = len(stages)
    rest = (16.5 - first - (last or 0)) / max(1, counted)
    widths = [first] + [rest] * counted + ([last] if last else [])
    kit.table(doc, headers, rows, widths=widths)
    if entry:
        opened = i18n.moment(entry[0]["opened_at"], store.plan.region)
        closed = entry[-1]["closed_at"]
        closed = i18n.moment(closed, store.plan.region) if closed else _("still open")
        note = kit.para(
            doc,
            ngettext(
                "Participant entry was open %(n)s time, first from %(opened)s UTC "
                "(last closed: %(closed)s);",
                "Participant entry was open %(n)s times, first from %(opened)s UTC "
                "(last closed: %(closed)s);",
                len(entry),
            )
            % {"n": len(entry), "opened": opened, "closed": closed}
            + " "
            + ngettext("%(n)s device joined.", "%(n)s devices joined.", len(devices))
            % {"n": len(devices)},
        )
    else:
        note = kit.para(doc, _("Participant entry over the local network was not used."))
    _after_table(note)


def write_summary(
    store: EventStore, target: str | Path, paper: str = "a4", lang: str | None = None
) -> Path:
    doc = build_summary(store, paper, lang)
    return atomic_write(target, doc.save)
