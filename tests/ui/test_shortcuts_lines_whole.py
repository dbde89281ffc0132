"""Help → Keyboard shortcuts at 1280×720, in English and in Spanish: every line is there whole (a
long one wraps onto a second line, none ends in "…"), the keys are named as the menus name them,
and only the open plan's stages get a Ctrl+number line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

CLICKER_NOTE = {  # where the clicker's keys act, said on the "Next stage" line
    "en": " (Space only on the stage list or the projector; the others wherever no text is "
    "being typed)",
    "es": " (Espacio solo en la lista de etapas o en el proyector; las demás, siempre que no se "
    "esté escribiendo un texto)",
}
NEXT_KEYS = {"en": "PgDown or Right or Space", "es": "Av Pág o Derecha o Espacio"}


@pytest.fixture(params=["en", "es"])
def console(request, window_in_language):
    window, interaction = window_in_language(request.param, (1280, 720))
    return request.param, window, interaction


def cut_cells(table) -> list[str]:
    """Every cell whose text, wrapped at its column's width, needs more room than its row has
    (or a word wider than the column): what the view would end in "…"."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            room = table.columnWidth(column) - 2 * margin
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            needed = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, text)
            if needed.width() > room or needed.height() > table.rowHeight(row):
                cut.append(
                    f"{text!r}: needs {needed.width()}×{needed.height()}, has "
                    f"{room}×{table.rowHeight(row)}"
                )
    return cut


def open_shortcuts(qtbot, window, interaction, check) -> dict:
    seen: dict = {}

    def read(dialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        check(dialog, seen)
        return False

    interaction.dialog_handlers.append(read)
    window.actions_by_name["shortcuts_help"].trigger()
    assert QApplication.activeModalWidget() is None
    return seen


def rows(table) -> list[tuple[str, str]]:
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_every_line_is_whole_with_the_demo_open(console, qtbot, tmp_path):
    lang, window, interaction = console
    window.try_demo()

    def check(dialog, seen) -> None:
        assert dialog.width() <= 1280 and dialog.height() <= 680  # with its title bar: 720
        seen["rows"] = rows(dialog.table)
        seen["cut"] = cut_cells(dialog.table)
        dialog.grab().save(str(tmp_path / f"shortcuts-{lang}.png"))
        dialog.resize(560, dialog.height())  # narrower: the lines wrap again, still whole
        qtbot.wait(20)
        seen["cut narrow"] = cut_cells(dialog.table)

    seen = open_shortcuts(qtbot, window, interaction, check)
    assert seen["cut"] == [] and seen["cut narrow"] == []
    (next_stage,) = [what for keys, what in seen["rows"] if keys == NEXT_KEYS[lang]]
    assert next_stage.endswith(CLICKER_NOTE[lang]), next_stage
    stages = len(window.ctx.store.plan.stages)
    numbered = [keys for keys, _ in seen["rows"] if keys.rsplit("+", 1)[-1].isdigit()]
    ctrl = "Ctrl" if lang == "en" else "Control"
    assert numbered == [f"{ctrl}+{n}" for n in range(1, stages + 1)]


def test_with_no_event_open_one_line_says_the_stage_keys(console, qtbot):
    lang, window, interaction = console

    def check(dialog, seen) -> None:
        seen["rows"] = rows(dialog.table)
        seen["cut"] = cut_cells(dialog.table)

    seen = open_shortcuts(qtbot, window, interaction, check)
    assert seen["cut"] == []
    ctrl = "Ctrl" if lang == "en" else "Control"
    said = {"en": "Go to a stage by its number", "es": "Ir a una etapa por su número"}
    assert (f"{ctrl}+1 … {ctrl}+9", said[lang]) in seen["rows"]
    assert not any(keys == f"{ctrl}+2" for keys, _ in seen["rows"])
