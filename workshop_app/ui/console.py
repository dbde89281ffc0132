"""ConsoleWidget: the facilitator's workspace for one open event.

Left: the stage navigator, the stage timer, the organizations. Centre: the current stage's page
(prompts, notes, the stage kind's extra) under a red banner shown when a save fails. Right: the
facilitator notes (never on the projector) and "What the room sees". The console drives
`ctx.room`; the projector only listens to it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store import NOTES, Change, Saved, StoreError
from workshop_app.text import InputError
from workshop_app.ui.context import AppContext
from workshop_app.ui.i18n import console_plan
from workshop_app.ui.interaction import CSV_FILTER
from workshop_app.ui.pages.prompts import StagePage
from workshop_app.ui.themes import format_timer
from workshop_app.ui.widgets import local_time, named
from workshop_app.ui.widgets.banner import SaveBanner
from workshop_app.ui.widgets.groups import GroupsPanel
from workshop_app.ui.widgets.navigator import StageNavigator
from workshop_app.ui.widgets.room_pager import RoomPager
from workshop_app.ui.widgets.save_status import not_saved, saved_at
from workshop_app.ui.widgets.timer import StageTimer


class ConsoleWidget(QWidget):
    status = Signal(str)  # a line for the status bar
    save_copy_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        store = ctx.store
        self.plan = console_plan(store.plan)
        self.pages: dict[str, StagePage] = {}
        self.stage_id = store.current_stage_id
        self.closed = False  # close_event() was called: nothing more is built

        self.navigator = StageNavigator()
        self.navigator.stage_chosen.connect(self.go_to)
        self.timer = StageTimer()
        self.timer.changed.connect(ctx.room.set_timer)
        self.timer.changed.connect(self._timer_preview)
        self.groups = GroupsPanel(ctx, flush_first=self.flush)
        self.groups.group_selected.connect(self.set_group)
        self.groups.import_requested.connect(self.import_roster)
        left = self.left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_boxed(self.tr("Stages"), self.navigator))
        left.addWidget(_boxed(self.tr("Timer"), self.timer))
        left.addWidget(self.groups)
        left.setSizes([260, 110, 320])

        self.banner = SaveBanner()
        self.banner.save_copy_requested.connect(self.save_copy_requested)
        self.banner.retry_requested.connect(self.flush)
        self.stack = QStackedWidget()
        centre = self.centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)

        self.notes = named(
            QTextBrowser(), self.tr("Facilitator notes"), self.tr("Shown only on this laptop")
        )
        self.room_box = QGroupBox(self.tr("What the room sees"))
        named(self.room_box, self.tr("What the room sees"))
        self.room_layout = QVBoxLayout(self.room_box)
        self.room_preview = named(QLabel(), self.tr("Room view summary"))
        self.room_preview.setWordWrap(True)
        self.room_preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        ctx.room.blank_changed.connect(self._timer_preview)
        self.room_layout.addWidget(self.room_preview)
        self.room_pager = RoomPager(ctx.room)  # a long draft's pages, while the room sees one
        self.room_layout.addWidget(self.room_pager)
        self.side_tabs = named(QTabWidget(), self.tr("Side panel"))
        self.side_tabs.addTab(self.notes, self.tr("Facilitator notes"))
        self.side_tabs.setTabToolTip(0, self.tr("Only you see these; never on the projector"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.side_tabs)
        right.addWidget(self.room_box)
        right.setSizes([380, 220])

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 700, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # once the workshop has ended, a quiet line says so for as long as the event is open
        self.ended_note = named(QLabel(), self.tr("Workshop ended"))
        self.ended_note.setObjectName("endedNote")
        self.ended_note.setWordWrap(True)
        self.ended_note.hide()
        layout.addWidget(self.ended_note)
        layout.addWidget(splitter)

        ctx.changes.changed.connect(self.on_change)
        ctx.changes.failed.connect(self._report_failure)
        self._minute = QTimer(self)  # keeps "min actual" in the stage list current
        self._minute.setInterval(30_000)
        self._minute.timeout.connect(lambda: self.refresh_navigator(keep_selection=True))
        self._minute.start()
        self._resume_stage_clock()
        self._show_ended()
        self.groups.refresh(self.stage_id)
        # the stage's page is built when it is first shown: for the stage open at start-up,
        # right after the window's first paint (show_current_page), or at once when asked for
        self.opening = QLabel(self.tr("Opening the stage…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self._show_stage(self.stage_id, build_page=False)

    def working_rects(self) -> list[QRect]:
        """Where the facilitator works, on the screen: the stages, timer and organizations, the
        stage page, the side panel (notes, entry), and the place of the page buttons under
        "What the room sees" (shown while the room sees a long draft). The room view's window
        opens clear of them; over the console's own preview of the room it may go."""
        rects = [_on_screen(w) for w in (self.left, self.centre, self.side_tabs)]
        box, margins = _on_screen(self.room_box), self.room_layout.contentsMargins()
        pager = self.room_pager.sizeHint().height() + self.room_layout.spacing() + margins.bottom()
        rects.append(QRect(box.left(), box.bottom() + 1 - pager, box.width(), pager))
        return rects

    def add_room_preview(self) -> None:
        """Swap the text summary for the projector helper's live preview, if it is built.
        Called after the window's first paint: the preview lays out a scaled room view."""
        from workshop_app.ui.presenter_preview import PresenterPreview

        if not isinstance(self.room_preview, QLabel):
            return
        self.ctx.room.blank_changed.disconnect(self._timer_preview)
        self.room_layout.removeWidget(self.room_preview)
        self.room_preview.deleteLater()
        self.room_preview = PresenterPreview(self.ctx)
        self.room_layout.insertWidget(0, self.room_preview)

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        """Another part's panel (participant entry) as a tab beside the facilitator notes."""
        self.side_tabs.addTab(widget, title)

    # stages

    @property
    def page(self) -> StagePage:
        """The current stage's page, built (and shown) the first time it is asked for."""
        if self.stage_id not in self.pages:
            stage = self.plan.stage(self.stage_id)
            page = StagePage(self.ctx, stage)
            page.saved.connect(self._saved)
            page.save_failed.connect(self.show_save_problem)
            page.notice.connect(self.status.emit)
            self.pages[self.stage_id] = page
            self.stack.addWidget(page)
            self.stack.setCurrentWidget(page)
            page.set_group(self.groups.current_group())
        return self.pages[self.stage_id]

    def show_current_page(self) -> None:
        """After the first paint: the page of the stage the event opened on (unless the event
        was closed meanwhile)."""
        if self.closed or self.ctx.store is None:
            return
        self.stack.setCurrentWidget(self.page)

    def go_to(self, stage_id: str) -> bool:
        """Move the room to a stage (forward or back, never locked). False if a save failed."""
        if stage_id == self.stage_id:
            return True
        if not self.flush():
            return False
        try:
            self.ctx.store.set_current_stage(stage_id)
        except StoreError as exc:
            self.show_save_problem(str(exc))
            return False
        self._show_stage(stage_id)
        return True

    def _resume_stage_clock(self) -> None:
        """Opening an event that is not over starts its current stage's clock again."""
        store = self.ctx.store
        log = store.stage_log()
        if store.event().ended_at is None and not (log and log[-1].ended_at is None):
            try:
                store.set_current_stage(self.stage_id)
            except StoreError as exc:
                self.banner.show_problem(str(exc))

    def forward(self, delta: int) -> None:
        """The clicker's next (+1) or previous (-1): the page of a long item the room sees
        (a draft policy) while it has one that way, else the stage."""
        if not self.ctx.room.turn_page(delta):
            self.step(delta)

    def step(self, delta: int) -> None:
        index = self.plan.stage_index(self.stage_id) + delta
        if 0 <= index < len(self.plan.stages):
            self.go_to(self.plan.stages[index].id)

    def go_to_number(self, number: int) -> None:
        if 1 <= number <= len(self.plan.stages):
            self.go_to(self.plan.stages[number - 1].id)

    def _show_stage(self, stage_id: str, build_page: bool = True) -> None:
        self.stage_id = stage_id
        stage = self.plan.stage(stage_id)
        self.groups.refresh(stage_id)
        if build_page or stage_id in self.pages:
            self.stack.setCurrentWidget(self.page)
            self.page.set_group(self.groups.current_group())
        self.timer.set_stage(stage_id, stage.minutes)
        self.notes.setHtml(
            _notes_html(stage.title, stage.facilitator_notes, self.tr("No notes for this stage."))
        )
        self.refresh_navigator()
        self.ctx.room.set_stage(stage_id)
        self._timer_preview()

    def reload_plan(self) -> bool:
        """The event's plan was changed mid-event: rebuild the stages from it, keep the room's
        stage and organization. False (nothing changed) when typed text could not be saved."""
        if not self.flush():
            return False
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.plan = console_plan(self.ctx.store.plan)
        self._show_stage(self.ctx.store.current_stage_id)
        return True

    def refresh_navigator(self, keep_selection: bool = False) -> None:
        store = self.ctx.store
        log = store.stage_log()
        done = {entry.stage_id for entry in log if entry.ended_at}
        actual = store.actual_minutes()
        ended = bool(store.event().ended_at)
        self.navigator.show_plan(self.plan, self.stage_id, actual, done, keep_selection, ended)

    @property
    def ended(self) -> bool:
        return self.ctx.store is not None and bool(self.ctx.store.event().ended_at)

    def _show_ended(self) -> None:
        """The workshop has ended (now, or before this event was opened): say so, and the
        stage clock in the stage list stops; answers, notes and exports stay."""
        store = self.ctx.store
        ended_at = store.event().ended_at if store is not None else None
        if not ended_at:
            return
        self._minute.stop()
        self.ended_note.setText(
            self.tr(
                "Workshop ended at {time} — participant entry is closed; answers, notes and "
                "exports stay available."
            ).format(time=local_time(ended_at)[:5])
        )
        self.ended_note.show()

    # groups and answers

    def set_group(self, group_id: int | None) -> None:
        if self.stage_id not in self.pages:
            return  # the page picks the selected group up when it is built
        if not self.page.set_group(group_id):
            self.groups.select(self.page.group_id)  # keep the group whose text did not save

    def flush(self) -> bool:
        """Save everything typed. False (banner shown, text kept) when a save failed."""
        commit_open_editors(self)
        ok = all([page.flush() for page in self.pages.values()])
        if ok:
            self.banner.hide()
        return ok

    def dirty(self) -> bool:
        return any(page.dirty() for page in self.pages.values())

    def _saved(self, saved: Saved) -> None:
        self.banner.hide()
        if saved.unchanged or saved.duplicate:  # nothing new was written: no change is told
            self.status.emit(saved_at(local_time(saved.saved_at)))

    def _report_failure(self, record: str, group_id: int | None, problem: str) -> None:
        """A map, chain, draft or action items not saved: "Not saved: why — what of whom"."""
        if self.ctx.store is not None:
            what = self._record_words(record) if record else self.tr("answer")
            self._save_line(what, group_id, not_saved(problem))

    def _report_save(self, change: Change) -> None:
        """Every save made here (an answer, notes, a map, a chain, a draft, action items) in
        the status line, with what it was and for whom; devices' saves show in their panel."""
        if change.source == "browser" or change.what not in ("answer", "record"):
            return
        store = self.ctx.store
        if change.what == "answer":
            what = self.tr("notes") if change.key == NOTES else self.tr("answer")
            saved = store.answer(change.group_id, change.stage_id, change.key)
        else:
            what = self._record_words(change.key or "")
            saved = store.record(change.group_id, change.key)
        if saved is not None:
            self._save_line(what, change.group_id, saved_at(local_time(saved.saved_at)))

    def _record_words(self, key: str) -> str:
        from workshop_app.kinds import record_kind_of  # the kinds' own words for records

        record = record_kind_of(key)
        what = record.label if record else key.replace("_", " ")
        return QCoreApplication.translate("Kinds", what)  # ui/kind_words.py

    def _save_line(self, what: str, group_id: int | None, said: str) -> None:
        """'Saved 14:35:02 — stakeholder map of Cedar Clinic', 'Not saved: why — …'."""
        name = next((g.name for g in self.ctx.store.groups() if g.id == group_id), "")
        if name:
            line = self.tr("{saved} — {what} of {organization}")
        else:
            line = self.tr("{saved} — {what}")
        self.status.emit(line.format(saved=said, what=what, organization=name))

    def show_save_problem(self, message: str) -> None:
        self.banner.show_problem(message)
        self.status.emit(not_saved())

    def on_change(self, change: Change) -> None:
        if self.ctx.store is None:
            return
        self._report_save(change)
        if change.what == "event" and change.key == "ended":
            self._show_ended()
            self.refresh_navigator(keep_selection=True)
        if change.what in ("answer", "group"):
            self.groups.refresh()
        if change.what == "answer":
            page = self.pages.get(change.stage_id or "")
            if page is not None:
                page.on_change(change)

    def focus_answers(self) -> None:
        self.page.focus_first_answer()

    def history_of_focused(self) -> None:
        editors = self.page.editors
        editor = self.page.focused_editor() or (editors[0] if editors else None)
        if editor is not None:
            self.page.open_history(editor)

    def spotlight_focused(self) -> None:
        """Ctrl+Shift+P: the answer being edited, on the projector."""
        editor = self.page.focused_editor()
        if editor is None or editor.prompt_id == NOTES:
            self.status.emit(
                self.tr("Put the cursor in an answer first (Ctrl+E), then Ctrl+Shift+P.")
            )
            return
        self.page.spotlight(editor)

    def import_roster(self) -> None:
        from workshop_app.roster import RosterError, parse_roster  # off start-up: used rarely
        from workshop_app.ui.widgets.roster_dialog import RosterPreviewDialog

        interaction = self.ctx.interaction
        path = interaction.open_path(
            self.tr("Import a roster"), self.ctx.settings.events_folder(), CSV_FILTER
        )
        if path is None:
            return
        event = self.ctx.store.path
        if path.parent.resolve() == event.parent.resolve() and path.name.startswith(event.name):
            # reading the event's own file (or its -wal, -shm) with open() and closing it would
            # drop this process's SQLite locks on it (see store/files.py `_inspect`)
            interaction.warn(
                self.tr("Roster not read"),
                self.tr("{file} is this event's own file.").format(file=path.name),
            )
            return
        try:
            existing = [g.name for g in self.ctx.store.groups()]
            lines = parse_roster(path.read_bytes(), existing)
        except (OSError, RosterError) as exc:
            interaction.warn(self.tr("Roster not read"), f"{path.name}: {exc}")
            return
        dialog = RosterPreviewDialog(path.name, lines, self)
        try:
            accepted = interaction.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        added = 0
        for line in lines:
            if line.ok:
                try:
                    self.ctx.store.add_group(line.name, line.contact, line.size)
                    added += 1
                except (InputError, StoreError) as exc:
                    interaction.warn(
                        self.tr("Organization not added"),
                        self.tr("Line {number}: {problem}").format(number=line.line, problem=exc),
                    )
                    break
        self.groups.refresh()
        if added == 1:
            said = self.tr("Added 1 organization from {file}")
        else:
            said = self.tr("Added {count} organizations from {file}")
        self.status.emit(said.format(count=added, file=path.name))

    def _timer_preview(self, *_: object) -> None:
        if not isinstance(self.room_preview, QLabel):
            return
        stage = self.plan.stage(self.stage_id)
        room = self.ctx.room
        if room.blank:
            self.room_preview.setText(f"<i>{escape(self.tr('The projector is blank.'))}</i>")
            return
        prompts = "".join(f"<li>{escape(p.text)}</li>" for p in stage.prompts[:4])
        self.room_preview.setText(
            f"<b>{escape(stage.title)}</b> — {format_timer(self.timer.remaining)}<ul>{prompts}</ul>"
        )

    def close_event(self) -> None:
        """The event is being closed: stop its clock and stop listening."""
        self.closed = True
        self.timer.pause()
        self._minute.stop()
        self.ctx.changes.changed.disconnect(self.on_change)
        self.ctx.changes.failed.disconnect(self._report_failure)
        if self.ctx.store is not None and self.ctx.store.event().ended_at is None:
            try:
                self.ctx.store.pause_stage_log()
            except StoreError:
                pass


def commit_open_editors(root: QWidget) -> None:
    """A table cell being edited (an action's owner, its due date) is typed text like any
    other: before the event closes or the room moves on, its editor hands the text to its
    table, which saves it, and closes (as when the facilitator clicks elsewhere)."""
    for view in root.findChildren(QAbstractItemView):
        if view.state() != QAbstractItemView.State.EditingState:
            continue
        index = view.currentIndex()
        editor = view.indexWidget(index)
        if editor is None:
            continue
        delegate = view.itemDelegateForIndex(index)
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(widget)
    return box


def _notes_html(title: str, notes: str, none: str) -> str:
    paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in notes.split("\n\n") if p.strip())
    return f"<h3>{escape(title)}</h3>{paragraphs or f'<p>{escape(none)}</p>'}"


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
