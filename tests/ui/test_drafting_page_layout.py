"""The drafting stage as a facilitator walks it at 1280×720 with a desktop's 11 pt font: the
page is the one thing that scrolls, so the wheel over the choice lists moves the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from workshop_app.demo import build_demo

SHIPPED = ["social-media-confidentiality", "ai-tools-confidentiality"]


@pytest.fixture
def settings(settings):
    settings.set("font_scale", 1.25)  # a desktop's usual 11 pt over the offscreen 9 pt
    return settings


def drafting_page(qtbot, window, tmp_path, plan_id: str, size=(1280, 720)):
    build_demo(tmp_path / "demo.workshop", plan_id).close()
    window.resize(*size)
    assert window.open_event(tmp_path / "demo.workshop")
    console = window.console
    console.go_to(window.ctx.store.plan.stage_of_kind("drafting").id)
    console.groups.select(window.ctx.store.groups()[0].id)
    QApplication.processEvents()
    qtbot.wait(50)  # word-wrapped rows settle as they do on screen
    return console.page


def top_of(page, widget: QWidget) -> int:
    """Where `widget` starts down the page (its scrolling body's coordinates)."""
    return widget.mapTo(page.widget(), QPoint(0, 0)).y()


def scroller_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_the_wheel_over_the_choice_lists_scrolls_the_page(
    qtbot, window, interaction, tmp_path, plan_id
):
    page = drafting_page(qtbot, window, tmp_path, plan_id)
    choices = page.extra.choices
    boxes = list(choices.boxes.values())
    # no box of their own: every option scrolls with the page, at its whole height
    assert all(scroller_of(box) is page for box in boxes)
    assert choices.height() >= choices.sizeHint().height()
    bar = page.verticalScrollBar()
    box = boxes[0]
    page.ensureWidgetVisible(box, 0, 120)
    QApplication.processEvents()
    ticked = {b: b.isChecked() for b in boxes}
    for _ in range(3):  # three notches down, the pointer over the lists
        start = bar.value()
        position = box.mapTo(window, box.rect().center())
        under = window.childAt(position)
        assert choices.isAncestorOf(under) or under is choices, under
        QTest.wheelEvent(window.windowHandle(), position, QPoint(0, -120))
        QApplication.processEvents()
        assert bar.value() > start, "the page did not move under the wheel"
    assert {b: b.isChecked() for b in boxes} == ticked  # and nothing was ticked
