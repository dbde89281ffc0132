"""Forms built from the plan document itself: one editor per key, nested lists with their own.

A table's form shows its keys in the file's order, each with the editor its value calls for
(a line, a paragraph, a number, a tick, a list of lines), plus the optional keys a plan of that
shape may add. Arrays of tables (prompts, categories, clauses, choice options…) get a list with
Add, Remove, Up and Down and the selected entry's form beside it. Nothing here knows a stage kind:
a kind's own settings appear because they are in the file, in the form the file gives them.

Every editor registers under its key path (``stages[2].prompts[1].text``); the designer puts the
validator's message for that path right under it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app import kinds
from workshop_app.plan import ANSWER_SIZES, STAGE_KINDS
from workshop_app.plan_doc import PlanDocument
from workshop_app.ui.widgets import named

# keys whose text is a paragraph rather than a line
PARAGRAPHS = {"help", "body", "why", "facilitator_notes", "examples", "summary"}
# keys offered even when the file does not have them yet, by the list they belong to
OPTIONAL = {
    "stage": ["optional", "facilitator_notes"],
    "prompts": ["help", "size"],
    "categories": ["examples"],
}
CHOICES = {
    "kind": STAGE_KINDS,
    "size": ANSWER_SIZES,
    **{key: words for k in kinds.KINDS for key, words in k.plan.choices.items()},
}
TICKS = {"core", "allow_other", "optional"}  # yes-or-no keys, shown as a tick also when absent
LABELS = {
    "id": QT_TRANSLATE_NOOP("PlanForm", "Id"),
    "kind": QT_TRANSLATE_NOOP("PlanForm", "Kind"),
    "title": QT_TRANSLATE_NOOP("PlanForm", "Title"),
    "minutes": QT_TRANSLATE_NOOP("PlanForm", "Planned minutes"),
    "optional": QT_TRANSLATE_NOOP("PlanForm", "Optional (if there is time)"),
    "facilitator_notes": QT_TRANSLATE_NOOP("PlanForm", "Facilitator notes"),
    "objectives": QT_TRANSLATE_NOOP("PlanForm", "Objectives (one per line)"),
    "steps": QT_TRANSLATE_NOOP("PlanForm", "Steps (one per line)"),
    "roles": QT_TRANSLATE_NOOP("PlanForm", "Roles (ids, one per line)"),
    "tags": QT_TRANSLATE_NOOP("PlanForm", "Tags (option ids, one per line)"),
    "options": QT_TRANSLATE_NOOP("PlanForm", "Options"),
    "choices": QT_TRANSLATE_NOOP("PlanForm", "Choice lists"),
    "clauses": QT_TRANSLATE_NOOP("PlanForm", "Clause library"),
    "categories": QT_TRANSLATE_NOOP("PlanForm", "Stakeholder categories"),
    "prompts": QT_TRANSLATE_NOOP("PlanForm", "Prompts"),
    "text": QT_TRANSLATE_NOOP("PlanForm", "Question"),
    "help": QT_TRANSLATE_NOOP("PlanForm", "Help text"),
    "size": QT_TRANSLATE_NOOP("PlanForm", "Answer size"),
    "label": QT_TRANSLATE_NOOP("PlanForm", "Label"),
    "examples": QT_TRANSLATE_NOOP("PlanForm", "Examples"),
    "body": QT_TRANSLATE_NOOP("PlanForm", "Text ({org} is the organization's name)"),
    "why": QT_TRANSLATE_NOOP("PlanForm", "Why (the guidance behind it)"),
    "core": QT_TRANSLATE_NOOP("PlanForm", "Always proposed (core clause)"),
    "allow_other": QT_TRANSLATE_NOOP("PlanForm", "Offer a free-text “other”"),
    "action_prompt": QT_TRANSLATE_NOOP("PlanForm", "Question that becomes action items (its id)"),
    "summary": QT_TRANSLATE_NOOP("PlanForm", "Summary"),
    "version": QT_TRANSLATE_NOOP("PlanForm", "Version"),
    "language": QT_TRANSLATE_NOOP("PlanForm", "Language"),
    "languages": QT_TRANSLATE_NOOP("PlanForm", "Languages (one per line)"),
    "region": QT_TRANSLATE_NOOP("PlanForm", "Region of a new event (a region's id)"),
    "regions": QT_TRANSLATE_NOOP(
        "PlanForm", "Versions per region (the laws and guidance of where groups work)"
    ),
    "plan_regions": QT_TRANSLATE_NOOP(
        "PlanForm", "Regions (where groups work; a clause's notes may differ by region)"
    ),
    "exclusive": QT_TRANSLATE_NOOP(
        "PlanForm", "Goes alone (ticking it clears the list's other ticks)"
    ),
}
LIST_LABELS = {
    "roles": QT_TRANSLATE_NOOP("PlanForm", "Roles")
}  # the stage's list of roles, not a clause's role ids
SKIP = {"translations"}  # translations have their own editor-free round trip: kept as they are


def label_for(key: str) -> str:
    """The field's label in the console's language (a key no label names: the key itself)."""
    if key in LABELS:
        return QCoreApplication.translate("PlanForm", LABELS[key])
    return key.replace("_", " ").capitalize()


def entry_title(table: dict) -> str:
    for key in ("title", "text", "label", "who"):
        value = table.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip().splitlines()[0]
    return str(table.get("id", "(new)"))


class Fields:
    """Where every editor and error label of the open forms is, by key path."""

    def __init__(self) -> None:
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def flush(self) -> None:
        """Write every paragraph still waiting for its pause in typing (before a save)."""
        for editor in list(self.editors.values()):
            for timer in editor.findChildren(QTimer):
                if timer.isActive():
                    timer.stop()
                    timer.timeout.emit()

    def clear_under(self, prefix: str) -> None:
        for store in (self.editors, self.errors):
            for path in [p for p in store if p == prefix or p.startswith(prefix)]:
                del store[path]


class TableForm(QWidget):
    """The form of one table of the plan document at `path` ("" is never used: see workshop)."""

    def __init__(
        self,
        doc: PlanDocument,
        path: str,
        fields: Fields,
        changed: Callable[[], None],
        shape: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.doc, self.path, self.fields, self.changed = doc, path, fields, changed
        table = doc.get(path) or {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        keys = [k for k in table if k not in SKIP]
        keys += [k for k in OPTIONAL.get(shape, []) if k not in keys]
        for key in keys:
            value = table.get(key)
            where = f"{path}.{key}"
            if _is_tables(value):
                box = QGroupBox(
                    QCoreApplication.translate("PlanForm", LIST_LABELS[key])
                    if key in LIST_LABELS
                    else label_for(key)
                )
                inner = QVBoxLayout(box)
                inner.addWidget(ListEditor(doc, where, fields, changed, key))
                layout.addRow(box)
                continue
            if isinstance(value, dict):
                box = QGroupBox(label_for(key))
                inner = QVBoxLayout(box)
                inner.addWidget(TableForm(doc, where, fields, changed, key))
                layout.addRow(box)
                continue
            editor = self._editor(key, value, where)
            error = _error_label()
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            layout.addRow(label_for(key) + ":", holder)
            fields.editors[where] = editor
            fields.errors[where] = error

    def _editor(self, key: str, value: Any, where: str) -> QWidget:
        name = f"{label_for(key)} ({where})"
        if key in CHOICES:
            box = named(QComboBox(), name)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.addItems(list(CHOICES[key]))
            if isinstance(value, str):
                box.setCurrentText(value)
            else:
                box.setCurrentIndex(-1)
            box.currentTextChanged.connect(lambda v, w=where: self._set(w, v))
            return box
        if isinstance(value, bool) or key in TICKS:
            tick = named(QCheckBox(), name)
            tick.setChecked(bool(value))
            tick.toggled.connect(lambda v, w=where: self._set(w, v))
            return tick
        if isinstance(value, int):
            spin = named(QSpinBox(), name)
            spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            spin.setRange(0, 10_000)
            spin.setValue(value)
            spin.valueChanged.connect(lambda v, w=where: self._set(w, v))
            return spin
        if isinstance(value, list) or key in ("objectives", "steps", "roles", "tags"):
            edit = named(QPlainTextEdit("\n".join(str(v) for v in value or [])), name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(90)
            self._debounced(edit, where, lambda e=edit: _lines(e.toPlainText()))
            return edit
        if key in PARAGRAPHS:
            edit = named(QPlainTextEdit(str(value or "")), name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80 if key != "body" else 110)
            self._debounced(edit, where, lambda e=edit: e.toPlainText().strip())
            return edit
        line = named(QLineEdit(str(value or "")), name)
        line.textEdited.connect(lambda v, w=where: self._set(w, v.strip()))
        return line

    def _debounced(self, edit: QPlainTextEdit, where: str, value: Callable[[], Any]) -> None:
        timer = QTimer(edit)
        timer.setSingleShot(True)
        timer.setInterval(300)
        timer.timeout.connect(lambda: self._set(where, value()))
        edit.textChanged.connect(timer.start)

    def _set(self, where: str, value: Any) -> None:
        self.doc.set(where, value)
        self.changed()


class ListEditor(QWidget):
    """An array of tables: its entries, Add / Remove / Up / Down, and the selected one's form."""

    def __init__(
        self,
        doc: PlanDocument,
        path: str,
        fields: Fields,
        changed: Callable[[], None],
        shape: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.doc, self.path, self.fields, self.changed, self.shape = (
            doc,
            path,
            fields,
            changed,
            shape,
        )
        self.list = named(
            QListWidget(),
            label_for(shape),
            self.tr("The {what} of {path}").format(what=label_for(shape).lower(), path=path),
        )
        self.list.setMaximumHeight(150)
        self.list.currentRowChanged.connect(self._show)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("add", self.tr("Add")),
            ("remove", self.tr("Remove")),
            ("up", self.tr("Up")),
            ("down", self.tr("Down")),
        ):
            button = named(QPushButton(text), f"{text} ({label_for(shape).lower()})")
            button.clicked.connect(getattr(self, key))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.form_holder = QVBoxLayout()
        self.error = _error_label()
        fields.errors[path] = self.error  # problems of entries not open right now show here
        fields.editors[path] = self.list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addLayout(self.form_holder)
        self.form: TableForm | None = None
        self.refill(0)

    def entries(self) -> list[dict]:
        return self.doc.get(self.path) or []

    def refill(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, table in enumerate(self.entries()):
            item = QListWidgetItem(f"{i + 1}. {entry_title(table)}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(max(0, min(select, self.list.count() - 1)))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if self.form is not None:
            self.fields.clear_under(f"{self.path}[")
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        if row < 0:
            return
        self.form = TableForm(
            self.doc, f"{self.path}[{row}]", self.fields, self._changed, self.shape
        )
        self.form_holder.addWidget(self.form)
        if self.isVisible():  # added to a shown list: show it now (else it shows with the list)
            self.form.show()

    def _changed(self) -> None:
        row = self.list.currentRow()
        item = self.list.item(row)
        if item is not None:
            item.setText(f"{row + 1}. {entry_title(self.entries()[row])}")
        self.changed()

    def add(self) -> None:
        siblings = self.entries()
        template = _blank_like(siblings[0] if siblings else {"id": "", "label": ""})
        if "id" in template:
            template["id"] = self.doc.unique_id(self.path, "new")
        row = self.list.currentRow()
        at = self.doc.add(self.path, template, row + 1 if row >= 0 else None)
        self.refill(at)
        self.changed()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.doc.remove(self.path, row)
        self.refill(row)
        self.changed()

    def up(self) -> None:
        self._move(-1)

    def down(self) -> None:
        self._move(1)

    def _move(self, by: int) -> None:
        row = self.list.currentRow()
        to = row + by
        if row < 0 or not 0 <= to < self.list.count():
            return
        self.doc.move(self.path, row, to)
        self.refill(to)
        self.changed()


def _error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setStyleSheet("color: #b00020;")
    error.hide()
    return error


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _blank_like(table: dict) -> dict:
    """A new entry with the same keys as its sibling, texts empty for the facilitator to fill."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, bool):
            out[key] = False
        elif isinstance(value, int):
            out[key] = value
        elif key == "size":
            out[key] = "medium"
        elif isinstance(value, str):
            out[key] = ""
        elif _is_tables(value):
            continue  # a nested list starts empty; the validator says when one is needed
        elif isinstance(value, list):
            out[key] = []
    return out
