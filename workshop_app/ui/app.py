"""Start-up, in this order: paths → settings → open event → QApplication → windows.

`MainWindow` holds the welcome page and, once an event is open, the console; it owns the menus,
every shortcut (declared in shortcuts.py) and the file operations. Heavy modules (python-docx,
aiohttp, segno) are never imported here: the features that need them import them when used.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from workshop_app import APP_ID, APP_NAME
from workshop_app.store import EventStore, StoreError
from workshop_app.text import InputError
from workshop_app.ui import accessible, appearance, window_actions
from workshop_app.ui.context import AppContext
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.menus import build_menus, label_stages
from workshop_app.ui.settings import Settings
from workshop_app.ui.widgets import named
from workshop_app.ui.widgets.save_status import SaveStatus, is_save_line
from workshop_app.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from workshop_app.ui.welcome import WelcomePage


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, welcome: bool = True):
        super().__init__()
        self.ctx = ctx
        ctx.end_workshop = lambda: window_actions.end_workshop(self)
        if isinstance(ctx.interaction, Interaction) and ctx.interaction.parent is None:
            ctx.interaction.parent = self
        self.console = None
        self.presenter = None
        self.entry_panel = None
        self._demo_folder: tempfile.TemporaryDirectory | None = None
        self._painted = False
        self._after_first_paint: list = []
        self.handoff = None  # the HandoffServer, once started (take_files_from_outside)
        self.crash_notice = None
        self.file_open_filter = None
        accessible.install()
        self._title(APP_NAME)
        # 1280×800, or less on a smaller screen (1280×720): the status line must stay in view
        screen = QApplication.primaryScreen().availableGeometry()
        self.resize(1280, min(800, screen.height() - 40))
        self._welcome: WelcomePage | None = None  # built when first shown
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.setStatusBar(StatusLine())  # a long passing message ends in "…", never in "Saved"
        self.save_status = SaveStatus()
        self.statusBar().addPermanentWidget(self.save_status)
        self.statusBar().yield_to_messages(self.save_status)
        self.room_view_state = named(QLabel(""), self.tr("Room view"))
        self.statusBar().addPermanentWidget(self.room_view_state)
        ctx.room.blank_changed.connect(self._show_room_view_state)

        self._exports = None  # the Export menu's runner, made when first used
        self.actions_by_name: dict[str, QAction]
        self.actions_by_name, self.recent_menu = build_menus(self)
        self.input_guard = None  # made and installed at the first paint (see paintEvent)
        self._guarding = False
        appearance.apply(ctx.settings)
        if welcome:  # else an event opens at once (start_console): no welcome screen to build
            self.show_welcome()
        else:
            self._event_actions(False)
        self._show_room_view_state()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome screen (recent events, New, Open, the demo), made when first needed."""
        if self._welcome is None:
            from workshop_app.ui.welcome import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.new_requested.connect(self.new_event)
            self._welcome.open_requested.connect(self.open_dialog)
            self._welcome.demo_requested.connect(self.try_demo)
            self._welcome.recent_chosen.connect(self.open_event)
            self._welcome.delete_due.connect(self.delete_due_event)
            self._welcome.keep_due.connect(self.keep_due_event)
            self.stack.insertWidget(0, self._welcome)
        return self._welcome

    @property
    def exports(self):
        """The Export menu's actions (imported on first use, off start-up)."""
        if self._exports is None:
            from workshop_app.ui.export_actions import ExportActions

            self._exports = ExportActions(self)
        return self._exports

    # what is shown

    def key_windows(self) -> tuple[QWidget, ...]:
        return (self,) if self.presenter is None else (self, self.presenter)

    def _title(self, title: str) -> None:
        """The title bar and the window's accessible name (a screen reader's "window" line)."""
        self.setWindowTitle(title)
        named(self, title)

    def trigger(self, name: str) -> None:
        self.actions_by_name[name].trigger()

    def show_welcome(self) -> None:
        recent = self.ctx.settings.recent_events()
        self.welcome.show_recent(recent)
        self.stack.setCurrentWidget(self.welcome)
        self._title(APP_NAME)
        self.save_status.set_status("")  # "Saved 14:35" belonged to the event just closed
        self._event_actions(False)
        # Enter opens the latest event when there is one ("Enter opens the selected event")
        (self.welcome.recent if recent else self.welcome.new_button).setFocus()
        QTimer.singleShot(0, self.show_due_events)  # reads the events' files: after painting

    def show_due_events(self) -> None:
        """The welcome screen lists the events past "Remind me to delete events after N days"."""
        if self.console is not None:
            return
        from workshop_app.retention import due_for_deletion, known_events

        settings = self.ctx.settings
        days = settings.get("retention_days")
        candidates = known_events(settings.events_folder(), settings.recent_events())
        due = due_for_deletion(candidates, days, settings.get("retention_kept"))
        self.welcome.show_due(due, days)

    def delete_due_event(self, path: Path) -> None:
        from workshop_app.ui.erase_actions import delete_event_file

        delete_event_file(self, path)

    def keep_due_event(self, path: Path) -> None:
        from datetime import date

        self.ctx.settings.keep_event(path, date.today().isoformat())
        self.show_due_events()

    def _event_actions(self, enabled: bool) -> None:
        for name, action in self.actions_by_name.items():
            always = {"new_event", "open_event", "quit", "settings", "shortcuts_help", "about"}
            if name not in always | {"workshop_plans"}:
                action.setEnabled(enabled)

    def show_status(self, message: str) -> None:
        if is_save_line(message):
            self.save_status.set_status(message)
        else:
            self.statusBar().showMessage(message, 8000)

    # opening and closing events

    def open_event(self, path: Path) -> bool:
        """Open an event file. The event already open stays open until the new one has opened:
        a file that is not an event costs nothing."""
        current = self.ctx.store
        if current is not None and Path(path).resolve() == current.path.resolve():
            return True  # already open
        try:
            store = EventStore.open(path)
        except StoreError as exc:
            if not Path(path).exists():  # moved or deleted: stop offering it
                self.ctx.settings.forget_recent(path)
            self.ctx.interaction.warn(self.tr("The event was not opened"), str(exc))
            if self.console is None:
                self.show_welcome()
            return False
        if not self.close_event():
            store.close()
            return False
        self.ctx.settings.add_recent(path)
        return self.start_console(store)

    def start_console(self, store: EventStore) -> bool:
        from workshop_app.ui.console import ConsoleWidget

        self.ctx.attach(store)
        # the input guard steps aside while the console is built: it wants no construction
        # events (child added, polish…), and wrapping each for a Python filter costs time
        guarding = self._guarding
        self._guard(False)
        try:
            title = store.event().title
            self.console = ConsoleWidget(self.ctx)
        except StoreError as exc:
            self._guard(guarding)
            self.ctx.attach(None)
            store.close()
            self.console = None
            self.ctx.interaction.warn(self.tr("The event was not opened"), str(exc))
            self.show_welcome()
            return False
        self._guard(guarding)
        if self.input_guard is not None:  # else it adopts the whole window at the first paint
            self.input_guard.adopt(self.console)
        self.console.status.connect(self.show_status)
        self.console.save_copy_requested.connect(self.save_copy)
        self.stack.addWidget(self.console)
        self.stack.setCurrentWidget(self.console)
        self._title(f"{title} — {APP_NAME}")
        self.save_status.set_status("")
        self._event_actions(True)
        self._show_room_view_state()
        window_actions.restore_event_options(self)
        window_actions.show_ended_state(self)
        label_stages(self)
        # the organizations, not the stage list: typing there never moves the room (the stage
        # list is the clicker's place, where Space is "next stage")
        self.console.groups.list.setFocus()
        # after the first paint: the entry panel imports the web server (aiohttp), the
        # room preview lays out a scaled projector view, the backup copy is checked
        for later in (
            self.console.show_current_page,
            self._add_entry_panel,
            self.console.add_room_preview,
            self._check_backup,
            self.console.groups.start_screening,  # marks flagged organizations
        ):
            if self._painted:
                later()
            else:
                self._after_first_paint.append(later)
        return True

    def take_files_from_outside(self, listen: bool = True) -> None:
        """The crash notice, macOS's double-clicked files (FileOpen) and, after the first paint,
        the hand-overs of a second launch: all open here."""
        from workshop_app import logs
        from workshop_app.ui import crash_notice, handoff

        self.crash_notice = crash_notice.install(self, self.ctx.interaction.open_folder)
        self._after_first_paint.append(logs.open_file)  # the log file, off start-up
        if sys.platform == "darwin":  # only macOS sends FileOpen; a Python filter costs start-up
            self.file_open_filter = handoff.FileOpenFilter(self)
            QApplication.instance().installEventFilter(self.file_open_filter)
        if listen:
            self._after_first_paint.append(self._listen_for_handoffs)

    def _listen_for_handoffs(self) -> None:
        from workshop_app.ui import handoff

        self.handoff = handoff.listen(self)

    def _guard(self, on: bool) -> None:
        """Install (or remove) the application-wide input guard."""
        if on and self.input_guard is None:
            from workshop_app.ui.input_guard import InputGuard

            self.input_guard = InputGuard(self, self.key_windows, self.trigger, self.show_status)
            self.input_guard.adopt(self)  # the controls built before it was there
        if on != self._guarding:
            self._guarding = on
            app = QApplication.instance()
            if on:
                app.installEventFilter(self.input_guard)
            else:
                app.removeEventFilter(self.input_guard)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # keys and the wheel reach nothing before the window is on screen; a Python
            # filter that sees the first object of a class PySide does not know yet (a style
            # animation's timer, the gesture manager) loads every Qt class, some 30-60 ms that
            # are better spent after the first paint than before it
            self._guard(True)
            for run in self._after_first_paint:
                QTimer.singleShot(0, run)
            self._after_first_paint.clear()

    def _check_backup(self) -> None:
        """The backup taken on open is copied in a thread (EventStore.open); say if it failed."""
        problem = self.ctx.store.wait_for_backup() if self.ctx.store is not None else None
        if problem:
            self.show_status(problem)

    def _add_entry_panel(self) -> None:
        from workshop_app.ui.entry_panel import EntryPanel

        if self.console is None or self.entry_panel is not None:
            return
        self.entry_panel = EntryPanel(self.ctx)
        named(self.entry_panel, self.tr("Participant entry"))
        self.console.add_side_panel(self.entry_panel, self.tr("Participant entry"))

    def close_event(self) -> bool:
        """Close the open event (saving what was typed). False if the facilitator chose to keep
        it open because something could not be saved."""
        if self.console is None:
            return True
        if not self.console.flush() and not self.ctx.interaction.confirm(
            self.tr("Close without saving?"),
            self.tr(
                "Some text could not be saved (see the red banner). Close the event anyway and "
                "lose that text? Choose “Keep open” and use “Save a copy as…” to keep the rest."
            ),
            yes=self.tr("Close anyway"),
            no=self.tr("Keep open"),
            default="no",
        ):
            return False
        if self._exports is not None:
            self._exports.wait()  # a running export stops; the files it finished stay
        self.leave_presenting()
        if self.entry_panel is not None:
            self.entry_panel.close_entry()  # stop the web server before its event closes
        self.entry_panel = None  # a tab of the console, deleted with it
        self.console.close_event()
        store = self.ctx.store
        self.ctx.attach(None)
        store.close()
        self.stack.removeWidget(self.console)
        self.console.deleteLater()
        self.console = None
        window_actions.reset_event_options(self)
        self.show_welcome()
        self._show_room_view_state()
        return True

    def open_plans(self) -> None:
        """File → Workshop plans…: the plan library and the designer."""
        from workshop_app.ui.designer.library import PlanLibraryDialog

        dialog = PlanLibraryDialog(self.ctx.interaction, self.new_event, self)
        self.ctx.interaction.run_dialog(dialog)
        dialog.deleteLater()

    def change_plan(self) -> None:
        """File → Change this event's plan…: the designer on the running event's own plan."""
        from workshop_app.plan_doc import PlanDocument
        from workshop_app.ui.designer.window import PlanDesigner

        if self.ctx.store is None or self.console is None:
            return
        doc = PlanDocument(self.ctx.store.plan.source_text)
        designer = PlanDesigner(doc, self.ctx.interaction, self, apply=self._apply_plan)
        designer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        designer.show()

    def _apply_plan(self, plan) -> int | None:
        """Make `plan` the running event's plan; its version, or None when nothing changed."""
        if self.console is None or self.ctx.store is None or not self.console.flush():
            return None
        try:
            version = self.ctx.store.change_plan(plan)
        except (StoreError, InputError) as exc:
            self.ctx.interaction.warn(self.tr("The plan was not changed"), str(exc))
            return None
        self.console.reload_plan()
        label_stages(self)
        self.show_status(
            self.tr(
                "The event now runs on version {version} of its plan; answers to removed "
                "questions are kept."
            ).format(version=version)
        )
        return version

    def new_event(self, plan: Path | None = None) -> None:
        from workshop_app.plan import PlanError, load_plan
        from workshop_app.ui.dialogs import NewEventDialog

        dialog = NewEventDialog(self.ctx.settings, self.ctx.interaction, self, plan=plan)
        try:
            if not self.ctx.interaction.run_dialog(dialog):
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        if not self.close_event():
            return
        try:
            plan = load_plan(values["plan"])
            store = EventStore.create(
                values["path"],
                plan,
                values["title"],
                date=values["date"],
                location=values["location"],
                facilitator=values["facilitator"],
                region=values["region"],
            )
        except (PlanError, StoreError, InputError, OSError) as exc:
            self.ctx.interaction.warn(self.tr("The event was not created"), str(exc))
            return
        self.ctx.settings.add_recent(values["path"])
        self.ctx.settings.set("facilitator_name", values["facilitator"])
        self.start_console(store)

    def open_dialog(self) -> None:
        path = self.ctx.interaction.open_path(
            self.tr("Open an event"), self.ctx.settings.events_folder()
        )
        if path is not None:
            self.open_event(path)

    def try_demo(self) -> None:
        from workshop_app.demo import build_demo

        if not self.close_event():
            return
        self._demo_folder = tempfile.TemporaryDirectory(prefix=f"{APP_ID}-demo-")
        try:
            store = build_demo(Path(self._demo_folder.name) / "Demo.workshop")
        except (StoreError, InputError, OSError) as exc:
            self.ctx.interaction.warn(self.tr("The demo could not be created"), str(exc))
            return
        self.start_console(store)

    def save_copy(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.console.flush()
        copy_name = self.tr("{name} (copy)").format(name=store.path.stem)
        suggested = self.ctx.settings.events_folder() / f"{copy_name}.workshop"
        target = self.ctx.interaction.save_path(self.tr("Save a copy of the event as"), suggested)
        if target is None:
            return
        if target.resolve() == store.path.resolve():
            self.ctx.interaction.warn(
                self.tr("Copy not saved"), self.tr("Choose a different file for the copy.")
            )
            return
        try:
            store.copy_to(target)
            unsaved = window_actions.write_unsaved_into_copy(self, target)
        except (StoreError, InputError) as exc:
            self.ctx.interaction.warn(self.tr("Copy not saved"), str(exc))
            return
        if unsaved == 1:
            said = self.tr("Copy saved to {file}, with 1 text not saved here")
        elif unsaved:
            said = self.tr("Copy saved to {file}, with {count} texts not saved here")
        else:
            said = self.tr("Copy saved to {file}")
        self.show_status(said.format(file=target, count=unsaved))

    # the projector

    def present(self) -> None:
        from workshop_app.ui import presenter

        if self.console is None:
            return
        if self.presenter is None:
            self.presenter = presenter.PresenterWindow(self.ctx)
            self.presenter.addActions(list(self.actions_by_name.values()))
            self.presenter.closed.connect(self._presenter_closed)
        status = QRect(self.statusBar().mapToGlobal(QPoint(0, 0)), self.statusBar().size())
        keep_clear = [*self.console.working_rects(), status]  # "Saved …", "Room view on" too
        # full screen on a screen other than this one; else a window beside the work
        if not self.presenter.present(self, keep_clear):
            self.show_status(
                self.tr(
                    "Only one screen: the room view is a window. Drag it to the projector and "
                    "double-click it to fill the screen; Esc ends it."
                )
            )
        self._show_room_view_state()

    def leave_presenting(self) -> None:
        if self.presenter is None:
            return
        presenter, self.presenter = self.presenter, None
        presenter.closed.disconnect(self._presenter_closed)
        presenter.close()
        presenter.deleteLater()
        self._show_room_view_state()

    def _presenter_closed(self) -> None:
        """The facilitator closed the room view's window itself."""
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            presenter.deleteLater()
        self._show_room_view_state()

    def _show_room_view_state(self, *_: object) -> None:
        """The console always shows whether the room view is up (and blank)."""
        label = self.room_view_state
        if self.presenter is None:
            label.setText(self.tr("Room view off (F5)") if self.console is not None else "")
            label.setStyleSheet("")
            return
        if self.ctx.room.blank:
            label.setText(self.tr("● Room view on — blank (B)"))
        else:
            label.setText(self.tr("● Room view on"))
        label.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; padding: 1px 8px; border-radius: 3px; }"
        )

    def toggle_blank(self) -> None:
        self.ctx.room.set_blank(not self.ctx.room.blank)

    # settings and closing the window

    def open_settings(self) -> None:
        from workshop_app.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.ctx.interaction, self)
        try:
            if not self.ctx.interaction.run_dialog(dialog):
                return
            dialog.apply()
        finally:
            dialog.deleteLater()
        appearance.apply(self.ctx.settings)
        window_actions.apply_presenter_settings(self)
        if self.console is not None:
            for page in self.console.pages.values():
                page.set_autosave_delay(self.ctx.settings.get("autosave_ms"))

    def show_shortcuts(self) -> None:
        from workshop_app.ui.dialogs import ShortcutsDialog

        titles = [s.title for s in self.console.plan.stages] if self.console is not None else None
        dialog = ShortcutsDialog(self, titles)
        try:
            self.ctx.interaction.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def show_about(self) -> None:
        from workshop_app import __version__, folders, logs

        self.ctx.interaction.inform(
            self.tr("About {app}").format(app=APP_NAME),
            f"{APP_NAME} {__version__}\n{self.build_line()}\n\n"
            + self.tr(
                "Runs a structured workshop from one laptop: the projector, participants' "
                "answers over the room's network, Word worksheets for each organization. "
                "Nothing leaves this computer unless you export it."
            )
            + "\n\n"
            + self.tr("Backups and the app's own files: {folder}").format(
                folder=folders.user_data_dir()
            )
            + "\n"
            + self.tr("The log (no answers or names in it): {file}").format(file=logs.log_path()),
        )

    def build_line(self) -> str:
        """Where this copy comes from, in the console's language (`--version` says it in
        English), such as "Source checkout at fc855ec of 2026-12-02 (Python 3.11.7)."
        """
        from workshop_app import build_info

        facts = build_info.source()
        kind = facts["kind"]
        if kind == build_info.BUNDLE:
            said = (
                self.tr(
                    "Build {commit} of {date}, with uncommitted changes: {freezer} bundle for "
                    "{platform} (Python {python}, Qt {qt})."
                )
                if facts["dirty"]
                else self.tr(
                    "Build {commit} of {date}: {freezer} bundle for {platform} "
                    "(Python {python}, Qt {qt})."
                )
            )
        elif kind == build_info.CHECKOUT_AT:
            said = self.tr("Source checkout at {commit} of {date} (Python {python}).")
        elif kind == build_info.CHECKOUT:
            said = self.tr("Source checkout (Python {python}).")
        else:
            said = self.tr("Installed package (Python {python}).")
        return said.format(
            commit=facts.get("commit", ""),
            date=facts.get("commit_date", ""),
            freezer=facts.get("freezer", ""),
            platform=facts.get("platform", ""),
            python=facts["python"],
            qt=facts.get("qt", ""),
        )

    def toggle_entry(self) -> None:
        """Organizations → Participant entry: open (or close) it and show its panel."""
        if self.console is None:
            return
        self._add_entry_panel()
        self.console.side_tabs.setCurrentWidget(self.entry_panel)
        self.entry_panel.toggle_entry()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_event():
            event.ignore()
            return
        self._guard(False)
        if self._demo_folder is not None:
            self._demo_folder.cleanup()
            self._demo_folder = None
        event.accept()


def build_window(
    settings: Settings | None = None, interaction: Interaction | None = None, welcome: bool = True
):
    """The main window; `welcome=False` when an event is opened at once (start_console)."""
    ctx = AppContext.create(settings or Settings(), interaction or Interaction())
    return MainWindow(ctx, welcome=welcome)


def run_app(event: Path | None = None, first_paint: bool = False) -> int:
    """Open the app. `first_paint` (``--first-paint``): print when the window first painted,
    as JSON, and quit; start-up benchmarks and checks of the bundle use it."""

    store, problem = None, ""
    if event is not None:  # open the event before the window, as the start-up order says
        try:
            store = EventStore.open(event)
        except StoreError as exc:
            problem = str(exc)
    if problem and first_paint:  # a check or a benchmark: say it, never wait on a dialog
        print(f"error: {problem}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)  # the menu entry's icon and name on Wayland and in docks
    from workshop_app.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    settings = Settings()
    from workshop_app.ui import i18n

    i18n.install(i18n.console_language(settings), app)
    window = build_window(settings, welcome=store is None)
    window.take_files_from_outside(listen=not first_paint)
    if first_paint:
        _report_first_paint(app, window)
    window.show()
    if store is not None:
        window.ctx.settings.add_recent(Path(event))
        window.start_console(store)
    elif problem:
        window.ctx.interaction.warn(
            QCoreApplication.translate("MainWindow", "The event was not opened"), problem
        )
    return app.exec()


def _report_first_paint(app: QApplication, window: MainWindow) -> None:
    import json
    import time

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                painted = time.time_ns()
                heavy = sorted(
                    m for m in ("docx", "aiohttp", "segno", "sqlite_utils") if m in sys.modules
                )
                QTimer.singleShot(0, lambda: done(painted, heavy))
            return False

    def done(painted: int, heavy: list[str]) -> None:
        menus = [a.text() for a in window.menuBar().actions()]
        report = {"painted_ns": painted, "heavy": heavy, "title": window.windowTitle()}
        print(json.dumps({**report, "menus": menus}))
        sys.stdout.flush()
        window.close()
        app.quit()

    # on the window, not the application: a Python filter that sees every object's events
    # pays for PySide loading every Qt class at the first one of a class it does not know
    # (a style animation's timer), which the app itself never pays before its first paint
    watch = FirstPaint(window)  # the window's child: it lives as long as the window
    window.installEventFilter(watch)
