"""On the drafting stage at the console's usual 1280×800 window, the choices that decide which
clauses are proposed ("Clients in agency-run groups (community rules, not the staff policy)",
"State health-privacy, consumer-health-data or recording-consent law") wrap inside their pane:
it no longer scrolls sideways with its right edge cut off, and every choice is still there to
read and tick with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.demo import build_demo

SHIPPED = ["social-media-confidentiality", "ai-tools-confidentiality"]


@pytest.fixture
def settings(settings):
    settings.set("font_scale", 1.25)  # a desktop's usual 11 pt over the offscreen 9 pt
    return settings


def drafting_page(qtbot, window, tmp_path, plan_id: str):
    build_demo(tmp_path / "demo.workshop", plan_id).close()
    window.resize(1280, 800)
    assert window.open_event(tmp_path / "demo.workshop")
    console = window.console
    console.go_to(window.ctx.store.plan.stage_of_kind("drafting").id)
    editor = console.page.extra
    console.groups.select(window.ctx.store.groups()[0].id)
    QApplication.processEvents()
    qtbot.wait(50)  # word-wrapped rows settle as they do on screen
    return editor


def in_view(area, widget) -> bool:
    """Whether all of `widget` lies inside the scroll area's visible part."""
    corner = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_the_choices_wrap_inside_their_pane_and_stay_reachable(
    qtbot, window, interaction, tmp_path, plan_id
):
    editor = drafting_page(qtbot, window, tmp_path, plan_id)
    pane = editor.choices
    page = window.console.page  # the lists scroll with the page, which is all that scrolls
    assert window.width() == 1280
    pane.grab().save(str(tmp_path / f"choices-{plan_id}.png"))
    bar = page.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    assert pane.width() <= page.viewport().width()
    wrapped, too_long = 0, 0
    for option_id, box in editor.choices.boxes.items():
        page.ensureWidgetVisible(box, 0, 0)
        QApplication.processEvents()
        assert in_view(page, box), box.text()
        lines = max(1, round(box.height() / box.fontMetrics().lineSpacing()))
        if box.sizeHint().width() > box.width():  # its label on one line would not fit
            too_long += 1
            wrapped += lines > 1
        # its whole label is in its box: as wide as its longest word, as tall as its lines
        assert box.height() >= box.heightForWidth(box.width()), box.text()
        assert box.width() >= box.minimumSizeHint().width(), box.text()
        # and a click on its last line ticks it, as a click on its first line does
        before = box.isChecked()
        QTest.mouseClick(
            box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() - 3)
        )
        assert box.isChecked() != before, box.text()
        assert (option_id in editor.choices.choices().chosen()) == box.isChecked()
    assert wrapped == too_long  # the long ones did wrap


def test_a_long_clause_title_wraps_in_the_list_of_clauses(qtbot, window, interaction, tmp_path):
    editor = drafting_page(qtbot, window, tmp_path, SHIPPED[0])
    clauses = editor.list
    QTest.mouseClick(editor.add, Qt.MouseButton.LeftButton)  # "Add our own clause"
    assert QApplication.focusWidget() is editor.title
    title = (
        "What staff may post from their own phones after hours about the groups they "
        "facilitate, the events they attend and the people they meet there"
    )
    QTest.keyClicks(editor.title, title)
    assert editor.flush()
    qtbot.waitUntil(lambda: any(title in clauses.item(i).text() for i in range(clauses.count())))
    QApplication.processEvents()
    item = next(clauses.item(i) for i in range(clauses.count()) if title in clauses.item(i).text())
    clauses.scrollToItem(item)
    QApplication.processEvents()
    clauses.grab().save(str(tmp_path / "clauses.png"))
    bar = clauses.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    shown = clauses.visualItemRect(item)
    assert clauses.viewport().rect().contains(shown)  # all of it, on more than one line
    assert shown.height() > 2 * clauses.fontMetrics().lineSpacing()
