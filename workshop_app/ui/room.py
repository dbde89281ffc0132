"""RoomState: what the room sees, as one QObject the console drives and the projector follows.

The console owns the instance (on the AppContext); the projector window and the console's
"What the room sees" preview listen to its signals and read its properties. The one thing a
view tells it is how many pages a long spotlighted item takes (`set_page_count`): every view
cuts its pages at the 1280×720 room view's size, so all of them count the same.
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
    page_changed = Signal(int, int)  # page shown (from 0), pages of the spotlighted item

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
        self.page = 0  # of a long spotlighted item (a draft policy), whole clauses per page
        self.page_count = 1

    def set_stage(self, stage_id: str) -> None:
        self.stage_id = stage_id
        self.spotlight = []
        before = self._first_page()
        self.stage_changed.emit(stage_id)
        self.spotlight_changed.emit([])
        self._pages_said(before)

    def set_timer(self, remaining: int, planned: int, running: bool) -> None:
        self.remaining, self.planned, self.running = remaining, planned, running
        self.timer_changed.emit(remaining, planned, running)

    def show(self, items: list[Spotlight]) -> None:
        self.spotlight = list(items)
        before = self._first_page()
        self.spotlight_changed.emit(list(items))
        self._pages_said(before)

    # pages of a long spotlighted item

    def _first_page(self) -> tuple[int, int]:
        """A new item starts at its first page; the views count its pages as they show it."""
        before = (self.page, self.page_count)
        self.page, self.page_count = 0, 1
        return before

    def _pages_said(self, before: tuple[int, int]) -> None:
        """Say "one page" when the new item has no pages of its own and the last one had."""
        if (self.page, self.page_count) == (0, 1) != before:
            self.page_changed.emit(0, 1)

    def set_page_count(self, count: int) -> None:
        """How many pages the spotlighted item takes (the views say, all alike)."""
        count = max(1, count)
        if count != self.page_count:
            self.page_count = count
            self.page = min(self.page, count - 1)
            self.page_changed.emit(self.page, count)

    def set_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count - 1))
        if page != self.page:
            self.page = page
            self.page_changed.emit(page, self.page_count)

    def turn_page(self, delta: int) -> bool:
        """The next (+1) or previous (-1) page; False when there is none that way."""
        before = self.page
        self.set_page(self.page + delta)
        return self.page != before

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
