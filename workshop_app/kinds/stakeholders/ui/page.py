"""The stakeholder stage's extra in the console: a group's stakeholders as a list and as a power ×
interest canvas that stay in step, and its approval chain.

Keyboard first: type a name and press Enter to add a stakeholder; Delete removes the selected
one and Ctrl+Z (or "Undo delete") brings it back; on the canvas the arrow keys move the selected
marker (Shift for fine steps). Every change is saved at once as the group's "stakeholders" or
"approval_chain" record, with history; changes from a participant's browser reload the page.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.ui.approval_chain import ApprovalChainEditor
from workshop_app.kinds.stakeholders.ui.canvas import StakeholderCanvas
from workshop_app.kinds.stakeholders.ui.map_accessible import describe
from workshop_app.plan import Stage
from workshop_app.store import StoreError
from workshop_app.text import InputError
from workshop_app.ui.context import tell_not_saved
from workshop_app.ui.i18n import core_text
from workshop_app.ui.widgets import load_line
from workshop_app.ui.widgets.reflow import fit_splitter
from workshop_app.ui.widgets.replaced import replaced_by_device, revision_of, theirs_text

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext


class StakeholderEditor(QWidget):
    def __init__(self, ctx: AppContext, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.stage = ctx, stage
        self.cats = sh.categories(stage)
        self.group_id: int | None = None
        self.items: list[sh.Stakeholder] = []
        self.deleted: list[tuple[int, sh.Stakeholder]] = []
        self.revision = self.chain_revision = 0  # of the map and chain shown: saves say so
        self._build()
        self.setMinimumHeight(820)  # in the console's scrolling page: room for a readable map
        ctx.changes.changed.connect(self._store_changed)
        self.set_group(None)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("New stakeholder's name, then Enter"))
        self.new_name.setAccessibleName(self.tr("New stakeholder's name"))
        self.new_name.returnPressed.connect(self.add_from_field)
        self.new_category = self._category_box(self.tr("New stakeholder's category"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the new stakeholder"))
        self.add_button.clicked.connect(self.add_from_field)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Stakeholders"))
        self.list.currentRowChanged.connect(self._list_selected)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Stakeholder's name"))
        self.name.editingFinished.connect(self.apply_form)
        self.category = self._category_box(self.tr("Stakeholder's category"))
        self.category.activated.connect(self.apply_form)
        self.influence = self._axis_box(self.tr("Influence (power), 0–100"))
        self.interest = self._axis_box(self.tr("Interest, 0–100"))
        self.quadrant = QLabel(self)
        self.quadrant.setAccessibleDescription(self.tr("Stakeholder's quadrant"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the stakeholder"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.editingFinished.connect(self.apply_form)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected stakeholder"))
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setToolTip("Ctrl+Z")
        self.undo_button.setAccessibleName(self.tr("Undo deleting the stakeholder"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setToolTip(self.tr("Earlier versions of this map; restore one"))
        self.history_button.setAccessibleName(self.tr("History of the stakeholder map"))
        self.history_button.clicked.connect(self.show_history)
        self.show_button = QPushButton(self.tr("Show map on projector"), self)
        self.show_button.setAccessibleName(
            self.tr("Show this organization's stakeholder map on the projector")
        )
        self.show_button.clicked.connect(self.show_on_screen)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.canvas = StakeholderCanvas(self)
        self.canvas.moved.connect(self.move)
        self.canvas.selected.connect(self.select)
        self.chain = ApprovalChainEditor(self)
        self.chain.changed.connect(self._chain_changed)
        self.chain.problem.connect(self.message.setText)

        # key presses rather than QShortcuts: they work the same whether or not the window is active
        self.list.installEventFilter(self)
        self.canvas.installEventFilter(self)
        self.canvas.viewport().installEventFilter(self)
        self.new_category.installEventFilter(self)  # Enter there adds, as in the name field

        adder = QHBoxLayout()
        adder.addWidget(self.new_name, 2)
        adder.addWidget(self.new_category, 1)
        adder.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Influence"), self.influence)
        form.addRow(self.tr("Interest"), self.interest)
        form.addRow(self.tr("Quadrant"), self.quadrant)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Stakeholders</b>"), left))
        column.addLayout(adder)
        column.addWidget(self.list, 1)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.message)

        top = self.panes = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(self.canvas)
        top.setStretchFactor(1, 2)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(top)
        outer.addWidget(self.chain)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

    def fit_width(self, width: int) -> None:
        """The list and the map side by side, or the map under the list on a narrow page."""
        fit_splitter(self.panes, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.new_category:
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.new_name.text():
                    self.add_from_field()
                    self.new_name.setFocus()  # the next name is typed at once
                    return True
                return super().eventFilter(watched, event)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.delete_current()
                return True
            if event.matches(QKeySequence.StandardKey.Undo) and self.deleted:
                self.undo_delete()
                return True
        return super().eventFilter(watched, event)

    def _category_box(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for c in self.cats:
            box.addItem(c.label, c.id)
        return box

    def _axis_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, 100)
        box.setDecimals(0)
        box.setSingleStep(5)
        box.setAccessibleName(name)
        box.editingFinished.connect(self.apply_form)
        return box

    # -- the stage-extra protocol -------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        self.flush()
        self.group_id = group_id
        self.deleted.clear()
        self.message.clear()
        self.reload()

    def flush(self) -> bool:
        """Save what is typed in the detail fields but not yet confirmed. False if it was not."""
        if self.group_id is None or self.ctx.store is None:
            return True
        ok = True
        if self.name.hasFocus() or self.note.hasFocus():
            ok = self.apply_form()
        self.chain._edit_current()
        return ok

    def reload(self) -> None:
        store = self.ctx.store
        enabled = self.group_id is not None and store is not None
        if enabled:
            self.items = sh.load(store, self.group_id)
            self.chain.set_steps(sh.load_chain(store, self.group_id))
            self.revision = revision_of(store, self.group_id, sh.KIND)
            self.chain_revision = revision_of(store, self.group_id, sh.CHAIN_KIND)
        else:
            self.items = []
            self.chain.set_steps([])
        self.setEnabled(enabled)
        self._show(self.canvas.current_id())

    def _store_changed(self, change: Any) -> None:
        if (
            change.what == "record"
            and change.group_id == self.group_id
            and change.key in (sh.KIND, sh.CHAIN_KIND)
            and change.source != "console"
        ):
            self._reload_keeping_typing()
            mine = replaced_by_device(self.ctx.store, self.group_id, change.key, change)
            if mine is not None:
                what = (
                    self.tr("stakeholder map")
                    if change.key == sh.KIND
                    else self.tr("approval chain")
                )
                self.message.setText(
                    self.tr(
                        "A device saved the {what} without having seen your change (yours: "
                        "{mine}). Theirs is shown; yours stays in History…"
                    ).format(what=what, mine=theirs_text(mine.data, ours=self._stored(change.key)))
                )

    def _reload_keeping_typing(self) -> None:
        """A device saved the map: show theirs, but what is being typed in the detail form
        stays in it (still to be saved, onto theirs), never replaced under the cursor."""
        current = self.current()
        typing = [
            (field, field.text(), field.cursorPosition())
            for field in (self.name, self.note)
            if field.hasFocus() and field.isModified()
        ]
        self.reload()
        if not typing or current is None or self.current() is None:
            return
        if self.current().id != current.id:
            return
        for field, text, cursor in typing:
            field.blockSignals(True)
            field.setText(text)
            field.setCursorPosition(cursor)
            field.setModified(True)
            field.blockSignals(False)

    # -- showing -----------------------------------------------------------------------------

    def _show(self, current: str | None) -> None:
        self.canvas.set_items(self.items, self.cats)
        self.list.blockSignals(True)
        self.list.clear()
        for i, s in enumerate(self.items, 1):
            label = sh.category_label(self.cats, s.category)
            item = QListWidgetItem(f"{i}. {s.name} — {label} · {core_text(s.quadrant_label)}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(s.note or s.name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{i}. {describe(s, label)}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.undo_button.setEnabled(bool(self.deleted))
        self.select(current if any(s.id == current for s in self.items) else None)

    def current(self) -> sh.Stakeholder | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, stakeholder_id: str | None) -> None:
        row = next((i for i, s in enumerate(self.items) if s.id == stakeholder_id), -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        if self.canvas.current_id() != stakeholder_id:
            self.canvas.select(stakeholder_id)
        self._fill_form()

    def _list_selected(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.canvas.select(self.items[row].id)
            self.list.setFocus()
        self._fill_form()

    def _fill_form(self) -> None:
        s = self.current()
        fields = (self.name, self.category, self.influence, self.interest, self.note)
        for w in fields:
            w.blockSignals(True)
            w.setEnabled(s is not None)
        load_line(self.name, s.name if s else "")
        self.category.setCurrentIndex(max(0, self.category.findData(s.category)) if s else 0)
        self.influence.setValue(sh.shown(s.influence) if s else 0)  # as the worksheet prints it
        self.interest.setValue(sh.shown(s.interest) if s else 0)
        load_line(self.note, s.note if s else "")
        self.quadrant.setText(core_text(s.quadrant_label) if s else "")
        for w in fields:
            w.blockSignals(False)
        self.delete_button.setEnabled(s is not None)

    # -- editing -----------------------------------------------------------------------------

    def _save(self, items: list[sh.Stakeholder], select: str | None) -> bool:
        if self.group_id is None or self.ctx.store is None:
            return False
        try:
            saved = sh.save(self.ctx.store, self.group_id, items, based_on=self.revision)
        except (InputError, StoreError) as exc:
            self.message.setText(str(exc))
            tell_not_saved(self.ctx, sh.KIND, self.group_id, str(exc))
            self._show(self.canvas.current_id())
            return False
        self.message.clear()
        self.revision = saved.revision
        self._say_replaced(saved.conflict, self.tr("stakeholder map"))
        self.items = sh.load(self.ctx.store, self.group_id)
        self._show(select)
        return True

    def _stored(self, kind: str) -> Any:
        rec = self.ctx.store.record(self.group_id, kind)
        return rec.data if rec else None

    def _say_replaced(self, theirs: Any, what: str) -> None:
        """A device had saved the map (or chain) after this page showed it: this save is kept,
        theirs stays in the history, and the facilitator sees what theirs held."""
        if theirs is None or theirs.source == "console":
            return
        self.message.setText(
            self.tr(
                "A device had saved another version of the {what} for this group (theirs: {theirs}); "
                "yours is saved, and theirs stays in History…"
            ).format(what=what, theirs=theirs_text(theirs.data, ours=self._stored(theirs.kind)))
        )

    def add(
        self, name: str, category: str, influence: float = 50, interest: float = 50
    ) -> str | None:
        try:
            s = sh.validate(
                {"name": name, "category": category, "influence": influence, "interest": interest}
            )
        except InputError as exc:
            self.message.setText(str(exc))
            return None
        return s.id if self._save([*self.items, s], s.id) else None

    def add_from_field(self) -> None:
        if not self.new_name.text().strip():
            return
        # near the middle, to be dragged where it belongs, but hiding nothing on the map
        influence, interest = self.canvas.open_spot(self.new_name.text().strip())
        if self.add(self.new_name.text(), self.new_category.currentData(), influence, interest):
            self.new_name.clear()

    def apply_form(self) -> bool:
        """Save the detail fields; False (with a message) if they were refused or not saved."""
        s = self.current()
        if s is None:
            return True
        try:
            new = sh.validate(
                {
                    "id": s.id,
                    "name": self.name.text(),
                    "category": self.category.currentData(),
                    "influence": self.influence.value(),
                    "interest": self.interest.value(),
                    "note": self.note.text(),
                },
            )
        except InputError as exc:
            self.message.setText(str(exc))
            self._fill_form()
            return False
        if new != s:
            return self._save([new if i.id == s.id else i for i in self.items], s.id)
        return True

    def move(self, stakeholder_id: str, influence: float, interest: float) -> None:
        items = [s.moved(influence, interest) if s.id == stakeholder_id else s for s in self.items]
        self._save(items, stakeholder_id)
        self.canvas.setFocus()

    def delete_current(self) -> None:
        s = self.current()
        if s is None:
            return
        index = self.items.index(s)
        rest = [i for i in self.items if i.id != s.id]
        if self._save(rest, rest[min(index, len(rest) - 1)].id if rest else None):
            self.deleted.append((index, s))
            self.undo_button.setEnabled(True)
            self.message.setText(
                self.tr("Deleted {name}. Ctrl+Z or “Undo delete” brings it back.").format(
                    name=s.name
                )
            )

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        index, s = self.deleted.pop()
        items = list(self.items)
        items.insert(min(index, len(items)), replace(s))
        self._save(items, s.id)

    def show_history(self) -> None:
        from workshop_app.kinds.stakeholders.ui.map_history import MapHistoryDialog

        if self.group_id is None or self.ctx.store is None:
            return
        self.flush()
        dialog = MapHistoryDialog(self.ctx.store, self.group_id, self.cats, self)
        self.ctx.interaction.run_dialog(dialog)
        if dialog.error:
            self.ctx.interaction.warn(self.tr("History"), dialog.error)
        if dialog.restored is not None:
            self.deleted.clear()
            self.reload()

    def show_on_screen(self) -> None:
        """Put the map on the projector; in privacy mode only after the facilitator agrees."""
        from workshop_app.ui.consent import may_spotlight
        from workshop_app.ui.room import Spotlight

        if self.group_id is None or self.ctx.store is None:
            return
        self.flush()
        org = self.ctx.store.group(self.group_id).name
        if may_spotlight(self.ctx, "stakeholder_map", self.group_id, org):
            self.ctx.room.show([Spotlight("stakeholder_map", self.group_id, self.stage.id)])

    def _chain_changed(self, steps: list[sh.ApprovalStep]) -> None:
        if self.group_id is None or self.ctx.store is None:
            return
        try:
            saved = sh.save_chain(
                self.ctx.store, self.group_id, steps, based_on=self.chain_revision
            )
            self.message.clear()
            self.chain_revision = saved.revision
            self._say_replaced(saved.conflict, self.tr("approval chain"))
        except (InputError, StoreError) as exc:
            self.message.setText(str(exc))
            tell_not_saved(self.ctx, sh.CHAIN_KIND, self.group_id, str(exc))
            self.chain.set_steps(sh.load_chain(self.ctx.store, self.group_id))
