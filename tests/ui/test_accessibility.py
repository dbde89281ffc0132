"""The console with a screen reader (issue 22), checked through Qt's own accessibility API: what
QAccessible.queryAccessibleInterface hands to AT-SPI, UI Automation and NSAccessibility.

Every interactive object on every stage of the demo, the projector and every dialog has a name
that is not just its value; every field names its organization; Tab reaches nothing the tree
lacks; saves and failures are announced once; the map is a list of its markers; arrows on any
list or canvas never move the room. tools/atspi_walk.py walks the same screens through the real
AT-SPI bus.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsView,
    QWidget,
)

from workshop_app.store import SaveError
from workshop_app.ui import accessible

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Table,
    Role.PageTab,
    Role.ListItem,
    Role.Cell,
    Role.ButtonMenu,
    Role.ButtonDropDown,
}
STAGES = ["objectives", "stakeholders", "drafting", "report_back"]


@pytest.fixture(autouse=True)
def screen_reader_on():
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, str, bool]]:
    """What was handed to Qt for screen readers: (kind, text, assertive) per event."""
    said: list[tuple[str, str, bool]] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append(("announcement", event.message(), assertive))
        elif event.type() == QAccessible.Event.Focus and event.child() >= 0:
            child = event.accessibleInterface()
            said.append(("focus", child.text(QAccessible.Text.Name) if child else "", False))
        real(event)

    monkeypatch.setattr(accessible.QAccessible, "updateAccessibility", record)
    return said


def iface(obj) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(obj)
    assert found is not None and found.isValid(), obj
    return found


def tree(root: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """The objects a screen reader can reach from `root`, as it walks child by child."""
    yield root
    if depth > 60:
        return
    for i in range(root.childCount()):
        child = root.child(i)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        yield from tree(child, depth + 1)


def name(i: QAccessibleInterface) -> str:
    return i.text(QAccessible.Text.Name)


def problems(window: QWidget) -> list[str]:
    """Interactive objects without a name or named after their value, and controls Tab
    reaches that are missing from the tree."""
    found = []
    objects = list(tree(iface(window)))
    for i in objects:
        if i.role() not in INTERACTIVE:
            continue
        label = f"{i.role().name} {name(i)!r}"
        if not name(i).strip():
            found.append(f"unnamed {label} in {name(i.parent()) if i.parent() else '?'!r}")
        elif i.role() in (Role.ComboBox, Role.SpinBox) and name(i) == i.text(
            QAccessible.Text.Value
        ):
            found.append(f"named after its value: {label}")
        if "\n" in name(i):
            found.append(f"a newline in the name: {label}")
    in_tree = {_address(i.object()) for i in objects if i.object() is not None}
    for widget in window.findChildren(QWidget):
        if (
            widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _inner(widget)
            and _address(widget) not in in_tree
            and _reachable(widget, window)
        ):
            found.append(
                f"Tab reaches {type(widget).__name__} {widget.accessibleName()!r} "
                f"in {type(widget.parentWidget()).__name__}, missing from the tree"
            )
    return found


def _inner(widget: QWidget) -> bool:
    """A part of a control that the control itself stands for (a view's viewport, a spin
    box's or date field's text)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def _address(obj) -> int:
    """The C++ object's address: Python wrappers of Qt's own children come and go."""
    return shiboken6.getCppPointer(obj)[0]


def _reachable(widget: QWidget, window: QWidget) -> bool:
    """Shown on screen (not inside a scroll area's clipped-away part: still in the tree)."""
    return widget.window() is window and widget.isVisible()


def demo(window, interaction):
    window.resize(1600, 1000)
    window.try_demo()
    assert window.console is not None, interaction.messages
    return window.console


@pytest.mark.parametrize("stage_id", STAGES)
def test_every_control_on_every_stage_has_a_name_that_is_not_its_value(
    qtbot, window, interaction, stage_id
):
    console = demo(window, interaction)
    console.go_to(stage_id)
    qtbot.wait(50)
    assert problems(window) == []


def test_welcome_screen_and_recent_events_read_cleanly(qtbot, window, interaction):
    demo(window, interaction)
    window.trigger("close_event")
    assert window.stack.currentWidget() is window.welcome
    assert problems(window) == []
    assert name(iface(window)) == "Workshop App"


def test_the_window_is_named_after_the_event(window, interaction):
    demo(window, interaction)
    title = window.ctx.store.event().title
    assert title in name(iface(window))


@pytest.mark.parametrize("stage_id", STAGES)
def test_every_field_names_its_question_and_organization(qtbot, window, interaction, stage_id):
    console = demo(window, interaction)
    console.go_to(stage_id)
    org = window.ctx.store.group(console.page.group_id).name
    fields = console.page.fields()
    assert fields
    for field in fields:
        spoken = name(iface(field)) + " " + iface(field).text(QAccessible.Text.Description)
        assert org in spoken, spoken
    if stage_id == "report_back":  # each card's fields name the card's organization
        for group_id, card in console.page.extra.cards.items():
            other = window.ctx.store.group(group_id).name
            assert all(other in name(iface(e)) for e in card.editors.values())
    for prompt in console.page.stage.prompts:  # and its question
        assert prompt.text in name(iface(console.page.editor(prompt.id)))


def test_switching_organization_in_a_field_says_whose_answer_it_now_is(
    qtbot, window, interaction, heard
):
    console = demo(window, interaction)
    window.activateWindow()
    window.trigger("focus_answers")
    editor = console.page.editors[0]
    qtbot.waitUntil(editor.hasFocus)
    second = window.ctx.store.groups()[1].name
    heard.clear()
    window.trigger("next_group")
    assert editor.hasFocus()
    assert second in name(iface(editor))
    assert [text for kind, text, _ in heard if kind == "announcement"] == [
        f"Now {second}: {editor.property(accessible.BASE_NAME)}"
    ]


def test_a_save_is_announced_once_it_settles(qtbot, window, interaction, heard, monkeypatch):
    from workshop_app.ui.widgets import save_status

    console = demo(window, interaction)
    editor = console.page.editors[0]
    window.activateWindow()
    editor.setFocus()
    heard.clear()
    store = window.ctx.store
    group = console.page.group_id
    for word in (" one", " two"):  # two saves, one after the other, less than 1.5 s apart
        qtbot.keyClicks(editor, word)
        qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
        assert store.answer_text(group, "objectives", editor.prompt_id).endswith(word)
    assert window.save_status.text().startswith("Saved ")
    assert name(iface(window.save_status)) == window.save_status.text()
    qtbot.wait(save_status.SETTLE_MS + 300)
    saves = [text for kind, text, _ in heard if kind == "announcement" and "Saved" in text]
    assert saves == [window.save_status.text()]
    qtbot.wait(save_status.SETTLE_MS + 300)  # and not again
    assert len([t for k, t, _ in heard if k == "announcement" and "Saved" in t]) == 1


def test_a_failed_save_is_announced_at_once_with_its_reason(
    qtbot, window, interaction, heard, monkeypatch
):
    console = demo(window, interaction)
    store = window.ctx.store

    def disk_full(*args, **kwargs):
        raise SaveError("The disk is full: this change was not saved.")

    monkeypatch.setattr(store, "save_answer", disk_full)
    editor = console.page.editors[0]
    editor.setFocus()
    qtbot.keyClicks(editor, "Lost?")
    assert not editor.flush()
    assert not editor.flush()  # tried again, the same failure: said once
    failures = [(t, a) for k, t, a in heard if k == "announcement" and "Not saved" in t]
    assert len(failures) == 1
    text, assertive = failures[0]
    assert "disk is full" in text and "still here" in text and assertive


def test_the_map_is_a_list_of_its_markers_and_moves_are_heard(qtbot, window, interaction, heard):
    console = demo(window, interaction)
    console.go_to("stakeholders")
    editor = console.page.extra
    canvas = editor.canvas
    mapped = iface(canvas)
    assert mapped.role() == Role.List and name(mapped) == "Power and interest map"
    people = editor.items
    assert mapped.childCount() == len(people) == 10
    first = mapped.child(0)
    assert first.role() == Role.ListItem and mapped.indexOfChild(first) == 0
    s = people[0]
    category = canvas.category_label(s.category)
    assert name(first) == (
        f"{s.name}, {category}, {s.quadrant_label}, influence {s.influence:.0f}, "
        f"interest {s.interest:.0f}"
    )
    assert first.parent().object() is canvas
    # the list beside the map says the same, position included
    assert editor.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith(name(first))

    window.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    heard.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Up)  # nothing chosen yet: the first stakeholder
    assert canvas.current_id() == s.id
    assert ("focus", name(first), False) in heard
    assert first.state().selected and first.state().focused
    heard.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    moved = editor.items[0]
    assert moved.influence == min(100, s.influence + 5)
    said = [t for k, t, _ in heard if k == "announcement"]
    if moved.influence != s.influence:
        assert said and said[-1].startswith(f"{s.name}: influence {moved.influence:.0f}")
    else:
        assert said == [f"{s.name} is at the edge of the map"]
    assert console.stage_id == "stakeholders"


def test_arrow_keys_in_every_list_table_and_canvas_never_move_the_room(qtbot, window, interaction):
    console = demo(window, interaction)
    window.activateWindow()
    for stage_id in STAGES:
        console.go_to(stage_id)
        views = [
            w
            for w in window.findChildren(QWidget)
            if isinstance(w, (QAbstractItemView, QGraphicsView))
            and w is not console.navigator
            and w.isVisibleTo(window)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert views, stage_id
        for view in views:
            view.setFocus()
            qtbot.waitUntil(view.hasFocus)
            for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up):
                qtbot.keyClick(QApplication.focusWidget(), key)
                assert console.stage_id == stage_id, (view.accessibleName(), key)
    console.navigator.setFocus()  # the stage list itself: Right is the next stage
    qtbot.waitUntil(console.navigator.hasFocus)
    console.go_to("objectives")
    qtbot.keyClick(console.navigator, Qt.Key.Key_Right)
    assert console.stage_id == "stakeholders"


def test_action_table_cells_are_named_with_their_row_and_the_status_is_a_cell(
    qtbot, window, interaction
):
    console = demo(window, interaction)
    console.go_to("report_back")
    card = next(c for c in console.page.extra.cards.values() if c.actions.items)
    table = iface(card.actions.table)
    cells = [i for i in tree(table) if i.role() == Role.Cell]
    assert cells and all(name(c).startswith("Action ") for c in cells)
    status = card.actions.items[0].status
    from workshop_app.kinds.report_back import model as actions

    assert f"Action 1, status: {actions.STATUS_LABELS[status]}" in [name(c) for c in cells]
    card.actions.set_field(0, "status", "done")
    assert actions.load(window.ctx.store, card.group_id)[0].status == "done"
    cells = [name(i) for i in tree(table) if i.role() == Role.Cell]
    assert "Action 1, status: Done" in cells


def test_the_projector_and_the_preview_read_out_the_room(qtbot, window, interaction):
    console = demo(window, interaction)
    stage = console.plan.stage(console.stage_id)
    qtbot.waitUntil(
        lambda: (
            not isinstance(console.room_preview, type(console.notes))
            and hasattr(console.room_preview, "view")
        ),
        timeout=3000,
    )
    preview = console.room_preview
    qtbot.waitUntil(lambda: stage.title in preview.accessibleDescription(), timeout=3000)
    lines = [name(i) for i in tree(iface(preview))][1:]
    assert stage.title in lines and any("left" in line for line in lines)
    assert preview.focusPolicy() & Qt.FocusPolicy.TabFocus
    # the off-screen copy the preview paints from is no window of its own
    assert not preview.view.isWindow()
    app = iface(QApplication.instance())
    windows = [app.child(i).object() for i in range(app.childCount())]
    assert preview.view not in windows

    window.trigger("present")
    projector = window.presenter
    qtbot.waitExposed(projector)
    room = iface(projector.view)
    assert name(room) == "What the room sees"
    description = room.text(QAccessible.Text.Description)
    assert stage.title in description and stage.objectives[0] in description
    assert projector.view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert problems(projector) == []
    texts = {name(i) for i in tree(iface(projector))}
    assert stage.title in texts
    window.trigger("blank")
    assert iface(projector.view).text(QAccessible.Text.Description) == "The projector is blank."
    window.trigger("blank")


def _check_dialog(found: list[str]):
    def handler(dialog: QDialog) -> bool:
        dialog.show()
        found.extend(f"{dialog.windowTitle()}: {p}" for p in problems(dialog))
        found.append(f"checked {dialog.windowTitle()}")
        dialog.hide()
        return False

    return handler


def test_every_dialog_names_its_controls(qtbot, window, interaction, tmp_path):
    found: list[str] = []
    for _ in range(6):
        interaction.dialog_handlers.append(_check_dialog(found))
    window.trigger("new_event")
    window.trigger("settings")
    window.trigger("shortcuts_help")
    console = demo(window, interaction)
    window.trigger("history")  # of the first answer
    console.go_to("stakeholders")
    console.page.extra.show_history()
    roster = tmp_path / "roster.csv"
    roster.write_text("name,contact\nNew Org,someone@example.org\n", encoding="utf-8")
    interaction.paths.append(roster)
    console.import_roster()
    checked = [f for f in found if f.startswith("checked")]
    assert len(checked) == 6, found
    assert [f for f in found if not f.startswith("checked")] == []


def test_the_participant_entry_panel_names_its_controls(qtbot, window, interaction):
    console = demo(window, interaction)
    qtbot.waitUntil(lambda: window.entry_panel is not None, timeout=5000)
    console.side_tabs.setCurrentWidget(window.entry_panel)
    assert problems(window) == []
    address = iface(window.entry_panel.address)
    assert name(address) == "Address participants use"
    assert address.text(QAccessible.Text.Value) == window.entry_panel.address.currentText()
