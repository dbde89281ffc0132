"""ClauseList: a draft's clauses in order, each with a tick for "included" and its marks
(edited, no longer proposed, kept, the group's own), in the console's language. Items carry the
clause's key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
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
from workshop_app.ui.i18n import core_text
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

    def fill(
        self,
        draft: Draft,
        stage: Stage,
        org: str,
        reason: Callable[[DraftClause], str] = lambda c: c.reason,
    ) -> None:
        """Show `draft` (signals blocked; the caller selects a row afterwards); `reason` says
        why a clause is there (its tooltip)."""
        self.blockSignals(True)
        self.clear()
        for c in draft.clauses:
            item = QListWidgetItem()
            item.setData(KEY, c.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.included else Qt.CheckState.Unchecked)
            self.decorate(item, c, draft.title_of(c, stage, org), reason(c))
            self.addItem(item)
        self.blockSignals(False)

    @staticmethod
    def decorate(item: QListWidgetItem, c: DraftClause, title: str, reason: str = "") -> None:
        """The clause's title and its marks, "Messaging and texting (edited)"."""
        marks = [QCoreApplication.translate("ClauseList", "edited")] if c.edited else []
        if c.status in (WITHDRAWN, OWN, KEPT):
            marks.append(core_text(STATUS_LABELS[c.status]))
        if marks:
            title = QCoreApplication.translate("ClauseList", "{title} ({marks})").format(
                title=title, marks=", ".join(marks)
            )
        item.setText(title)
        status = STATUS_LABELS.get(c.status)
        item.setToolTip(reason or (core_text(status) if status else ""))
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
