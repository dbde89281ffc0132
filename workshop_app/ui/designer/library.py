"""Workshop plans: the shipped plans and the facilitator's own, with what can be done to each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app import plan_library
from workshop_app.plan_doc import PlanDocument
from workshop_app.plan_library import LibraryError, PlanEntry
from workshop_app.ui.designer.window import PlanDesigner
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.widgets import named

PLAN_FILTER = QT_TRANSLATE_NOOP("Interaction", "Workshop plans (*.toml);;All files (*)")
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanLibraryDialog", "Plan"),
    QT_TRANSLATE_NOOP("PlanLibraryDialog", "Stages"),
    QT_TRANSLATE_NOOP("PlanLibraryDialog", "Minutes"),
    QT_TRANSLATE_NOOP("PlanLibraryDialog", "Last changed"),
    QT_TRANSLATE_NOOP("PlanLibraryDialog", "State"),
)


class PlanLibraryDialog(QDialog):
    """File → Workshop plans…: duplicate, edit, import, export, delete, start an event."""

    def __init__(
        self,
        interaction: Interaction,
        new_event: Callable[[Path], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.interaction, self.new_event = interaction, new_event
        self.setWindowTitle(self.tr("Workshop plans"))
        named(self, self.tr("Workshop plans"))
        self.resize(860, 460)
        self.entries: list[PlanEntry] = []
        self.designer: PlanDesigner | None = None
        self.table = named(QTableWidget(0, len(COLUMNS)), self.tr("Plans"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.cellDoubleClicked.connect(lambda *_: self.edit())
        self.where = QLabel(
            self.tr("Your plans are kept in {folder}").format(folder=plan_library.user_plans_dir())
        )
        self.where.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text in (
            ("duplicate", self.tr("&Duplicate")),
            ("edit", self.tr("&Edit…")),
            ("new_event_from", self.tr("&New event from this plan…")),
            ("import_", self.tr("&Import…")),
            ("export", self.tr("E&xport…")),
            ("delete", self.tr("De&lete")),
        ):
            button = named(QPushButton(text), text.replace("&", "").rstrip("…"))
            button.clicked.connect(getattr(self, key))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.where)
        layout.addLayout(row)
        self.refill()

    # -- the list -----------------------------------------------------------------------------

    def refill(self, select: Path | None = None) -> None:
        self.entries = plan_library.entries()
        self.table.setRowCount(len(self.entries))
        chosen = 0
        for r, e in enumerate(self.entries):
            state = self.tr("shipped (read-only)") if e.shipped else self.tr("ready")
            if not e.shipped and not e.usable:
                if e.problems == 1:
                    state = self.tr("draft: 1 problem")
                else:
                    state = self.tr("draft: {count} problems").format(count=e.problems)
            cells = (
                e.title,
                str(e.stages),
                str(e.minutes),
                e.changed.strftime("%Y-%m-%d %H:%M"),  # the same in every language
                state,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(e.path) if c == 0 else text)
                if c in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
            if select is not None and e.path == select:
                chosen = r
        if self.entries:
            self.table.selectRow(chosen)
        self._enable()

    def current(self) -> PlanEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _enable(self) -> None:
        e = self.current()
        own = e is not None and not e.shipped
        self.buttons["duplicate"].setEnabled(e is not None)
        self.buttons["export"].setEnabled(e is not None)
        self.buttons["edit"].setEnabled(own)
        self.buttons["delete"].setEnabled(own)
        usable = e is not None and e.usable and self.new_event is not None
        self.buttons["new_event_from"].setEnabled(usable)
        self.buttons["edit"].setToolTip(
            ""
            if own or e is None
            else self.tr("A shipped plan is read-only: duplicate it to edit it.")
        )
        self.buttons["new_event_from"].setToolTip(
            ""
            if usable or e is None
            else self.tr("Fix this plan's problems first (Edit… lists them).")
        )

    # -- actions ------------------------------------------------------------------------------

    def duplicate(self) -> PlanEntry | None:
        e = self.current()
        if e is None:
            return None
        target = plan_library.duplicate(e)
        self.refill(target)
        return self.current()

    def edit(self) -> PlanDesigner | None:
        e = self.current()
        if e is None or e.shipped:
            return None
        self.designer = PlanDesigner(PlanDocument.open(e.path), self.interaction, self)
        self.designer.saved.connect(lambda path: self.refill(path))
        self.designer.show()
        return self.designer

    def new_event_from(self) -> None:
        e = self.current()
        if e is not None and e.usable and self.new_event is not None:
            self.accept()
            self.new_event(e.path)

    def import_(self) -> None:
        path = self.interaction.open_path(
            self.tr("Import a workshop plan"), Path.home(), PLAN_FILTER
        )
        if path is None:
            return
        try:
            target = plan_library.import_plan(path)
        except LibraryError as exc:
            self.interaction.warn(self.tr("Not imported"), str(exc))
            return
        self.refill(target)

    def export(self) -> None:
        e = self.current()
        if e is None:
            return
        target = self.interaction.save_path(
            self.tr("Export a workshop plan"), Path.home() / e.path.name, PLAN_FILTER
        )
        if target is None:
            return
        try:
            written = plan_library.export_plan(e, target)
        except OSError as exc:
            self.interaction.warn(
                self.tr("Not exported"),
                self.tr("The plan could not be written: {problem}").format(
                    problem=exc.strerror or exc
                ),
            )
            return
        self.interaction.inform(
            self.tr("Plan exported"), self.tr("Wrote {written}.").format(written=written)
        )

    def delete(self) -> None:
        e = self.current()
        if e is None or e.shipped:
            return
        if not self.interaction.confirm(
            self.tr("Delete plan"),
            self.tr("Delete your plan “{title}”? Events made from it keep their copy.").format(
                title=e.title
            ),
            self.tr("Delete"),
            default="no",
        ):
            return
        try:
            plan_library.delete(e)
        except (LibraryError, OSError) as exc:
            self.interaction.warn(self.tr("Not deleted"), str(exc))
            return
        self.refill()
