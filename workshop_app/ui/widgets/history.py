"""HistoryDialog: every saved version of one answer, newest first, with when and from where it
was saved; "Restore this version" saves it again as a new version (nothing is overwritten)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store import EventStore, Saved, StoreError
from workshop_app.ui.widgets import local_time, named

SOURCES = {"console": "typed in the console", "browser": "from a participant's browser"}


class HistoryDialog(QDialog):
    def __init__(
        self,
        store: EventStore,
        key: tuple[int, str, str],
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.key = store, key
        self.restored: Saved | None = None
        self.error = ""
        self.setWindowTitle(f"History — {title}")
        named(self, f"History of {title}")
        self.resize(880, 440)
        self.versions = store.answer_history(*key)
        self.list = named(QListWidget(), "Versions", "Every saved version, newest first")
        for version in self.versions:
            source = SOURCES.get(version.source, version.source)
            label = f"Version {version.revision} · {local_time(version.saved_at, True)} · {source}"
            if version.revision == self.versions[0].revision:
                label += " (current)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, version.revision)
            self.list.addItem(item)
        self.preview = named(QPlainTextEdit(), "Text of the selected version")
        self.preview.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([400, 480])
        self.restore_button = named(QPushButton("Restore this version"), "Restore this version")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(title)}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if not self.versions:
            layout.addWidget(QLabel("Nothing has been saved for this answer yet."))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._selected)
        if self.versions:
            self.list.setCurrentRow(0)
        self._selected(self.list.currentRow())

    def select_revision(self, revision: int) -> None:
        for row, version in enumerate(self.versions):
            if version.revision == revision:
                self.list.setCurrentRow(row)
                return
        raise KeyError(revision)

    def _selected(self, row: int) -> None:
        ok = 0 <= row < len(self.versions)
        self.preview.setPlainText(self.versions[row].text if ok else "")
        self.restore_button.setEnabled(ok and row > 0)

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if row <= 0:
            return
        try:
            self.restored = self.store.restore_answer(*self.key, self.versions[row].revision)
        except StoreError as exc:
            self.error = str(exc)
            self.reject()
            return
        self.accept()


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
