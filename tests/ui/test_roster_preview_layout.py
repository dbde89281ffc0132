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


def test_the_preview_speaks_in_sentences_and_has_no_empty_size_column(
    window, new_event, interaction, tmp_path, qtbot
):
    """Each verdict is a sentence in one voice; a file without sizes shows no Size column, and
    a line without one among lines with sizes says so with a dash."""
    from PySide6.QtCore import Qt

    new_event("Roster day")
    names_only = tmp_path / "names.csv"
    names_only.write_text(
        "Name,Contact\nCedar Clinic,ana@example.org\ncedar clinic,\n,sam@example.org\n",
        encoding="utf-8",
    )
    with_sizes = tmp_path / "sizes.csv"
    with_sizes.write_text(
        "Cedar Clinic,a,5\nHarbor House,b,\nPeer Link,c,x3\nD,e,4,g\n", encoding="utf-8"
    )
    seen = []

    def look(dialog) -> bool:
        table = dialog.table
        seen.append(
            {
                "summary": dialog.summary.text(),
                "button": dialog.add_button.text(),
                "size hidden": table.isColumnHidden(3),
                "sizes": [table.item(row, 3).text() for row in range(table.rowCount())],
                "checks": [table.item(row, 4).text() for row in range(table.rowCount())],
            }
        )
        return False

    for roster in (names_only, with_sizes):
        interaction.paths.append(roster)
        interaction.dialog_handlers.append(look)
        qtbot.mouseClick(window.console.groups.import_button, Qt.MouseButton.LeftButton)
    names, sizes = seen
    assert names["summary"].startswith(
        "1 organization will be added. 2 lines marked in red will be skipped."
    )
    assert names["button"] == "Add 1 organization"
    assert names["size hidden"]
    assert names["checks"] == [
        "Will be added",
        "Skipped: “cedar clinic” is on the list already.",
        "Skipped: The organization's name is empty.",
    ]
    assert not sizes["size hidden"]
    assert sizes["sizes"] == ["5", "—", "x3", "4"]
    assert sizes["checks"][2:] == [
        "Skipped: The size “x3” is not a whole number.",
        "Skipped: The line has 4 columns; a line is name, contact, size.",
    ]
