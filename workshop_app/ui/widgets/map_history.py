"""MapHistoryDialog: every saved version of one group's stakeholder map, newest first, with when
and from where it was saved and what was on it; "Restore this version" saves it again as a new
version (nothing is overwritten)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app import stakeholders as sh
from workshop_app.plan import Category
from workshop_app.store import EventStore, Saved, StoreError
from workshop_app.ui.widgets import local_time, named
from workshop_app.ui.widgets.history import SOURCES


class MapHistoryDialog(QDialog):
    def __init__(
        self,
        store: EventStore,
        group_id: int,
        cats: tuple[Category, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.group_id, self.cats = store, group_id, cats
        self.restored: Saved | None = None
        self.error = ""
        self.setWindowTitle(f"History — stakeholder map of {store.group(group_id).name}")
        self.resize(880, 440)
        self.versions = sh.history(store, group_id)
        self.list = named(QListWidget(), "Versions", "Every saved version, newest first")
        sources = {r.revision: r.source for r in store.record_history(group_id, sh.KIND)}
        for i, (revision, saved_at, items) in enumerate(self.versions):
            source = SOURCES.get(sources.get(revision, ""), sources.get(revision, ""))
            label = f"Version {revision} · {local_time(saved_at, True)} · {source} · {len(items)}"
            label += " (current)" if i == 0 else ""
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, revision)
            self.list.addItem(item)
        self.preview = named(QPlainTextEdit(), "The map in the selected version")
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
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._selected)
        if self.versions:
            self.list.setCurrentRow(0)
        self._selected(self.list.currentRow())

    def select_revision(self, revision: int) -> None:
        for row, (rev, _, _) in enumerate(self.versions):
            if rev == revision:
                self.list.setCurrentRow(row)
                return
        raise KeyError(revision)

    def _selected(self, row: int) -> None:
        ok = 0 <= row < len(self.versions)
        lines = []
        for n, s in enumerate(self.versions[row][2] if ok else [], 1):
            label = sh.category_label(self.cats, s.category)
            lines.append(
                f"{n}. {s.name} — {label}; influence {s.influence:g}, interest {s.interest:g}"
                f" ({s.quadrant_label})"
            )
        self.preview.setPlainText("\n".join(lines) if ok else "")
        self.restore_button.setEnabled(ok and row > 0)

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if row <= 0:
            return
        try:
            self.restored = sh.restore(self.store, self.group_id, self.versions[row][0])
        except StoreError as exc:
            self.error = str(exc)
            self.reject()
            return
        self.accept()
