"""One calm notice when something the app did not expect goes wrong, and the app keeps running.

`logs` writes the traceback to the log file first (with nothing anyone typed); this shows the
facilitator a non-modal dialog saying what was saved is kept, where the log is (copyable, and a
button that shows its folder) and what to do. The same problem again never shows a second
notice, and while one is up a different one only adds a line to it: a repeating error in a
timer or a paint does not bury the window in dialogs.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app import APP_NAME, logs
from workshop_app.ui.widgets import named


def signature(info: logs.ExcInfo) -> str:
    """The same problem: its type and the place it was raised."""
    kind, exc, tb = info
    frames = traceback.extract_tb(tb or exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{kind.__module__}.{kind.__qualname__}@{where}"


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, log_file: Path, open_folder: Callable[[Path], None]):
        super().__init__(parent)
        self.setObjectName("crash_notice")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.log_file = log_file
        self._open_folder = open_folder
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{app} met a problem it did not expect.").format(app=APP_NAME))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(
            self.tr(
                "Everything saved so far is kept in the event file, and you can carry on. If "
                "something does not work as it should, save a copy of the event (File → Save a "
                "copy of the event as…, Ctrl+Shift+S) and start the app again."
            )
        )
        where = QLabel(
            self.tr(
                "What happened is written in the app's log. It holds no answers, notes or "
                "names, so you can attach it to a problem report:"
            )
        )
        self.path_field = named(QLineEdit(str(log_file)), self.tr("Log file"))
        self.path_field.setObjectName("crash_log_path")
        self.path_field.setReadOnly(True)
        self.path_field.setCursorPosition(0)
        self.more = QLabel("")
        self.more.setObjectName("crash_more")
        self.more.hide()
        buttons = QDialogButtonBox()
        self.copy_button = named(QPushButton(self.tr("Copy the path")), self.tr("Copy the path"))
        self.folder_button = named(
            QPushButton(self.tr("Show the log folder")), self.tr("Show the log folder")
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_path)
        self.folder_button.clicked.connect(lambda: self._open_folder(self.log_file.parent))
        buttons.rejected.connect(self.close)
        self.close_button.setDefault(True)
        for widget in (heading, body, where, self.path_field, self.more):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log_file))
        self.copy_button.setText(self.tr("Copied"))

    def another(self, count: int) -> None:
        self.more.setText(
            self.tr("Problems since then: {count} more. The log has them too.").format(count=count)
        )
        self.more.show()
        self.adjustSize()  # the new line is not clipped


class CrashNotice(QObject):
    """Listens to `logs` for uncaught exceptions (on any thread) and shows `CrashDialog`."""

    happened = Signal(str)

    def __init__(self, window: QWidget, open_folder: Callable[[Path], None]):
        super().__init__(window)
        self.window = window
        self.open_folder = open_folder
        self.seen: set[str] = set()
        self.shown = 0  # notices shown in this session
        self.dialog: CrashDialog | None = None
        self._more = 0
        # queued: the notice opens after the failing slot, paint or timer has unwound
        self.happened.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._remove = logs.on_uncaught(self._uncaught)
        self.destroyed.connect(lambda *_: self._remove())

    def _uncaught(self, info: logs.ExcInfo) -> None:
        self.happened.emit(signature(info))  # from whichever thread it happened on

    def _show(self, key: str) -> None:
        if key in self.seen:
            return
        self.seen.add(key)
        if self.dialog is not None and self.dialog.isVisible():
            self._more += 1
            self.dialog.another(self._more)
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self._more = 0
        self.dialog = CrashDialog(self.window, logs.log_path(), self.open_folder)
        self.dialog.show()
        self.dialog.close_button.setFocus()
        self.shown += 1


def install(window: QWidget, open_folder: Callable[[Path], None]) -> CrashNotice:
    return CrashNotice(window, open_folder)
