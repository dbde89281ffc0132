"""History dialogs: every saved version of one thing, newest first, with when and from where it
was saved; "Restore this version" saves it again as a new version (nothing is overwritten).

`VersionsDialog` is the dialog itself; `HistoryDialog` shows one answer's versions and
`map_history.MapHistoryDialog` one group's stakeholder map."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

SOURCES = {
    "console": QT_TRANSLATE_NOOP("VersionsDialog", "typed in the console"),
    "browser": QT_TRANSLATE_NOOP("VersionsDialog", "from a participant's browser"),
}


@dataclass(frozen=True)
class Version:
    revision: int
    saved_at: str
    source: str
    text: str  # what the preview shows
    detail: str = ""  # added to the line in the list


class VersionsDialog(QDialog):
    """The versions (newest first) in a list, the selected one's text beside it; `restore` is
    called with the chosen revision and its Saved ends up in `restored` (a StoreError's message
    in `error`)."""

    def __init__(
        self,
        title: str,
        versions: list[Version],
        restore: Callable[[int], Saved],
        preview_name: str,
        heading: str = "",
        empty: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.versions, self._restore = versions, restore
        self.restored: Saved | None = None
        self.error = ""
        self.setWindowTitle(self.tr("History — {title}").format(title=title))
        named(self, self.tr("History of {title}").format(title=title))
        self.resize(880, 440)
        self.list = named(
            QListWidget(), self.tr("Versions"), self.tr("Every saved version, newest first")
        )
        for i, version in enumerate(versions):
            source = self.tr(SOURCES.get(version.source, version.source))
            label = self.tr("Version {number} · {time} · {source}").format(
                number=version.revision, time=local_time(version.saved_at, True), source=source
            )
            label += f" · {version.detail}" if version.detail else ""
            label += self.tr(" (current)") if i == 0 else ""
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, version.revision)
            self.list.addItem(item)
        self.preview = named(QPlainTextEdit(), preview_name)
        self.preview.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([400, 480])
        self.restore_button = named(
            QPushButton(self.tr("Restore this version")), self.tr("Restore this version")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if heading:
            label = QLabel(f"<b>{escape(heading)}</b>")
            label.setWordWrap(True)
            layout.addWidget(label)
        if empty and not versions:
            layout.addWidget(QLabel(empty))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._selected)
        if versions:
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
            self.restored = self._restore(self.versions[row].revision)
        except StoreError as exc:
            self.error = str(exc)
            self.reject()
            return
        self.accept()


class HistoryDialog(VersionsDialog):
    """Every saved version of one answer, `key` = (group id, stage id, prompt id)."""

    def __init__(
        self,
        store: EventStore,
        key: tuple[int, str, str],
        title: str,
        parent: QWidget | None = None,
    ):
        versions = [
            Version(a.revision, a.saved_at, a.source, a.text) for a in store.answer_history(*key)
        ]
        super().__init__(
            title,
            versions,
            lambda revision: store.restore_answer(*key, revision),
            QCoreApplication.translate("HistoryDialog", "Text of the selected version"),
            heading=f"{title} — {_group_name(store, key[0])}",  # whose answer is being restored
            empty=QCoreApplication.translate(
                "HistoryDialog", "Nothing has been saved for this answer yet."
            ),
            parent=parent,
        )
        self.store, self.key = store, key


def _group_name(store: EventStore, group_id: int) -> str:
    try:
        return store.group(group_id).name
    except KeyError:  # removed while the dialog was being opened
        return QCoreApplication.translate("HistoryDialog", "a removed organization")
