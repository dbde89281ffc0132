"""Layout with longer words: a pseudo-language (every console and projector text accented and
about 40 % longer) made at test time from the catalogue, the console and the projector at
1280×720, and no label, button or box whose text is cut off. Screenshots go to
$PSEUDO_SHOTS (default: the test's temporary folder) to be looked at."""

from __future__ import annotations

import math
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from tools import translations
from workshop_app.ui import i18n

ACCENTED = str.maketrans(
    "aeiouycnsAEIOUYCNS", "áéíöüýçñšÁÉÍÖÜÝÇÑŠ"
)  # still readable, and every glyph is a wider or taller one
KEEP = re.compile(r"(\{[^{}]*\}|%n|<[^<>]+>|&\w+;|\\n|\n)")


def pseudo(text: str) -> str:
    """'Save a copy as…' → '[Šávé á çöpý áš… ~~~~~]': accented, 40 % longer, bracketed so a
    cut-off end shows; placeholders, tags and the & of a keyboard accelerator kept."""
    parts = KEEP.split(text)
    said = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    letters = len(KEEP.sub("", text))
    return f"[{said} {'~' * max(1, math.ceil(letters * 0.4) - 3)}]"


def pseudo_catalogue(folder: Path) -> Path:
    root = ET.parse(translations.ts_path("es")).getroot()
    root.set("language", "es")
    for message in root.iter("message"):
        tr = message.find("translation")
        tr.attrib.pop("type", None)
        tr.text = pseudo(message.findtext("source") or "")
    ts = folder / "workshop_app_es.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "workshop_app_es.qm"
    translations.release(ts, qm)
    return qm


@pytest.fixture
def pseudo_language(tmp_path, monkeypatch, qapp):
    """The pseudo-language installed as the console's and the projector's language."""
    qm = pseudo_catalogue(tmp_path)
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: qm)
    i18n.words.cache_clear()
    i18n.install("es", qapp)
    yield
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale.system())  # as before any language was installed
    i18n.words.cache_clear()


def test_the_pseudo_language_is_longer_accented_and_keeps_what_code_needs():
    assert pseudo("Stage {number} of {count}").startswith("[Štágé {number} öf {count} ")
    assert pseudo("&File").startswith("[&Fílé")
    assert len(pseudo("Save a copy of the event as")) >= 1.4 * len("Save a copy of the event as")


def _clipped(widget: QWidget) -> str:
    """Why `widget`'s text does not fit in it, or ""."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
            return ""  # rich text wraps by itself inside its width
        if widget.buddy() is not None:  # "&Title:" shows "Title:", the T underlined
            text = re.sub(r"&(.)", r"\1", text)
        fm = QFontMetrics(widget.font())
        inner = widget.contentsRect().adjusted(widget.margin(), 0, -widget.margin(), 0)
        flags = Qt.TextFlag.TextWordWrap if widget.wordWrap() else 0
        need = fm.boundingRect(QRect(0, 0, inner.width(), 100_000), flags, text)
        # one line: its width (a style's padding may trim its box's height, never the text)
        tall = widget.wordWrap() and need.height() > inner.height() + 1
        if need.width() > inner.width() + 1 or tall:
            return f"needs {need.width()}×{need.height()}, has {inner.width()}×{inner.height()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():  # a wrapping tick
        tall = widget.heightForWidth(widget.width())
        if widget.width() + 1 < widget.minimumSizeHint().width() or widget.height() + 1 < tall:
            return f"needs {widget.minimumSizeHint().width()}×{tall}, has {widget.width()}×{widget.height()}"
        return ""
    if isinstance(widget, QAbstractButton | QGroupBox):
        hint = widget.minimumSizeHint() if isinstance(widget, QGroupBox) else widget.sizeHint()
        if widget.width() + 1 < hint.width():
            return f"needs {hint.width()} px wide, has {widget.width()}"
    return ""


def clipped(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QPushButton | QCheckBox | QGroupBox):
            continue
        if not widget.isVisibleTo(root) or widget.width() < 2:
            continue
        why = _clipped(widget)
        if why:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.append(f"{type(widget).__name__} {text[:60]!r}: {why}")
    return found


def _shots() -> Path | None:
    folder = os.environ.get("PSEUDO_SHOTS")
    return Path(folder) if folder else None


def test_the_console_and_projector_in_longer_words_cut_no_text_at_1280x720(
    qtbot, settings, interaction, pseudo_language, tmp_path
):
    from workshop_app.ui.app import build_window

    settings.set("projector_language", "es")
    window = build_window(settings, interaction)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text().startswith("[&Fílé")
    welcome = clipped(window)
    window.grab().save(str((_shots() or tmp_path) / "pseudo-welcome-1280x720.png"))

    window.try_demo()
    qtbot.waitUntil(lambda: not isinstance(window.console.room_preview, QLabel), timeout=5000)
    window.present()
    room = window.presenter
    room.resize(1280, 720)
    window.ctx.room.set_entry({"url": "http://192.168.1.20:8080/", "code": "K7PM4Q"})
    QApplication.processEvents()
    console = clipped(window)
    window.grab().save(str((_shots() or tmp_path) / "pseudo-console-1280x720.png"))
    room.grab().save(str((_shots() or tmp_path) / "pseudo-projector-1280x720.png"))
    projector = [
        f"projector: {line}"
        for line in clipped(room.view)
        if "QLabel" in line  # its labels are fitted to their boxes by the view itself
    ]
    assert "[Štágé 1 öf" in " ".join(lbl.text() for lbl in room.view.visible_labels())
    # every stage's page, scrolled through as the facilitator would
    pages = []
    for stage in window.console.plan.stages:
        window.console.go_to(stage.id)
        page = window.console.page
        qtbot.wait(100)  # its layout settles (word-wrapped rows) as it would on screen
        pages += [f"{stage.id}: {line}" for line in clipped(page.widget())]
        if page.horizontalScrollBar().isVisible():  # a row too wide for the page: cut at its edge
            wide = page.widget().minimumSizeHint().width()
            pages.append(f"{stage.id}: the page needs {wide} px, has {page.viewport().width()}")
        window.grab().save(str((_shots() or tmp_path) / f"pseudo-console-{stage.id}.png"))
    # the room's cards side by side, and every group's hardest part, in longer words
    from workshop_app.ui.room import Spotlight

    window.console.go_to("report_back")
    groups = [g.id for g in window.ctx.store.groups()]
    cards = []
    for shown in (
        [Spotlight("report_card", g, "report_back") for g in groups],
        [Spotlight("hardest_parts", None, "report_back")],
    ):
        window.ctx.room.show(shown)
        qtbot.wait(50)
        view = room.view
        # the cards' answers are the groups' own long texts, shortened with "…" by design; the
        # room's own words (title, "Stage 4 of 4", the heading over the cards) must fit
        cut = [column for column in (view.title, view.spot_heading) if column.truncated]
        cards += [f"projector: {shown[0].kind} cut short" for _ in cut]
        name = f"pseudo-projector-{shown[0].kind}.png"
        room.grab().save(str((_shots() or tmp_path) / name))
    assert welcome + console + projector + pages + cards == []


def test_the_dialogs_in_longer_words_cut_no_text(qtbot, settings, interaction, pseudo_language):
    from workshop_app.ui.dialogs import NewEventDialog, SettingsDialog, ShortcutsDialog

    problems = []
    for dialog in (
        SettingsDialog(settings, interaction),
        NewEventDialog(settings, interaction),
        ShortcutsDialog(None, ["Objetivos", "Actores clave"]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        name = dialog.windowTitle()
        problems += [f"{name}: {line}" for line in clipped(dialog)]
        shots = _shots()
        if shots is not None:
            dialog.grab().save(str(shots / f"pseudo-{type(dialog).__name__}.png"))
        assert dialog.width() <= 1280 and dialog.height() <= 720
    assert problems == []


def test_the_check_sees_a_cut_off_button_and_label(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    button = QPushButton(pseudo("Import roster…"), box)
    label = QLabel(pseudo("Participant entry is closed."), box)
    button.setGeometry(0, 0, 60, 30)
    label.setGeometry(0, 40, 60, 20)
    box.show()
    assert len(clipped(box)) == 2
    button.resize(button.sizeHint())
    label.resize(label.sizeHint())
    assert clipped(box) == []


def test_the_check_sees_a_wrapping_tick_cut_short_and_passes_it_wrapped(qtbot):
    from workshop_app.ui.widgets.wrapping_check import WrappingCheckBox

    box = QWidget()
    qtbot.addWidget(box)
    tick = WrappingCheckBox(pseudo("State health-privacy or recording-consent law"), box)
    tick.setGeometry(0, 0, 200, tick.sizeHint().height())  # one line's height: cut
    box.show()
    assert len(clipped(box)) == 1
    tick.resize(200, tick.heightForWidth(200))  # wrapped onto its lines
    assert clipped(box) == []
