"""Something unexpected goes wrong in the window: the traceback is in the log file, one calm
notice says where that file is, and the window carries on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit

from workshop_app import logs
from workshop_app.ui import crash_notice

pytestmark = [
    pytest.mark.usefixtures("plain_stages"),
    pytest.mark.qt_no_exception_capture,  # the app's own hook is what is tested
    pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning"),
]


@pytest.fixture
def logged(window, interaction):
    path = logs.configure(command="test")
    notice = crash_notice.install(window, interaction.open_folder)
    yield path, notice
    logs.unconfigure()


def notices(window) -> list[QDialog]:
    return [d for d in window.findChildren(QDialog, "crash_notice") if d.isVisible()]


def failing_shortcuts_dialog(interaction, times: int) -> None:
    """Help → Keyboard shortcuts fails in its slot (a bug stand-in: the dialog's code raises)."""

    words = " ".join(("Cedar", "Clinic's", "answer"))  # not in this line of code either

    def broken(dialog):
        raise ZeroDivisionError(words)  # a message the log must not keep

    interaction.dialog_handlers.extend([broken] * times)


def test_an_exception_in_a_slot_shows_one_notice_and_the_window_keeps_working(
    qtbot, window, interaction, new_event, logged
):
    path, notice = logged
    new_event("Crash notice")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    window.console.go_to("report_back")
    failing_shortcuts_dialog(interaction, 3)
    window.activateWindow()
    for _ in range(3):  # the same bug three times in a row, before the notice is up
        qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=3000)
    qtbot.wait(100)
    assert len(notices(window)) == 1 and notice.shown == 1  # one notice, no storm
    dialog = notices(window)[0]
    assert not dialog.isModal()
    field = dialog.findChild(QLineEdit, "crash_log_path")
    assert field.text() == str(path) and field.isReadOnly()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(path)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert interaction.opened_folders == [path.parent]

    logged_text = path.read_text(encoding="utf-8")
    assert logged_text.count("uncaught exception") == 3  # each time is in the file
    assert "Traceback (most recent call last):" in logged_text
    assert "ZeroDivisionError" in logged_text and "show_shortcuts" in logged_text
    assert "Cedar Clinic" not in logged_text

    # the window still works: an answer typed now is saved, and the status line says so
    store = window.ctx.store
    group = store.groups()[0].id
    editor = window.console.page.editor("easiest")
    qtbot.keyClicks(editor, "Texting reminders")
    qtbot.waitUntil(lambda: store.answer_text(group, "report_back", "easiest") != "", timeout=3000)
    assert window.save_status.text().startswith("Saved")

    # a different problem, on another thread, while the notice is up: a line in it, no second
    worker = threading.Thread(target=lambda: [][1], name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog.more.isVisible(), timeout=3000)
    assert len(notices(window)) == 1
    assert "uncaught exception in thread worker" in path.read_text(encoding="utf-8")

    # closed, the same bug again shows nothing more; it is logged all the same
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert notices(window) == []
    failing_shortcuts_dialog(interaction, 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.wait(200)
    assert notices(window) == []
    assert path.read_text(encoding="utf-8").count("uncaught exception\n") == 4
