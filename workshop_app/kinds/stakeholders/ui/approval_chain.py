"""The approval chain editor: ordered steps, each with who/role, status and a note.

Reorder by dragging a step or with Alt+Up/Alt+Down; change the status with the list beside it;
add and remove steps. Every change is reported with `changed(list[ApprovalStep])`; the page
saves it and may call `set_steps` again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.text import InputError
from workshop_app.ui.i18n import core_text
from workshop_app.ui.widgets import load_line

STATUS_MARKS = {"not_asked": "○", "asked": "…", "approved": "✓", "declined": "✗"}


class ChainList(QListWidget):
    """A list whose rows move with drag and drop or Alt+Up/Down."""

    move_requested = Signal(int, int)  # row, delta

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(self.currentRow(), -1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class ApprovalChainEditor(QWidget):
    changed = Signal(list)  # list[ApprovalStep]
    problem = Signal(str)  # a message for the person who typed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._steps: list[sh.ApprovalStep] = []
        self._filling = False
        self.list = ChainList(self)
        self.list.setAccessibleName(self.tr("Approval chain"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(
            self.tr("Drag a step, or press Alt+Up / Alt+Down, to change the order")
        )
        self.list.model().rowsMoved.connect(self._dropped)
        self.list.move_requested.connect(self.move)
        self.list.currentRowChanged.connect(self._show_current)

        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Person or role"))
        self.who.setAccessibleName(self.tr("Who signs off at this step (person or role)"))
        self.who.editingFinished.connect(self._edit_current)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status of the approval step"))
        for key, label in sh.STATUS_LABELS.items():
            self.status.addItem(core_text(label), key)
        self.status.activated.connect(self._edit_current)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the approval step"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.editingFinished.connect(self._edit_current)

        self.add_button = QPushButton(self.tr("Add step"), self)
        self.add_button.setAccessibleName(self.tr("Add an approval step"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(self.tr("Remove step"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the approval step"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip("Alt+Up")
        self.up_button.setAccessibleName(self.tr("Move the approval step up"))
        self.up_button.clicked.connect(lambda: self.move(self.list.currentRow(), -1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip("Alt+Down")
        self.down_button.setAccessibleName(self.tr("Move the approval step down"))
        self.down_button.clicked.connect(lambda: self.move(self.list.currentRow(), 1))

        title = QLabel(
            self.tr("<b>Approval chain</b> — in the order sign-off really happens"), self
        )
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.who)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Note"), self.note)
        buttons = QGridLayout()
        for i, b in enumerate(
            (self.add_button, self.remove_button, self.up_button, self.down_button)
        ):
            buttons.addWidget(b, i // 2, i % 2)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        self._enable()

    # -- showing -----------------------------------------------------------------------------

    def steps(self) -> list[sh.ApprovalStep]:
        return list(self._steps)

    def set_steps(self, steps: list[sh.ApprovalStep], current: int | None = None) -> None:
        row = self.list.currentRow() if current is None else current
        self._steps = list(steps)
        self._filling = True
        self.list.blockSignals(True)
        self.list.clear()
        for i, step in enumerate(self._steps, 1):
            text = f"{i}. {STATUS_MARKS[step.status]} {step.who} — {core_text(step.status_label)}"
            if step.note:
                text += f" ({step.note})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filling = False
        if self._steps:
            self.list.setCurrentRow(max(0, min(row, len(self._steps) - 1)))
        self._show_current()

    def _show_current(self, *_: object) -> None:
        row = self.list.currentRow()
        step = self._steps[row] if 0 <= row < len(self._steps) else None
        for w in (self.who, self.note):
            w.blockSignals(True)
        load_line(self.who, step.who if step else "")
        load_line(self.note, step.note if step else "")
        self.status.setCurrentIndex(sh.STATUSES.index(step.status) if step else 0)
        for w in (self.who, self.note):
            w.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        has = 0 <= self.list.currentRow() < len(self._steps)
        for w in (
            self.who,
            self.status,
            self.note,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            w.setEnabled(has)

    # -- editing -----------------------------------------------------------------------------

    def _emit(self, steps: list[sh.ApprovalStep], current: int) -> None:
        self.set_steps(steps, current)
        self.changed.emit(self.steps())

    def move(self, row: int, delta: int) -> None:
        if not 0 <= row < len(self._steps):
            return
        steps, target = sh.move_step(self._steps, row, delta)
        if target != row:
            self._emit(steps, target)
        self.list.setFocus()

    def _dropped(self, *_: object) -> None:
        if self._filling:
            return
        by_id = {s.id: s for s in self._steps}
        order = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        steps = [by_id[i] for i in order if i in by_id]
        if [s.id for s in steps] != [s.id for s in self._steps]:
            self._emit(steps, self.list.currentRow())

    def _edit_current(self, *_: object) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._steps):
            return
        old = self._steps[row]
        try:
            new = sh.validate_step(
                {
                    "who": self.who.text(),
                    "status": self.status.currentData(),
                    "note": self.note.text(),
                    "id": old.id,
                }
            )
        except InputError as exc:
            self.problem.emit(str(exc))
            self._show_current()
            return
        if new != old:
            steps = list(self._steps)
            steps[row] = new
            self._emit(steps, row)

    def add_step(self) -> None:
        steps = [*self._steps, sh.ApprovalStep(self.tr("New step"))]
        self._emit(steps, len(steps) - 1)
        self.who.setFocus()
        self.who.selectAll()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._steps):
            steps = self._steps[:row] + self._steps[row + 1 :]
            self._emit(steps, min(row, len(steps) - 1))
