"""RosterPreviewDialog: every line of a roster CSV with its verdict, before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.roster import RosterLine
from workshop_app.ui.widgets import named

BAD = QColor("#fde0dc")
MAX_COLUMN = 220  # px: wider names and contacts are cut short, in full in their tooltip
NOT_GIVEN = "—"  # a line without a size


def organizations(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("RosterPreviewDialog", "1 organization")
    return QCoreApplication.translate("RosterPreviewDialog", "{count} organizations").format(
        count=count
    )


class RosterPreviewDialog(QDialog):
    def __init__(self, file_name: str, lines: list[RosterLine], parent: QWidget | None = None):
        super().__init__(parent)
        self.lines = lines
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        named(self, self.tr("Preview of {file}").format(file=file_name))
        self.resize(760, 420)
        good = [line for line in lines if line.ok]
        bad = len(lines) - len(good)
        summary = self.tr("{organizations} will be added.").format(
            organizations=organizations(len(good))
        )
        if bad == 1:
            summary += self.tr(" 1 line marked in red will be skipped.")
        elif bad:
            summary += self.tr(" {count} lines marked in red will be skipped.").format(count=bad)
        self.summary = named(
            QLabel(summary + self.tr(" Nothing is saved until you confirm.")), self.tr("Summary")
        )
        self.summary.setWordWrap(True)
        self.table = named(QTableWidget(len(lines), 5), self.tr("Roster lines"))
        columns = [self.tr("Line"), self.tr("Name"), self.tr("Contact"), self.tr("Size")]
        columns.append(self.tr("Check"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setTabKeyNavigation(False)  # Tab reaches the Add and Cancel buttons
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, line in enumerate(lines):
            values = [
                str(line.line),
                line.name,
                line.contact,
                line.size_text or NOT_GIVEN,
                self.tr("Will be added")
                if line.ok
                else self.tr("Skipped: {problem}").format(problem=line.problem),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # the whole text, where the column cuts it short
                # a screen reader names each cell with its line: "Line 3, contact: none"
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Line {number}, {column}: {value}").format(
                        number=line.line,
                        column=columns[column].lower(),
                        value=self.tr("none") if value in ("", NOT_GIVEN) else value,
                    ),
                )
                if not line.ok:
                    item.setBackground(QBrush(BAD))
                    item.setForeground(QBrush(QColor("#1a1a1a")))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in (1, 2, 3):  # a very long name or contact must not push the reasons away
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # a file of names and contacts only: no column of dashes
        self.table.setColumnHidden(3, not any(line.size_text for line in lines))
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(
            self.tr("Add {organizations}").format(organizations=organizations(len(good))),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        named(self.add_button, self.tr("Add the organizations marked OK"))
        self.add_button.setEnabled(bool(good))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def problems(self) -> dict[int, str]:
        """Line number → why it is skipped, as the preview shows it."""
        return {line.line: line.problem for line in self.lines if not line.ok}
