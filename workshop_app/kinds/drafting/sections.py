"""The drafting stage in the exports.

Worksheet: what the group's policy covers (its choices), then its draft policy as clauses
whose numbers Word counts ("Clause Heading"); under each library clause, in the "Why Note"
style (built on Word's "Body Text 3"), the guidance behind it, which the group can delete, or
hide all at once by restyling, before circulating the draft.
Handout: the three choice lists as tick boxes, the clause library as a checklist that says
which ticks propose which clause, and a starting draft (the core clauses in full, a blank for
the organization's name), so a paper group can assemble the same draft by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop_app import i18n
from workshop_app.export import docx_kit as kit
from workshop_app.i18n import N_, _
from workshop_app.kinds.drafting import clauses

if TYPE_CHECKING:
    from docx.document import Document

    from workshop_app.plan import Stage, WorkshopPlan
    from workshop_app.store import EventStore, Group

NOTE_STYLE = kit.WHY_NOTE  # restyle it (hidden) to hide every note at once
WITHDRAWN_NOTE = N_("Your choices no longer propose this clause: keep it or remove it.")
NOTE_INTRO = N_(
    "The small notes in this style say why each clause is in the library and what guidance it "
    'follows. Delete them before you circulate the draft (or set the style "%(style)s" to '
    "hidden)."
)


def _chosen_labels(stage: Stage, choices: clauses.Choices) -> list[tuple[str, str]]:
    chosen = choices.chosen()
    rows = []
    for choice in stage.choices:
        labels = [o.label for o in choice.options if o.id in chosen]
        if choices.other.get(choice.id):
            labels.append(_("Other: %(text)s") % {"text": choices.other[choice.id]})
        rows.append((choice.label, "; ".join(labels) or _("Nothing chosen")))
    return rows


def worksheet_section(doc: Document, store: EventStore, group: Group, stage: Stage) -> None:
    kit.heading(doc, _("What our policy covers"), 2)
    kit.table(
        doc,
        None,
        _chosen_labels(stage, clauses.load_choices(store, group.id)),
        widths=(5.5, 11.0),
        labels=True,
    )
    kit.heading(doc, _("Our draft policy"), 2)
    if not clauses.has_draft(store, group.id):
        kit.para(doc, _(clauses.NO_DRAFT), kit.EMPTY_ANSWER)
        return
    draft = clauses.draft_for(store, group.id, stage)
    numbered = draft.numbered(stage, group.name)
    if not numbered:
        kit.para(doc, _("Every clause was left out of this draft."), kit.EMPTY_ANSWER)
    note = NOTE_STYLE if any(n.why for n in numbered) else None
    if note:
        intro = _(NOTE_INTRO) % {"style": NOTE_STYLE}
        plan = i18n.plan_in(store.plan, i18n.current())  # the worksheet's language
        if plan.regions:  # whose laws and guidance they cite: the event's region
            intro += " " + _("They cite the laws and guidance of one region: %(region)s.") % {
                "region": plan.region_label()
            }
        kit.para(doc, intro, note)
    for n in numbered:
        kit.heading(doc, n.title, 3, style=kit.CLAUSE_HEADING)
        if n.status == clauses.WITHDRAWN:
            kit.help_text(doc, _(WITHDRAWN_NOTE))
        body = kit.para(doc, n.body)
        if n.why and note:
            body.paragraph_format.keep_with_next = True
            kit.para(doc, _("Why: %(why)s") % {"why": n.why}, note)
    left_out = [draft.title_of(c, stage, group.name) for c in draft.clauses if not c.included]
    if left_out:
        kit.help_text(
            doc,
            _("Left out of this draft for now: %(clauses)s.") % {"clauses": "; ".join(left_out)},
            keep_with_next=False,
        )


def handout_section(doc: Document, plan: WorkshopPlan, stage: Stage) -> None:
    kit.heading(doc, _("What will your policy cover?"), 2)
    for choice in stage.choices:
        kit.heading(doc, choice.label, 3)
        kit.checklist(doc, [o.label for o in choice.options], other=choice.allow_other)
    labels = clauses.option_labels(stage)
    kit.heading(doc, _("Clauses to consider"), 2)
    kit.help_text(
        doc,
        _(
            "Core clauses belong in every policy. Consider each other clause when you ticked one "
            "of the items listed next to it."
        ),
    )
    rows = []
    for clause in stage.clauses:
        when = _("Always (core)") if clause.core else ", ".join(labels[t] for t in clause.tags)
        rows.append(("☐", clause.title, when))
    kit.table(
        doc, [_("Use"), _("Clause"), _("Proposed when you ticked")], rows, widths=(1.3, 5.5, 9.7)
    )
    starting_draft(doc, stage)


BLANK = "_" * 16  # where a group on paper writes its organization's name


def starting_draft(doc: Document, stage: Stage) -> None:
    """The core clauses in full, a blank wherever the organization's name goes: a group on
    paper starts from a draft, as a group on a screen does (numbered by Word like a worksheet's
    draft)."""
    core = [c for c in stage.clauses if c.core]
    if not core:
        return
    kit.heading(doc, _("A starting draft"), 2)
    kit.help_text(
        doc,
        _(
            "The core clauses in full. Write your organization's name in each blank, cross out "
            "or change what does not fit, and add the clauses you ticked above."
        ),
    )
    for clause in core:
        kit.heading(doc, clauses.fill(clause.title, BLANK), 3, style=kit.CLAUSE_HEADING)
        kit.para(doc, clauses.fill(clause.body, BLANK))


def summary_section(doc: Document, store: EventStore, groups: list[Group], stage: Stage) -> None:
    """For the facilitator: how far each organization took its draft, side by side."""
    kit.heading(doc, _("Draft policies"), 3)
    rows = []
    for g in groups:
        if not clauses.has_draft(store, g.id):
            rows.append((g.name, "—", "—", "—", "—"))
            continue
        draft = clauses.draft_for(store, g.id, stage)
        included = [c for c in draft.clauses if c.included]
        rows.append(
            (
                g.name,
                len(included),
                sum(1 for c in included if c.edited),
                sum(1 for c in included if c.clause_id is None),
                len(draft.clauses) - len(included),
            )
        )
    kit.table(
        doc,
        [_("Organization"), _("Clauses"), _("Edited"), _("Own"), _("Left out")],
        rows,
        widths=(7.3, 2.3, 2.3, 2.3, 2.3),
    )
