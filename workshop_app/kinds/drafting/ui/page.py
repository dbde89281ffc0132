"""The drafting stage's console extra: a group's choices, its draft policy, and the preview.

First the choices (ticks decide which library clauses are proposed): they are the page's `lead`,
which the stage page puts above the prompts, where the plan's notes start the work and its
first prompt builds on them ("For the channels you picked"). Then, side by side on a wide page,
the draft's clauses in order (tick to include, Alt+↑/↓ to reorder, select one to edit its text,
reset it to the library's text, keep or remove a clause the choices no longer propose, or add
the group's own clause) and the whole draft as it will print, with every earlier version to
restore. Every change is saved at once (text edits after a short pause, and on `flush`).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.drafting.clauses import (
    PROPOSED,
    STATUS_LABELS,
    WITHDRAWN,
    Draft,
    draft_for,
    fill,
    library,
    option_labels,
    reason_shown,
)
from workshop_app.kinds.drafting.ui.choices_panel import ChoicesPanel
from workshop_app.kinds.drafting.ui.clause_list import KEY, ClauseList
from workshop_app.kinds.drafting.ui.draft_preview import DraftPreview
from workshop_app.plan import Stage
from workshop_app.store import StoreError
from workshop_app.text import InputError
from workshop_app.ui.context import tell_not_saved
from workshop_app.ui.i18n import core_text
from workshop_app.ui.room import Spotlight
from workshop_app.ui.widgets import load_line, named
from workshop_app.ui.widgets.reflow import fit_splitter
from workshop_app.ui.widgets.replaced import (
    replaced_by_device,
    revision_of,
    saved_over,
    theirs_text,
)

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext

SAVE_AFTER_MS = 800
CLAUSE_ROWS, CLAUSE_TEXT_LINES = 9, 6  # the least the clauses and a clause's text show
PREVIEW_CLEARANCE = 16  # px of the page above and below the preview when it fills the screen
QWIDGETSIZE_MAX = (1 << 24) - 1


def _plain_label(text: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class DraftEditor(QWidget):
    def __init__(self, ctx: AppContext, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, self.tr("Draft policy"))
        self.ctx, self.stage = ctx, stage
        self.library = library(stage)
        self.group_id: int | None = None
        self.org = ""
        self.draft = Draft()
        self._pending = False
        self._editing: str | None = None
        self.draft_revision = self.choices_revision = 0  # of what is shown: saves say so
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)

        # above the prompts in the stage page, which takes it from this layout (pages/__init__.py)
        self.choices = self.lead = ChoicesPanel(stage)
        self.choices.changed.connect(self._choices_changed)

        self.list = ClauseList()
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemChanged.connect(self._item_changed)
        self.up = named(QPushButton(self.tr("Move up")), self.tr("Move the clause up"))
        self.down = named(QPushButton(self.tr("Move down")), self.tr("Move the clause down"))
        self.add = named(
            QPushButton(self.tr("Add our own clause")), self.tr("Add a clause the group writes")
        )
        self.keep = named(
            QPushButton(self.tr("Keep")), self.tr("Keep a clause the choices no longer propose")
        )
        self.remove = named(
            QPushButton(self.tr("Remove")),
            self.tr("Remove the group's own clause, or one no longer proposed"),
        )
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.add.clicked.connect(self.add_own)
        self.keep.clicked.connect(self.keep_current)
        self.remove.clicked.connect(self.remove_current)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
        ):
            QShortcut(
                QKeySequence(keys), self.list, slot, context=Qt.ShortcutContext.WidgetShortcut
            )

        self.reason = _plain_label()
        self.title = named(QLineEdit(), self.tr("Clause title"))
        self.body = named(
            QPlainTextEdit(),
            self.tr("Clause text"),
            self.tr("Edit freely; the library text stays one click away"),
        )
        self.body.setTabChangesFocus(True)  # keyboard-only use: Tab leaves the clause text
        self.title.textEdited.connect(self._typed)
        self.body.textChanged.connect(self._body_changed)
        self.reset = named(
            QPushButton(self.tr("Reset to library text")), self.tr("Reset to library text")
        )
        self.reset.clicked.connect(self.reset_current)
        self.why = _plain_label()
        small = QFont(self.why.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        small.setItalic(True)
        self.why.setFont(small)
        self.error = _plain_label()
        self.error.setStyleSheet("color: #b00020")
        self.status = _plain_label()

        # two rows: in longer languages five buttons in a row were wider than a narrow page
        buttons = QGridLayout()
        for i, b in enumerate((self.up, self.down, self.keep, self.remove, self.add)):
            buttons.addWidget(b, i // 3, i % 3)
        self.from_library = named(
            QComboBox(),
            self.tr("Library clauses not in the draft"),
            self.tr("Add a clause your choices did not propose"),
        )
        self.add_library = named(
            QPushButton(self.tr("Add from the library")), self.tr("Add the chosen library clause")
        )
        self.add_library.clicked.connect(self.add_from_library)
        library_row = QHBoxLayout()
        library_row.addWidget(self.from_library, 1)
        library_row.addWidget(self.add_library)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addWidget(QLabel(self.tr("<b>Clauses in the draft</b>")))
        mid.addWidget(self.list, 3)
        mid.addLayout(buttons)
        mid.addLayout(library_row)
        mid.addWidget(self.reason)
        mid.addWidget(self.title)
        mid.addWidget(self.body, 2)
        row = QHBoxLayout()
        row.addWidget(self.reset)
        row.addWidget(self.status, 1)
        mid.addLayout(row)
        mid.addWidget(self.why)
        mid.addWidget(self.error)

        self.preview = DraftPreview()
        self.preview.restore_requested.connect(self.restore)
        self.show_button = named(
            QPushButton(self.tr("Show draft on projector")),
            self.tr("Show this group's draft on the projector"),
        )
        self.show_button.clicked.connect(self.show_on_screen)
        self.preview.layout().insertWidget(0, self.show_button)

        splitter = self.panes = QSplitter()
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 470])
        splitter.setChildrenCollapsible(False)  # a drag never hides the clauses or the preview
        self._fit_lines()
        self._room = (0, 0)  # the page's visible width and height (fit_width, fit_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices)
        layout.addWidget(splitter)
        # Tab as it reads: after the clause, the button above the preview, then the preview's
        preview = (self.preview.view, self.preview.versions, self.preview.restore)
        for before, after in pairwise((self.reset, self.show_button, *preview)):
            QWidget.setTabOrder(before, after)

        ctx.changes.changed.connect(self._on_change)
        self.set_group(None)

    def _fit_lines(self) -> None:
        """Room for the clauses and a clause's text, in lines of today's text size: stacked in
        the scrolling page, the panes take the height they ask for and no more."""
        for widget, lines in ((self.list, CLAUSE_ROWS), (self.body, CLAUSE_TEXT_LINES)):
            frame = 2 * widget.frameWidth() + 8
            widget.setMinimumHeight(lines * widget.fontMetrics().lineSpacing() + frame)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Settings → Text size
            self._fit_lines()

    def fit_width(self, width: int) -> None:
        """The clauses and the preview side by side, or stacked on a narrow page."""
        self._room = (width, self._room[1])
        fit_splitter(self.panes, width)
        self._fit_panes()

    def fit_height(self, height: int) -> None:
        """The page's visible height: stacked, the preview is as tall as the screen shows."""
        self._room = (self._room[0], height)
        self._fit_panes()

    def _fit_panes(self) -> None:
        """Stacked in the scrolling page, each pane gets the height it needs (the splitter's
        heights came from wherever it was last: a dragged handle, a wider window, and the
        preview once showed two lines of the draft): the clauses all of theirs, wrapped lines
        included, and the preview as much as the screen shows, never under ten lines."""
        middle = self.panes.widget(0)
        width, height = self._room
        if self.panes.orientation() == Qt.Orientation.Vertical and width and height:
            layout = middle.layout()
            need = layout.totalMinimumSize().height()
            if layout.hasHeightForWidth():  # the clause's wrapped "Why:" and reason lines
                need = max(need, layout.totalHeightForWidth(width))
            middle.setMinimumHeight(need)
            least = self.preview.minimumSizeHint().height()  # ten lines of the draft and more
            tall = max(least, height - PREVIEW_CLEARANCE)
            self.preview.setFixedHeight(tall)
            self.panes.setSizes([need, tall])
        else:
            middle.setMinimumHeight(0)
            self.preview.setMinimumHeight(0)
            self.preview.setMaximumHeight(QWIDGETSIZE_MAX)

    # -- showing a group -----------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        self.flush()
        if group_id != self.group_id:
            self.choices.forget_saved()
        self.group_id = group_id
        self.setEnabled(group_id is not None)
        self.choices.setEnabled(group_id is not None)  # in the stage page, not a child of this
        self.reload()

    def reload(self, keep_key: str | None = None) -> None:
        store = self.ctx.store
        if self.group_id is None or store is None:
            self.org, self.draft = "", Draft()
            self.choices.set_choices(clauses.Choices())
        else:
            self.org = store.group(self.group_id).name
            self.choices.set_choices(clauses.load_choices(store, self.group_id))
            self.draft = draft_for(store, self.group_id, self.stage)
            self.draft_revision = revision_of(store, self.group_id, clauses.DRAFT)
            self.choices_revision = revision_of(store, self.group_id, clauses.CHOICES)
        self._fill_list(keep_key or self.current_key())
        self._refresh_preview()
        self.preview.set_history(
            store.record_history(self.group_id, clauses.DRAFT) if store and self.group_id else []
        )

    def _fill_list(self, select: str | None) -> None:
        self.list.fill(self.draft, self.stage, self.org, self._reason)
        present = {c.clause_id for c in self.draft.clauses}
        self.from_library.clear()
        for clause in self.stage.clauses:
            if clause.id not in present:
                self.from_library.addItem(fill(clause.title, self.org), clause.id)
        self.add_library.setEnabled(self.from_library.count() > 0 and self.group_id is not None)
        if self.list.count():
            self.list.setCurrentRow(self.list.row_of(select))
        else:
            self._selected(None)

    def _refresh_preview(self) -> None:
        store = self.ctx.store
        started = (
            self.group_id is not None
            and store is not None
            and clauses.has_draft(store, self.group_id)
        )
        self.preview.show_draft(self.org, self.draft.numbered(self.stage, self.org), started)

    def current_key(self) -> str | None:
        return self.list.current_key()

    def _reason(self, c: clauses.DraftClause) -> str:
        """Why `c` is in the draft, in the console's language (the group's choices read again
        for a proposed clause; a reason the group typed as typed)."""
        chosen = self.choices.choices().chosen()
        lib = self.library.get(c.clause_id or "")
        return reason_shown(c, lib, chosen, option_labels(self.stage))

    def _selected(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        self._save_pending()
        self._pending = False  # the editor is refilled below; a failed save shows its error
        key = item.data(KEY) if item else None
        c = self.draft.get(key) if key else None
        for w in (self.title, self.body, self.up, self.down):
            w.setEnabled(c is not None)
        # a proposed library clause is left out by unticking it; only these can be removed
        self.remove.setEnabled(c is not None and c.status != PROPOSED)
        self.keep.setEnabled(c is not None and c.status == WITHDRAWN)
        self.reset.setEnabled(c is not None and c.edited)
        self.title.blockSignals(True)
        self.body.blockSignals(True)
        load_line(self.title, self.draft.title_of(c, self.stage, self.org) if c else "")
        self.body.setPlainText(self.draft.body_of(c, self.stage, self.org) if c else "")
        self.title.blockSignals(False)
        self.body.blockSignals(False)
        lib = self.library.get(c.clause_id or "") if c else None
        self.why.setText(self.tr("Why: {why}").format(why=lib.why) if lib else "")
        reason = self._reason(c) if c else ""
        self.reason.setText(
            self.tr("{status}: {reason}").format(
                status=core_text(STATUS_LABELS[c.status]).capitalize(), reason=reason
            )
            if reason
            else ""
        )
        self.error.clear()
        self._editing = key
        self._fit_panes()  # its "Why:" may take more lines or fewer

    # -- changes -------------------------------------------------------------------------------

    def _save(self, draft: Draft, select: str | None = None, refill: bool = True) -> bool:
        if self.group_id is None:
            return False
        try:
            saved = clauses.save_draft(
                self.ctx.store, self.group_id, draft, based_on=self.draft_revision
            )
        except (InputError, StoreError) as exc:
            self.error.setText(str(exc))
            tell_not_saved(self.ctx, clauses.DRAFT, self.group_id, str(exc))
            return False
        self.draft = draft
        self.draft_revision = saved.revision
        if refill:
            self._fill_list(select or self.current_key())
        else:  # a text edit: keep the editor (and its cursor) as it is
            item = self.list.item_for(select) if select else None
            if item is not None:
                self.list.blockSignals(True)
                c = draft.get(select)
                self.list.decorate(
                    item, c, draft.title_of(c, self.stage, self.org), self._reason(c)
                )
                self.list.blockSignals(False)
            if select == self.current_key():
                self.reset.setEnabled(draft.get(select).edited)
        self.error.clear()
        self._refresh_preview()
        self.preview.set_history(self.ctx.store.record_history(self.group_id, clauses.DRAFT))
        self.status.setText(self.tr("Saved"))
        self._say_replaced(saved.conflict, select)
        return True

    def _say_replaced(self, theirs: Any, key: str | None = None) -> None:
        """A device had saved the draft (or choices) after this page showed it: this save is
        kept, theirs stays in the history, and the facilitator sees what theirs said."""
        if theirs is None or theirs.source == "console":
            return
        data = theirs.data if isinstance(theirs.data, dict) else {}
        clause = next(
            (c for c in data.get("clauses", ()) if isinstance(c, dict) and c.get("key") == key),
            None,
        )
        if clause and (clause.get("body") or clause.get("title")):
            text = theirs_text(clause)  # their words of the clause being edited here
        else:
            rec = self.ctx.store.record(self.group_id, theirs.kind)
            text = theirs_text(data, ours=rec.data if rec else None)  # what differs
        self.status.setText(
            self.tr(
                "A device had saved a different draft for this group (theirs: {theirs}); yours "
                "is saved, and theirs stays in History…"
            ).format(theirs=text)
        )

    def _choices_changed(self, choices: clauses.Choices) -> None:
        if self.group_id is None:
            return
        self._save_pending()
        before = self.choices_revision
        try:
            self.draft = clauses.apply_choices(
                self.ctx.store, self.group_id, self.stage, choices, based_on=before
            )
        except (InputError, StoreError) as exc:
            self.error.setText(str(exc))
            tell_not_saved(self.ctx, clauses.CHOICES, self.group_id, str(exc))
            return
        _, theirs = saved_over(self.ctx.store, self.group_id, clauses.CHOICES, before)
        self.reload()
        self.status.setText(self.tr("Saved"))
        self.choices.saved()  # "Saved: Other — Nextdoor" under the field typed in
        self._say_replaced(theirs)

    def _item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(KEY)
        included = item.checkState() == Qt.CheckState.Checked
        if self.draft.get(key).included != included:
            self._save(self.draft.set_included(key, included), key)

    def set_included(self, key: str, included: bool) -> None:
        """Tick or untick a clause, as a click on its box would."""
        item = self.list.item_for(key)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def select(self, key: str) -> None:
        item = self.list.item_for(key)
        if item is not None:
            self.list.setCurrentItem(item)

    def move_current(self, offset: int) -> None:
        key = self.current_key()
        if key:
            self._save_pending()
            self._save(self.draft.move(key, offset), key)

    def keep_current(self) -> None:
        key = self.current_key()
        if key:
            self._save(self.draft.keep(key), key)

    def remove_current(self) -> None:
        key = self.current_key()
        if not key or self.draft.get(key).status == PROPOSED:
            return
        title = self.draft.title_of(self.draft.get(key), self.stage, self.org)
        if self.ctx.interaction.confirm(
            self.tr("Remove clause"),
            self.tr(
                "Remove “{title}” from this draft? Earlier drafts keep it and can be restored."
            ).format(title=title),
            yes=self.tr("Remove"),
        ):
            self._pending = False
            self._save(self.draft.remove(key))

    def add_own(self) -> None:
        self._save_pending()
        draft, key = self.draft.add_own(self.tr("Our own clause"), "", after=self.current_key())
        if self._save(draft, key):
            self.title.setFocus()
            self.title.selectAll()

    def add_from_library(self) -> None:
        clause_id = self.from_library.currentData()
        if clause_id:
            self._save_pending()
            self._save(
                self.draft.add_library(clause_id, self.stage, after=self.current_key()), clause_id
            )

    def reset_current(self) -> None:
        key = self.current_key()
        if key:
            self._pending = False
            self._timer.stop()
            self._save(self.draft.reset(key), key)

    def restore(self, revision: int) -> None:
        if self.group_id is None:
            return
        self.flush()
        clauses.restore_draft(self.ctx.store, self.group_id, revision)
        self.reload()
        self.status.setText(
            self.tr("Restored version {revision} (saved as a new version)").format(
                revision=revision
            )
        )

    def show_on_screen(self) -> None:
        """Put the draft on the projector; in privacy mode only after the facilitator agrees."""
        if self.group_id is None:
            return
        self.flush()
        from workshop_app.ui.consent import may_spotlight

        if may_spotlight(self.ctx, "draft", self.group_id, self.org):
            self.ctx.room.show([Spotlight("draft", self.group_id, self.stage.id)])

    # -- text edits ----------------------------------------------------------------------------

    def _typed(self) -> None:
        self._pending = True
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def _body_changed(self) -> None:
        self._typed()

    def _save_pending(self) -> bool:
        if not self._pending:
            return True
        self._pending = False
        self._timer.stop()
        key = self._editing  # the clause whose text is in the editor (the list may have moved on)
        if key is None or self.group_id is None:
            return True
        try:
            draft = self.draft.edit_text(
                key, self.title.text(), self.body.toPlainText(), self.stage, self.org
            )
        except InputError as exc:
            self.error.setText(str(exc))
            self._pending = True  # still in the editor: the next flush tries again
            return False
        if not self._save(draft, key, refill=False):
            self._pending = True
            return False
        return True

    def flush(self) -> bool:
        """Save a pending text edit now (stage change, group change, close)."""
        return self._save_pending()

    def _on_change(self, change: Any) -> None:
        if (
            change.what == "record"
            and change.group_id == self.group_id
            and change.key in (clauses.CHOICES, clauses.DRAFT)
            and change.source != "console"
            and not self._pending
        ):
            self.reload()
            self.status.setText(self.tr("Updated from a participant's browser"))
            mine = replaced_by_device(self.ctx.store, self.group_id, change.key, change)
            if mine is not None:
                rec = self.ctx.store.record(self.group_id, change.key)
                self.status.setText(
                    self.tr(
                        "A device saved the draft without having seen your change (yours: "
                        "{mine}). Theirs is shown; yours stays in History…"
                    ).format(mine=theirs_text(mine.data, ours=rec.data if rec else None))
                )
