"""The main window's menus and actions, one QAction per declared shortcut (shortcuts.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from workshop_app import APP_NAME
from workshop_app.ui import window_actions
from workshop_app.ui.shortcuts import BY_NAME, SHORTCUTS

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu

    from workshop_app.ui.console import ConsoleWidget
    from workshop_app.ui.window_parts import WindowParts


def build_menus(window: WindowParts) -> tuple[dict[str, QAction], QMenu]:
    """The window's menus: its actions by name, and File → Open recent (filled when shown)."""
    actions: dict[str, QAction] = {}

    def console(do: Callable[[ConsoleWidget], object]) -> Callable[[], None]:
        """What a menu entry does on the open event's console (nothing without one)."""

        def run() -> None:
            if window.console is not None:
                do(window.console)

        return run

    handlers = {
        "new_event": window.new_event,
        "open_event": window.open_dialog,
        "save_copy": window.save_copy,
        "close_event": window.close_event,
        "quit": window.close,
        "settings": window.open_settings,
        "next_stage": console(lambda c: c.forward(1)),
        "previous_stage": console(lambda c: c.forward(-1)),
        "present": window.present,
        "leave_presenting": window.leave_presenting,
        "blank": window.toggle_blank,
        "timer_start_pause": lambda: window.console and window.console.timer.toggle(),
        "timer_plus": lambda: window.console and window.console.timer.adjust(60),
        "timer_minus": lambda: window.console and window.console.timer.adjust(-60),
        "next_group": lambda: window.console and window.console.groups.step(1),
        "previous_group": lambda: window.console and window.console.groups.step(-1),
        "add_group": lambda: window.console and window.console.groups.add(),
        "focus_answers": console(lambda c: c.focus_answers()),
        "focus_groups": lambda: window.console and window.console.groups.list.setFocus(),
        "focus_stages": lambda: window.console and window.console.navigator.setFocus(),
        "history": console(lambda c: c.history_of_focused()),
        "spotlight_answer": console(lambda c: c.spotlight_focused()),
        "shortcuts_help": window.show_shortcuts,
        "entry": window.toggle_entry,
    }
    for n in range(1, 10):
        handlers[f"stage_{n}"] = console(lambda c, n=n: c.go_to_number(n))

    for shortcut in SHORTCUTS:
        action = QAction(shortcut.text(), window)
        action.setObjectName(shortcut.name)
        if shortcut.clicker:
            # the key filter routes these; the menu shows the key without binding it
            action.setText(f"{shortcut.text()}\t{shortcut.keys[0]}")
        else:
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
        action.triggered.connect(lambda _=False, run=handlers[shortcut.name]: run())
        window.addAction(action)
        actions[shortcut.name] = action
    names = window.ctx.room
    show_names = QAction(
        QCoreApplication.translate("Menus", "Show organization names on the projector"), window
    )
    show_names.setCheckable(True)
    show_names.setChecked(names.names_visible)
    show_names.setToolTip(
        QCoreApplication.translate(
            "Menus", "For the whole event; off (privacy mode) shows “Group A, B, C…”"
        )
    )
    show_names.toggled.connect(lambda on: window_actions.set_names_visible(window, on))
    actions["names_visible"] = show_names
    clear = QAction(QCoreApplication.translate("Menus", "Clear the projector spotlight"), window)
    clear.triggered.connect(names.clear)
    actions["clear_spotlight"] = clear
    settings = window.ctx.settings
    for name, text, tip in (
        (
            "export_pdf",
            QCoreApplication.translate("Menus", "Also save as PDF"),
            QCoreApplication.translate("Menus", "A PDF beside each Word file, through LibreOffice"),
        ),
        (
            "export_calendar",
            QCoreApplication.translate("Menus", "Also save calendars of first steps (.ics)"),
            QCoreApplication.translate(
                "Menus", "With worksheets: each organization's action items, for any calendar app"
            ),
        ),
    ):
        toggle = QAction(text, window)
        toggle.setObjectName(name)
        toggle.setCheckable(True)
        toggle.setChecked(bool(settings.get(name)))
        toggle.setToolTip(tip)
        toggle.setStatusTip(tip)
        toggle.toggled.connect(lambda on, name=name: settings.set(name, on))
        actions[name] = toggle

    def _erase(name: str) -> None:
        from workshop_app.ui import erase_actions

        getattr(erase_actions, name)(window)

    def export(method: str, *args):
        return lambda: getattr(window.exports, method)(*args)

    for name, text, run in (
        (
            "export_group",
            QCoreApplication.translate("Menus", "Worksheet for this organization…"),
            export("worksheet_for_group"),
        ),
        (
            "export_all",
            QCoreApplication.translate("Menus", "Worksheets for all organizations…"),
            export("worksheets_for_all"),
        ),
        (
            "handout_a4",
            QCoreApplication.translate("Menus", "Blank handout (A4)…"),
            export("handout", "a4"),
        ),
        (
            "handout_letter",
            QCoreApplication.translate("Menus", "Blank handout (Letter)…"),
            export("handout", "letter"),
        ),
        (
            "export_summary",
            QCoreApplication.translate("Menus", "Session summary…"),
            export("summary"),
        ),
        (
            "end_workshop",
            QCoreApplication.translate("Menus", "End workshop…"),
            lambda: window_actions.end_workshop(window),
        ),
        (
            "delete_event",
            QCoreApplication.translate("Menus", "Delete this event for good…"),
            lambda: _erase("delete_this_event"),
        ),
        (
            "remove_group_for_good",
            QCoreApplication.translate("Menus", "Remove this organization for good…"),
            lambda: _erase("remove_organization_for_good"),
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, run=run: run())
        actions[name] = action

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addAction(actions["new_event"])
    file_menu.addAction(actions["open_event"])
    for name, text, tip, run in (
        (
            "workshop_plans",
            QCoreApplication.translate("Menus", "Workshop &plans…"),
            QCoreApplication.translate(
                "Menus", "The shipped plans and your own: duplicate, edit, import, export"
            ),
            window.open_plans,
        ),
        (
            "change_plan",
            QCoreApplication.translate("Menus", "C&hange this event's plan…"),
            QCoreApplication.translate(
                "Menus", "Add a prompt, change minutes or notes while the event runs"
            ),
            window.change_plan,
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False, run=run: run())
        actions[name] = action
        file_menu.addAction(action)
    recent_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "Open &recent"))
    recent_menu.aboutToShow.connect(lambda: _fill_recent(window, recent_menu))
    file_menu.addAction(actions["save_copy"])
    about = QAction(
        QCoreApplication.translate("Menus", "About {app}").format(app=APP_NAME), window
    )  # no key: not in SHORTCUTS
    about.setObjectName("about")
    about.triggered.connect(window.show_about)
    window.addAction(about)
    actions["about"] = about
    file_menu.addAction(actions["close_event"])
    file_menu.addAction(actions["delete_event"])
    file_menu.addSeparator()
    file_menu.addAction(actions["settings"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    for title, names_ in (
        (
            QCoreApplication.translate("Menus", "&Stage"),
            [
                "next_stage",
                "previous_stage",
                "focus_stages",
                None,
                *[f"stage_{n}" for n in range(1, 10)],
                None,
                "end_workshop",
            ],
        ),
        (
            QCoreApplication.translate("Menus", "&Organizations"),
            [
                "add_group",
                "next_group",
                "previous_group",
                "focus_groups",
                "focus_answers",
                "history",
                None,
                "entry",
                "remove_group_for_good",
            ],
        ),
        (
            QCoreApplication.translate("Menus", "&Timer"),
            ["timer_start_pause", "timer_plus", "timer_minus"],
        ),
        (
            QCoreApplication.translate("Menus", "&Projector"),
            [
                "present",
                "leave_presenting",
                "blank",
                "spotlight_answer",
                "names_visible",
                "clear_spotlight",
            ],
        ),
        (
            QCoreApplication.translate("Menus", "E&xport"),
            [
                "export_group",
                "export_all",
                None,
                "handout_a4",
                "handout_letter",
                None,
                "export_summary",
                None,
                "export_pdf",
                "export_calendar",
            ],
        ),
        (QCoreApplication.translate("Menus", "&Help"), ["shortcuts_help", None, "about"]),
    ):
        menu = bar.addMenu(title)
        for name in names_:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
    assert set(BY_NAME) <= set(actions)
    return actions, recent_menu


def _fill_recent(window: WindowParts, menu: QMenu) -> None:
    menu.clear()
    recent = window.ctx.settings.recent_events()
    if not recent:
        menu.addAction(QCoreApplication.translate("Menus", "No recent events")).setEnabled(False)
    for path in recent:
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _=False, p=path: window.open_event(p))


def label_stages(window: WindowParts) -> None:
    """Name the Ctrl+1..9 menu entries after the open event's stages; hide the unused ones."""
    stages = window.console.plan.stages if window.console is not None else ()
    for n in range(1, 10):
        action = window.actions_by_name[f"stage_{n}"]
        if n <= len(stages):
            action.setText(f"{n}. {stages[n - 1].title}")
        else:
            action.setText(BY_NAME[f"stage_{n}"].text())
        action.setVisible(n <= len(stages) or window.console is None)
