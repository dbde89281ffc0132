"""GroupsPanel: the organizations in the room. Add, rename, remove (confirm, then an Undo bar),
reorder, import a roster. Each row shows how many of the current stage's prompts it answered.
Selecting a row chooses whose answers the console is typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app import i18n
from workshop_app.store import StoreError
from workshop_app.text import InputError
from workshop_app.ui.context import AppContext
from workshop_app.ui.i18n import language_name
from workshop_app.ui.widgets import named


class GroupsPanel(QWidget):
    group_selected = Signal(object)  # group id or None
    import_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        flush_first: Callable[[], bool] = lambda: True,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.stage_id = ""
        self._removed: int | None = None
        self._screening = False
        # the console saves what is typed before an organization goes away
        self.flush_first = flush_first
        self.list = named(
            QListWidget(),
            self.tr("Organizations"),
            self.tr("Choose the organization whose answers you are typing"),
        )
        # a long name with its count and flag wraps onto more lines inside the list's width
        # (at 1280×800 "St. Mary's Family Services — 2/3 answered · ⚑ 1 may identify a client"
        # was cut and the list scrolled sideways); the tooltip and screen readers get it whole
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a word longer than the list
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap as it resizes
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)  # a row of two lines reads as one row, not as two
        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button = named(QPushButton(self.tr("Add…")), self.tr("Add an organization"))
        self.rename_button = named(
            QPushButton(self.tr("Rename…")), self.tr("Rename the selected organization")
        )
        self.remove_button = named(
            QPushButton(self.tr("Remove")), self.tr("Remove the selected organization")
        )
        self.up_button = named(
            QPushButton(self.tr("Move up")), self.tr("Move the selected organization up")
        )
        self.down_button = named(
            QPushButton(self.tr("Move down")), self.tr("Move the selected organization down")
        )
        self.import_button = named(
            QPushButton(self.tr("Import roster…")), self.tr("Import organizations from CSV")
        )
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.import_button.clicked.connect(self.import_requested)

        # the selected organization's worksheet language (its participants choose their own)
        self.language = named(
            QComboBox(),
            self.tr("Worksheet language"),
            self.tr("The language of the selected organization's worksheet"),
        )
        self.language_label = QLabel(self.tr("Worksheet language:"))
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = named(QLabel(), self.tr("Removed organization"))
        self.undo_label.setWordWrap(True)
        self.undo_button = named(
            QPushButton(self.tr("Undo")), self.tr("Undo removing the organization")
        )
        self.undo_button.clicked.connect(self.undo_remove)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        heading = QLabel(self.tr("<b>Organizations</b>"))
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.add_button,
                self.rename_button,
                self.remove_button,
                self.import_button,
                self.up_button,
                self.down_button,
            )
        ):
            buttons.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        layout.addLayout(language_row)
        layout.addLayout(buttons)

    # what the panel shows

    def current_group(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, group_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == group_id:
                self.list.setCurrentRow(row)
                return

    def start_screening(self) -> None:
        """Mark the organizations whose answers look like they identify a client (after the
        first paint: the screening's phone-number rules take a tenth of a second to load)."""
        self._screening = True
        self.refresh()

    def step(self, delta: int) -> None:
        if self.list.count():
            self.list.setCurrentRow((self.list.currentRow() + delta) % self.list.count())

    def refresh(self, stage_id: str | None = None) -> None:
        store = self.ctx.store
        if store is None:
            return
        if stage_id is not None:
            self.stage_id = stage_id
        keep = self.current_group()
        prompts = len(store.plan.stage(self.stage_id).prompts) if self.stage_id else 0
        self.list.blockSignals(True)
        self.list.clear()
        flagged = _flagged_per_group(store) if self._screening else {}
        for group in store.groups():
            label = group.name
            if prompts:
                answered = store.answered_count(group.id, self.stage_id)
                label = self.tr("{name}  —  {answered}/{prompts} answered").format(
                    name=group.name, answered=answered, prompts=prompts
                )
            item = QListWidgetItem(label)
            tip = ""
            if flagged.get(group.id):
                n = flagged[group.id]
                item.setText(
                    self.tr("{label}  ·  ⚑ {n} may identify a client").format(label=label, n=n)
                )
                tip = (
                    self.tr(
                        "1 answer or record of {name} looks like it identifies a client (a phone number, a date of birth…). Workshop answers should not identify clients."
                    )
                    if n == 1
                    else self.tr(
                        "{n} answers or records of {name} look like they identify a client (a phone number, a date of birth…). Workshop answers should not identify clients."
                    )
                ).format(n=n, name=group.name)
            # the whole row where a narrow list still ends a long word in "…"
            item.setToolTip(item.text() + (f"\n{tip}" if tip else ""))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.list.addItem(item)
        ids = [g.id for g in store.groups()]
        target = keep if keep in ids else (ids[0] if ids else None)
        self.select(target)
        self.list.blockSignals(False)
        if target != keep:
            self.group_selected.emit(target)
        has = target is not None
        for button in (self.rename_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self._show_language()

    def labels(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _current_changed(self, *_: object) -> None:
        self._show_language()
        self.group_selected.emit(self.current_group())

    def _show_language(self) -> None:
        """The combo box shows the selected organization's language ("" first: the event's)."""
        store, group_id = self.ctx.store, self.current_group()
        self.language.blockSignals(True)
        self.language.clear()
        if store is not None:
            event = language_name(store.event_language())  # "El del evento (inglés)"
            self.language.addItem(self.tr("The event's ({language})").format(language=event), "")
            for code, name in i18n.LANGUAGES.items():
                self.language.addItem(name, code)
        if store is not None and group_id is not None:
            index = self.language.findData(store.group(group_id).language)
            self.language.setCurrentIndex(max(index, 0))
        self.language.setEnabled(store is not None and group_id is not None)
        self.language.blockSignals(False)

    def _language_chosen(self) -> None:
        group_id = self.current_group()
        if group_id is None:
            return
        try:
            self.ctx.store.update_group(group_id, language=self.language.currentData() or "")
        except (InputError, StoreError) as exc:
            self.ctx.interaction.warn(self.tr("Language not changed"), str(exc))
            self._show_language()

    # changes

    def add(self) -> None:
        name = self.ctx.interaction.ask_text(
            self.tr("Add an organization"), self.tr("Organization's name:")
        )
        if name is None:
            return
        try:
            group = self.ctx.store.add_group(name)
        except (InputError, StoreError) as exc:
            self.ctx.interaction.warn(self.tr("Organization not added"), str(exc))
            return
        self.refresh()
        self.select(group.id)

    def rename(self) -> None:
        group_id = self.current_group()
        if group_id is None:
            return
        current = self.ctx.store.group(group_id).name
        name = self.ctx.interaction.ask_text(
            self.tr("Rename the organization"), self.tr("New name:"), current
        )
        if name is None:
            return
        try:
            self.ctx.store.update_group(group_id, name=name)
        except (InputError, StoreError) as exc:
            self.ctx.interaction.warn(self.tr("Organization not renamed"), str(exc))
            return
        self.refresh()

    def remove(self) -> None:
        group_id = self.current_group()
        if group_id is None:
            return
        name = self.ctx.store.group(group_id).name
        if not self.ctx.interaction.confirm(
            self.tr("Remove the organization?"),
            self.tr(
                "Remove {name} from this event? Its answers are kept, and Undo brings it back."
            ).format(name=name),
            yes=self.tr("Remove"),
        ):
            return
        if not self.flush_first():
            return  # the banner says why; nothing typed is dropped
        try:
            self.ctx.store.remove_group(group_id)
        except StoreError as exc:
            self.ctx.interaction.warn(self.tr("Organization not removed"), str(exc))
            return
        self._removed = group_id
        self.undo_label.setText(self.tr("Removed {name}.").format(name=name))
        self.undo_bar.show()
        self.refresh()

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        try:
            group = self.ctx.store.restore_group(self._removed)
        except (InputError, StoreError, KeyError) as exc:
            self.ctx.interaction.warn(self.tr("Organization not restored"), str(exc))
            return
        self._removed = None
        self.undo_bar.hide()
        self.refresh()
        self.select(group.id)

    def move(self, delta: int) -> None:
        group_id = self.current_group()
        ids = [g.id for g in self.ctx.store.groups()]
        if group_id is None or group_id not in ids:
            return
        index = ids.index(group_id)
        target = index + delta
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        try:
            self.ctx.store.reorder_groups(ids)
        except StoreError as exc:
            self.ctx.interaction.warn(self.tr("Order not changed"), str(exc))
            return
        self.refresh()
        self.select(group_id)


def _flagged_per_group(store) -> dict[int, int]:
    """How many answers and records of each organization screening flagged."""
    from workshop_app.screening import flagged_answers, flagged_records

    counts: dict[int, int] = {}
    for item in [*flagged_answers(store), *flagged_records(store)]:
        counts[item.group_id] = counts.get(item.group_id, 0) + 1
    return counts
