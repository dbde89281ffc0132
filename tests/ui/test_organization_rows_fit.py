"""The organizations list at the default 1280×800 console: a long name with its count and flag
("St. Mary's Family Services — 2/3 answered · ⚑ 1 may identify a client") is read in full
inside the list's width, on more than one line, with no sideways scrolling; the tooltip and the
screen reader get the whole row too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ST_MARYS = "St. Mary's Family Services"
NAMES = (ST_MARYS, "Northside Youth and Family Counseling Collaborative", "Cedar Clinic")


def test_long_rows_wrap_inside_the_list_and_nothing_scrolls_sideways(
    qtbot, window, interaction, new_event
):
    new_event("Rows")
    window.resize(1280, 800)  # the default console (on a screen that has the room)
    for name in NAMES:
        interaction.text_answers.append(name)
        window.console.groups.add()
    store = window.ctx.store
    first = store.groups()[0].id
    store.save_answer(first, "report_back", "easiest", "Reviews")
    store.save_answer(first, "report_back", "hardest", "A client's cell, 555-201-3344, in a reply")
    window.console.go_to("report_back")
    panel = window.console.groups
    qtbot.waitUntil(lambda: "may identify a client" in panel.labels()[0], timeout=3000)
    qtbot.wait(50)  # the layout settles
    view = panel.list
    row = view.item(0)
    shown = row.text()
    assert ST_MARYS in shown and "2/3 answered" in shown and "1 may identify a client" in shown

    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    width = view.viewport().width()
    metrics = QFontMetrics(view.font())
    for i in range(view.count()):
        item = view.item(i)
        rect = view.visualItemRect(item)
        assert rect.right() <= width, (item.text(), rect, width)
        # the whole text, wrapped at the row's width, fits the row's height
        needed = metrics.boundingRect(
            0, 0, rect.width() - 8, 10_000, Qt.TextFlag.TextWordWrap, item.text()
        )
        assert needed.height() <= rect.height(), (item.text(), needed, rect)
    assert metrics.horizontalAdvance(shown) > width  # it did need more than one line

    # the whole row for the tooltip and for a screen reader
    assert ST_MARYS in row.toolTip() and "2/3 answered" in row.toolTip()
    assert "1 answer or record of" in row.toolTip()
    spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert ST_MARYS in spoken and "2/3 answered" in spoken and "may identify a client" in spoken
