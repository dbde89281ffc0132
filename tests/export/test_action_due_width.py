"""The action plan's "Due" column is wide enough for a date on one line ("30 Sept 2027"), the
room taken from "What"."""

from __future__ import annotations

import docx
from docx.shared import Cm

from workshop_app.export import worksheet
from workshop_app.kinds.report_back import model as actions


def test_the_worksheets_due_column_fits_a_date_and_what_gives_the_room(store, tmp_path):
    group = store.add_group("Harbour Legal Aid").id
    actions.add(store, group, {"what": "Name a drafting committee", "due": "2027-09-30"})
    path = worksheet.write_worksheet(store, store.group(group), tmp_path / "w.docx")
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == "What")
    assert [c.text for c in table.rows[0].cells] == ["What", "Owner (role)", "Due", "Status"]
    widths = [cell.width for cell in table.rows[1].cells]
    assert widths[2] >= Cm(3.0)  # "30 Sept 2027", "Sep 30, 2027" at the table's type size
    assert abs(widths[1] - Cm(3.8)) < Cm(0.01) and abs(widths[3] - Cm(2.4)) < Cm(0.01)
    assert abs(sum(widths) - Cm(16.5)) < Cm(0.01)  # across the page as before: What is narrower
