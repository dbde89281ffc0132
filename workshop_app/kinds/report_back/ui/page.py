"""Report back in the console: every group's card, the speaking order, and the room's screen.

Left, the speaking order: drag a group (or Alt+↑/↓) to reorder it, tick it once it has
reported, select one to three and "Show cards on projector" to put their cards side by side on the
projector; "Hardest parts" shows every group's hardest part together. Right, one card per group
in speaking order: its answers, editable in place (autosaved like every answer), and its action
items, created from the first step with one click and then edited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.report_back import model as actions
from workshop_app.kinds.report_back.ui.action_table import named
from workshop_app.kinds.report_back.ui.report_card import ReportCard, plain_label
from workshop_app.plan import Stage
from workshop_app.store import Change, StoreError
from workshop_app.text import InputError
from workshop_app.ui.context import tell_not_saved
from workshop_app.ui.input_marks import room_button
from workshop_app.ui.room import Spotlight
from workshop_app.ui.widgets.answer_editor import AnswerEditor

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext

MAX_SIDE_BY_SIDE = 3


def _excerpt(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# Answers typed in a card are saved with their own source, so the console's answer editors for
# the same group (above the cards) show them, as they show answers from a browser.
SOURCE = "report-back card"


class ReportBackEditor(QWidget):
    """The report_back stage's extra: ``ReportBackEditor(ctx, stage)``."""

    def __init__(self, ctx: AppContext, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stage = stage
        self.cards: dict[int, ReportCard] = {}
        self._loading = False

        # left: speaking order and what the room sees
        self.order_list = named(
            QListWidget(self),
            self.tr("Speaking order"),
            self.tr(
                "Drag a group, or press Alt+Up / Alt+Down, to change the order; tick it once it has "
                "reported; select up to three to show on the projector"
            ),
        )
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.order_list.model().rowsMoved.connect(self._rows_moved)
        self.order_list.itemChanged.connect(self._item_changed)
        self.order_list.itemSelectionChanged.connect(self._selection_changed)
        self.order_list.installEventFilter(self)  # Alt+Up / Alt+Down move the selected group
        self.up_button = named(
            QPushButton(self.tr("Earlier"), self), self.tr("Move the group earlier (Alt+Up)")
        )
        self.down_button = named(
            QPushButton(self.tr("Later"), self), self.tr("Move the group later (Alt+Down)")
        )
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.show_button = named(
            QPushButton(self.tr("Show cards on projector"), self),
            self.tr("Show the selected groups' cards on the projector, side by side (up to three)"),
        )
        self.hardest_button = named(
            QPushButton(self.tr("Hardest parts"), self),
            self.tr("Show every group's hardest part together on the projector"),
        )
        self.clear_button = named(
            QPushButton(self.tr("Back to the prompts"), self), self.tr("Clear the projector")
        )
        self.end_button = named(
            QPushButton(self.tr("End workshop…"), self),
            self.tr("Record the end time, close participant entry, export the worksheets"),
        )
        for button in (self.show_button, self.hardest_button, self.clear_button, self.end_button):
            room_button(button)  # the room sees these: Enter or a click, never typing
        self.end_button.clicked.connect(self.end_workshop)
        self.show_button.clicked.connect(self.show_selected)
        self.hardest_button.clicked.connect(self.show_hardest_parts)
        self.clear_button.clicked.connect(self.ctx.room.clear)
        self.message = plain_label("", self)
        self._said_on_screen = False
        self.message.setObjectName("reportBackMessage")

        # top: the speaking order beside what the room sees; below: the cards, as tall as they
        # need (the console's stage page scrolls)
        order_box = QVBoxLayout()
        order_box.addWidget(plain_label(self.tr("Speaking order (tick = has reported)"), self))
        order_box.addWidget(self.order_list)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        order_box.addLayout(moves)
        room_box = QVBoxLayout()
        room_box.addWidget(plain_label(self.tr("On the projector"), self))
        for b in (self.show_button, self.hardest_button, self.clear_button):
            room_box.addWidget(b)
        room_box.addWidget(self.end_button)
        order_box.addStretch(1)
        room_box.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(order_box, 3)
        top.addLayout(room_box, 2)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.card_box = QWidget(self)
        self.card_layout = QVBoxLayout(self.card_box)
        self.card_layout.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.card_box)
        layout.addStretch(1)

        # a bound method, not a lambda: Qt disconnects it when this page is deleted (the room
        # outlives each event's console)
        self.ctx.room.spotlight_changed.connect(self._spotlight_changed)
        ctx.changes.changed.connect(self._on_change)
        self.rebuild()
        self._show_ended()

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
            item.setToolTip(self.tr("Reported") if checked else self.tr("Not yet reported"))
            self.order_list.addItem(item)
            item.setSelected(group_id in selected)
        self._loading = False
        while self.card_layout.count():
            self.card_layout.takeAt(0)
        for group_id in status.order:
            if group_id not in self.cards:
                self.cards[group_id] = ReportCard(
                    self.ctx, self.stage, group_id, self.save_answer, self.tell, self
                )
            self.card_layout.addWidget(self.cards[group_id])
        self.card_layout.addStretch(1)
        self.card_layout.activate()
        rows = max(3, len(status.order))
        row_height = self.order_list.sizeHintForRow(0) if status.order else 24
        self.order_list.setFixedHeight(rows * row_height + 2 * self.order_list.frameWidth() + 6)
        self._refresh_states(status, names)
        self._selection_changed()

    def _spotlight_changed(self, items: list) -> None:
        if not any(s.stage_id == self.stage.id for s in items) and self._said_on_screen:
            self.tell("")  # the room moved on (a stage change, Clear): say nothing
        self._refresh_states()

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
        """The console picked an organization: select it in the speaking order. The page does
        not move: the answer boxes above now belong to that organization (and say so), and a
        click meant for them must not land in another organization's card."""
        if group_id is None or group_id not in self.cards:
            return
        for i in range(self.order_list.count()):
            item = self.order_list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == group_id)

    def flush(self) -> bool:
        return all([card.flush() for card in self.cards.values()])

    # -- saving ----------------------------------------------------------------------------

    def tell(self, message: str, on_screen: bool = False) -> None:
        """A line under the page; `on_screen`: it says what the room sees (and goes with it)."""
        self.message.setText(message)
        self._said_on_screen = on_screen

    def save_answer(self, editor: AnswerEditor) -> bool:
        try:
            saved = self.store.save_answer(
                editor.group_id,
                editor.stage_id,
                editor.prompt_id,
                editor.toPlainText(),
                source=SOURCE,
                based_on=editor.revision,
            )
        except (InputError, StoreError) as exc:
            self.tell(str(exc))
            tell_not_saved(self.ctx, "", editor.group_id, str(exc))  # "" is an answer
            return False
        editor.revision = saved.revision
        theirs = saved.conflict
        if theirs is not None and theirs.source not in ("console", SOURCE):
            # a device saved after this card showed the answer: both are kept, both shown
            self.tell(
                self.tr(
                    "A device had saved a different “{prompt}” for this group (theirs: “{theirs}”); "
                    "yours is saved, and theirs stays in History…"
                ).format(
                    prompt=self.stage.prompt(editor.prompt_id).text, theirs=_excerpt(theirs.text)
                )
            )
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
            self.tell(self.tr("Select one group to move it."))
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
            self.show_button.setText(self.tr("Select at most {most}").format(most=MAX_SIDE_BY_SIDE))
        elif count > 1:
            self.show_button.setText(self.tr("Show {count} cards on projector").format(count=count))
        else:
            self.show_button.setText(self.tr("Show cards on projector"))

    # -- the room --------------------------------------------------------------------------

    def show_selected(self) -> None:
        selected = self.selected_groups()
        if not 1 <= len(selected) <= MAX_SIDE_BY_SIDE:
            self.tell(
                self.tr("Select one to {most} groups to show on the projector.").format(
                    most=MAX_SIDE_BY_SIDE
                )
            )
            return
        self.flush()
        from workshop_app.ui.consent import may_show_flagged

        store = self.ctx.store
        texts = [a.text for g in selected for a in store.answers(g, self.stage.id)]
        what = self.tr("This card") if len(selected) == 1 else self.tr("One of these cards")
        if not may_show_flagged(self.ctx, texts, what):
            return
        self.ctx.room.show([Spotlight("report_card", g, self.stage.id) for g in selected])
        if len(selected) == 1:
            self.tell(self.tr("On screen: 1 card."), on_screen=True)
        else:
            said = self.tr("On screen: {count} cards side by side.").format(count=len(selected))
            self.tell(said, on_screen=True)

    def show_hardest_parts(self) -> None:
        self.flush()
        from workshop_app.ui.consent import may_show_flagged

        texts = [text for _, text in actions.hardest_parts(self.ctx.store, self.stage.id)]
        if not may_show_flagged(self.ctx, texts, self.tr("One of the hardest parts")):
            return
        self.ctx.room.show([Spotlight("hardest_parts", None, self.stage.id)])
        self.tell(self.tr("On screen: every group's hardest part."), on_screen=True)

    def end_workshop(self) -> None:
        from workshop_app.ui.end_workshop import end_workshop

        if self.ctx.end_workshop is not None:  # in the console: the path of Stage → End workshop
            self.ctx.end_workshop()
            return
        ended = end_workshop(self.ctx, flush=self.flush)
        if ended is not None:
            self.tell(
                self.tr("The workshop has ended; participant entry is closed.")
                + (
                    (
                        self.tr(" 1 file exported.")
                        if len(ended.exported) == 1
                        else self.tr(" {count} files exported.").format(count=len(ended.exported))
                    )
                    if ended.exported
                    else ""
                )
            )

    # -- outside changes (a browser, another part of the console) ----------------------------

    def _show_ended(self) -> None:
        """Once the workshop has ended the button says so; exports stay in the File menu."""
        store = self.store
        if store is None or not store.event().ended_at:
            return
        self.end_button.setText(self.tr("Workshop ended"))
        self.end_button.setEnabled(False)
        self.end_button.setToolTip(
            self.tr("The workshop has ended. The worksheets can still be exported from File.")
        )

    def _on_change(self, change: Change) -> None:
        what = change.what
        if what == "event" and change.key == "ended":
            self._show_ended()
        if what == "answer" and change.stage_id == self.stage.id:
            card = self.cards.get(change.group_id)
            editor = card.editors.get(change.key) if card else None
            if editor is not None:
                found = self.store.answer(change.group_id, self.stage.id, change.key)
                editor.refresh(found.text if found else "", found.revision if found else None)
        elif what == "record" and change.key == actions.KIND and change.source != "console":
            card = self.cards.get(change.group_id)
            if card is not None:
                card.actions.reload_when_idle()
                card.actions.replaced_by(change)
        elif what == "group":
            self.rebuild()
