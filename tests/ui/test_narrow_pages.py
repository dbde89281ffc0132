"""At the default 1280×800 window the stage page is about 550 px wide: the stakeholder and
drafting panes stack instead of making the page scroll sideways (which cut off the prompts'
help text and their Show on projector / History… buttons)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize("stage", ["stakeholders", "drafting"])
def test_wide_stage_pages_never_scroll_sideways(qtbot, window, interaction, stage):
    window.resize(1280, 800)
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    console.go_to(stage)
    page = console.page
    qtbot.waitUntil(lambda: page.extra.panes.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: page.horizontalScrollBar().maximum() == 0)
    window.resize(1900, 1000)  # room for the panes side by side again
    qtbot.waitUntil(lambda: page.extra.panes.orientation() == Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: page.horizontalScrollBar().maximum() == 0)
