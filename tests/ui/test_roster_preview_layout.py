"""The roster preview keeps every line's verdict in view, however long a name in the file is."""

from __future__ import annotations

from workshop_app.roster import parse_roster
from workshop_app.ui.widgets.roster_dialog import RosterPreviewDialog


def test_a_very_long_name_does_not_push_the_reasons_out_of_sight(qtbot):
    long_name = "Long " * 29 + "Name"  # 149 characters: over the limit
    data = f"\ufeffName;Contact;Size\nCedar Clinic;ana@example.org;5\n{long_name};x;abc\n"
    dialog = RosterPreviewDialog("roster.csv", parse_roster(data.encode()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    check_left = table.horizontalHeader().sectionViewportPosition(4)
    assert check_left >= 0
    assert check_left + table.columnWidth(4) <= table.viewport().width()
    assert table.columnWidth(4) >= 200
    assert not table.horizontalScrollBar().isVisible()
    # the reason is there in full and the long name in its tooltip
    assert table.item(1, 4).text().startswith("Skipped: The organization's name is 149 characters")
    assert table.item(1, 1).toolTip() == long_name
