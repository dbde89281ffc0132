"""Every keyboard shortcut, declared once. The console binds them; Help → Keyboard shortcuts
lists them from here. Clicker keys (a presentation remote sends PageDown/PageUp/arrows/Space/B/.)
act only when the focus is not in a text field or on a control that needs the key itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]  # QKeySequence strings
    description: str
    clicker: bool = False  # routed by the console's key filter, not a QShortcut


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_event", ("Ctrl+N",), "New event…"),
    Shortcut("open_event", ("Ctrl+O",), "Open an event…"),
    Shortcut("save_copy", ("Ctrl+Shift+S",), "Save a copy of the event as…"),
    Shortcut("close_event", ("Ctrl+W",), "Close the event"),
    Shortcut("quit", ("Ctrl+Q",), "Quit"),
    Shortcut("settings", ("Ctrl+,",), "Settings…"),
    Shortcut("next_stage", ("PgDown", "Right", "Space"), "Next stage", clicker=True),
    Shortcut("previous_stage", ("PgUp", "Left"), "Previous stage", clicker=True),
    *(Shortcut(f"stage_{n}", (f"Ctrl+{n}",), f"Go to stage {n}") for n in range(1, 10)),
    Shortcut("present", ("F5",), "Show the room view on the projector"),
    Shortcut("leave_presenting", ("Esc",), "Stop presenting"),
    Shortcut("blank", ("B", "."), "Blank the projector / show it again", clicker=True),
    Shortcut("timer_start_pause", ("Ctrl+T",), "Start or pause the stage timer"),
    Shortcut("timer_plus", ("Ctrl+Shift+Up",), "Add a minute to the timer"),
    Shortcut("timer_minus", ("Ctrl+Shift+Down",), "Take a minute off the timer"),
    Shortcut("next_group", ("Ctrl+Shift+PgDown",), "Next organization"),
    Shortcut("previous_group", ("Ctrl+Shift+PgUp",), "Previous organization"),
    Shortcut("add_group", ("Ctrl+Shift+N",), "Add an organization…"),
    Shortcut("focus_answers", ("Ctrl+E",), "Put the cursor in the first answer"),
    Shortcut("focus_groups", ("Ctrl+G",), "Go to the list of organizations"),
    Shortcut("focus_stages", ("Ctrl+L",), "Go to the list of stages"),
    Shortcut("history", ("Ctrl+H",), "History of the answer being edited…"),
    Shortcut(
        "spotlight_answer", ("Ctrl+Shift+P",), "Show the answer being edited on the projector"
    ),
    Shortcut("entry", ("Ctrl+Shift+E",), "Open or close participant entry"),
    Shortcut("shortcuts_help", ("F1",), "Keyboard shortcuts"),
)

BY_NAME: dict[str, Shortcut] = {s.name: s for s in SHORTCUTS}


def keys(name: str) -> tuple[str, ...]:
    return BY_NAME[name].keys
