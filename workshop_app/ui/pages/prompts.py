"""StagePage: what the console shows for one stage. The stage's prompts (help text, an editor
each, History…), the group's notes, and the stage kind's extra widget if one is registered in
STAGE_EXTRAS (imported only when a stage of that kind is first shown)."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds import load
from workshop_app.plan import Stage
from workshop_app.store import NOTES, Change, Saved, StoreError
from workshop_app.text import InputError
from workshop_app.ui import pages
from workshop_app.ui.accessible import BASE_NAME, announce, for_organization
from workshop_app.ui.context import AppContext
from workshop_app.ui.input_marks import room_button
from workshop_app.ui.room import Spotlight
from workshop_app.ui.widgets import named
from workshop_app.ui.widgets.answer_editor import AnswerEditor
from workshop_app.ui.widgets.screening_note import ScreeningNote

log = logging.getLogger(__name__)
OWN_GROUP = "a11y_names_own_group"  # a field named after its own organization (report cards)


def load_extra(ctx: AppContext, stage: Stage) -> QWidget | None:
    target = pages.STAGE_EXTRAS.get(stage.kind)  # read when used: tests may swap the registry
    if not target:
        return None
    try:
        return load(target)(ctx, stage)
    except Exception as exc:  # a broken part must not take the answers down with it
        log.exception("the %s editor could not be loaded", stage.kind)
        return UnavailablePart(
            QCoreApplication.translate(
                "StagePage", "This stage's {kind} editor could not be loaded ({problem})."
            ).format(kind=stage.kind, problem=exc)
        )


class UnavailablePart(QLabel):
    """What stands in for a kind's page that failed to load: it says so and keeps nothing."""

    def __init__(self, message: str):
        super().__init__(message)
        self.setWordWrap(True)

    def set_group(self, group_id: int | None) -> None:
        pass

    def flush(self) -> bool:
        return True


class StagePage(QScrollArea):
    saved = Signal(object)  # store.Saved, after a commit
    save_failed = Signal(str)  # the message; the text stays in the editor
    notice = Signal(str)  # something the facilitator should know, for the status bar

    def __init__(self, ctx: AppContext, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.stage = ctx, stage
        self.group_id: int | None = None
        self.editors: list[AnswerEditor] = []
        self.screening_notes: dict[str, ScreeningNote] = {}  # by prompt id, under its editor
        self.titles: dict[str, str] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # never a stop of its own: Tab goes answer to answer, and a click on a button that
        # takes no focus (Show on projector) leaves the cursor in the answer
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        named(self, self.tr("Stage: {title}").format(title=stage.title))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        title = QLabel(f"<h2>{escape(stage.title)}</h2>")
        layout.addWidget(title)
        if stage.objectives:
            items = "".join(f"<li>{escape(o)}</li>" for o in stage.objectives)
            objectives = QLabel(f"<ul>{items}</ul>")
            objectives.setWordWrap(True)
            layout.addWidget(objectives)
        self.no_group = QLabel(
            self.tr("Add an organization (Organizations → Add…) to type its answers here.")
        )
        self.no_group.setWordWrap(True)
        layout.addWidget(self.no_group)
        self.answers_box = QWidget()
        answers = QVBoxLayout(self.answers_box)
        answers.setContentsMargins(0, 0, 0, 0)
        # where the typing goes, always in words: the organization these answers belong to
        self.editing = named(QLabel(), self.tr("Organization being edited"))
        self.editing.setTextFormat(Qt.TextFormat.PlainText)
        self.editing.setObjectName("editingGroup")
        self.editing.setStyleSheet(
            "#editingGroup { font-weight: bold; padding: 4px 6px;"
            " border-left: 4px solid palette(highlight); }"
        )
        answers.addWidget(self.editing)
        # the kind's part that comes before the prompts (pages/__init__.py), built first so
        # that Tab reaches it before the answers, as it reads
        self.extra = load_extra(ctx, stage)
        lead = getattr(self.extra, "lead", None)
        self.lead: QWidget | None = lead if isinstance(lead, QWidget) else None
        if self.lead is not None:
            answers.addWidget(self.lead)
        delay = ctx.settings.get("autosave_ms")
        for number, prompt in enumerate(stage.prompts, start=1):
            self.titles[prompt.id] = prompt.text
            name = self.tr("Answer to {question}").format(question=prompt.text)
            editor = self._editor(prompt.id, prompt.size, delay, name)
            answers.addLayout(self._block(f"{number}. {prompt.text}", prompt.help, editor))
        self.titles[NOTES] = self.tr("Notes — {stage}").format(stage=stage.title)
        name = self.tr("Notes for {stage}").format(stage=stage.title)
        notes = self._editor(NOTES, "medium", delay, name)
        answers.addLayout(
            self._block(
                self.tr("Notes"),
                self.tr("Anything else the group said (kept on its worksheet)."),
                notes,
            )
        )
        layout.addWidget(self.answers_box)
        if self.extra is not None:
            layout.addWidget(self.extra)
        layout.addStretch(1)
        self.setWidget(body)
        self._show_group_state()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar come or gone
            self._fit_extra()
        return super().viewportEvent(event)

    def _fit_extra(self) -> None:
        fit = getattr(self.extra, "fit_width", None)
        if fit is not None:  # wide extras stack their panes rather than scroll sideways
            margins = self.widget().layout().contentsMargins()  # the extra's room, inside them
            fit(self.viewport().width() - margins.left() - margins.right())
        fit = getattr(self.extra, "fit_height", None)
        if fit is not None:  # a part that should fit on one screen (the draft's preview)
            fit(self.viewport().height())

    def _editor(self, prompt_id: str, size: str, delay: int, name: str) -> AnswerEditor:
        editor = AnswerEditor(self.stage.id, prompt_id, self._save, delay, size)
        named(editor, name)
        self.editors.append(editor)
        return editor

    def _block(self, heading: str, help_text: str, editor: AnswerEditor) -> QVBoxLayout:
        block = QVBoxLayout()
        row = QHBoxLayout()
        label = QLabel(f"<b>{escape(heading)}</b>")
        label.setWordWrap(True)
        label.setBuddy(editor)
        history = named(
            QPushButton(self.tr("History…")),
            self.tr("History of: {heading}").format(heading=heading),
        )
        history.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes answer to answer; Ctrl+H
        history.clicked.connect(lambda: self.open_history(editor))
        row.addWidget(label, 1)
        if editor.prompt_id != NOTES:  # notes are the group's own; never on the projector
            spotlight = named(
                QPushButton(self.tr("Show on projector")),
                self.tr("Show this organization's answer to: {heading} on the projector").format(
                    heading=heading
                ),
            )
            # out of the typing path: a click leaves the cursor in the answer, Tab goes on to
            # the next answer, typing never presses it (Ctrl+Shift+P from the keyboard)
            room_button(spotlight).setFocusPolicy(Qt.FocusPolicy.NoFocus)
            spotlight.clicked.connect(lambda: self.spotlight(editor))
            row.addWidget(spotlight, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(history, 0, Qt.AlignmentFlag.AlignTop)
        block.addLayout(row)
        if help_text:
            hint = QLabel(help_text)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setWordWrap(True)
            font = hint.font()
            font.setItalic(True)
            hint.setFont(font)
            block.addWidget(hint)
            editor.setAccessibleDescription(help_text)
            editor.setProperty("help_description", help_text)
        block.addWidget(editor)
        note = self.screening_notes[editor.prompt_id] = ScreeningNote(editor)
        block.addWidget(note)
        return block

    # the group shown

    def set_group(self, group_id: int | None) -> bool:
        """Show another organization's answers; saves the one shown first. False if that failed
        (the page then stays on the current group so its text is not lost)."""
        if group_id == self.group_id:
            return True
        if not self.flush():
            return False
        self.group_id = group_id
        store = self.ctx.store
        for editor in self.editors:
            found = store.answer(group_id, self.stage.id, editor.prompt_id) if group_id else None
            editor.load(group_id, found.text if found else "", found.revision if found else 0)
        if self.extra is not None:
            self.extra.set_group(group_id)
        self._show_group_state()
        self._name_fields()
        return True

    def fields(self) -> list[QWidget]:
        """Every field typed into for the organization shown (answers, notes, the extra's)."""
        kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
        found: list[QWidget] = list(self.editors)
        for part in (self.lead, self.extra):
            if part is None:
                continue
            found += [
                w
                for w in part.findChildren(QWidget)
                if isinstance(w, kinds)
                and not getattr(w, "isReadOnly", lambda: False)()
                and not w.property(OWN_GROUP)
                and w not in found
                and not isinstance(w.parentWidget(), QAbstractSpinBox)
            ]
        return found

    def _name_fields(self) -> None:
        """Each field's name says whose answer it is; switching organization while typing
        says it aloud, since the text in the field was replaced under the cursor."""
        org = None
        if self.group_id is not None:
            try:
                org = self.ctx.store.group(self.group_id).name
            except (KeyError, StoreError):
                org = None
        fields = self.fields()
        for field in fields:
            for_organization(field, org)
        focus = QApplication.focusWidget()
        if org and focus in fields:
            announce(
                focus,
                self.tr("Now {org}: {field}").format(org=org, field=focus.property(BASE_NAME)),
            )

    def _show_group_state(self) -> None:
        has = self.group_id is not None
        self.answers_box.setVisible(has)
        self.no_group.setVisible(not has)
        self.show_group_name()

    def show_group_name(self) -> None:
        """Name the organization the answers below belong to (after a choice or a rename)."""
        if self.group_id is None or self.ctx.store is None:
            self.editing.setText("")
            return
        name = next((g.name for g in self.ctx.store.groups() if g.id == self.group_id), "")
        # what is below: a stage of notes only (Objectives) has no answers to name
        whose = self.tr("Answers of {name}") if self.stage.prompts else self.tr("Notes of {name}")
        self.editing.setText(whose.format(name=name) if name else "")

    def focus_first_answer(self) -> bool:
        """Ctrl+E: the first answer, scrolled into view, with the cursor in it."""
        if not self.editors or self.group_id is None:
            return False
        editor = self.editors[0]
        self.ensureWidgetVisible(editor, 0, 24)
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focused_editor(self) -> AnswerEditor | None:
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        return focus if focus in self.editors else None

    def editor(self, prompt_id: str) -> AnswerEditor:
        return next(e for e in self.editors if e.prompt_id == prompt_id)

    def set_autosave_delay(self, delay_ms: int) -> None:
        for editor in self.editors:
            editor.set_delay(delay_ms)

    # saving

    def flush(self) -> bool:
        ok = all([editor.flush() for editor in self.editors])
        if self.extra is not None and not self.extra.flush():
            ok = False  # a draft or a map that did not save holds the console like an answer
        return ok

    def dirty(self) -> bool:
        return any(editor.dirty for editor in self.editors)

    def _save(self, editor: AnswerEditor) -> bool:
        try:
            saved: Saved = self.ctx.store.save_answer(
                *editor.key, editor.toPlainText(), based_on=editor.revision
            )
        except (StoreError, InputError) as exc:
            self.save_failed.emit(str(exc))
            return False
        except KeyError:
            self.save_failed.emit(
                self.tr(
                    "This organization was removed from the event; undo the removal to save its text."
                )
            )
            return False
        editor.revision = saved.revision
        if saved.conflict is not None and not editor.outside_change:
            # (while typing, the facilitator was told already: see on_change)
            self.notice.emit(
                self.tr(
                    "A device had saved a different “{question}” ({text}); your text replaces it, "
                    "and its version stays in History…"
                ).format(question=self.titles[editor.prompt_id], text=_excerpt(saved.conflict.text))
            )
        self.saved.emit(saved)
        return True

    def on_change(self, change: Change) -> None:
        """Show an answer another device saved, unless it is being typed here."""
        if change.what != "answer" or change.source == "console":
            return
        if change.group_id != self.group_id or change.stage_id != self.stage.id:
            return
        for editor in self.editors:
            if editor.prompt_id == change.key:
                before = editor.toPlainText()
                found = self.ctx.store.answer(change.group_id, self.stage.id, editor.prompt_id)
                editor.refresh(found.text if found else "", found.revision if found else None)
                if change.replaced is not None and not editor.outside_change and before.strip():
                    # a device's save had not seen the text saved here: both stay, both told
                    self.notice.emit(
                        self.tr(
                            "A device saved “{question}” over your text without having seen it; yours "
                            "({text}) stays in History…"
                        ).format(question=self.titles[editor.prompt_id], text=_excerpt(before))
                    )
                if editor.outside_change:  # kept off screen: the typing here will replace it
                    self.notice.emit(
                        self.tr(
                            "A device also changed “{question}” while you were typing; your text replaces "
                            "it when saved, and its version stays in History…"
                        ).format(question=self.titles[editor.prompt_id])
                    )

    def spotlight(self, editor: AnswerEditor) -> None:
        """Put this group's answer big on the projector (saved first, so the room sees it)."""
        if editor.key is None or not editor.flush():
            return
        from workshop_app.ui.consent import may_show_flagged

        if not may_show_flagged(self.ctx, [editor.toPlainText()], self.tr("This answer")):
            return
        self.ctx.room.show([Spotlight("answer", self.group_id, self.stage.id, editor.prompt_id)])

    # history

    def open_history(self, editor: AnswerEditor) -> None:
        from workshop_app.ui.widgets.history import HistoryDialog  # off start-up

        if editor.key is None:
            return
        editor.flush()
        dialog = HistoryDialog(self.ctx.store, editor.key, self.titles[editor.prompt_id], self)
        try:
            self.ctx.interaction.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        if dialog.restored is not None:
            found = self.ctx.store.answer(*editor.key)
            editor.load(self.group_id, found.text if found else "", found.revision if found else 0)
            self.saved.emit(dialog.restored)
        elif dialog.error:
            self.save_failed.emit(dialog.error)


def _excerpt(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return f"“{one_line[:limit]}…”" if len(one_line) > limit else f"“{one_line}”"
