"""The ONE seam for questions to the user: message boxes, text prompts, file dialogs and running
our own dialogs. Tests replace it (tests/ui/conftest.py) so no test blocks on a modal dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

EVENT_FILTER = QT_TRANSLATE_NOOP("Interaction", "Workshop events (*.workshop);;All files (*)")
CSV_FILTER = QT_TRANSLATE_NOOP("Interaction", "Roster CSV (*.csv *.txt);;All files (*)")


class FolderDialog(QFileDialog):
    """Choose a folder, or type the name of a new one: it is created (Qt's own folder dialog
    refuses a name that does not exist yet with "Directory not found")."""

    def __init__(self, parent: QWidget | None, title: str, folder: Path):
        super().__init__(parent, title, str(folder))
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the typed name is ours
        self.setFileMode(QFileDialog.FileMode.Directory)
        self.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self.setLabelText(
            QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Interaction", "Choose")
        )
        self.problem = ""

    def typed_folder(self) -> Path | None:
        edit = self.findChild(QLineEdit, "fileNameEdit")
        name = edit.text().strip().strip('"') if edit is not None else ""
        if not name:
            return None
        typed = Path(name).expanduser()
        return typed if typed.is_absolute() else Path(self.directory().absolutePath()) / typed

    def accept(self) -> None:
        target = self.typed_folder()
        if target is not None and not target.exists():
            try:
                target.mkdir(parents=True)
            except OSError as exc:
                self.problem = QCoreApplication.translate(
                    "Interaction", "The folder {folder} could not be created ({reason})."
                ).format(folder=target, reason=exc.strerror)
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("Interaction", "Folder not created"),
                    self.problem,
                )
                return
            self.setDirectory(str(target.parent))
            self.selectFile(target.name)
        super().accept()


class Interaction:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def confirm(
        self,
        title: str,
        message: str,
        yes: str = "OK",
        no: str = "Cancel",
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        default: str = "yes",
    ) -> bool:
        """Two buttons; True for `yes`. A question by default; a report that offers a next step
        ("Exported … Open folder / Close") passes `icon` Information, or Warning when only part
        of what was asked for was done.

        `default` is the button Enter presses, "yes" or "no". A question whose yes puts
        something in front of the room or erases something passes "no": a facilitator typing
        on and pressing Enter keeps things as they were. Esc always answers `no`."""
        if default not in ("yes", "no"):
            raise ValueError(f"default is 'yes' or 'no', not {default!r}")
        box = QMessageBox(icon, title, message, parent=self.parent)
        yes = QCoreApplication.translate("Interaction", "OK") if yes == "OK" else yes
        no = QCoreApplication.translate("Interaction", "Cancel") if no == "Cancel" else no
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok if default == "yes" else cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        # wide enough for its title beside the window's buttons and for a long name (Qt's own
        # size cut "Add an organization" to "Add a… zation")
        width = max(380, dialog.fontMetrics().horizontalAdvance(title) + 160)
        field = dialog.findChild(QLineEdit)  # QInputDialog sizes itself around its field
        if field is not None:
            field.setMinimumWidth(width)
        try:
            ok = dialog.exec() == QInputDialog.DialogCode.Accepted
            return dialog.textValue() if ok else None
        finally:
            dialog.deleteLater()

    def open_path(self, title: str, folder: Path, filters: str = EVENT_FILTER) -> Path | None:
        filters = QCoreApplication.translate("Interaction", filters)
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path, filters: str = EVENT_FILTER) -> Path | None:
        filters = QCoreApplication.translate("Interaction", filters)
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(name) if name else None

    def choose_folder(self, title: str, folder: Path) -> Path | None:
        dialog = FolderDialog(self.parent, title, folder)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()

    def open_url(self, url: str) -> None:
        """Open a web address in the system's browser (the designer's phone preview)."""
        QDesktopServices.openUrl(QUrl(url))

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the system's file manager (after an export)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show one of our dialogs modally; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted
