"""ClauseList: a draft's clauses in order, each with a tick for "included" and its marks
(edited, no longer proposed, kept, the group's own). Items carry the clause's key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from workshop_app.kinds.drafting.clauses import (
    KEPT,
    OWN,
    STATUS_LABELS,
    WITHDRAWN,
    Draft,
    DraftClause,
)
from workshop_app.plan import Stage
from workshop_app.ui.widgets import named

KEY = Qt.ItemDataRole.UserRole
WITHDRAWN_INK = "#9a5b00"


class ClauseList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, self.tr("Clauses"), self.tr("Tick to include; Alt+Up and Alt+Down reorder"))
        # a long title (the group's own clause) wraps inside the pane instead of scrolling it
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fill(self, draft: Draft, stage: Stage, org: str) -> None:
        """Show `draft` (signals blocked; the caller selects a row afterwards)."""
        self.blockSignals(True)
        self.clear()
        for c in draft.clauses:
            item = QListWidgetItem()
            item.setData(KEY, c.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.included else Qt.CheckState.Unchecked)
            self.decorate(item, c, draft.title_of(c, stage, org))
            self.addItem(item)
        self.blockSignals(False)

    @staticmethod
    def decorate(item: QListWidgetItem, c: DraftClause, title: str) -> None:
        marks = ["edited"] if c.edited else []
        if c.status in (WITHDRAWN, OWN, KEPT):
            marks.append(STATUS_LABELS[c.status])
        item.setText(title + (f"  ({', '.join(marks)})" if marks else ""))
        item.setToolTip(c.reason or STATUS_LABELS.get(c.status, ""))
        if c.status == WITHDRAWN:
            item.setForeground(QBrush(QColor(WITHDRAWN_INK)))

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(KEY) == key:
                return self.item(row)
        return None

    def row_of(self, key: str | None) -> int:
        item = self.item_for(key) if key else None
        return self.row(item) if item is not None else 0

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY) if item else None
