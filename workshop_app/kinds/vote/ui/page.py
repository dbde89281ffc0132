"""The vote in the console: the tally as bars, live as devices vote, "Show tally on projector",
and the shown organization's paper ballot (dots given on paper or by a show of hands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.vote import model
from workshop_app.plan import Stage
from workshop_app.store import Change, StoreError
from workshop_app.text import InputError
from workshop_app.ui.context import tell_not_saved
from workshop_app.ui.room import Spotlight
from workshop_app.ui.widgets import named

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext


class VotePage(QWidget):
    """The vote stage's extra: ``VotePage(ctx, stage)``."""

    def __init__(self, ctx: AppContext, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.stage = ctx, stage
        self.group_id: int | None = None
        self.bars: dict[str, QProgressBar] = {}
        self.paper: dict[str, QSpinBox] = {}
        self._dirty = False

        self.heading = QLabel(f"<h3>{model.question(stage)}</h3>")
        self.heading.setWordWrap(True)
        self.total = QLabel()
        self.tally_box = QGridLayout()
        self.show_button = named(
            QPushButton(self.tr("Show tally on projector")),
            self.tr("Show the tally of the vote on the projector"),
        )
        self.show_button.clicked.connect(self.show_on_screen)
        self.paper_title = QLabel()
        self.paper_title.setWordWrap(True)
        self.paper_box = QGridLayout()
        self.save_button = named(
            QPushButton(self.tr("Save paper dots")), self.tr("Save this organization's paper dots")
        )
        self.save_button.clicked.connect(self.flush)
        self.message = QLabel()
        self.message.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addLayout(self.tally_box)
        layout.addWidget(self.paper_title)
        layout.addLayout(self.paper_box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        ctx.changes.changed.connect(self._on_change)
        self.refresh()

    # -- the tally ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the bars from the store (and the paper ballot when nothing is being typed)."""
        results = model.tally(self.ctx.store, self.stage)
        _clear(self.tally_box)
        self.bars = {}
        top = max([r.dots for r in results] + [1])
        names = {g.id: g.name for g in self.ctx.store.groups()}
        for i, result in enumerate(results):
            text = result.item.text
            if result.item.group_id in names:
                text = f"{text} ({names[result.item.group_id]})"
            label = QLabel(text)
            label.setWordWrap(True)
            bar = named(QProgressBar(), self.tr("Dots for: {text}").format(text=text))
            bar.setRange(0, top)
            bar.setValue(result.dots)
            if result.dots == 1:
                bar.setFormat(self.tr("1 dot"))
            else:
                bar.setFormat(self.tr("{count} dots").format(count=result.dots))
            self.tally_box.addWidget(label, i, 0)
            self.tally_box.addWidget(bar, i, 1)
            self.bars[result.item.key] = bar
        given = sum(r.dots for r in results)
        self.total.setText(
            (
                self.tr("1 dot given so far")
                if given == 1
                else self.tr("{count} dots given so far").format(count=given)
            )
            if results
            else self.tr("Nothing to vote on yet.")
        )
        self.show_button.setEnabled(bool(results))
        if not self._dirty:
            self._load_paper()

    def show_on_screen(self) -> None:
        self.ctx.room.show([Spotlight("vote_tally", None, self.stage.id)])

    # -- one organization's paper ballot ------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        if group_id != self.group_id:
            self._dirty = False
        self.group_id = group_id
        self._load_paper()

    def _load_paper(self) -> None:
        _clear(self.paper_box)
        self.paper = {}
        visible = self.group_id is not None
        for widget in (self.paper_title, self.save_button):
            widget.setVisible(visible)
        if not visible:
            return
        store = self.ctx.store
        name = store.group(self.group_id).name
        dots = model.dots_per_voter(self.stage)
        mine = model.ballot(store, self.group_id, self.stage.id, model.PAPER)
        devices = model.group_dots(store, self.group_id, self.stage)
        from_devices = sum(devices.values()) - sum(mine.values())
        self.paper_title.setText(
            self.tr(
                "<b>{name}: paper dots</b> (up to {dots}). Its devices gave {from_devices}."
            ).format(name=name, dots=dots, from_devices=from_devices)
        )
        for i, item in enumerate(model.items(store, self.stage)):
            label = QLabel(item.text)
            label.setWordWrap(True)
            spin = named(
                QSpinBox(),
                self.tr("Paper dots of {name} for: {text}").format(name=name, text=item.text),
            )
            spin.setRange(0, dots)
            spin.setValue(mine.get(item.key, 0))
            spin.valueChanged.connect(self._typed)
            label.setBuddy(spin)
            self.paper_box.addWidget(label, i, 0)
            self.paper_box.addWidget(spin, i, 1)
            self.paper[item.key] = spin

    def _typed(self) -> None:
        self._dirty = True

    def flush(self) -> bool:
        """Save the paper ballot if it changed; False (and a message) when it could not be."""
        if not self._dirty or self.group_id is None:
            return True
        store = self.ctx.store
        raw = {key: spin.value() for key, spin in self.paper.items()}
        try:
            dots = model.validate(
                raw, model.items(store, self.stage), model.dots_per_voter(self.stage)
            )
            model.cast(store, self.group_id, self.stage, model.PAPER, dots)
        except (InputError, StoreError) as exc:
            self.message.setText(str(exc))
            tell_not_saved(self.ctx, "vote", self.group_id, str(exc))  # a dot vote
            return False
        self._dirty = False
        self.message.setText(self.tr("Paper dots saved."))
        self.refresh()
        return True

    def _on_change(self, change: Change) -> None:
        ballot = change.what == "record" and (change.key or "").startswith(
            model.voters_kind(self.stage.id)
        )
        if ballot or change.what in ("answer", "group"):
            self.refresh()


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
