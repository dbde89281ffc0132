"""Report back in the console: every group's card, the speaking order, and the room's screen.

Left, the speaking order: drag a group (or Alt+↑/↓) to reorder it, tick it once it has
reported, select one to three and "Show on screen" to put their cards side by side on the
projector; "Hardest parts" shows every group's hardest part together. Right, one card per group
in speaking order: its answers, editable in place (autosaved like every answer), and its action
items, created from the first step with one click and then edited.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app import actions
from workshop_app.plan import Stage
from workshop_app.store import StoreError
from workshop_app.text import InputError
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import SPOTLIGHT_RENDERERS
from workshop_app.ui.widgets.action_table import ActionTable, named
from workshop_app.ui.widgets.answer_editor import AnswerEditor

MAX_SIDE_BY_SIDE = 3
SPOTLIGHT_RENDERERS.setdefault(
    "report_card", "workshop_app.ui.pages.report_spotlight:report_card_content"
)
SPOTLIGHT_RENDERERS.setdefault(
    "hardest_parts", "workshop_app.ui.pages.report_spotlight:hardest_parts_content"
)


def _plain(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


class ReportCard(QFrame):
    """One organization's report back: its answers and its action items."""

    def __init__(self, page: ReportBackEditor, group_id: int):
        super().__init__(page)
        self.page = page
        self.group_id = group_id
        self.setObjectName("reportCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        ctx, stage = page.ctx, page.stage
        self.title = _plain("", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.state = _plain("", self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state)

        answers = QGridLayout()
        answers.setHorizontalSpacing(12)
        self.editors: dict[str, AnswerEditor] = {}
        delay = ctx.settings.get("autosave_ms") if ctx.settings is not None else 500
        for col, prompt in enumerate(stage.prompts):
            label = _plain(prompt.text, self)
            editor = AnswerEditor(stage.id, prompt.id, page.save_answer, delay, "short", self)
            named(editor, f"{prompt.text}", prompt.help)
            label.setBuddy(editor)
            editor.load(group_id, ctx.store.answer_text(group_id, stage.id, prompt.id))
            editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 7)
            answers.addWidget(label, 0, col)
            answers.addWidget(editor, 1, col)
            answers.setColumnStretch(col, 1)
            self.editors[prompt.id] = editor

        self.actions = ActionTable(ctx.store, group_id, stage.id, page.tell, self)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(answers)
        layout.addWidget(_plain("Action items", self))
        layout.addWidget(self.actions)

    def set_state(self, number: int, name: str, reported: bool, on_screen: bool) -> None:
        self.title.setText(f"{number}. {name}")
        marks = []
        if on_screen:
            marks.append("On screen")
        if reported:
            marks.append("✓ Reported")
        self.state.setText("   ".join(marks))
        self.setProperty("reported", reported)
        self.setStyleSheet(
            "#reportCard { border: 2px solid palette(highlight); border-radius: 6px; }"
            if on_screen
            else ""
        )

    def flush(self) -> bool:
        return all([e.flush() for e in self.editors.values()])


class ReportBackEditor(QWidget):
    """The report_back stage's extra: ``ReportBackEditor(ctx, stage)``."""

    def __init__(self, ctx: Any, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stage = stage
        self.cards: dict[int, ReportCard] = {}
        self._loading = False

        # left: speaking order and what the room sees
        self.order_list = named(
            QListWidget(self),
            "Speaking order",
            "Drag a group, or press Alt+Up / Alt+Down, to change the order; tick it once it has "
            "reported; select up to three to show on screen",
        )
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.order_list.model().rowsMoved.connect(self._rows_moved)
        self.order_list.itemChanged.connect(self._item_changed)
        self.order_list.itemSelectionChanged.connect(self._selection_changed)
        self.order_list.installEventFilter(self)  # Alt+Up / Alt+Down move the selected group
        self.up_button = named(QPushButton("Earlier", self), "Move the group earlier (Alt+Up)")
        self.down_button = named(QPushButton("Later", self), "Move the group later (Alt+Down)")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.show_button = named(
            QPushButton("Show on screen", self),
            "Show the selected groups' cards on the projector, side by side (up to three)",
        )
        self.hardest_button = named(
            QPushButton("Hardest parts", self),
            "Show every group's hardest part together on the projector",
        )
        self.clear_button = named(QPushButton("Back to the prompts", self), "Clear the projector")
        self.end_button = named(
            QPushButton("End workshop…", self),
            "Record the end time, close participant entry, export the worksheets",
        )
        self.end_button.clicked.connect(self.end_workshop)
        self.show_button.clicked.connect(self.show_selected)
        self.hardest_button.clicked.connect(self.show_hardest_parts)
        self.clear_button.clicked.connect(self.ctx.room.clear)
        self.message = _plain("", self)
        self.message.setObjectName("reportBackMessage")

        left = QVBoxLayout()
        left.addWidget(_plain("Speaking order", self))
        left.addWidget(self.order_list, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        left.addLayout(moves)
        hint = _plain("Tick a group once it has reported. Select one to three to compare.", self)
        hint.setEnabled(False)
        left.addWidget(hint)
        for b in (self.show_button, self.hardest_button, self.clear_button):
            left.addWidget(b)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.message)
        left.addWidget(self.end_button)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setMaximumWidth(280)

        # right: the cards
        self.card_box = QWidget(self)
        self.card_layout = QVBoxLayout(self.card_box)
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.card_box)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left_box)
        layout.addWidget(self.scroll, 1)

        self.ctx.room.spotlight_changed.connect(lambda _items: self._refresh_states())
        changes = getattr(ctx, "changes", None)
        if changes is not None:
            changes.changed.connect(self._on_change)
        self.rebuild()

    # -- reading ---------------------------------------------------------------------------

    @property
    def store(self):
        return self.ctx.store

    def status(self) -> actions.ReportStatus:
        return actions.report_status(self.store, self.stage.id)

    def rebuild(self) -> None:
        """Lay the cards out in speaking order (after a group was added, removed or moved)."""
        status = self.status()
        names = {g.id: g.name for g in self.store.groups()}
        for group_id in list(self.cards):
            if group_id not in names:
                card = self.cards.pop(group_id)
                card.flush()
                card.setParent(None)
                card.deleteLater()
        selected = set(self.selected_groups())
        self._loading = True
        self.order_list.clear()
        for group_id in status.order:
            item = QListWidgetItem(names[group_id])
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            checked = group_id in status.reported
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip("Reported" if checked else "Not yet reported")
            self.order_list.addItem(item)
            item.setSelected(group_id in selected)
        self._loading = False
        while self.card_layout.count():
            self.card_layout.takeAt(0)
        for group_id in status.order:
            if group_id not in self.cards:
                self.cards[group_id] = ReportCard(self, group_id)
            self.card_layout.addWidget(self.cards[group_id])
        self.card_layout.addStretch(1)
        self.card_layout.activate()
        self._refresh_states(status, names)
        self._selection_changed()

    def _refresh_states(self, status=None, names=None) -> None:
        status = status or self.status()
        names = names or {g.id: g.name for g in self.store.groups()}
        on_screen = {
            s.group_id
            for s in self.ctx.room.spotlight
            if s.kind == "report_card" and s.stage_id == self.stage.id
        }
        for number, group_id in enumerate(status.order, 1):
            card = self.cards.get(group_id)
            if card is not None:
                card.set_state(
                    number, names[group_id], group_id in status.reported, group_id in on_screen
                )

    def order(self) -> list[int]:
        return [
            self.order_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.order_list.count())
        ]

    def card_order(self) -> list[int]:
        """The groups' cards as laid out top to bottom."""
        found = []
        for i in range(self.card_layout.count()):
            widget = self.card_layout.itemAt(i).widget()
            if isinstance(widget, ReportCard):
                found.append(widget.group_id)
        return found

    def selected_groups(self) -> list[int]:
        """Selected groups in speaking order."""
        return [
            self.order_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.order_list.count())
            if self.order_list.item(i).isSelected()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.order_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # -- the console's extra interface ------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        """The console picked an organization: select it and bring its card into view."""
        if group_id is None or group_id not in self.cards:
            return
        for i in range(self.order_list.count()):
            item = self.order_list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == group_id)
        self.scroll.ensureWidgetVisible(self.cards[group_id], 0, 0)

    def flush(self) -> bool:
        return all([card.flush() for card in self.cards.values()])

    # -- saving ----------------------------------------------------------------------------

    def tell(self, message: str) -> None:
        self.message.setText(message)

    def save_answer(self, editor: AnswerEditor) -> bool:
        try:
            self.store.save_answer(
                editor.group_id, editor.stage_id, editor.prompt_id, editor.toPlainText()
            )
        except (InputError, StoreError) as exc:
            self.tell(str(exc))
            return False
        return True

    def _save_order(self, order: list[int]) -> None:
        try:
            actions.set_report_order(self.store, self.stage.id, order)
        except (ValueError, StoreError) as exc:
            self.tell(str(exc))
        self.rebuild()

    def move_selected(self, delta: int) -> None:
        selected = self.selected_groups()
        if len(selected) != 1:
            self.tell("Select one group to move it.")
            return
        try:
            actions.move_in_order(self.store, self.stage.id, selected[0], delta)
        except (ValueError, StoreError) as exc:
            self.tell(str(exc))
        self.rebuild()
        self.order_list.setFocus()

    def _rows_moved(self, *_args: Any) -> None:
        if not self._loading:
            self._save_order(self.order())

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        group_id = item.data(Qt.ItemDataRole.UserRole)
        reported = item.checkState() == Qt.CheckState.Checked
        try:
            actions.set_reported(self.store, self.stage.id, group_id, reported)
        except (KeyError, StoreError) as exc:
            self.tell(str(exc))
        self._refresh_states()

    def set_reported(self, group_id: int, reported: bool) -> None:
        row = self.order().index(group_id)
        state = Qt.CheckState.Checked if reported else Qt.CheckState.Unchecked
        self.order_list.item(row).setCheckState(state)

    def _selection_changed(self) -> None:
        count = len(self.selected_groups())
        self.show_button.setEnabled(1 <= count <= MAX_SIDE_BY_SIDE)
        self.up_button.setEnabled(count == 1)
        self.down_button.setEnabled(count == 1)
        if count > MAX_SIDE_BY_SIDE:
            self.show_button.setText(f"Select at most {MAX_SIDE_BY_SIDE}")
        elif count > 1:
            self.show_button.setText(f"Show {count} side by side")
        else:
            self.show_button.setText("Show on screen")

    # -- the room --------------------------------------------------------------------------

    def show_selected(self) -> None:
        selected = self.selected_groups()
        if not 1 <= len(selected) <= MAX_SIDE_BY_SIDE:
            self.tell(f"Select one to {MAX_SIDE_BY_SIDE} groups to show on screen.")
            return
        self.flush()
        self.ctx.room.show([Spotlight("report_card", g, self.stage.id) for g in selected])
        shown = "1 card" if len(selected) == 1 else f"{len(selected)} cards side by side"
        self.tell(f"On screen: {shown}.")

    def show_hardest_parts(self) -> None:
        self.flush()
        self.ctx.room.show([Spotlight("hardest_parts", None, self.stage.id)])
        self.tell("On screen: every group's hardest part.")

    def end_workshop(self) -> None:
        from workshop_app.ui.end_workshop import end_workshop

        ended = end_workshop(self.ctx, flush=self.flush)
        if ended is not None:
            self.tell(
                "The workshop has ended; participant entry is closed."
                + (f" {len(ended.exported)} file(s) exported." if ended.exported else "")
            )

    # -- outside changes (a browser, another part of the console) ----------------------------

    def _on_change(self, change: Any) -> None:
        what = getattr(change, "what", "")
        if what == "answer" and change.stage_id == self.stage.id:
            card = self.cards.get(change.group_id)
            editor = card.editors.get(change.key) if card else None
            if editor is not None:
                editor.refresh(self.store.answer_text(change.group_id, self.stage.id, change.key))
        elif what == "record" and change.key == actions.KIND and change.source != "console":
            card = self.cards.get(change.group_id)
            if card is not None:
                card.actions.reload()
        elif what == "group":
            self.rebuild()
