"""The stakeholder stage's sections in the exports.

Worksheet: the group's map (the same PNG the projector shows), a numbered stakeholder table
whose numbers match the map's, and the approval chain in order with each step's status.
Handout: an empty power × interest grid to write in and an empty approval-chain table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop_app.i18n import N_, _, ngettext
from workshop_app.kinds.stakeholders import model as sh

if TYPE_CHECKING:
    from docx.document import Document

    from workshop_app.plan import Stage, WorkshopPlan
    from workshop_app.store import EventStore, Group

GRID_CELL_CM = 6.0
CHAIN_ROWS = 8


def worksheet_section(doc: Document, store: EventStore, group: Group, stage: Stage) -> None:
    from workshop_app.export import docx_kit as kit
    from workshop_app.kinds.stakeholders.ui.map_image import render_map

    cats = sh.categories(stage)
    items = sh.load(store, group.id)
    kit.heading(doc, _("Stakeholder map"), 2)
    if not items:
        kit.para(doc, _("No stakeholders mapped."), kit.EMPTY_ANSWER)
    else:
        png, mode = render_map(items, cats, _("Stakeholder map: %(org)s") % {"org": group.name})
        caption = _(
            "%(org)s: stakeholders by influence (up) and interest (right). "
            "Colour and shape show the category; the table below gives the details."
        ) % {"org": group.name}
        if mode == "numbers":
            caption += " " + _("The numbers on the map are the numbers in the table.")
        kit.picture(doc, png, alt=map_alt_text(group.name, items, cats), caption=caption)
        rows = [
            (
                i,
                s.name,
                _category(cats, s.category),
                str(sh.shown(s.influence)),  # as the console's boxes show it: 73, not 72.8
                str(sh.shown(s.interest)),
                _(s.quadrant_label),
                s.note,
            )
            for i, s in enumerate(items, 1)
        ]
        kit.table(
            doc,
            (
                "#",
                _("Stakeholder"),
                _("Category"),
                _("Influence"),
                _("Interest"),
                _("Quadrant"),
                _("Note"),
            ),
            rows,
            widths=(0.8, 3.4, 2.6, 2.4, 2.2, 2.3, 2.6),  # the headers fit: Note keeps its room
        )
    kit.heading(doc, _("Approval chain"), 2)
    chain = sh.load_chain(store, group.id, stage)
    if not chain:
        kit.para(doc, _("No approval steps recorded."), kit.EMPTY_ANSWER)
        return
    kit.table(
        doc,
        ("#", _("Who approves"), _("Status"), _("Note")),
        [(i, s.who, _(s.status_label), s.note) for i, s in enumerate(chain, 1)],
        widths=(0.8, 7.2, 2.6, 5.9),
    )


QUADRANT_WORDS = {
    "manage_closely": N_("high influence, high interest"),
    "keep_satisfied": N_("high influence, lower interest"),
    "keep_informed": N_("lower influence, high interest"),
    "monitor": N_("lower influence, lower interest"),
}


def _category(cats, category_id: str) -> str:
    """The plan's label of a category (in the plan's language); ours for "other"."""
    label = sh.category_label(cats, category_id)
    return _(label) if label == sh.OTHER_CATEGORY.label else label


def map_alt_text(org: str, items: list[sh.Stakeholder], cats) -> str:
    """The map in words, for a screen reader: the stakeholders quadrant by quadrant."""
    by_quadrant: dict[str, list[str]] = {}
    for s in items:
        by_quadrant.setdefault(s.quadrant, []).append(f"{s.name} ({_category(cats, s.category)})")
    parts = [
        f"{_(label)} ({_(QUADRANT_WORDS[key])}): {'; '.join(by_quadrant[key])}"
        for key, label in sh.QUADRANT_LABELS.items()
        if key in by_quadrant
    ]
    said = ngettext(
        "Stakeholder map of %(org)s, %(n)s stakeholder by influence and interest.",
        "Stakeholder map of %(org)s, %(n)s stakeholders by influence and interest.",
        len(items),
    ) % {"org": org, "n": len(items)}
    return said + " " + ". ".join(parts) + "."


def handout_section(doc: Document, plan: WorkshopPlan, stage: Stage) -> None:
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    from workshop_app.export import docx_kit as kit

    kit.heading(doc, _("Stakeholder map"), 2)
    labels = ", ".join(c.label for c in sh.categories(stage))
    kit.help_text(
        doc,
        _(
            "Write each stakeholder where it belongs: more influence (power) higher up, more "
            "interest further right. Mark its category: %(categories)s."
        )
        % {"categories": labels},
    )
    kit.para(
        doc, _("↑ More influence (power)"), kit.MAP_AXIS
    ).paragraph_format.keep_with_next = True
    grid = doc.add_table(rows=2, cols=2)
    grid.style = "Table Grid"
    names = (("keep_satisfied", "manage_closely"), ("monitor", "keep_informed"))
    label_style = kit.style_id(doc, kit.MAP_LABEL)
    for row, keys in zip(grid.rows, names, strict=True):
        row.height = Cm(GRID_CELL_CM)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, key in zip(row.cells, keys, strict=True):
            p = cell.paragraphs[0]
            p._p.style = label_style
            p.add_run(_(sh.QUADRANT_LABELS[key]))
    kit.keep_rows(grid)
    # keep the two rows of the grid on one page
    for cell in grid.rows[0].cells:
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    kit.set_widths(grid, (8.2, 8.2))
    kit.para(doc, _("More interest →"), kit.MAP_AXIS)

    kit.heading(doc, _("Approval chain"), 2)
    if stage.approval_steps:
        kit.help_text(
            doc,
            _("Put the steps in the order they really happen. A usual order: %(steps)s.")
            % {"steps": "; ".join(stage.approval_steps)},
        )
    statuses = " / ".join(_(label) for label in sh.STATUS_LABELS.values())
    kit.table(
        doc,
        (
            "#",
            _("Who approves"),
            _("Status (%(statuses)s)") % {"statuses": statuses.lower()},
            _("Note"),
        ),
        [(i, "", "", "") for i in range(1, CHAIN_ROWS + 1)],
        widths=(0.8, 6.6, 4.0, 5.1),
        min_height_cm=0.9,
    )
