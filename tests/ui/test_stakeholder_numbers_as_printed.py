"""A stakeholder's influence and interest read the same in the console's number boxes, in what a
screen reader is told and in the worksheet's table: whole numbers, rounded one way
(stakeholders.model.shown), though a dragged marker is kept to a tenth (72.8)."""

from __future__ import annotations

import docx
from test_stakeholder_page import make_page

from workshop_app.export import worksheet
from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.ui.map_accessible import describe

PLACED = [("Board", 72.8, 86.9), ("Funder", 72.5, 12.5), ("Volunteers", 0.5, 99.5)]


def test_the_worksheet_prints_the_numbers_the_console_shows(qtbot, store, tmp_path, interaction):
    group = store.add_group("Cedar Valley HIV Resource Center")
    sh.save(
        store,
        group.id,
        [sh.Stakeholder(n, "funders", influence=i, interest=t) for n, i, t in PLACED],
    )
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    console = {}
    for row, (name, _i, _t) in enumerate(PLACED):
        page.list.setCurrentRow(row)
        console[name] = (page.influence.text(), page.interest.text())
        said = describe(page.current(), "Funders")  # what a screen reader reads on the map
        assert f"influence {console[name][0]}, interest {console[name][1]}" in said
    assert console == {"Board": ("73", "87"), "Funder": ("73", "13"), "Volunteers": ("1", "100")}

    path = worksheet.write_worksheet(store, group, tmp_path / "w.docx", lang="en")
    table = next(
        t for t in docx.Document(str(path)).tables if t.rows[0].cells[1].text == "Stakeholder"
    )
    printed = {r.cells[1].text: (r.cells[3].text, r.cells[4].text) for r in table.rows[1:]}
    assert printed == console
