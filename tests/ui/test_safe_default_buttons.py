"""A question whose yes puts something in front of the room or erases something has the safe
answer as its default button: Enter (or Esc) in Qt's real message box keeps the answer that
looks like it names a client off the projector, keeps a map private, keeps the event, the
organization and the workshop as they were."""

from __future__ import annotations

import pytest
from kit import ScriptedInteraction
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from workshop_app.ui.interaction import Interaction

FLAGGED = "A volunteer posted the client's number, 414-555-0139, on Facebook."


class RealBoxes(ScriptedInteraction):
    """Everything else from the script; every two-button box is Qt's real QMessageBox."""

    confirm = Interaction.confirm


@pytest.fixture
def interaction() -> RealBoxes:
    return RealBoxes()


class KeyAtBox:
    """Presses `key` in each real message box that opens, as a facilitator at the keyboard
    would (or clicks the button `clicks` names for that box's title), and notes each box's
    title and default button."""

    def __init__(self, key: Qt.Key = Qt.Key.Key_Return, clicks: dict[str, str] | None = None):
        self.key, self.clicks = key, clicks or {}
        self.seen: list[tuple[str, str]] = []  # (title, default button's text)
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        default = box.defaultButton()
        self.seen.append((box.windowTitle(), default.text() if default else ""))
        click = self.clicks.get(box.windowTitle())
        if click:
            button = next(b for b in box.buttons() if b.text() == click)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            QTest.keyClick(box, self.key)

    def __enter__(self) -> KeyAtBox:
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()


@pytest.fixture
def console(window, interaction, new_event):
    interaction.parent = window
    new_event("Defaults")
    for name in ("Cedar Clinic", "Harbor Youth Services"):
        interaction.text_answers.append(name)
        window.console.groups.add()
    window.console.groups.select(window.ctx.store.groups()[0].id)
    return window


def _show_button(page, prompt_id: str) -> QPushButton:
    heading = page.titles[prompt_id]
    return next(
        b
        for b in page.findChildren(QPushButton)
        if b.text() == "Show on projector" and heading in b.accessibleName()
    )


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_enter_or_esc_keeps_a_flagged_answer_off_the_projector(qtbot, console, key):
    console.console.go_to("report_back")
    page = console.console.page
    page.editor("hardest").setPlainText(FLAGGED)
    button = _show_button(page, "hardest")
    with KeyAtBox(key) as watcher:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.ctx.room.spotlight == []
    assert watcher.seen == [("Show it on the projector?", "Do not show")]
    with KeyAtBox(clicks={"Show it on the projector?": "Show anyway"}):  # chosen: it goes up
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [s.kind for s in console.ctx.room.spotlight] == ["answer"]


def test_enter_keeps_an_organizations_map_private(qtbot, console):
    from workshop_app.kinds.stakeholders.ui.page import StakeholderEditor

    console.console.go_to("stakeholders")
    (editor,) = console.console.page.findChildren(StakeholderEditor)
    assert not console.ctx.room.names_visible  # privacy mode: the console asks first
    with KeyAtBox() as watcher:
        qtbot.mouseClick(editor.show_button, Qt.MouseButton.LeftButton)
    assert console.ctx.room.spotlight == []
    assert watcher.seen == [("Show stakeholder map", "Cancel")]


def test_enter_keeps_the_organization_the_event_and_the_workshop(qtbot, console, tmp_path):
    store = console.ctx.store
    path = store.path
    with KeyAtBox() as watcher:
        console.trigger("remove_group_for_good")
        console.trigger("end_workshop")
        console.trigger("delete_event")
    assert console.ctx.store is store and path.exists()
    assert [g.name for g in store.groups()] == ["Cedar Clinic", "Harbor Youth Services"]
    assert store.event().ended_at is None
    assert watcher.seen == [
        ("Remove Cedar Clinic for good?", "Keep it"),
        ("End the workshop?", "Cancel"),
        ("Delete this event for good?", "Keep the event"),
    ]


def test_enter_keeps_the_device_records_after_the_end(qtbot, console):
    store = console.ctx.store
    store.add_device(store.groups()[0].id, "hash", "Android phone · Chrome")
    clicks = {"End the workshop?": "End workshop", "Export the worksheets?": "Not now"}
    with KeyAtBox(clicks=clicks) as watcher:
        console.trigger("end_workshop")
    assert store.event().ended_at is not None
    assert len(store.devices(include_revoked=True)) == 1
    assert watcher.seen[-1] == ("Remove the device records?", "Keep them")


@pytest.mark.parametrize("default, expected", [("yes", True), ("no", False)])
def test_the_seam_default_is_what_enter_answers(qtbot, default, expected):
    with KeyAtBox() as watcher:
        answer = Interaction().confirm(
            "Remove it?", "Remove it for good?", "Remove", "Keep it", default=default
        )
    assert answer is expected
    assert watcher.seen == [("Remove it?", "Remove" if expected else "Keep it")]
