"""The ONE seam for questions to the user: message boxes, text prompts, file dialogs and running
our own dialogs. Tests replace it (tests/ui/conftest.py) so no test blocks on a modal dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

EVENT_FILTER = "Workshop events (*.workshop);;All files (*)"
CSV_FILTER = "Roster CSV (*.csv *.txt);;All files (*)"


class Interaction:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def confirm(self, title: str, message: str, yes: str = "OK", no: str = "Cancel") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    def open_path(self, title: str, folder: Path, filters: str = EVENT_FILTER) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path, filters: str = EVENT_FILTER) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(name) if name else None

    def choose_folder(self, title: str, folder: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, title, str(folder))
        return Path(name) if name else None

    def open_url(self, url: str) -> None:
        """Open a web address in the system's browser (the designer's phone preview)."""
        QDesktopServices.openUrl(QUrl(url))

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the system's file manager (after an export)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show one of our dialogs modally; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted
