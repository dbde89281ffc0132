"""ReportCard: one organization's report back in the console — its answers, editable in place,
and its action items. Laid out for a narrow column: short labels beside full-width editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.report_back import model as actions
from workshop_app.kinds.report_back.ui.action_table import ActionTable, named
from workshop_app.kinds.report_back.ui.spotlight import short_label
from workshop_app.plan import Stage
from workshop_app.ui.context import tell_not_saved
from workshop_app.ui.i18n import console, words
from workshop_app.ui.widgets.answer_editor import AnswerEditor

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


class ReportCard(QFrame):
    def __init__(
        self,
        ctx: AppContext,
        stage: Stage,
        group_id: int,
        saver: Callable[[AnswerEditor], bool],
        tell: Callable[[str], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.group_id = group_id
        self.setObjectName("reportCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = plain_label("", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.state = plain_label("", self)
        self.state.setWordWrap(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state)

        answers = QGridLayout()
        answers.setColumnStretch(1, 1)
        self.editors: dict[str, AnswerEditor] = {}
        self.prompt_texts = {prompt.id: prompt.text for prompt in stage.prompts}
        delay = ctx.settings.get("autosave_ms") if ctx.settings is not None else 500
        for row, prompt in enumerate(stage.prompts):
            label = plain_label(short_label(prompt.id, words(console())), self)
            label.setToolTip(prompt.text)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            editor = AnswerEditor(stage.id, prompt.id, saver, delay, "short", self)
            named(editor, prompt.text, prompt.help)
            editor.setProperty("a11y_names_own_group", True)  # its card's organization
            label.setBuddy(editor)
            found = ctx.store.answer(group_id, stage.id, prompt.id)
            editor.load(group_id, found.text if found else "", found.revision if found else 0)
            line = editor.fontMetrics().lineSpacing()
            editor.setMinimumHeight(line * 3)
            editor.setMaximumHeight(line * 5)
            answers.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            answers.addWidget(editor, row, 1)
            self.editors[prompt.id] = editor

        self.actions = ActionTable(
            ctx.store,
            group_id,
            stage.id,
            lambda problem: tell_not_saved(ctx, actions.KIND, group_id, problem),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(answers)
        heading = plain_label(self.tr("Action items"), self)
        heading.setFont(bold if stage.prompts else heading.font())
        layout.addWidget(heading)
        layout.addWidget(self.actions)

    def set_state(self, number: int, name: str, reported: bool, on_screen: bool) -> None:
        self.title.setText(f"{number}. {name}")
        for editor in self.editors.values():  # a screen reader tells the cards apart by name
            editor.setAccessibleName(f"{name}: {self.prompt_texts[editor.prompt_id]}")
        self.actions.table.setAccessibleName(self.tr("Action items of {name}").format(name=name))
        marks = []
        if on_screen:
            marks.append(self.tr("On screen"))
        if reported:
            marks.append(self.tr("✓ Reported"))
        self.state.setText("   ".join(marks))
        self.setProperty("reported", reported)
        self.setStyleSheet(
            "#reportCard { border: 2px solid palette(highlight); border-radius: 6px; }"
            if on_screen
            else ""
        )

    def flush(self) -> bool:
        return all([e.flush() for e in self.editors.values()])
