"""The console in front of a room (issue 14), driven with real key, mouse and wheel events over
every stage of the demo:

- the wheel over a combo box, spin box, slider or tab bar that does not have the focus changes
  no stored value and no control (it scrolls the page);
- a paragraph with spaces and full stops typed after every Tab stop never changes what the room
  sees (stage, spotlight, blank screen, timer, participant entry);
- after choosing any organization and clicking the first answer box, the text is stored for the
  organization whose name the answer area shows.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from workshop_app.ui.input_guard import WHEEL_GUARDED, _scrollable_ancestor

STAGES = ["objectives", "stakeholders", "drafting", "report_back"]
PARAGRAPH = "No. b ."  # words, spaces, full stops and the blank key, as typed


@pytest.fixture
def demo(qtbot, window, interaction):
    window.resize(1280, 800)
    window.try_demo()
    assert window.console is not None, interaction.messages
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def open_stage(qtbot, window, stage_id: str) -> None:
    console = window.console
    console.go_to(stage_id)
    console.groups.select(window.ctx.store.groups()[0].id)
    console.set_group(window.ctx.store.groups()[0].id)
    extra = console.page.extra
    if stage_id == "stakeholders":
        extra.select(extra.items[0].id)  # the detail form is filled
    for _ in range(3):
        QApplication.processEvents()


def stored_versions(window) -> tuple[int, int]:
    """How many versions of answers and records the event file holds."""
    with sqlite3.connect(f"file:{window.ctx.store.path}?mode=ro", uri=True) as db:
        return (
            db.execute("SELECT count(*) FROM answer_history").fetchone()[0],
            db.execute("SELECT count(*) FROM record_history").fetchone()[0],
        )


def room_sees(window) -> tuple:
    room = window.ctx.room
    return (
        room.stage_id,
        tuple(room.spotlight),
        room.blank,
        room.running,
        room.remaining,
        room.entry,
        window.presenter is not None,
    )


def value_of(widget):
    for getter in ("currentIndex", "value"):
        if hasattr(widget, getter):
            return getattr(widget, getter)()
    raise AssertionError(widget)


def wheel_targets(window) -> list:
    return [
        w
        for w in window.console.findChildren(QWidget)
        if isinstance(w, WHEEL_GUARDED)
        and w.isVisibleTo(window)
        and w.isEnabled()
        and not w.inherits("QScrollBar")
    ]


@pytest.mark.parametrize("stage_id", STAGES)
def test_the_wheel_over_an_unfocused_control_scrolls_the_page_and_changes_nothing(
    qtbot, demo, stage_id
):
    window = demo
    open_stage(qtbot, window, stage_id)
    page = window.console.page
    window.console.navigator.setFocus()
    targets = wheel_targets(window)
    if stage_id == "stakeholders":
        kinds = {type(w).__name__ for w in targets}
        assert {"QComboBox", "QDoubleSpinBox"} <= kinds, kinds
    before = stored_versions(window)
    for widget in targets:
        if page.isAncestorOf(widget):
            page.ensureWidgetVisible(widget, 0, 60)
            QApplication.processEvents()
        value = value_of(widget)
        area = _scrollable_ancestor(widget)
        bar = area.verticalScrollBar() if area is not None else None
        start = bar.value() if bar is not None else None
        notch = 120 if bar is not None and bar.value() == bar.maximum() else -120
        position = widget.mapTo(window, widget.rect().center())
        under = window.childAt(position)
        while under is not None and under is not widget:
            under = under.parentWidget()
        assert under is widget, f"{widget.accessibleName()} is not under the pointer"
        for _ in range(3):
            QTest.wheelEvent(window.windowHandle(), position, QPoint(0, notch))
        QApplication.processEvents()
        assert value_of(widget) == value, f"{widget.accessibleName()} changed by the wheel"
        assert not widget.hasFocus(), f"{widget.accessibleName()} took the focus from the wheel"
        if bar is not None:
            assert bar.value() != start, f"the page did not scroll over {widget.accessibleName()}"
    qtbot.wait(50)
    window.console.flush()
    assert stored_versions(window) == before


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen combo box lists
@pytest.mark.parametrize("stage_id", STAGES)
def test_typing_after_every_tab_stop_never_changes_what_the_room_sees(qtbot, demo, stage_id):
    window = demo
    open_stage(qtbot, window, stage_id)
    window.trigger("focus_answers")
    start = QApplication.focusWidget()
    assert start is window.console.page.editors[0]
    seen = room_sees(window)
    stops = []
    for _ in range(150):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is start:
            break
        assert focus is not None, f"the focus was lost after {stops[-3:]}"
        stops.append(focus.accessibleName() or type(focus).__name__)
        QTest.keyClicks(focus, PARAGRAPH)
        assert room_sees(window) == seen, f"typing on “{stops[-1]}” changed the room's screen"
        assert QApplication.activeModalWidget() is None  # no question popped up
        if QApplication.activePopupWidget() is not None:  # Space opened a combo box's list
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
            window.activateWindow()  # offscreen Qt does not give the window back by itself
            focus.setFocus()
            qtbot.waitUntil(lambda focus=focus: QApplication.focusWidget() is focus)
    assert stops, "Tab went nowhere"


@pytest.mark.parametrize("stage_id", STAGES)
def test_tab_goes_from_answer_to_answer(qtbot, demo, stage_id):
    window = demo
    open_stage(qtbot, window, stage_id)
    page = window.console.page
    window.trigger("focus_answers")
    for editor in page.editors[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor


def test_a_click_on_show_on_projector_leaves_the_cursor_in_the_answer(qtbot, demo):
    window = demo
    open_stage(qtbot, window, "report_back")
    page = window.console.page
    editor = page.editors[0]
    window.trigger("focus_answers")
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Show on projector")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ctx.room.spotlight and window.ctx.room.spotlight[0].prompt_id == (
        editor.prompt_id
    )
    assert editor.hasFocus()
    QTest.keyClicks(editor, " more.")
    assert editor.toPlainText().endswith(" more.")


@pytest.mark.parametrize("stage_id", STAGES)
def test_after_choosing_an_organization_a_click_types_for_the_one_the_area_names(
    qtbot, demo, stage_id
):
    window = demo
    open_stage(qtbot, window, stage_id)
    console, store = window.console, window.ctx.store
    page = console.page
    page.ensureWidgetVisible(page.editors[0], 0, 60)  # under the drafting stage's choice lists
    QApplication.processEvents()
    groups = store.groups()
    for group in groups:
        target = page.editors[0]
        where = target.mapTo(window, target.rect().center())
        rows = console.groups.list
        row = next(
            i
            for i in range(rows.count())
            if rows.item(i).data(Qt.ItemDataRole.UserRole) == group.id
        )
        rect = rows.visualItemRect(rows.item(row))
        QTest.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QApplication.processEvents()
        clicked = window.childAt(where)
        while clicked is not None and clicked not in page.editors:
            clicked = clicked.parentWidget()
        assert clicked is target, "the page moved between the choice and the click"
        QTest.mouseClick(target.viewport(), Qt.MouseButton.LeftButton)
        whose = "Answers" if page.stage.prompts else "Notes"  # Objectives has notes only
        assert page.editing.text() == f"{whose} of {group.name}"
        text = f" typed for group {group.id}."
        assert QApplication.focusWidget() is target
        QTest.keyClicks(target, text)
        assert console.flush()
        assert text in store.answer_text(group.id, stage_id, target.prompt_id)


def test_ctrl_e_brings_the_first_answer_into_view(qtbot, demo):
    window = demo
    open_stage(qtbot, window, "report_back")
    page = window.console.page
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    QApplication.processEvents()
    window.trigger("focus_answers")
    QApplication.processEvents()
    editor = page.editors[0]
    assert editor.hasFocus()
    top = editor.mapTo(page.viewport(), editor.rect().topLeft()).y()
    assert 0 <= top < page.viewport().height(), "the focused answer is off screen"


def test_every_kind_of_save_is_in_the_status_line(qtbot, demo):
    window = demo
    store = window.ctx.store
    group = store.groups()[0]
    open_stage(qtbot, window, "stakeholders")
    editor = window.console.page.extra
    first = editor.items[0]
    editor.move(first.id, 10, 90)  # what a drag on the map ends with
    assert window.save_status.text().startswith("Saved ")
    assert window.save_status.text().endswith(f"— stakeholder map of {group.name}")
