"""Every keyboard shortcut, declared once. The console binds them; Help → Keyboard shortcuts
lists them from here. Clicker keys (a presentation remote sends PageDown/PageUp/arrows/Space/B/.)
act only when the focus is not in a text field or on a control that needs the key itself."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]  # QKeySequence strings
    description: str  # in English; `text()` in the console's language
    clicker: bool = False  # routed by the console's key filter, not a QShortcut

    def text(self) -> str:
        """The description in the console's language ("Go to stage 3" for stage_3)."""
        said = QCoreApplication.translate("Shortcuts", self.description)
        if self.name.startswith("stage_"):
            return said.format(number=self.name.removeprefix("stage_"))
        return said


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_event", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "New event…")),
    Shortcut("open_event", ("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Open an event…")),
    Shortcut(
        "save_copy",
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Save a copy of the event as…"),
    ),
    Shortcut("close_event", ("Ctrl+W",), QT_TRANSLATE_NOOP("Shortcuts", "Close the event")),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut("settings", ("Ctrl+,",), QT_TRANSLATE_NOOP("Shortcuts", "Settings…")),
    Shortcut(
        "next_stage",
        ("PgDown", "Right", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next stage, or the next page of a draft shown in pages"),
        clicker=True,
    ),
    Shortcut(
        "previous_stage",
        ("PgUp", "Left"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Previous stage, or the previous page of a draft shown in pages"
        ),
        clicker=True,
    ),
    *(
        Shortcut(
            f"stage_{n}", (f"Ctrl+{n}",), QT_TRANSLATE_NOOP("Shortcuts", "Go to stage {number}")
        )
        for n in range(1, 10)
    ),
    Shortcut(
        "present", ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Show the room view on the projector")
    ),
    Shortcut("leave_presenting", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Stop presenting")),
    Shortcut(
        "blank",
        ("B", "."),
        QT_TRANSLATE_NOOP("Shortcuts", "Blank the projector / show it again"),
        clicker=True,
    ),
    Shortcut(
        "timer_start_pause",
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Start or pause the stage timer"),
    ),
    Shortcut(
        "timer_plus",
        ("Ctrl+Shift+Up",),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a minute to the timer"),
    ),
    Shortcut(
        "timer_minus",
        ("Ctrl+Shift+Down",),
        QT_TRANSLATE_NOOP("Shortcuts", "Take a minute off the timer"),
    ),
    Shortcut(
        "next_group", ("Ctrl+Shift+PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Next organization")
    ),
    Shortcut(
        "previous_group",
        ("Ctrl+Shift+PgUp",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous organization"),
    ),
    Shortcut(
        "add_group", ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "Add an organization…")
    ),
    Shortcut(
        "focus_answers",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Put the cursor in the first answer"),
    ),
    Shortcut(
        "focus_groups",
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the list of organizations"),
    ),
    Shortcut(
        "focus_stages", ("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the list of stages")
    ),
    Shortcut(
        "history",
        ("Ctrl+H",),
        QT_TRANSLATE_NOOP("Shortcuts", "History of the answer being edited…"),
    ),
    Shortcut(
        "spotlight_answer",
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the answer being edited on the projector"),
    ),
    Shortcut(
        "entry",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Open or close participant entry"),
    ),
    Shortcut("shortcuts_help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts")),
)

BY_NAME: dict[str, Shortcut] = {s.name: s for s in SHORTCUTS}


def keys(name: str) -> tuple[str, ...]:
    return BY_NAME[name].keys
