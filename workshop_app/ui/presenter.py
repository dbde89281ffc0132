"""The projector: what the room sees, from 10 metres, in a calm big type.

`PresenterView` draws the room's state (stage, prompts or objectives, countdown, join card,
spotlighted answers, blank screen) and follows `ctx.room`'s signals; `PresenterWindow` puts it in
a top-level window, full screen on the screen that is not the console's; `PresenterPreview`
(presenter_preview.py) is the console's small live "What the room sees". Privacy mode (the
default) shows organizations as "Group A, B, C…" and never lists the groups. All text is plain.

Sizes are in points on a 1280×720 window and grow with the window; no text is ever smaller
than `MIN_POINT_SIZE` (18 pt at 1280×720, i.e. 1/30 of the screen height).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.ui.fit_text import (
    BASE_HEIGHT,
    MIN_POINT_SIZE,
    Block,
    FitColumn,
    font_metrics,
    plain_label,
    scaled_font,
    update_label,
)
from workshop_app.ui.i18n import projector_language
from workshop_app.ui.presenter_parts import JoinCard, SpotlightCard
from workshop_app.ui.room import RoomState, Spotlight
from workshop_app.ui.room_window_place import room_window_rect
from workshop_app.ui.spotlight import RoomContext, RoomNames, SpotlightContent, spotlight_content
from workshop_app.ui.themes import DEFAULT_THEME, THEME_IDS, format_timer, load_theme, timer_state

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext

__all__ = ["MIN_POINT_SIZE", "PresenterView", "PresenterWindow"]

BASE_WIDTH = 1280


@dataclass(frozen=True)
class _Frame:
    """A view's regions at its size (see PresenterView._frame)."""

    scale: float
    unit: float  # points per 1280×720 point: the window's scale × the font-scale setting
    minimum: float  # the smallest type allowed
    gap: int
    timer_font: QFont
    timer: QRect
    title: QRect
    body: QRect


ROOM_NAME = QT_TRANSLATE_NOOP("Projector", "What the room sees")


def presenter_settings(ctx: AppContext) -> tuple[str, float, str]:
    """(theme id, font scale, language) for the projector from the console's settings."""
    settings = ctx.settings
    theme = settings.get("presenter_theme")
    scale = float(settings.get("presenter_font_scale"))
    return (theme if theme in THEME_IDS else DEFAULT_THEME), scale, projector_language(settings)


class PresenterView(QWidget):
    """The room's screen as a widget; the window and the console's preview both show one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.room: RoomState = ctx.room
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme_id, self.font_scale, self.language = presenter_settings(ctx)
        # what the room sees, in the projector's language (plan texts and the view's own words)
        self.room_ctx = RoomContext(ctx, self.language)
        self.words = self.room_ctx.words
        self.setAccessibleName(self.words.translate("Projector", ROOM_NAME))
        self.unit = 1.0
        self._laying_out = False  # pages being cut: a page signal then needs no new layout

        self.title = FitColumn(self, spacing=0.15)
        self.timer = QLabel(self)
        self.timer.setObjectName("timer")
        self.timer.setTextFormat(Qt.TextFormat.PlainText)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = FitColumn(self)
        self.join = JoinCard(self, self.words)
        self.footer = plain_label("", "muted", self)
        self.spot_heading = FitColumn(self)
        self.cards: list[SpotlightCard] = []
        self.blank = QWidget(self)
        self.blank.setObjectName("blank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        room = self.room
        room.stage_changed.connect(self._on_stage)
        room.timer_changed.connect(self._on_timer)
        room.spotlight_changed.connect(self._on_spotlight)
        room.blank_changed.connect(self._on_blank)
        room.names_visible_changed.connect(self._refresh_spotlight)
        room.entry_changed.connect(self._on_entry)
        room.page_changed.connect(self._on_page)
        changes = getattr(ctx, "changes", None)
        if changes is not None:
            changes.changed.connect(self._on_store_change)

        self.set_theme(self.theme_id)
        self._on_stage(room.stage_id)
        self._on_timer(room.remaining, room.planned, room.running)
        self._on_entry(room.entry)
        self._on_spotlight(room.spotlight)
        self._on_blank(room.blank)

    # -- look ------------------------------------------------------------------------------

    def set_theme(self, theme_id: str) -> None:
        self.theme_id = theme_id
        self.setStyleSheet(load_theme(theme_id).qss)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._layout()

    def set_language(self, lang: str) -> None:
        """Speak `lang` to the room from now on: the plan's texts and the view's own words."""
        self.language = lang
        self.room_ctx = RoomContext(self.ctx, lang)
        self.words = self.room_ctx.words
        self.setAccessibleName(self.words.translate("Projector", ROOM_NAME))
        self.join.set_words(self.words)
        room = self.room
        self._on_stage(room.stage_id)
        self._on_timer(room.remaining, room.planned, room.running)
        self._on_entry(room.entry)
        self._on_spotlight(room.spotlight)
        self._on_blank(room.blank)

    # -- following the room ----------------------------------------------------------------

    def _stage(self):
        plan = self.room_ctx.store.plan
        stage_id = self.room.stage_id or self.ctx.store.current_stage_id
        try:
            return plan, plan.stage(stage_id)
        except KeyError:
            return plan, plan.stages[0]

    def _on_stage(self, _stage_id: str = "") -> None:
        if self.ctx.store is None:  # the event was closed: an empty, calm screen
            self.title.set_blocks([])
            self.body.set_blocks([])
            return
        plan, stage = self._stage()
        # the room counts the workshop's stages; an optional one is an extra, not "5 of 5"
        room_place = plan.room_place(stage.id)
        if room_place is None:
            place = self.words.translate("Projector", "Extra stage")
        else:
            of = self.words.translate("Projector", "Stage {number} of {count}")
            place = of.format(number=room_place[0], count=room_place[1])
        self.title.set_blocks([Block(stage.title, "title"), Block(place, "stage_number")])
        blocks = [Block(text, "prompt", "•") for text in stage.objectives]
        numbered = len(stage.prompts) > 1
        blocks += [
            Block(p.text, "prompt", f"{i}." if numbered else "")
            for i, p in enumerate(stage.prompts, 1)
        ]
        self.body.set_blocks(blocks)
        self._layout()

    def _on_timer(self, remaining: int, planned: int, running: bool) -> None:
        shown = planned > 0 or remaining != 0
        if shown == self.timer.isHidden():
            self.timer.setVisible(shown)
            self._layout()
        self.timer.setText(format_timer(remaining))
        state = timer_state(remaining)
        if self.timer.property("state") != state:
            self.timer.setProperty("state", state)
            self.timer.style().unpolish(self.timer)
            self.timer.style().polish(self.timer)
        words = self.words
        if remaining < 0:
            said = words.translate("Projector", "{time} over time")
            if not running:
                said = words.translate("Projector", "{time} over time, paused")
        else:
            said = words.translate("Projector", "{time} left")
            if not running:
                said = words.translate("Projector", "{time} left, paused")
        self.timer.setAccessibleName(said.format(time=format_timer(abs(remaining))))

    def _on_entry(self, entry: dict | None) -> None:
        if entry:
            self.join.set_entry(str(entry.get("url", "")), str(entry.get("code", "")))
            self.footer.setText(
                self.words.translate("Projector", "Join at {address}   ·   code {code}").format(
                    address=entry.get("url", ""), code=entry.get("code", "")
                )
            )
        self._layout()

    def _on_blank(self, blank: bool) -> None:
        self.blank.setVisible(blank)
        if blank:
            self.blank.raise_()
        self._describe()

    # -- what a screen reader reads ----------------------------------------------------------

    def room_lines(self, with_timer: bool = True) -> list[str]:
        """What the room sees, line by line in reading order, in full."""
        if not self.blank.isHidden():
            return [self.words.translate("Projector", "The projector is blank.")]
        lines = self.title.texts()
        if with_timer and not self.timer.isHidden():
            lines.append(self.timer.accessibleName())
        if self.cards:
            lines += self.spot_heading.texts()
            for card in self.cards:
                lines += card.text.texts()
                if card.image is not None:
                    lines.append(self.words.translate("Projector", "(a picture)"))
        else:
            lines += self.body.texts()
        if not self.join.isHidden() and self.join.url:
            lines += [self.join.intro.text(), self.join.url, self.join.code_label.accessibleName()]
        elif not self.footer.isHidden():
            lines.append(self.footer.text())
        return [line for line in lines if line]

    def _describe(self) -> None:
        """The room's text (not the ticking timer) as the view's description."""
        text = "\n".join(self.room_lines(with_timer=False))
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)

    def _on_store_change(self, change: Any) -> None:
        if self.room.spotlight and getattr(change, "what", "") in ("answer", "record", "group"):
            self._refresh_spotlight()

    def _refresh_spotlight(self, *_args: Any) -> None:
        self._on_spotlight(self.room.spotlight)

    def _on_spotlight(self, items: list[Spotlight]) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        if self.ctx.store is None:
            items = []
        store = self.room_ctx.store
        names = RoomNames(store, self.room.names_visible) if items else None
        shown = []
        for item in items:
            label = names.label(item.group_id)
            try:
                content = spotlight_content(self.room_ctx, item, label)
            except (KeyError, LookupError):
                content = SpotlightContent(
                    self.words.translate("Projector", "Not available"),
                    self.words.translate("Projector", "This item is no longer in the event."),
                )
            content = SpotlightContent(
                names.redact(content.heading),
                names.redact(content.text),
                content.image_png,
                tuple(names.redact(part) for part in content.parts),
            )
            shown.append((label, content))
        # side by side answers to one prompt: say the prompt once, above the cards
        headings = {content.heading for _, content in shown}
        shared = headings.pop() if len(shown) > 1 and len(headings) == 1 else ""
        self.spot_heading.set_blocks([Block(shared, "heading")] if shared else [])
        for label, content in shown:
            if shared:
                content = SpotlightContent("", content.text, content.image_png, content.parts)
            card = SpotlightCard(label, content, self, self.words)
            card.show()
            self.cards.append(card)
        self._layout()

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    def minimum_point_size(self) -> float:
        """The smallest type allowed at this window size (18 pt at 1280×720)."""
        return MIN_POINT_SIZE * self._window_scale()

    def _window_scale(self) -> float:
        return max(0.1, min(self.height() / BASE_HEIGHT, self.width() / BASE_WIDTH))

    def _frame(self, w: int, h: int) -> _Frame:
        """Where the header, the countdown and the body go in a `w` × `h` view."""
        scale = max(0.1, min(h / BASE_HEIGHT, w / BASE_WIDTH))
        unit = scale * self.font_scale
        minimum = MIN_POINT_SIZE * scale
        margin = round(32 * scale)
        gap = round(24 * scale)
        inner = QRect(margin, margin, w - 2 * margin, h - 2 * margin)
        # header: title and "Stage n of m" on the left, the countdown on the right
        timer_font = scaled_font(max(minimum, 48 * unit), bold=True)
        fm = font_metrics(timer_font)
        # room for the theme's padding too (a fixed 16 px a side), or a small window cut "15:00"
        label = self.timer
        chrome = label.sizeHint().width() - label.fontMetrics().horizontalAdvance(label.text())
        timer_w = fm.horizontalAdvance("+88:88") + max(round(48 * scale), chrome + 4)
        header_h = min(round(inner.height() * 0.25), round(fm.height() * 1.6))
        timer = QRect(inner.right() + 1 - timer_w, inner.top(), timer_w, fm.height() + 8)
        title_w = inner.width() - (timer_w + gap if not self.timer.isHidden() else 0)
        title = QRect(inner.left(), inner.top(), title_w, header_h)
        body = QRect(inner.left(), inner.top() + header_h + gap, inner.width(), 0)
        body.setBottom(inner.bottom())
        return _Frame(scale, unit, minimum, gap, timer_font, timer, title, body)

    def _spot_areas(
        self, body: QRect, frame: _Frame
    ) -> tuple[QRect | None, QRect | None, list[QRect]]:
        """While answers are spotlighted: the join footer (entry open), the heading the cards
        share, and each card."""
        footer = None
        if self.room.entry:
            footer_h = font_metrics(scaled_font(frame.minimum)).height()
            footer = QRect(body.left(), body.bottom() - footer_h + 1, body.width(), footer_h)
            body.setBottom(body.bottom() - footer_h - frame.gap // 2)
        heading = None
        if self.spot_heading.has_blocks():
            heading_h = min(
                round(body.height() * 0.16),
                self.spot_heading.preferred_height(body.width(), frame.unit, frame.minimum),
            )
            heading = QRect(body.left(), body.top(), body.width(), heading_h)
            body.setTop(body.top() + heading_h + frame.gap // 2)
        count = max(1, len(self.cards))
        card_w = (body.width() - frame.gap * (count - 1)) // count
        cards = [
            QRect(body.left() + i * (card_w + frame.gap), body.top(), card_w, body.height())
            for i in range(count)
        ]
        return footer, heading, cards

    def _paginate(self) -> None:
        """Cut long cards into pages as the 1280×720 room view would, whatever this view's
        size (the console's preview and the projector count the same pages), and tell the
        room how many there are."""
        if not self.cards or not self.room.spotlight:  # cards of an item no longer shown
            return
        frame = self._frame(BASE_WIDTH, BASE_HEIGHT)
        _footer, _heading, rects = self._spot_areas(QRect(frame.body), frame)
        pad = round(20 * frame.unit)
        count = max(
            card.paginate(
                rect.width() - 2 * pad, rect.height() - 2 * pad, frame.unit, frame.minimum
            )
            for card, rect in zip(self.cards, rects, strict=True)
        )
        self.room.set_page_count(count)
        self._show_page()

    def _show_page(self) -> None:
        for card in self.cards:
            card.show_page(self.room.page)

    def _on_page(self, page: int, _count: int) -> None:
        if not self.room.spotlight:
            return
        if any(card.pages and card.page != page for card in self.cards):
            self._show_page()
            if not self._laying_out:
                self._layout()

    def _layout(self) -> None:
        w, h = self.width(), self.height()
        if w < 50 or h < 50:
            return
        self.blank.setGeometry(0, 0, w, h)
        frame = self._frame(w, h)
        unit, minimum, gap = frame.unit, frame.minimum, frame.gap
        self.unit = unit
        update_label(self.timer, frame.timer_font, frame.timer)
        self.title.setGeometry(frame.title)
        self.title.set_scale(unit, minimum)

        entry_open = bool(self.room.entry)
        spotlighting = bool(self.cards)
        # the join card sits beside the prompts; when they would have to be shortened to fit
        # beside it, or answers are spotlighted, the join details shrink to one footer line
        if spotlighting:
            self._layout_spotlight(frame)
        else:
            self._layout_body(QRect(frame.body), entry_open, False, unit, minimum, gap)
            if entry_open and self.body.truncated:
                self._layout_body(QRect(frame.body), entry_open, True, unit, minimum, gap)
        if not self.blank.isHidden():
            self.blank.raise_()
        self._describe()

    def _layout_spotlight(self, frame: _Frame) -> None:
        unit, minimum = frame.unit, frame.minimum
        self._laying_out = True
        try:
            self._paginate()
        finally:
            self._laying_out = False
        self.join.hide()
        self.body.hide()
        footer, heading, rects = self._spot_areas(QRect(frame.body), frame)
        self.footer.setVisible(footer is not None)
        if footer is not None:
            update_label(self.footer, scaled_font(minimum), footer)
        self.spot_heading.setVisible(heading is not None)
        if heading is not None:
            self.spot_heading.setGeometry(heading)
            self.spot_heading.set_scale(unit, minimum)
        for card, rect in zip(self.cards, rects, strict=True):
            card.text.cap = None
            card.setGeometry(rect)
            card.set_scale(unit, minimum)
        if len(self.cards) > 1:  # answers side by side share one type size: the smallest that fits
            common = min(card.text.fitted_main for card in self.cards)
            for card in self.cards:
                card.text.cap = common
                card.text.fit()

    def _layout_body(
        self,
        body: QRect,
        entry_open: bool,
        compact_join: bool,
        unit: float,
        minimum: float,
        gap: int,
    ) -> None:
        """The stage's prompts, with the join card beside them (or its footer line)."""
        self.footer.setVisible(entry_open and compact_join)
        if not self.footer.isHidden():
            font = scaled_font(minimum)
            footer_h = font_metrics(font).height()
            rect = QRect(body.left(), body.bottom() - footer_h + 1, body.width(), footer_h)
            update_label(self.footer, font, rect)
            body.setBottom(body.bottom() - footer_h - gap // 2)

        self.join.setVisible(entry_open and not compact_join)
        if not self.join.isHidden():
            join_w = round(body.width() * 0.38)
            self.join.setGeometry(body.right() + 1 - join_w, body.top(), join_w, body.height())
            self.join.set_scale(unit, minimum)
            body.setRight(body.right() - join_w - gap)

        self.spot_heading.hide()
        self.body.show()
        self.body.setGeometry(body)
        self.body.set_scale(unit, minimum)

    def visible_labels(self) -> list[QLabel]:
        """Every label the room can currently see (for tests and accessibility checks)."""
        if not self.blank.isHidden():
            return []
        return [lbl for lbl in self.findChildren(QLabel) if lbl.isVisibleTo(self)]


PAGE_KEYS = {  # on the projector's own window: turn a long item's pages, as a clicker would
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Space: 1,
    Qt.Key.Key_PageUp: -1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
}


class PresenterWindow(QWidget):
    """The second window, for the projector. B or "." blanks it (as a clicker sends them); the
    wheel, PageDown/PageUp and the arrows turn the pages of a long item (a draft policy). With
    the console open its key filter sees the keys first (the clicker's keys: page, then
    stage)."""

    closed = Signal()  # the window was closed (by the facilitator or by the console)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.view = PresenterView(ctx, self)
        self.setWindowTitle(self.view.words.translate("Projector", ROOM_NAME))
        # a screen reader lands on the room's text when this window is active (one screen)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1280, 720)
        self._wheel = 0  # eighths of a degree the wheel turned, not yet a page

    @property
    def room(self) -> RoomState:
        return self.view.room

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.room.set_blank(not self.room.blank)
            return
        if event.key() in PAGE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.room.turn_page(PAGE_KEYS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        """The wheel over the room view turns a long item's pages, a notch a page."""
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:
            step = 1 if self._wheel < 0 else -1  # the wheel towards you: the next page
            self._wheel += 120 * step
            self.room.turn_page(step)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        """Dragged onto the projector by hand (one screen at start): a double-click fills it."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def present(self, console: QWidget | None = None, keep_clear: Sequence[QRect] = ()) -> bool:
        """Show on the projector: full screen on a screen other than the console's, if any.
        With one screen, a movable window (double-click fills the screen) where it covers none
        of `keep_clear`, the console's working parts in screen coordinates (see
        room_window_place.py), so the console stays usable; False then (the console says so)."""
        screens = QGuiApplication.screens()
        console_screen = (
            console.screen() if console is not None else QGuiApplication.primaryScreen()
        )
        others = [s for s in screens if s is not console_screen]
        # the projector never takes the keyboard: the facilitator keeps typing in the console
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        if others:
            target = others[0]
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        elif not self.isVisible():
            area = (console_screen or QGuiApplication.primaryScreen()).availableGeometry()
            spot = room_window_rect(area, keep_clear)
            self.setGeometry(spot)
            # above the console it came from (which keeps the keyboard), until it is dragged
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.showNormal()
            self._frame_in(spot)
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()
        if console is not None:
            console.activateWindow()
        return bool(others)

    def _frame_in(self, spot: QRect) -> None:
        """The window's frame (title bar and borders) inside `spot`, not just its inside."""
        frame, inside = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inside.width(), frame.height() - inside.height()
        if extra_w > 0 or extra_h > 0:
            self.resize(spot.width() - extra_w, spot.height() - extra_h)
            self.move(spot.topLeft())  # a window's position is its frame's
