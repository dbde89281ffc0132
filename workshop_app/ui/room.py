"""RoomState: what the room sees, as one QObject the console drives and the projector follows.

The console owns the instance (on the AppContext); the projector window and the console's
"What the room sees" preview only listen to its signals and read its properties.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Spotlight:
    """One item shown big on the projector: an answer, a map, a draft or a report-back card."""

    kind: str  # "answer" | "stakeholder_map" | "draft" | "report_card" | "hardest_parts"
    group_id: int | None
    stage_id: str | None = None
    prompt_id: str | None = None


class RoomState(QObject):
    stage_changed = Signal(str)  # stage id
    timer_changed = Signal(
        int, int, bool
    )  # remaining seconds (negative when over), planned seconds, running
    spotlight_changed = Signal(list)  # list[Spotlight]; empty = show the stage's prompts
    blank_changed = Signal(bool)
    names_visible_changed = Signal(bool)  # False = privacy mode: "Group A, B, C…"
    entry_changed = Signal(
        object
    )  # None when participant entry is closed, else {"url": str, "code": str}

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stage_id = ""
        self.remaining = 0
        self.planned = 0
        self.running = False
        self.spotlight: list[Spotlight] = []
        self.blank = False
        self.names_visible = False
        self.entry: dict | None = None

    def set_stage(self, stage_id: str) -> None:
        self.stage_id = stage_id
        self.spotlight = []
        self.stage_changed.emit(stage_id)
        self.spotlight_changed.emit([])

    def set_timer(self, remaining: int, planned: int, running: bool) -> None:
        self.remaining, self.planned, self.running = remaining, planned, running
        self.timer_changed.emit(remaining, planned, running)

    def show(self, items: list[Spotlight]) -> None:
        self.spotlight = list(items)
        self.spotlight_changed.emit(list(items))

    def clear(self) -> None:
        self.show([])

    def set_blank(self, blank: bool) -> None:
        if blank != self.blank:
            self.blank = blank
            self.blank_changed.emit(blank)

    def set_names_visible(self, visible: bool) -> None:
        if visible != self.names_visible:
            self.names_visible = visible
            self.names_visible_changed.emit(visible)

    def set_entry(self, entry: dict | None) -> None:
        self.entry = entry
        self.entry_changed.emit(entry)


def group_letter(index: int, words=None) -> str:
    """Privacy-mode name of the organization at `index` in the event's order: A, B, …, Z, AA, AB…"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    if words is None:
        return f"Group {letters}"
    return words.translate("Projector", "Group {letters}").format(letters=letters)
