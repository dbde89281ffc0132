"""The box that reports an export is a report, not a question: it shows the Information icon
beside "Open folder" / "Close" (a Warning one when the export was cancelled part way), in the
real message box the facilitator sees."""

from __future__ import annotations

import inspect
import threading

import pytest
from kit import ScriptedInteraction
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from workshop_app.export import worksheet
from workshop_app.ui.interaction import Interaction


class RealBoxes(ScriptedInteraction):
    """Folders come from the script; every two-button box is Qt's real QMessageBox."""

    confirm = Interaction.confirm


@pytest.fixture
def interaction() -> RealBoxes:
    return RealBoxes()


class BoxWatcher:
    """Notes each real message box that opens (title, icon, buttons) and clicks `answer` with
    the mouse, as the facilitator would."""

    def __init__(self, answer: str):
        self.answer = answer
        self.seen: list[tuple[str, QMessageBox.Icon, list[str]]] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        names = [b.text() for b in box.buttons()]
        self.seen.append((box.windowTitle(), box.icon(), names))
        button = next(b for b in box.buttons() if b.text() == self.answer)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def demo(window, interaction):
    interaction.parent = window
    window.try_demo()
    assert window.console is not None, interaction.messages
    return window


def test_a_finished_export_is_reported_with_the_information_icon(
    qtbot, demo, interaction, tmp_path
):
    out = tmp_path / "worksheets"
    interaction.paths.append(out)
    watcher = BoxWatcher(answer="Close")
    try:
        demo.trigger("export_all")
        qtbot.waitUntil(lambda: not demo.exports.runner.busy, timeout=30_000)
        qtbot.waitUntil(lambda: bool(watcher.seen), timeout=10_000)
    finally:
        watcher.stop()
    title, icon, buttons = watcher.seen[-1]
    assert (title, buttons) == ("Exported", ["Open folder", "Close"])
    assert icon == QMessageBox.Icon.Information
    assert interaction.opened_folders == []  # "Close" was clicked
    assert len(list(out.glob("*.docx"))) == len(demo.ctx.store.groups())


def test_a_cancelled_export_is_reported_with_a_warning_icon(
    qtbot, demo, interaction, tmp_path, monkeypatch
):
    real = worksheet.write_worksheet
    first_done, go_on = threading.Event(), threading.Event()

    def slow(store, group, target, paper="a4", lang=None):
        written = real(store, group, target, paper, lang)
        first_done.set()
        go_on.wait(10)
        return written

    monkeypatch.setattr(worksheet, "write_worksheet", slow)
    interaction.paths.append(tmp_path / "cancelled")
    demo.trigger("export_all")
    assert first_done.wait(30)
    (cancel,) = demo.exports.dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    watcher = BoxWatcher(answer="Close")
    try:
        go_on.set()
        qtbot.waitUntil(lambda: not demo.exports.runner.busy, timeout=30_000)
        qtbot.waitUntil(lambda: bool(watcher.seen), timeout=10_000)
    finally:
        watcher.stop()
    title, icon, buttons = watcher.seen[-1]
    assert (title, buttons) == ("Exported", ["Open folder", "Close"])
    assert icon == QMessageBox.Icon.Warning


def test_a_question_still_shows_the_question_icon(qtbot):
    watcher = BoxWatcher(answer="Keep it")
    try:
        kept = not Interaction().confirm("Remove it?", "Remove it for good?", "Remove", "Keep it")
    finally:
        watcher.stop()
    assert kept
    assert [(t, i) for t, i, _ in watcher.seen] == [("Remove it?", QMessageBox.Icon.Question)]


def test_the_scripted_seam_takes_the_same_arguments_as_the_real_one():
    def parameters(cls) -> dict[str, list[str]]:
        return {
            name: list(inspect.signature(f).parameters)
            for name, f in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_")
        }

    real, scripted = parameters(Interaction), parameters(ScriptedInteraction)
    assert {name: real[name] for name in real} == {name: scripted.get(name) for name in real}
