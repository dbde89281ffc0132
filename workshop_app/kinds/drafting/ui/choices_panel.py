"""ChoicesPanel: the drafting stage's choice lists as ticks (plus "other" text where allowed).

Emits `changed(Choices)` whenever a tick changes or an "other" field is left; `set_choices`
shows a group's saved choices without emitting. An option that goes alone ("None or not sure")
clears its list's other ticks when ticked, and is cleared when another is ticked; a line under
the list says what was unticked. An "other" text, once saved (the page calls `saved`), is said
under its field ("Saved: Other — Nextdoor"), as the participant page names it.

The lists take their whole height in the stage page, which is the one thing that scrolls: in a
box of their own, the wheel over them scrolled the box and the page seemed stuck. On a wide page
each list's ticks are set in two or three columns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.drafting.clauses import Choices, exclusive_options
from workshop_app.plan import Stage
from workshop_app.ui.widgets import load_line, named
from workshop_app.ui.widgets.wrapping_check import WrappingCheckBox

MAX_COLUMNS = 3
COLUMN_CHARS = 50  # a column of ticks is at least this many average characters wide


class ChoicesPanel(QWidget):
    changed = Signal(object)  # Choices

    def __init__(self, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        named(
            self,
            self.tr("Choices"),
            self.tr("What the policy covers; the ticks decide which clauses are proposed"),
        )
        self.stage = stage
        self.boxes: dict[str, QCheckBox] = {}
        self.others: dict[str, QLineEdit] = {}
        self._where: dict[str, str] = {}
        self._choices = Choices()
        self._exclusive = exclusive_options(stage)
        self.cleared: dict[str, QLabel] = {}  # per list: what a tick just unticked
        self.other_saved: dict[str, QLabel] = {}  # per list: its "other" text, once saved
        self._typed_other: str | None = None  # the list whose "other" text is being saved
        self._lists: list[tuple[QGridLayout, list[QCheckBox]]] = []  # each list's ticks
        self._columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for choice in stage.choices:
            group = QGroupBox(choice.label)
            column = QVBoxLayout(group)
            grid = QGridLayout()
            grid.setVerticalSpacing(2)
            column.addLayout(grid)
            boxes = []
            for i, option in enumerate(choice.options):
                box = named(WrappingCheckBox(option.label), option.label)  # wraps, never wide
                box.toggled.connect(lambda on, c=choice.id, o=option.id: self._toggled(c, o, on))
                grid.addWidget(box, i, 0)  # in the group now: Tab reaches it before "Other"
                boxes.append(box)
                self.boxes[option.id] = box
                self._where[option.id] = choice.id
            self._lists.append((grid, boxes))
            if choice.allow_other:
                other = named(
                    QLineEdit(),
                    self.tr("Other: {label}").format(label=choice.label),
                    self.tr("Anything missing from the list"),
                )
                other.setPlaceholderText(self.tr("Other (type and press Enter)"))
                other.editingFinished.connect(lambda c=choice.id: self._other(c))
                form = QFormLayout()
                form.addRow(self.tr("Other:"), other)
                column.addLayout(form)
                self.others[choice.id] = other
                said = named(QLabel(""), self.tr("Other, saved"))
                said.setTextFormat(Qt.TextFormat.PlainText)
                said.setWordWrap(True)
                said.hide()
                column.addWidget(said)
                self.other_saved[choice.id] = said
            if self._exclusive.get(choice.id):
                note = named(QLabel(""), self.tr("Unticked"))
                note.setWordWrap(True)
                note.hide()
                column.addWidget(note)
                self.cleared[choice.id] = note
            layout.addWidget(group)
        layout.addStretch(1)
        self._arrange(1)

    def columns(self) -> int:
        return self._columns

    def _arrange(self, columns: int) -> None:
        """Each list's ticks down `columns` columns, in order down the first, then the next
        (as Tab goes through them)."""
        self._columns = columns
        for grid, boxes in self._lists:
            rows = -(-len(boxes) // columns)
            for box in boxes:
                grid.removeWidget(box)
            for i, box in enumerate(boxes):
                grid.addWidget(box, i % rows, i // rows)
            for c in range(MAX_COLUMNS):
                grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a wide page sets the ticks in columns: one long column pushed the prompts far down
        column = COLUMN_CHARS * self.fontMetrics().averageCharWidth()
        wanted = max(1, min(MAX_COLUMNS, self.width() // max(1, column)))
        if wanted != self._columns:
            self._arrange(wanted)

    def choices(self) -> Choices:
        return self._choices

    def set_choices(self, choices: Choices) -> None:
        if choices.chosen() != self._choices.chosen():  # another group, or another device
            for note in self.cleared.values():
                note.hide()
        for list_id, said in self.other_saved.items():
            if choices.other.get(list_id, "") != self._choices.other.get(list_id, ""):
                said.hide()  # another group's, or changed on a device
        self._choices = choices
        chosen = choices.chosen()
        for option_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(option_id in chosen)
            box.blockSignals(False)
        for list_id, line in self.others.items():
            line.blockSignals(True)
            load_line(line, choices.other.get(list_id, ""))
            line.blockSignals(False)

    def tick(self, option_id: str, on: bool = True) -> None:
        """Tick or untick one option, as a click would."""
        self.boxes[option_id].setChecked(on)

    def _toggled(self, list_id: str, option_id: str, on: bool) -> None:
        exclusive = self._exclusive.get(list_id, frozenset())
        before = set(self._choices.selected.get(list_id, ()))
        self._choices = self._choices.toggled(list_id, option_id, on, exclusive)
        gone = before - set(self._choices.selected.get(list_id, ())) - {option_id}
        for other in gone:
            box = self.boxes[other]
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        note = self.cleared.get(list_id)
        if note is not None:
            labels = [self.boxes[o].text() for o in self.boxes if o in gone]
            note.setText(
                self.tr('Unticked: {0} (it does not go with "{1}").').format(
                    ", ".join(f'"{label}"' for label in labels), self.boxes[option_id].text()
                )
                if labels
                else ""
            )
            note.setVisible(bool(labels))
        self.changed.emit(self._choices)

    def _other(self, list_id: str) -> None:
        value = self.others[list_id].text()
        if value != self._choices.other.get(list_id, ""):
            self._choices = self._choices.with_other(list_id, value)
            self._typed_other = list_id
            try:
                self.changed.emit(self._choices)
            finally:
                self._typed_other = None

    def forget_saved(self) -> None:
        """Another group is shown: no "Saved: Other …" line of the last one stays."""
        for said in self.other_saved.values():
            said.hide()

    def saved(self) -> None:
        """The choices were saved: an "other" text just typed is said under its field."""
        list_id = self._typed_other
        if list_id is None:
            return
        value = self._choices.other.get(list_id, "").strip()
        said = self.other_saved[list_id]
        said.setText(
            self.tr("Saved: Other — {text}").format(text=value)
            if value
            else self.tr("Saved: no other")
        )
        said.show()
