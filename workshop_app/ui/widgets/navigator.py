"""StageNavigator: the plan's stages in order, with planned (and actual) minutes and a mark for
the current stage and the stages already run. Enter or a click moves the room to a stage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workshop_app.plan import WorkshopPlan
from workshop_app.ui.input_marks import clicker_place
from workshop_app.ui.widgets import named

CURRENT, DONE, TODO = "▶", "✓", "  "


class StageNavigator(QListWidget):
    stage_chosen = Signal(str)
    arrows_change_stage = True  # the console's key filter: Left/Right here are the stages

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        named(
            self,
            self.tr("Stages"),
            self.tr("The workshop's stages. Enter moves the room to the selected stage."),
        )
        self.setWordWrap(True)
        # the clicker's place: Space, B and "." act here, so it is out of the Tab path that
        # goes through the answers (Ctrl+L or a click reaches it)
        clicker_place(self)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_plan(
        self,
        plan: WorkshopPlan,
        current: str,
        actual: dict[str, float],
        done: set[str],
        keep_selection: bool = False,
        ended: bool = False,
    ) -> None:
        """`ended`: the workshop is over, so no stage is running any more (none is marked
        as the running one; its minutes are those it ran before the end)."""
        self.blockSignals(True)
        keep_row = self.currentRow() if keep_selection and self.hasFocus() else -1
        self.clear()
        for number, stage in enumerate(plan.stages, start=1):
            running = stage.id == current and not ended
            mark = CURRENT if running else DONE if stage.id in done else TODO
            timing = self.tr("{minutes} min planned").format(minutes=stage.minutes)
            if stage.optional:
                timing += self.tr(", optional")
            if stage.id in actual:
                timing += self.tr(" · {minutes} min actual").format(
                    minutes=f"{actual[stage.id]:.0f}"
                )
            item = QListWidgetItem(f"{mark} {number}. {stage.title}\n      {timing}")
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            if running:
                state = self.tr("current")
            else:
                state = self.tr("done") if stage.id in done else self.tr("to do")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Stage {number}, {title}, {state}, {timing}").format(
                    number=number, title=stage.title, state=state, timing=timing
                ),
            )
            if stage.id == current:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(font)
                self.addItem(item)
                self.setCurrentItem(item)
            else:
                self.addItem(item)
        if keep_row >= 0:
            self.setCurrentRow(keep_row)
        self.blockSignals(False)

    def item_text(self, stage_id: str) -> str:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == stage_id:
                return item.text()
        raise KeyError(stage_id)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.stage_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
