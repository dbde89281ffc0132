"""The drafting stage as a facilitator walks it at 1280×720 with a desktop's 11 pt font: the
choice lists come first, where the plan's notes say the work starts ("Start with the three
choice lists") and before the prompts that build on them ("For the channels you picked"); Tab
goes through the page in the order it reads; and the page is the one thing that scrolls, so the
wheel over the choice lists moves the page."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
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


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_the_choice_lists_come_before_the_prompts_that_build_on_them(
    qtbot, window, interaction, tmp_path, plan_id
):
    page = drafting_page(qtbot, window, tmp_path, plan_id)
    page.widget().grab().save(str(tmp_path / "drafting-page.png"))
    assert "choice lists" in page.stage.facilitator_notes  # where the plan says the work starts
    choices = page.extra.choices
    assert choices.isVisibleTo(window)
    # the lists are above the first prompt's answer, below the organization they belong to
    assert top_of(page, page.editing) < top_of(page, choices)
    assert top_of(page, choices) + choices.height() <= top_of(page, page.editors[0])
    # and the clauses they propose, with the preview, follow the prompts and the notes
    assert top_of(page, page.editors[-1]) < top_of(page, page.extra.list)


def test_tab_goes_down_the_page_in_the_order_it_reads(qtbot, window, interaction, tmp_path):
    page = drafting_page(qtbot, window, tmp_path, SHIPPED[0])
    boxes = list(page.extra.choices.boxes.values())
    window.activateWindow()
    window.trigger("focus_answers")  # Ctrl+E: the first answer
    assert QApplication.focusWidget() is page.editors[0]
    # backwards from the first answer: into the choice lists just above it, up to their first
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, shift)
    assert page.extra.choices.isAncestorOf(QApplication.focusWidget())
    while page.extra.choices.isAncestorOf(QApplication.focusWidget()):
        first = QApplication.focusWidget()
        QTest.keyClick(first, Qt.Key.Key_Tab, shift)
    assert first is boxes[0]
    # forwards from there to the end of the page: never back up the page
    stops = [first]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(200):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if not page.widget().isAncestorOf(focus) or focus is first:
            break
        stops.append(focus)
    reached = set(stops)
    assert set(boxes) <= reached and set(page.editors) <= reached
    assert page.extra.list in reached and page.extra.preview.versions in reached
    for before, after in pairwise(stops):
        b, a = before.mapTo(page.widget(), QPoint(0, 0)), after.mapTo(page.widget(), QPoint(0, 0))
        same_row = a.y() < b.y() + before.height() and b.y() < a.y() + after.height()
        assert a.y() >= b.y() or (same_row and a.x() > b.x()), (
            f"Tab went up the page from {before.accessibleName()} to {after.accessibleName()}"
        )


def lines_of(view) -> float:
    return view.viewport().height() / view.fontMetrics().lineSpacing()


def fully_in_view(page, widget: QWidget) -> bool:
    corner = widget.mapTo(page.viewport(), QPoint(0, 0))
    return page.viewport().rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize(
    "sizes", [[(1280, 720)], [(1280, 800)], [(1920, 1080), (1280, 720)]], ids=str
)
def test_the_preview_shows_ten_lines_or_more_and_fits_on_the_screen(
    qtbot, window, interaction, tmp_path, sizes
):
    page = drafting_page(qtbot, window, tmp_path, SHIPPED[0], sizes[0])
    for size in sizes[1:]:  # the window made smaller, as a laptop's screen has it
        window.resize(*size)
        QApplication.processEvents()
        qtbot.wait(20)
    editor = page.extra
    preview = editor.preview
    assert editor.panes.orientation() == Qt.Orientation.Vertical  # stacked on this page
    # a drag of the handle above the preview, down the page as far as the mouse goes
    handle = editor.panes.handle(1)
    page.ensureWidgetVisible(handle, 0, 40)
    QApplication.processEvents()
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 13):
        QTest.mouseMove(handle, start + QPoint(0, 60 * step))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 720))
    QApplication.processEvents()
    assert lines_of(preview.view) >= 10, f"{preview.view.height()} px"
    # and the clauses above it keep their room: nothing drawn over another, "Why:" all there
    middle = editor.panes.widget(0)
    parts = [editor.list, editor.up, editor.title, editor.body, editor.reset, editor.why]
    for upper, lower in pairwise(parts):
        assert upper.geometry().bottom() < lower.mapTo(middle, QPoint(0, 0)).y(), (
            f"{lower.accessibleName() or lower.text()} is drawn over {upper.accessibleName()}"
        )
    assert editor.why.mapTo(middle, QPoint(0, 0)).y() + editor.why.height() <= middle.height()
    assert editor.why.height() >= editor.why.heightForWidth(editor.why.width())
    # brought into view (End on the page, as PageDown would too), all of it is on the screen
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "preview.png"))
    assert fully_in_view(page, preview), (preview.height(), page.viewport().height())
    assert preview.height() >= page.viewport().height() * 0.6  # and most of it, to read


def test_on_a_wide_window_the_lists_are_set_in_columns_and_the_first_prompt_is_in_view(
    qtbot, window, interaction, tmp_path
):
    page = drafting_page(qtbot, window, tmp_path, SHIPPED[0], (1920, 1080))
    choices = page.extra.choices
    window.grab().save(str(tmp_path / "wide.png"))
    assert choices.columns() >= 2
    first = page.editors[0]
    assert top_of(page, first) + 40 < page.viewport().height()  # the first answer is on screen
    boxes = list(choices.boxes.values())
    lefts = {box.mapTo(choices, QPoint(0, 0)).x() for box in boxes}
    assert len(lefts) >= 2
    # each tick still takes a click, and Tab goes down one column, then the next, in order
    window.activateWindow()
    for box in boxes:
        before = box.isChecked()
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        assert box.isChecked() != before, box.text()
    boxes[0].setFocus(Qt.FocusReason.TabFocusReason)
    order = [boxes[0]]
    for _ in range(len(boxes) - 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    ticked = [w.text() for w in order if w in boxes]  # the "Other" fields between the lists
    labels = [o.label for c in page.stage.choices for o in c.options]
    assert len(ticked) > len(page.stage.choices[0].options)
    assert ticked == labels[: len(ticked)]
