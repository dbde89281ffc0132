"""ActionTable: one organization's action items, edited in place (what, owner, due, status).

Every edit is saved at once through `workshop_app.kinds.report_back.model` (validated, kept with history); a
refused edit is said right under the table. A refused due date stays in its cell as typed, in
red with a warning sign and the refusal in its tooltip (not saved: the rest of the row is), so
the facilitator sees what to fix, until it is fixed; any other refused edit (an empty action)
puts the stored value back. Due dates are read as people
type them ("Jan 10", "10 Jan", "2027-01-10", "1/20"; "1/10" in the system's order, else the
event's region's; "10 ene" in Spanish). The status is a cell like the others, drawn as a drop-down and edited with one (a
click, F2 or Enter): a screen reader finds it in the table, named with its row ("Action 2,
status: Started").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore, StoreError
from workshop_app.text import InputError
from workshop_app.ui.i18n import core_text
from workshop_app.ui.widgets import day_first, shown_date
from workshop_app.ui.widgets.replaced import (
    replaced_by_device,
    revision_of,
    saved_over,
    theirs_text,
)
from workshop_app.ui.widgets.save_status import not_saved

COLUMNS = (
    QT_TRANSLATE_NOOP("ActionTable", "What"),
    QT_TRANSLATE_NOOP("ActionTable", "Owner (role)"),
    QT_TRANSLATE_NOOP("ActionTable", "Due date"),
    QT_TRANSLATE_NOOP("ActionTable", "Status"),
)
SPOKEN = (  # a cell's name: "Action 2, owner: …"
    QT_TRANSLATE_NOOP("ActionTable", "what"),
    QT_TRANSLATE_NOOP("ActionTable", "owner"),
    QT_TRANSLATE_NOOP("ActionTable", "due"),
    QT_TRANSLATE_NOOP("ActionTable", "status"),
)
FIELDS = ("what", "owner", "due")
DUE_COLUMN = 2
STATUS_COLUMN = 3
REFUSED = QColor("#b00020")  # the console's colour for what was not saved
STATUS = Qt.ItemDataRole.UserRole + 1  # the status key ("started") of a status cell


def named(widget, name: str, description: str = ""):
    """Give a control the name (and description) a screen reader announces."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


class _DueDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self.tr("Jan 10, 10 Jan or 2027-01-10"))
        editor.setAccessibleName(self.tr("Due date of action {row}").format(row=index.row() + 1))
        return editor


class _StatusDelegate(QStyledItemDelegate):
    """The status cell: drawn as a drop-down, edited with one that opens at once."""

    def paint(self, painter, option, index: QModelIndex) -> None:
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole) or ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def sizeHint(self, option, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 40)
        return size

    def createEditor(self, parent, option, index: QModelIndex) -> QComboBox:
        editor = QComboBox(parent)
        for status in actions.STATUSES:
            editor.addItem(core_text(actions.STATUS_LABELS[status]), status)
        editor.setAccessibleName(self.tr("Status of action {row}").format(row=index.row() + 1))
        editor.activated.connect(lambda _i, e=editor: self._chosen(e))
        QTimer.singleShot(0, editor.showPopup)
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(STATUS))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        if editor.currentData() != index.data(STATUS):
            model.setData(index, editor.currentData(), STATUS)  # the table saves it


class _Table(QTableWidget):
    """Tab from the cell before a status moves into the status without opening its list (F2,
    Enter, a click, Alt+Down or typing open it)."""

    def closeEditor(self, editor, hint) -> None:
        Hint = QStyledItemDelegate.EndEditHint
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            move = (
                QAbstractItemView.CursorAction.MoveNext
                if hint == Hint.EditNextItem
                else QAbstractItemView.CursorAction.MovePrevious
            )
            target = self.moveCursor(move, Qt.KeyboardModifier.NoModifier)
            if target.isValid() and target.column() == STATUS_COLUMN:
                super().closeEditor(editor, Hint.NoHint)
                self.setCurrentIndex(target)
                self.setFocus(Qt.FocusReason.TabFocusReason)
                return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and index.isValid()
            and index.column() == STATUS_COLUMN
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.edit(index)
            return
        super().keyPressEvent(event)


class ActionTable(QWidget):
    def __init__(
        self,
        store: EventStore,
        group_id: int,
        stage_id: str,
        on_error: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.group_id = group_id
        self.stage_id = stage_id
        self._on_error = on_error or (lambda message: None)
        self._loading = False
        self._stale = False
        self.items: list[actions.ActionItem] = []
        # item id → (its due date as typed, why it was refused): shown in its cell until fixed
        self.unsaved_due: dict[str, tuple[str, str]] = {}
        self.revision = 0  # of the items shown: every save says it was based on it

        self.table = named(_Table(0, len(COLUMNS), self), self.tr("Action items"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Communications coord"))
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self._fit_height())
        self.table.viewport().installEventFilter(self)  # a new width re-wraps the rows
        self._width = 0
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        self._refit = QTimer(self)  # a child: it dies with the table, never fires after
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_height)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(2, _DueDelegate(self.table))
        self.table.setItemDelegateForColumn(STATUS_COLUMN, _StatusDelegate(self.table))
        self.table.itemChanged.connect(self._item_changed)
        self.table.clicked.connect(self._clicked)

        self.create_button = named(
            QPushButton(self.tr("Create from first step"), self),
            self.tr("Create action items from the first step"),
            self.tr("Turn this group's first-step answer into action items (one per step)"),
        )
        self.add_button = named(
            QPushButton(self.tr("Add action"), self), self.tr("Add an action item")
        )
        self.remove_button = named(
            QPushButton(self.tr("Remove"), self), self.tr("Remove the selected action item")
        )
        self.create_button.clicked.connect(self.create_from_first_step)
        self.add_button.clicked.connect(self.add_empty)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.create_button, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        # a refused edit is said here, under the table it happened in, until the next good save
        self.error = named(QLabel(self), self.tr("Action items problem"))
        self.error.setObjectName("actionError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("#actionError { color: #b00020; font-weight: bold; }")
        self.error.hide()
        # a device's save that this table had not shown when the facilitator edited: both said
        self.notice = named(QLabel(self), self.tr("Action items changed on a device"))
        self.notice.setObjectName("actionNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.reload()

    # reading

    def reload(self) -> None:
        """Show what is stored (after a save elsewhere, e.g. from a browser)."""
        self.items = actions.load(self.store, self.group_id)
        self.revision = revision_of(self.store, self.group_id, actions.KIND)
        self._stale = False
        self._loading = True
        self.table.setRowCount(len(self.items))
        known = {item.id for item in self.items}
        self.unsaved_due = {k: v for k, v in self.unsaved_due.items() if k in known}
        for row, item in enumerate(self.items):
            for col, name in enumerate(FIELDS):
                value = getattr(item, name)
                cell = QTableWidgetItem(shown_date(value) if name == "due" else value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, col, cell)
            self._mark_due(self.table.item(row, DUE_COLUMN), item.id)
            status = QTableWidgetItem(core_text(actions.STATUS_LABELS[item.status]))
            status.setData(Qt.ItemDataRole.UserRole, item.id)
            status.setData(STATUS, item.status)
            self.table.setItem(row, STATUS_COLUMN, status)
            self._name_row(row)
        self._loading = False
        self._fit_height()
        self.remove_button.setEnabled(bool(self.items))

    def _name_row(self, row: int) -> None:
        """Each cell's name says its row and column, then what it holds."""
        loading, self._loading = self._loading, True
        for col, spoken in enumerate(SPOKEN):
            cell = self.table.item(row, col)
            if cell is not None:
                value = cell.text() or self.tr("empty")
                if col == DUE_COLUMN and cell.data(Qt.ItemDataRole.UserRole) in self.unsaved_due:
                    value = self.tr("{value}, not saved").format(value=value)
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Action {number}, {column}: {value}").format(
                        number=row + 1, column=self.tr(spoken), value=value
                    ),
                )
        self._loading = loading

    def _mark_due(self, cell: QTableWidgetItem, item_id: str) -> None:
        """A due date refused as typed: the typed text, red, a warning sign, the refusal in the
        tooltip; otherwise the cell as any other."""
        loading, self._loading = self._loading, True
        unsaved = self.unsaved_due.get(item_id)
        if unsaved is not None:
            typed, problem = unsaved
            cell.setText(typed)
            cell.setForeground(REFUSED)
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            cell.setIcon(icon)
            cell.setToolTip(not_saved(problem))
        else:
            cell.setData(Qt.ItemDataRole.ForegroundRole, None)
            cell.setData(Qt.ItemDataRole.DecorationRole, None)
            cell.setToolTip("")
        self._loading = loading

    def _still_unsaved(self) -> str:
        """What is said under the table while a refused due date waits in its cell."""
        for item in self.items:
            if item.id in self.unsaved_due:
                return not_saved(self.unsaved_due[item.id][1])
        return ""

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == STATUS_COLUMN:
            self.table.edit(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            width = self.table.viewport().width()
            if width != self._width:
                self._width = width
                self._refit.start()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """Rows as tall as their wrapped text; the table as tall as its rows (no scrolling)."""
        self.table.resizeRowsToContents()
        header = self.table.verticalHeader()
        rows = header.length() or header.defaultSectionSize()
        height = self.table.horizontalHeader().sizeHint().height() + rows
        height += 2 * self.table.frameWidth() + 2
        if height == self.table.height() and self.table.minimumHeight() == height:
            return
        self.table.setFixedHeight(height)
        # the enclosing layouts cache heights-for-width (word-wrapped labels): recompute them
        widget = self.parentWidget()
        while widget is not None:
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget = widget.parentWidget()

    def reload_when_idle(self) -> None:
        """Saved elsewhere (a browser): reload now, or once the cell being edited is done."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            self._stale = True
        else:
            self.reload()

    def status(self, row: int) -> str:
        return self.table.item(row, STATUS_COLUMN).data(STATUS)

    # editing

    def tell(self, message: str) -> None:
        """A problem with these action items, shown right under them (and cleared when fixed)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _save(self, item_id: str, **fields: str) -> bool:
        typed = fields.get("due")
        try:
            if "due" in fields:  # "Jan 10", "10 Jan", "1/20"; "1/10" in the system's order…
                order = day_first(self.store.plan.region)  # …or the event's region's
                fields["due"] = actions.check_due(fields["due"], day_first=order)
            before = self.revision
            actions.update(self.store, self.group_id, item_id, based_on=before, **fields)
        except (InputError, StoreError, KeyError) as exc:
            problem = str(exc).strip(chr(39) + chr(34))
            if typed is not None and not isinstance(exc, KeyError):
                self.unsaved_due[item_id] = (typed, problem)  # kept in its cell, marked
            self.tell(not_saved(problem))
            self._on_error(problem)  # the status line says it too
            self._reload_soon.start()  # not inside the table's own signal: put back the stored value
            return False
        if typed is not None:
            self.unsaved_due.pop(item_id, None)
        self.items = actions.load(self.store, self.group_id)
        self.tell(self._still_unsaved())
        self._saved_from(before)
        return True

    def replaced_by(self, change) -> None:
        """A device saved these items over the console's version without having seen it:
        theirs is shown; the console's stays in the history, and is named here."""
        mine = replaced_by_device(self.store, self.group_id, actions.KIND, change)
        if mine is None:
            return
        rec = self.store.record(self.group_id, actions.KIND)
        self.notice.setText(
            self.tr(
                "A device saved these action items without having seen your change (yours: "
                "{mine}). Theirs is shown; yours stays in the history."
            ).format(mine=theirs_text(mine.data, ours=rec.data if rec else None))
        )
        self.notice.show()

    def _saved_from(self, before: int) -> None:
        """After a save edited from revision `before`: say so if it went over a device's save
        this table had not shown (theirs stays in the history; the table shows both now)."""
        self.revision, theirs = saved_over(self.store, self.group_id, actions.KIND, before)
        if theirs is None:
            self.notice.hide()  # said until the next change made here
            return
        self.notice.setText(
            self.tr(
                "A device had changed these action items since they were shown here (theirs: "
                "{theirs}). Your change is saved on top of theirs, and their version stays in "
                "the history."
            ).format(theirs=theirs_text(theirs.data, ours=[i.to_dict() for i in self.items]))
        )
        self.notice.show()
        self._stale = False
        self._reload_soon.start()  # every item as stored now: theirs with this change

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        item_id = cell.data(Qt.ItemDataRole.UserRole)
        if cell.column() == STATUS_COLUMN:
            self._status_changed(cell, item_id)
            return
        if self._stale:  # a browser saved meanwhile: keep its items, add this edit, show all
            self._stale = False
            if self._save(item_id, **{FIELDS[cell.column()]: cell.text()}):
                self._reload_soon.start()
            return
        if self._save(item_id, **{FIELDS[cell.column()]: cell.text()}):
            # show the stored form (trimmed text, normalised date)
            stored = next(i for i in self.items if i.id == item_id)
            value = getattr(stored, FIELDS[cell.column()])
            if cell.column() == DUE_COLUMN:
                value = shown_date(value)  # "10 Jan 2027": stored as ISO
            if value != cell.text():
                self._loading = True
                cell.setText(value)
                self._loading = False
            if cell.column() == DUE_COLUMN:
                self._mark_due(cell, item_id)
        self._name_row(cell.row())

    def _status_changed(self, cell: QTableWidgetItem, item_id: str) -> None:
        if self._save(item_id, status=cell.data(STATUS)):
            self._loading = True
            cell.setText(core_text(actions.STATUS_LABELS[cell.data(STATUS)]))
            self._loading = False
            self._name_row(cell.row())

    def set_field(self, row: int, name: str, value: str) -> None:
        """Edit one cell as the facilitator would (used by keyboard-free callers and tests)."""
        if name == "status":
            self.table.item(row, STATUS_COLUMN).setData(STATUS, value)
            return
        self.table.item(row, FIELDS.index(name)).setText(value)

    def create_from_first_step(self) -> list[actions.ActionItem]:
        before = self.revision
        try:
            added = actions.create_from_first_step(
                self.store,
                self.group_id,
                self.stage_id,
                based_on=before,
                day_first=day_first(self.store.plan.region),  # "by 1/10": as typed in a cell
            )
        except (InputError, StoreError) as exc:
            self.tell(str(exc))
            self._on_error(str(exc))
            return []
        self.tell(self._still_unsaved())
        self._saved_from(before)
        if not added:
            has_text = actions.first_step_text(self.store, self.group_id, self.stage_id).strip()
            self.tell(
                self.tr("Every step of the first-step answer is already an action item.")
                if has_text
                else self.tr("This group has no first-step answer yet.")
            )
        self.reload()
        return added

    def add_empty(self) -> None:
        before = self.revision
        try:
            actions.add(self.store, self.group_id, {"what": self.tr("New action")}, based_on=before)
        except (InputError, StoreError) as exc:
            self.tell(str(exc))
            self._on_error(str(exc))
            return
        self._saved_from(before)
        self.reload()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        before = self.revision
        try:
            actions.remove(self.store, self.group_id, self.items[row].id, based_on=before)
        except (InputError, StoreError, KeyError) as exc:
            self.tell(str(exc))
            self._on_error(str(exc))
        else:
            self._saved_from(before)
        self.reload()
