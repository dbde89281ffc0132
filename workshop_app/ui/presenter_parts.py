"""Pieces of the projector: the join card (address, code, QR code) and spotlight cards."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from workshop_app.ui.fit_text import (
    Block,
    FitColumn,
    font_metrics,
    measure_blocks,
    pages_of_parts,
    plain_label,
    scaled_font,
    update_label,
)
from workshop_app.ui.i18n import SOURCE_LANGUAGE, Words
from workshop_app.ui.spotlight import SpotlightContent

QR_BORDER = 4  # modules of white quiet zone around the code, as scanners expect
# a long text's pages are cut at this size (18 pt is the floor); each page is then shown as
# large as it fits, most often one clause of a draft filling the card
PAGE_POINTS = 20.0


@lru_cache(maxsize=8)
def qr_image(data: str) -> QImage:
    """The QR code for `data`, one pixel per module, black on white with its quiet zone."""
    import segno  # only when entry is first opened

    qr = segno.make_qr(data, error="m")
    matrix = qr.matrix
    size = len(matrix) + 2 * QR_BORDER
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + QR_BORDER, y + QR_BORDER, black)
    return image


def qr_pixmap(data: str, side: int) -> QPixmap:
    """The QR code `side` pixels square, modules kept sharp (nearest-pixel scaling)."""
    image = qr_image(data)
    return QPixmap.fromImage(
        image.scaled(
            side,
            side,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )


def wrap_anywhere(text: str, metrics: QFontMetrics, width: int) -> str:
    """Break an address into lines that fit `width`, preferring breaks after / . : characters."""
    lines, line = [], ""
    for ch in text:
        if line and metrics.horizontalAdvance(line + ch) > width:
            cut = max(line.rfind("/"), line.rfind("."), line.rfind(":"))
            if cut > len(line) // 2:
                lines.append(line[: cut + 1])
                line = line[cut + 1 :]
            else:
                lines.append(line)
                line = ""
        line += ch
    lines.append(line)
    return "\n".join(lines)


class JoinCard(QFrame):
    """How participants join: a QR code, the address and the 6-character event code."""

    def __init__(self, parent: QWidget | None = None, words: Words | None = None):
        super().__init__(parent)
        self.setObjectName("joinCard")
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.url = ""
        self.code = ""
        self._qr_key: tuple[str, int] = ("", 0)
        self.unit = 1.0
        self.minimum = 18.0
        self.intro = plain_label("", "muted", self)
        self.intro.setWordWrap(True)
        self.qr = QLabel(self)
        self.qr.setTextFormat(Qt.TextFormat.PlainText)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = plain_label("", "", self)
        self.code_caption = plain_label("", "muted", self)
        self.code_label = plain_label("", "code", self)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.intro, self.address, self.code_caption):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.set_words(words or Words(SOURCE_LANGUAGE))

    def set_words(self, words: Words) -> None:
        """The card's texts in the projector's language."""
        self.words = words
        self.intro.setText(words.translate("Projector", "Join on your phone or laptop"))
        self.code_caption.setText(words.translate("Projector", "Event code"))
        self.qr.setAccessibleName(words.translate("Projector", "QR code for the join address"))
        self.set_entry(self.url, self.code)

    def set_entry(self, url: str, code: str) -> None:
        self.url, self.code = url, code
        self.code_label.setAccessibleName(
            self.words.translate("Projector", "Event code {code}").format(code=" ".join(code))
        )
        self._place()

    def set_scale(self, unit: float, minimum: float) -> None:
        self.unit, self.minimum = unit, minimum
        self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _size(self, points: float) -> float:
        return max(self.minimum, points * self.unit)

    def _place(self) -> None:
        pad = round(18 * self.unit)
        inner = self.rect().adjusted(pad, pad, -pad, -pad)
        if inner.width() < 20 or inner.height() < 20 or not self.url:
            return
        small = scaled_font(self._size(18))
        small_fm = font_metrics(small)
        url_font = scaled_font(self._size(22), bold=True)
        url_fm = font_metrics(url_font)
        code_points = self._size(54)
        code_font = scaled_font(code_points, bold=True)
        while (
            code_points > self.minimum
            and font_metrics(code_font).horizontalAdvance(self.code + " ") > inner.width()
        ):
            code_points -= 1
            code_font = scaled_font(code_points, bold=True)
        url_text = wrap_anywhere(self.url, url_fm, inner.width())
        gap = round(8 * self.unit)

        intro_h = small_fm.boundingRect(
            QRect(0, 0, inner.width(), 10_000), Qt.TextFlag.TextWordWrap, self.intro.text()
        ).height()
        url_h = url_fm.lineSpacing() * (url_text.count("\n") + 1)
        code_h = font_metrics(code_font).height()
        text_h = intro_h + small_fm.height() + url_h + code_h + 4 * gap
        side = max(0, min(inner.width(), inner.height() - text_h))

        y = inner.top()
        for label, font, height in (
            (self.intro, small, intro_h),
            (self.qr, None, side),
            (self.address, url_font, url_h),
            (self.code_caption, small, small_fm.height()),
            (self.code_label, code_font, code_h),
        ):
            rect = QRect(inner.left(), y, inner.width(), height)
            if font is not None:
                update_label(label, font, rect)
            elif label.geometry() != rect:
                label.setGeometry(rect)
            y += height + gap
        update_label(self.address, url_font, self.address.geometry(), url_text)
        update_label(self.code_label, code_font, self.code_label.geometry(), self.code)
        key = (self.url, side)
        if key != self._qr_key:
            self._qr_key = key
            self.qr.setPixmap(qr_pixmap(self.url, side) if side >= 40 else QPixmap())
            self.qr.setVisible(side >= 40)


class ImageLabel(QLabel):
    """A picture (PNG bytes) scaled to fit, keeping its proportions."""

    def __init__(self, png: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(png)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._pixmap.isNull() and self.width() > 0 and self.height() > 0:
            self.setPixmap(
                self._pixmap.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


class SpotlightCard(QFrame):
    """One spotlighted item: the group's label, what the item is, then its text or picture.

    A text in parts (a draft's clauses) that does not fit is shown in pages of whole parts,
    "Group A · Draft policy · 2/4" above them; `paginate` cuts the pages at the 1280×720 room
    view's size (so every view counts the same pages) and `show_page` shows one."""

    def __init__(
        self,
        label: str,
        content: SpotlightContent,
        parent: QWidget | None = None,
        words: Words | None = None,
    ):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.text = FitColumn(self, spacing=0.45)
        self.words = words or Words(SOURCE_LANGUAGE)
        self.label, self.content = label, content
        self.pages: list[list[Block]] = []  # when the content comes in parts
        self.page = 0
        self._pages_key: tuple = ()
        if content.image_png:  # a picture needs the room: one line above it
            blocks = [
                Block(f"{label} · {content.heading}" if content.heading else label, "heading")
            ]
        else:
            blocks = [Block(label, "heading")]
            if content.heading:
                blocks.append(Block(content.heading, "muted"))
        if content.text:
            blocks.append(Block(content.text, "answer"))
        self.text.set_blocks(blocks)
        self.image = ImageLabel(content.image_png, self) if content.image_png else None
        self.unit = 1.0

    # pages of whole parts

    def _head(self, page: int | None = None, count: int | None = None) -> list[Block]:
        """One line above the parts: whose, what, and which page ("· 2/4") when there are
        more; `page` None: the widest it can be, for measuring."""
        said = f"{self.label} · {self.content.heading}" if self.content.heading else self.label
        if page is None:
            said += " · 88/88"
        elif (count or 1) > 1:
            said += f" · {page + 1}/{count}"
        return [Block(said, "heading")]

    def paginate(self, width: int, height: int, unit: float, minimum: float) -> int:
        """Cut the parts into pages for a text area `width` × `height` at the room view's
        1280×720 scale (`unit`, `minimum` as there); the number of pages (1 without parts)."""
        if not self.content.parts or self.image is not None:
            return 1
        key = (width, height, unit, minimum)
        if key != self._pages_key:
            self._pages_key = key
            parts = [Block(text, "answer") for text in self.content.parts]
            whole = measure_blocks(
                self._head(0, 1) + parts,
                [b.text for b in self._head(0, 1) + parts],
                minimum,
                width,
                unit,
                minimum,
                self.text.spacing,
            )[0]
            if whole <= height:  # all on one page, as large as it fits
                self.pages = [parts]
            else:
                main = max(minimum, PAGE_POINTS * unit)
                self.pages = pages_of_parts(
                    self._head(),
                    parts,
                    width,
                    height,
                    main,
                    unit,
                    minimum,
                    self.text.spacing,
                    lambda title: self.words.translate("Projector", "{title} (continued)").format(
                        title=title
                    ),
                )
        return len(self.pages)

    def show_page(self, page: int) -> None:
        if not self.pages:
            return
        page = max(0, min(page, len(self.pages) - 1))
        self.page = page
        blocks = self._head(page, len(self.pages)) + self.pages[page]
        if [b.text for b in blocks] != self.text.texts():
            self.text.set_blocks(blocks)

    def set_scale(self, unit: float, minimum: float) -> None:
        self.unit = unit
        self.text.unit, self.text.minimum = unit, minimum
        self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        pad = round(20 * self.unit)
        inner = self.rect().adjusted(pad, pad, -pad, -pad)
        if self.image is None:
            self.text.setGeometry(inner)
        else:
            self.text.unit, self.text.minimum = self.unit, self.text.minimum
            text_h = min(inner.height() // 4, self.text.preferred_height(inner.width()))
            self.text.setGeometry(inner.left(), inner.top(), inner.width(), text_h)
            self.image.setGeometry(
                inner.left(), inner.top() + text_h, inner.width(), inner.height() - text_h
            )
        self.text.fit()
