"""Text that shrinks to fit: a column of word-wrapped plain-text labels that share one size.

The projector never scrolls and never clips a word: `FitColumn` picks the largest size (up to
each role's maximum) at which every block fits its rectangle, never going below the readable
minimum; if even that cannot hold the text, the longest block is shortened with "…" so nothing
spills outside the window. Sizes are "points on a 1280×720 window" and grow with the window.
A text that comes in parts to keep whole (a draft's clauses) is cut into pages of whole parts
instead (`pages_of_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

BASE_HEIGHT = 720  # sizes below are for a window this tall (1280×720) and scale with it
MIN_POINT_SIZE = 18.0  # readable from the back of a room at 1280×720; 54 pt at 3840×2160
FONT_FAMILIES = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"]

# role: (largest size in points at 720 px, share of the column's size, bold)
ROLES: dict[str, tuple[float, float, bool]] = {
    "title": (40, 1.0, True),
    "stage_number": (20, 0.5, False),
    "heading": (30, 0.8, True),
    "prompt": (36, 1.0, False),
    "number": (36, 1.0, True),
    "answer": (34, 1.0, False),
    "muted": (24, 0.7, False),
}


def scaled_font(point_size: float, bold: bool = False) -> QFont:
    """The projector's font at `point_size` (rounded to a quarter point), shared and cached."""
    return QFont(_font(round(point_size * 4) / 4, bold))


@lru_cache(maxsize=512)
def _font(point_size: float, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


@lru_cache(maxsize=512)
def _metrics(point_size: float, bold: bool) -> QFontMetrics:
    return QFontMetrics(_font(point_size, bold))


def font_metrics(font: QFont) -> QFontMetrics:
    return _metrics(font.pointSizeF(), font.bold())


def plain_label(text: str = "", role: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows user text literally: `<b>` stays `<b>`."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setContentsMargins(0, 0, 0, 0)
    if role:
        label.setProperty("role", role)
    return label


def update_label(label: QLabel, font: QFont, rect: QRect, text: str | None = None) -> None:
    """Change only what differs: refitting runs on every resize and every tick."""
    if label.font() != font:
        label.setFont(font)
    if text is not None and label.text() != text:
        label.setText(text)
    if label.geometry() != rect:
        label.setGeometry(rect)


@dataclass(frozen=True)
class Block:
    text: str
    role: str = "prompt"
    marker: str = ""  # "1." or "•", shown in a hanging column to the left


def role_size(role: str, main: float, unit: float, minimum: float) -> float:
    """A role's size in points when the column's main size is `main`."""
    largest, share, _ = ROLES[role]
    return max(minimum, min(largest * unit, main * share))


def measure_blocks(
    blocks: list[Block],
    texts: list[str],
    main: float,
    width: int,
    unit: float,
    minimum: float,
    spacing: float,
) -> tuple[int, list[tuple]]:
    """How `blocks` (showing `texts`) lay out in `width` pixels at `main` points: the total
    height, and each block's (marker width, height, font, marker font, gap after it)."""
    rows = []
    total = 0
    gap = 0
    for block, text in zip(blocks, texts, strict=True):
        size = role_size(block.role, main, unit, minimum)
        font = scaled_font(size, ROLES[block.role][2])
        fm = font_metrics(font)
        marker_w = 0
        marker_font = None
        if block.marker:
            marker_font = scaled_font(role_size("number", size, unit, minimum), True)
            marker_w = font_metrics(marker_font).horizontalAdvance(block.marker + "  ")
        rect = fm.boundingRect(
            QRect(0, 0, max(1, width - marker_w), 1_000_000), Qt.TextFlag.TextWordWrap, text
        )
        height = max(rect.height(), fm.height())
        gap = round(fm.lineSpacing() * spacing)
        rows.append((marker_w, height, font, marker_font, gap))
        total += height + gap
    return total - gap, rows


SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


def pages_of_parts(
    head: list[Block],
    parts: list[Block],
    width: int,
    height: int,
    main: float,
    unit: float,
    minimum: float,
    spacing: float,
    continued: Callable[[str], str],
) -> list[list[Block]]:
    """`parts` in pages below `head`, each page as many whole parts as fit `width` × `height`
    at `main` points. A part too long for a page of its own is cut between sentences, its
    first line ("7. Title") repeated as `continued(first line)` over the rest."""

    def tall(blocks: list[Block]) -> int:
        return measure_blocks(
            head + blocks, [b.text for b in head + blocks], main, width, unit, minimum, spacing
        )[0]

    pieces: list[Block] = []
    for part in parts:
        if tall([part]) <= height:
            pieces.append(part)
            continue
        title, _, body = part.text.partition("\n")
        sentences = SENTENCE_END.split(body) if body else []
        lead = title
        chunk: list[str] = []
        for sentence in sentences:
            trial = Block(lead + "\n" + " ".join([*chunk, sentence]), part.role, part.marker)
            if chunk and tall([trial]) > height:
                pieces.append(Block(lead + "\n" + " ".join(chunk), part.role, part.marker))
                lead, chunk = continued(title), []
            chunk.append(sentence)
        pieces.append(
            Block(lead + ("\n" + " ".join(chunk) if chunk else ""), part.role, part.marker)
        )
    pages: list[list[Block]] = []
    for piece in pieces:
        if pages and tall([*pages[-1], piece]) <= height:
            pages[-1].append(piece)
        else:
            pages.append([piece])
    return pages or [[]]


class FitColumn(QWidget):
    """Blocks of text laid out top to bottom, all shrunk together until they fit."""

    def __init__(self, parent: QWidget | None = None, spacing: float = 0.55):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._blocks: list[Block] = []
        self._labels: list[tuple[QLabel | None, QLabel]] = []
        self.spacing = spacing  # between blocks, as a share of the main line height
        self.unit = 1.0  # points per "720p point": window scale × font-scale setting
        self.minimum = MIN_POINT_SIZE  # absolute floor in points for this window size
        self.fitted_size = 0.0  # the first block's size after the last fit, in points
        self.fitted_main = 0.0  # the size the fit settled on, before each role's share
        self.cap: float | None = None  # never larger than this (cards side by side match)
        self.truncated = False

    # -- content ----------------------------------------------------------------------------

    def set_blocks(self, blocks: list[Block]) -> None:
        for pair in self._labels:
            for old in pair:
                if old is not None:
                    old.hide()
                    old.deleteLater()
        self._blocks = list(blocks)
        self._labels = []
        for block in self._blocks:
            marker = plain_label(block.marker, "number", self) if block.marker else None
            label = plain_label(block.text, block.role, self)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._labels.append((marker, label))
            if marker is not None:
                marker.show()
            label.show()
        self.fit()

    def preferred_height(
        self, width: int, unit: float | None = None, minimum: float | None = None
    ) -> int:
        """The height the blocks need at their largest size, for `width` pixels (at this
        column's scale, or at `unit` and `minimum`)."""
        if not self._blocks:
            return 0
        unit = self.unit if unit is None else unit
        minimum = self.minimum if minimum is None else minimum
        largest = max(minimum, max(ROLES[b.role][0] for b in self._blocks) * unit)
        texts = [b.text for b in self._blocks]
        return measure_blocks(self._blocks, texts, largest, width, unit, minimum, self.spacing)[0]

    def has_blocks(self) -> bool:
        return bool(self._blocks)

    def texts(self) -> list[str]:
        """The blocks in full (never shortened to fit), each with its marker: what a screen
        reader reads."""
        return [f"{b.marker} {b.text}".strip() for b in self._blocks if b.text]

    def labels(self) -> list[QLabel]:
        return [w for pair in self._labels for w in pair if w is not None]

    def set_scale(self, unit: float, minimum: float) -> None:
        self.unit, self.minimum = unit, minimum
        self.fit()

    # -- fitting ----------------------------------------------------------------------------

    def _size(self, role: str, main: float) -> float:
        return role_size(role, main, self.unit, self.minimum)

    def _measure(self, main: float, texts: list[str], width: int) -> tuple[int, list[tuple]]:
        """Total height at `main` points and each block's (marker width, height, fonts)."""
        return measure_blocks(
            self._blocks, texts, main, width, self.unit, self.minimum, self.spacing
        )

    def fit(self) -> None:
        width, height = self.width(), self.height()
        if not self._blocks or width < 10 or height < 10:
            return
        texts = [b.text for b in self._blocks]
        largest = max(ROLES[b.role][0] for b in self._blocks) * self.unit
        if self.cap is not None:
            largest = min(largest, self.cap)
        low, high = self.minimum, max(self.minimum, largest)
        if self._measure(high, texts, width)[0] > height:
            for _ in range(12):  # binary search the main size
                mid = (low + high) / 2
                if self._measure(mid, texts, width)[0] <= height:
                    low = mid
                else:
                    high = mid
            main = low
        else:
            main = high
        self.truncated = False
        while self._measure(main, texts, width)[0] > height:
            longest = max(range(len(texts)), key=lambda i: len(texts[i]))
            if len(texts[longest]) < 20:
                break
            cut = texts[longest][: int(len(texts[longest]) * 0.93)]
            if " " in cut[len(cut) // 2 :]:
                cut = cut[: cut.rfind(" ")]
            texts[longest] = cut.rstrip(" ,;:.…") + "…"
            self.truncated = True
        self.fitted_size = self._size(self._blocks[0].role, main)
        self.fitted_main = main
        self._place(main, texts, width, height)

    def _place(self, main: float, texts: list[str], width: int, height: int) -> None:
        _, rows = self._measure(main, texts, width)
        y = 0
        for (marker, label), text, (marker_w, h, font, marker_font, gap) in zip(
            self._labels, texts, rows, strict=True
        ):
            h = min(h, max(0, height - y))
            update_label(label, font, QRect(marker_w, y, width - marker_w, h), text)
            if marker is not None:
                marker_h = min(h, font_metrics(marker_font).height())
                update_label(marker, marker_font, QRect(0, y, marker_w, marker_h))
            y += h + gap

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
