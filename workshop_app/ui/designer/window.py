"""The workshop designer: one plan's stages in order, the selected stage's form, live checking.

Every change goes straight into the plan document (comments and order kept) and is checked with
the same validator as `workshop-app check-plan`; each problem shows under its field, and all of
them in the list at the bottom (a click goes to the field). A plan with problems can be saved as
a draft but is not offered for a new event until it passes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.plan import STAGE_KINDS, WorkshopPlan
from workshop_app.plan_doc import PlanDocument, Problem, parse_path
from workshop_app.ui.designer.form import Fields, ListEditor, TableForm, entry_title, label_for

if TYPE_CHECKING:
    from workshop_app.ui.designer.preview import StagePreview
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.widgets import named

WORKSHOP_ROW = 0  # the stage list's first row is the workshop itself (title, summary, version)


class PlanDesigner(QDialog):
    saved = Signal(Path)

    def __init__(
        self,
        doc: PlanDocument,
        interaction: Interaction,
        parent: QWidget | None = None,
        apply: Callable[[WorkshopPlan], int | None] | None = None,
    ):
        """`apply`: the running event's plan is being changed; Save hands it the checked plan
        (a draft cannot be applied) instead of writing a file."""
        super().__init__(parent)
        self.doc, self.interaction, self.apply = doc, interaction, apply
        self.fields = Fields()
        self.problems: list[Problem] = []
        self._leaving = False
        self.checking = QTimer(self)
        self.checking.setSingleShot(True)
        self.checking.setInterval(250)
        self.checking.timeout.connect(self.recheck)
        if apply:
            where = self.tr("the running event's plan")
        else:
            where = doc.path.name if doc.path else self.tr("new plan")
        self.setWindowTitle(self.tr("Workshop designer — {where}").format(where=where))
        named(self, self.tr("Workshop designer"))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(760, screen.height() - 40))

        self.heading = QLabel()
        self.heading.setObjectName("designerHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.state = named(QLabel(), self.tr("Plan check"))
        self.state.setWordWrap(True)

        self.stages = named(
            QListWidget(),
            self.tr("Stages"),
            self.tr("The workshop's stages, in the order they run"),
        )
        self.stages.currentRowChanged.connect(self._show)
        self.kind = named(QComboBox(), self.tr("Kind of the new stage"))
        self.kind.addItems(list(STAGE_KINDS))
        self.kind.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        stage_buttons = QHBoxLayout()
        self.stage_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("add_stage", self.tr("Add stage")),
            ("remove_stage", self.tr("Remove")),
            ("stage_up", self.tr("Up")),
            ("stage_down", self.tr("Down")),
        ):
            button = named(QPushButton(text), self.tr("{text} (stages)").format(text=text))
            button.clicked.connect(getattr(self, key))
            stage_buttons.addWidget(button)
            self.stage_buttons[key] = button
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Stages")))
        left_layout.addWidget(self.stages, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("New stage of kind:")))
        add_row.addWidget(self.kind, 1)
        left_layout.addLayout(add_row)
        left_layout.addLayout(stage_buttons)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.form: TableForm | None = None

        self.problem_list = named(
            QListWidget(),
            self.tr("Problems"),
            self.tr("Every problem check-plan finds; choose one to go to it"),
        )
        self.problem_list.setFixedHeight(96)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.scroll)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 880])

        self.preview_button = named(
            QPushButton(self.tr("&Preview stage…")), self.tr("Preview the chosen stage")
        )
        self.preview_button.setToolTip(self.tr("As the projector shows it, and on a phone"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_window: StagePreview | None = None
        self.save_button = named(
            QPushButton(self.tr("&Apply to the event") if apply else self.tr("&Save")),
            self.tr("Apply the plan to the running event") if apply else self.tr("Save the plan"),
        )
        self.save_button.clicked.connect(self.save)
        close = named(QPushButton(self.tr("Close")), self.tr("Close the designer"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("Problems:")))
        layout.addWidget(self.problem_list)
        layout.addLayout(bottom)
        self.refill(WORKSHOP_ROW)
        self.recheck()

    # -- stages -------------------------------------------------------------------------------

    def stage_tables(self) -> list[dict]:
        return self.doc.get("stages") or []

    def refill(self, select: int) -> None:
        self.stages.blockSignals(True)
        self.stages.clear()
        self.stages.addItem(QListWidgetItem(self.tr("Workshop: title, summary, languages")))
        for i, stage in enumerate(self.stage_tables()):
            minutes = stage.get("minutes", "?")
            kind = stage.get("kind", "?")
            self.stages.addItem(
                self.tr("{number}. {title} — {kind}, {minutes} min").format(
                    number=i + 1, title=entry_title(stage), kind=kind, minutes=minutes
                )
            )
        self.stages.blockSignals(False)
        self.stages.setCurrentRow(max(0, min(select, self.stages.count() - 1)))
        self._show(self.stages.currentRow())

    def _path_of_row(self, row: int) -> str:
        return "workshop" if row == WORKSHOP_ROW else f"stages[{row - 1}]"

    def _show(self, row: int) -> None:
        self.fields.flush()
        if self.form is not None:
            self.fields.clear_under(self.form.path)
            self.fields.clear_under("regions")
            self.form.deleteLater()
            self.form = None
        if row < 0:
            return
        path = self._path_of_row(row)
        self.form = TableForm(self.doc, path, self.fields, self._changed, "stage" if row else "")
        holder = QWidget()  # the form at the top, its rows as tall as their fields
        column = QVBoxLayout(holder)
        column.addWidget(self.form)
        if row == WORKSHOP_ROW and self.doc.get("regions"):  # where groups work, beside the head
            box = QGroupBox(label_for("plan_regions"))
            QVBoxLayout(box).addWidget(
                ListEditor(self.doc, "regions", self.fields, self._changed, "plan_regions")
            )
            column.addWidget(box)
        column.addStretch(1)
        self.scroll.setWidget(holder)
        self._mark_fields()

    def _changed(self) -> None:
        row = self.stages.currentRow()
        if row > WORKSHOP_ROW:
            stage = self.stage_tables()[row - 1]
            self.stages.item(row).setText(
                self.tr("{number}. {title} — {kind}, {minutes} min").format(
                    number=row,
                    title=entry_title(stage),
                    kind=stage.get("kind", "?"),
                    minutes=stage.get("minutes", "?"),
                )
            )
        self.checking.start()  # once typing pauses, not at every key

    def add_stage(self) -> None:
        kind = self.kind.currentText()
        stage_id = self.doc.unique_id("stages", kind)
        row = self.stages.currentRow()
        title = self.tr("New stage: {kind}").format(kind=kind.replace("_", " "))
        at = self.doc.add_stage(kind, stage_id, title, row)
        self.refill(at + 1)
        self.recheck()

    def remove_stage(self) -> None:
        row = self.stages.currentRow()
        if row <= WORKSHOP_ROW:
            return
        title = entry_title(self.stage_tables()[row - 1])
        if not self.interaction.confirm(
            self.tr("Remove stage"),
            self.tr("Remove the stage “{title}” from this plan?").format(title=title),
            self.tr("Remove"),
        ):
            return
        self.doc.remove("stages", row - 1)
        self.refill(row)
        self.recheck()

    def stage_up(self) -> None:
        self._move(-1)

    def stage_down(self) -> None:
        self._move(1)

    def _move(self, by: int) -> None:
        row = self.stages.currentRow()
        if row <= WORKSHOP_ROW or not 1 <= row + by <= len(self.stage_tables()):
            return
        self.doc.move("stages", row - 1, row - 1 + by)
        self.refill(row + by)
        self.recheck()

    # -- checking -----------------------------------------------------------------------------

    def recheck(self) -> None:
        plan, self.problems = self.doc.check()
        title = self.doc.get("workshop.title") or self.tr("(untitled plan)")
        self.heading.setText(f"{title}")
        if plan is not None:
            extra = plan.optional_minutes
            self.state.setText(
                self.tr("Ready: passes the plan check — {plan}, {minutes} minutes").format(
                    plan=self.tr(
                        "{title}, {stages} stages, {prompts} prompts, {clauses} clauses"
                    ).format(
                        title=plan.title,
                        stages=len(plan.stages),
                        prompts=plan.prompt_count,
                        clauses=len(plan.clauses),
                    ),
                    minutes=plan.planned_minutes,
                )
                + (self.tr(" (and {extra} optional).").format(extra=extra) if extra else ".")
            )
        else:
            n = len(self.problems)
            self.state.setText(
                (
                    self.tr("Draft: 1 problem.")
                    if n == 1
                    else self.tr("Draft: {count} problems.").format(count=n)
                )
                + self.tr(
                    " It can be saved, but not used for an event until every problem is fixed."
                )
            )
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(f"{problem.path or 'plan'}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.problem_list.addItem(item)
        for warning in plan.warnings if plan is not None else ():
            self.problem_list.addItem(
                QListWidgetItem(self.tr("Note — {warning}").format(warning=warning))
            )
        self._mark_fields()

    def _mark_fields(self) -> None:
        by_path: dict[str, list[str]] = {}
        for problem in self.problems:
            field = self._field_for(problem.path)
            message = problem.message
            if field != problem.path and problem.path.startswith(field):
                # shown at the list it is in: say which entry, "prompts[1].id: duplicate id …"
                where = problem.path[len(field) :].lstrip(".")
                message = f"{field.rsplit('.', 1)[-1]}{where}: {message}"
            by_path.setdefault(field, []).append(message)
        for path, label in self.fields.errors.items():
            messages = by_path.get(path, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            editor = self.fields.editors.get(path)
            if editor is not None:
                editor.setAccessibleDescription("; ".join(messages))

    def _field_for(self, path: str) -> str:
        """The nearest field shown for a problem's path (a list's problem goes to its first field)."""
        if path in self.fields.errors:
            return path
        steps = parse_path(path) if path else []
        while steps:
            steps.pop()
            candidate = _join(steps)
            if candidate in self.fields.errors:
                return candidate
        return path

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) or ""
        self.go_to(path)

    def go_to(self, path: str) -> QWidget | None:
        """Show the stage (and list entries) a key path is in, and focus its field."""
        steps = parse_path(path) if path else []
        if len(steps) >= 2 and steps[0] == "stages" and isinstance(steps[1], int):
            self.stages.setCurrentRow(steps[1] + 1)
        elif steps and steps[0] == "workshop":
            self.stages.setCurrentRow(WORKSHOP_ROW)
        # open nested list entries on the way down (prompts[1] selects the prompt)
        from workshop_app.ui.designer.form import ListEditor

        for depth in range(3, len(steps) + 1):
            prefix = _join(steps[:depth])
            if isinstance(steps[depth - 1], int):
                list_path = _join(steps[: depth - 1])
                for editor in self.findChildren(ListEditor):
                    if editor.path == list_path:
                        editor.list.setCurrentRow(steps[depth - 1])
            del prefix
        self._mark_fields()
        target = self.fields.editors.get(self._field_for(path))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(target)
        return target

    # -- preview ------------------------------------------------------------------------------

    def preview(self) -> StagePreview | None:
        """The chosen stage in a throw-away event: the projector, and the phone page."""
        from workshop_app.ui.designer.preview import StagePreview

        self.fields.flush()
        self.recheck()
        plan, _ = self.doc.check()
        row = self.stages.currentRow()
        if plan is None or row <= WORKSHOP_ROW:
            why = (
                self.tr("Choose a stage first.")
                if plan
                else self.tr("Fix the plan's problems first.")
            )
            self.interaction.inform(self.tr("Preview"), why)
            return None
        if self.preview_window is not None:
            self.preview_window.close()
        self.preview_window = StagePreview(plan, plan.stages[row - 1].id, self.interaction, self)
        self.preview_window.show()
        return self.preview_window

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        self.fields.flush()
        self.recheck()
        if self.apply is not None:
            return self._apply()
        if self.doc.path is None:
            return False
        try:
            target = self.doc.save()
        except OSError as exc:
            self.interaction.warn(
                self.tr("Not saved"),
                self.tr("The plan could not be saved: {problem}").format(
                    problem=exc.strerror or exc
                ),
            )
            return False
        self.saved.emit(target)
        if self.problems:
            saved = self.tr("  Saved as a draft to {name}.")
        else:
            saved = self.tr("  Saved to {name}.")
        self.state.setText(self.state.text() + saved.format(name=target.name))
        return True

    def _apply(self) -> bool:
        plan, problems = self.doc.check()
        if plan is None:
            n = len(problems)
            self.interaction.warn(
                self.tr("Not applied"),
                (
                    self.tr("The event keeps its plan: fix the problem listed at the bottom first.")
                    if n == 1
                    else self.tr(
                        "The event keeps its plan: fix the {count} problems listed at the bottom "
                        "first."
                    ).format(count=n)
                )
                + self.tr(" A running event needs a plan that passes the check."),
            )
            return False
        version = self.apply(plan)
        if version is None:
            return False
        self.doc.original = self.doc.text()
        self.state.setText(
            self.state.text()
            + self.tr("  Applied: the event runs on version {version}.").format(version=version)
        )
        return True

    def _may_close(self) -> bool:
        self.fields.flush()
        if self._leaving or not self.doc.changed:
            return True
        self._leaving = self.interaction.confirm(
            self.tr("Unsaved changes"),
            self.tr("Close the designer without saving your changes to this plan?"),
            self.tr("Close without saving"),
            self.tr("Keep editing"),
            default="no",
        )
        return self._leaving

    def reject(self) -> None:  # Esc and the window's close button both come here
        if self._may_close():
            super().reject()

    def closeEvent(self, event) -> None:
        if self._may_close():
            super().closeEvent(event)
        else:
            event.ignore()


def _join(steps: list[str | int]) -> str:
    out = ""
    for step in steps:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out
