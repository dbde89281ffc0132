"""The console's Export menu: a worksheet for one organization or for all, the blank handout
(A4 or Letter) and the session summary, written with the export/ modules.

Every export runs OFF the GUI thread: `ExportRunner` starts a QThread whose worker opens its
own read-only connection to the event file (a store belongs to one thread) after the console
has saved what was typed. The worksheets for all organizations show a cancellable progress
dialog; a cancelled export keeps the files already finished (each is written atomically, so
none is ever half-written). Every question, message and the final "Open folder" goes through
`ctx.interaction`, so tests never meet a modal dialog and never launch a file manager.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from workshop_app import logs
from workshop_app.export.filenames import docx_path, safe_stem, worksheet_names
from workshop_app.store import EventStore, StoreError

if TYPE_CHECKING:
    from workshop_app.ui.window_parts import WindowParts

log = logging.getLogger(__name__)

DOCX_FILTER = QT_TRANSLATE_NOOP("Interaction", "Word documents (*.docx);;All files (*)")
PAPER_NAMES = {"a4": "A4", "letter": QT_TRANSLATE_NOOP("ExportActions", "Letter")}
# retention.WORKSHEET_IS_THEIRS, as the console says it
WORKSHEET_IS_THEIRS = QT_TRANSLATE_NOOP(
    "ExportActions",
    "Each worksheet is its organization's to keep: hand it over, then delete your own copies "
    "once they have it.",
)

# a job runs in the worker thread: (store or None, progress, cancelled) -> files written
Job = Callable[[EventStore | None, Callable[[int, int, str], None], Callable[[], bool]], list]


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)
    error: str = ""
    cancelled: bool = False


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)  # Outcome

    def __init__(self, job: Job, event_path: Path | None, stop: threading.Event):
        super().__init__()
        self.job, self.event_path, self.stop = job, event_path, stop

    @Slot()
    def run(self) -> None:
        from workshop_app.export.atomic import ExportError

        outcome = Outcome()
        store = None
        try:
            if self.event_path is not None:
                store = EventStore.open(self.event_path, readonly=True)
                store.checkpoint_soon()  # the file itself is current once exported from
            outcome.written = list(self.job(store, self.progress.emit, self.stop.is_set))
            log.info("export: %s file(s) written", len(outcome.written))
        except (ExportError, StoreError, LookupError, OSError, ValueError) as exc:
            log.warning("export not written: %s", logs.describe(exc))
            outcome.error = _one_line(exc)
        except Exception as exc:  # a bug must not leave the console waiting for ever
            log.exception("export failed")
            outcome.error = self.tr("The export failed: {problem}").format(problem=_one_line(exc))
        finally:
            if store is not None:
                store.close()
        outcome.cancelled = self.stop.is_set()
        self.done.emit(outcome)


class ExportRunner(QObject):
    """Runs one export job at a time in a worker thread; `finished(Outcome)` on the GUI thread."""

    finished = Signal(object)
    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thread: QThread | None = None
        self.worker: _Worker | None = None
        self.stop_flag = threading.Event()

    @property
    def busy(self) -> bool:
        return self.thread is not None

    def start(self, job: Job, event_path: Path | None) -> None:
        assert self.thread is None, "one export at a time"
        self.stop_flag = threading.Event()
        self.thread = QThread()
        self.worker = _Worker(job, event_path, self.stop_flag)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self._done)
        self.thread.start()

    def cancel(self) -> None:
        self.stop_flag.set()

    def wait(self) -> None:
        """Stop a running export and wait for its thread (closing the event or the app)."""
        if self.thread is not None:
            self.cancel()
            self.worker.done.disconnect(self._done)  # nobody is left to tell
            self.thread.quit()
            self.thread.wait()
            self._cleanup()

    def _done(self, outcome: Outcome) -> None:
        self._cleanup()
        self.finished.emit(outcome)

    def _cleanup(self) -> None:
        thread, worker = self.thread, self.worker
        self.thread = self.worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()


class ExportActions(QObject):
    """What the Export menu's entries do, for the main window's open event."""

    def __init__(self, window: WindowParts):
        super().__init__(window)
        self.window = window
        self.runner = ExportRunner(self)
        self.runner.finished.connect(self._finished)
        self.runner.progress.connect(self._progress)
        self.dialog: QProgressDialog | None = None
        self.folder: Path | None = None  # the last folder exported to, offered next time
        self._what = ""
        self._worksheets = False
        self._notes: list[str] = []
        self._shown_folder: Path | None = None
        self._then: Callable[[], None] | None = None

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    # -- the menu's entries ----------------------------------------------------------------

    def worksheet_for_group(self) -> None:
        console = self.window.console
        if not self._ready():
            return
        group_id = console.groups.current_group()
        groups = self.ctx.store.groups()
        ids = [g.id for g in groups]
        if group_id not in ids:
            self.ctx.interaction.inform(
                self.tr("No organization selected"),
                self.tr("Select an organization in the list first."),
            )
            return
        group = groups[ids.index(group_id)]
        if not self._screened([group_id]):
            return
        names = worksheet_names(self.ctx.store.event().title, [g.name for g in groups])
        target = self._ask_docx(
            self.tr("Save the worksheet for {name} as").format(name=group.name),
            self._start_folder() / names[ids.index(group_id)],
        )
        if target is None:
            return

        def job(store, progress, cancelled):
            from workshop_app.export.worksheet import write_worksheet

            chosen = next(g for g in store.groups() if g.id == group_id)
            return [write_worksheet(store, chosen, target)]

        what = self.tr("the worksheet for {name}").format(name=group.name)
        self._run(job, what, target.parent, calendars=group.name)

    def worksheets_for_all(self) -> None:
        if not self._ready():
            return
        count = len(self.ctx.store.groups())
        if not count:
            self.ctx.interaction.inform(
                self.tr("Nothing to export"), self.tr("This event has no organizations.")
            )
            return
        if not self._screened(None):
            return
        folder = self.ctx.interaction.choose_folder(
            self.tr("Folder for the worksheets of every organization"), self._start_folder()
        )
        if folder is None:
            return

        def job(store, progress, cancelled):
            from workshop_app.export.atomic import make_folder
            from workshop_app.export.worksheet import export_worksheets

            make_folder(folder)
            return export_worksheets(store, folder, progress=progress, cancelled=cancelled)

        self._show_progress(count)
        self._run(job, self.tr("worksheets"), folder, calendars="")

    def worksheets_and_summary(self, folder: Path, then: Callable[[], None] | None = None) -> None:
        """At the end of the workshop: every worksheet and the session summary into `folder`,
        off the GUI thread with the same progress dialog (the caller has saved what was typed);
        `then` runs once the export has finished or failed."""
        from workshop_app.ui.end_workshop import summary_file_name

        count = len(self.ctx.store.groups())
        summary_name = summary_file_name(self.ctx.store.event().title)
        summary_lang = facilitator_language()

        def job(store, progress, cancelled):
            from workshop_app.export.atomic import make_folder
            from workshop_app.export.summary import write_summary
            from workshop_app.export.worksheet import export_worksheets

            make_folder(folder)
            written = export_worksheets(store, folder, progress=progress, cancelled=cancelled)
            if not cancelled():
                written.append(write_summary(store, folder / summary_name, lang=summary_lang))
            return written

        self._then = then
        self._show_progress(count)
        what = self.tr("the worksheets and the session summary")
        self._run(job, what, folder, calendars="")

    def handout(self, paper: str) -> None:
        if not self._ready():
            return
        plan = self.ctx.store.plan
        facilitator = self.ctx.store.event().facilitator
        lang = self.ctx.store.event_language()  # the room's: the worksheets' language
        suggested = self._start_folder() / f"{safe_stem(plan.title)} - handout.docx"
        paper_name = self.tr(PAPER_NAMES[paper]) if paper != "a4" else PAPER_NAMES[paper]
        target = self._ask_docx(
            self.tr("Save the blank handout ({paper}) as").format(paper=paper_name), suggested
        )
        if target is None:
            return

        def job(store, progress, cancelled):
            from workshop_app.export.handout import write_handout

            return [write_handout(plan, target, paper, facilitator, lang)]

        self._run(job, self.tr("the blank handout"), target.parent, needs_store=False)

    def summary(self) -> None:
        if not self._ready():
            return
        from workshop_app.ui.end_workshop import summary_file_name

        if not self._screened(None, summary=True):
            return
        suggested = self._start_folder() / summary_file_name(self.ctx.store.event().title)
        target = self._ask_docx(self.tr("Save the session summary as"), suggested)
        if target is None:
            return

        lang = facilitator_language()

        def job(store, progress, cancelled):
            from workshop_app.export.summary import write_summary

            return [write_summary(store, target, lang=lang)]

        self._run(job, self.tr("the session summary"), target.parent)

    def _screened(self, group_ids: list[int] | None, summary: bool = False) -> bool:
        """Say how many flagged answers the export holds and offer to review them first."""
        from workshop_app.ui.flagged_review import check_before_export

        return check_before_export(self.ctx, group_ids, summary, go_to=self._go_to)

    def _go_to(self, group_id: int, stage_id: str | None) -> None:
        console = self.window.console
        if console is None:
            return
        if stage_id is not None:
            console.go_to(stage_id)
        console.groups.select(group_id)

    def wait(self) -> None:
        """Cancel a running export and wait for it (the event or the app is closing)."""
        self.runner.wait()
        self._close_progress()

    # -- running ---------------------------------------------------------------------------

    def _ask_docx(self, title: str, suggested: Path) -> Path | None:
        """Where to save a .docx (".docx" added if the name lacks it); None if cancelled."""
        target = self.ctx.interaction.save_path(title, suggested, DOCX_FILTER)
        return docx_path(target) if target is not None else None

    def _ready(self) -> bool:
        """An event is open, no export is running, and everything typed is saved."""
        console = self.window.console
        if console is None or self.ctx.store is None:
            return False
        if self.runner.busy:
            self.ctx.interaction.inform(
                self.tr("An export is running"),
                self.tr("Wait for the export in progress to finish."),
            )
            return False
        if not console.flush():
            self.ctx.interaction.warn(
                self.tr("Not exported"),
                self.tr(
                    "Some text could not be saved (see the red banner); save it, then export again."
                ),
            )
            return False
        return True

    def _start_folder(self) -> Path:
        return self.folder or self.ctx.settings.events_folder()

    def _run(
        self,
        job: Job,
        what: str,
        folder: Path,
        needs_store: bool = True,
        calendars: str | None = None,
    ) -> None:
        """Run `job`; then, as the Export menu's two ticks say, a PDF of each Word file and
        (`calendars`: "" for every organization, or one's name) the calendars of first steps."""
        self._what, self._shown_folder = what, folder
        self._worksheets = calendars is not None  # worksheets are the organizations' to keep
        self._notes = notes = []
        pdf_on = bool(self.ctx.settings.get("export_pdf"))
        calendar_on = calendars is not None and bool(self.ctx.settings.get("export_calendar"))

        def with_extras(store, progress, cancelled):
            written = list(job(store, progress, cancelled))
            if cancelled() or not written:
                return written
            extra: list[Path] = []
            if calendar_on and store is not None:
                from workshop_app.export.ics import export_calendars

                made, without = export_calendars(store, folder, only=calendars or None)
                extra += made
                if without:
                    notes.append(
                        self.tr("No calendar for {names}: no action items.").format(
                            names=", ".join(without)
                        )
                    )
            if pdf_on:
                from workshop_app.export import pdf

                missing = pdf.missing()
                if missing:
                    notes.append(missing[:1].upper() + missing[1:] + ".")
                else:
                    extra += pdf.to_pdf([p for p in written if p.suffix == ".docx"])
            return written + extra

        self.window.show_status(self.tr("Exporting {what}…").format(what=what))
        self.runner.start(with_extras, self.ctx.store.path if needs_store else None)

    def _show_progress(self, total: int) -> None:
        dialog = QProgressDialog(
            self.tr("Writing the worksheets…"),
            self.tr("Cancel"),
            0,
            total,
            self.window,
            Qt.WindowType.Dialog,
        )
        dialog.setWindowTitle(self.tr("Exporting worksheets"))
        dialog.setAccessibleName(self.tr("Export progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.runner.cancel)
        dialog.setValue(0)
        dialog.show()
        self.dialog = dialog

    def _progress(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        # label first: setValue on a modal progress dialog processes events, and the export
        # may finish (and close the dialog) in there
        dialog.setLabelText(
            self.tr("Written {done} of {total}: {name}").format(done=done, total=total, name=name)
        )
        dialog.setMaximum(total)
        dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self.runner.cancel)
            dialog.close()
            dialog.deleteLater()

    def _finished(self, outcome: Outcome) -> None:
        then, self._then = self._then, None
        try:
            self._report(outcome)
        finally:
            if then is not None:
                then()

    def _report(self, outcome: Outcome) -> None:
        self._close_progress()
        ask = self.ctx.interaction
        folder = self._shown_folder
        count = len(outcome.written)
        files = self.tr("1 file") if count == 1 else self.tr("{count} files").format(count=count)
        if outcome.error:
            kept = ""
            if count == 1:
                kept = self.tr(" 1 file finished before it stays in {folder}.")
            elif count:
                kept = self.tr(" {count} files finished before it stay in {folder}.")
            kept = kept.format(count=count, folder=folder)
            ask.warn(self.tr("Not exported"), outcome.error + kept)
            self.window.show_status(self.tr("Export of {what} failed").format(what=self._what))
            return
        if folder is not None:
            self.folder = folder
        if outcome.cancelled:
            message = self.tr("Export cancelled: {files} written to {folder}.")
            message = message.format(files=files, folder=folder)
        else:
            message = self.tr("Exported {files} to {folder}.").format(files=files, folder=folder)
            if self._worksheets:
                message += " " + self.tr(WORKSHEET_IS_THEIRS)
        self.window.show_status(message)
        if self._notes:
            message = " ".join([message, *self._notes])
        # a report that offers the folder, not a question; a cancelled export is only part
        icon = QMessageBox.Icon.Warning if outcome.cancelled else QMessageBox.Icon.Information
        if count and ask.confirm(
            self.tr("Exported"),
            message,
            yes=self.tr("Open folder"),
            no=self.tr("Close"),
            icon=icon,
        ):
            ask.open_folder(folder)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or exc.__class__.__name__
    return text[0].upper() + text[1:] if text else text


def facilitator_language() -> str:
    """The console's language (the summary is the facilitator's): the locale it installed."""
    from PySide6.QtCore import QLocale

    return QLocale().name().split("_")[0]
