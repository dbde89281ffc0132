"""The participant entry panel's device list, in the 1280×800 console, in English and in
Spanish: every organization and device row reads whole within the panel (long names wrap onto
more lines, nothing is cut with "…"), with no sideways scrolling, and each row's accessible
name and tooltip carry its whole text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollArea, QTreeWidgetItemIterator

from workshop_app.ui import i18n

LONG_GROUP = "St Anne's Community Clinic and Neighbourhood Health Partnership"


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    i18n.install(request.param, qapp)
    yield request.param
    i18n.install("en", qapp)


def rows(tree):
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        yield it.value()
        it += 1


def test_device_rows_read_whole_in_the_panel(qtbot, window, interaction, language):
    window.resize(1280, 800)
    window.try_demo()
    qtbot.waitUntil(lambda: window.entry_panel is not None, timeout=10_000)
    store = window.ctx.store
    groups = store.groups()
    store.update_group(groups[0].id, name=LONG_GROUP)
    for n, label in enumerate(["Android phone · Chrome", "Android tablet · Samsung Internet"]):
        store.add_device(groups[0].id, f"{n}" * 64, label)
    store.add_device(groups[1].id, "9" * 64, "Windows laptop · Microsoft Edge")
    panel = window.entry_panel
    window.console.side_tabs.setCurrentWidget(panel)
    panel.refresh_devices()
    qtbot.wait(100)
    tree = panel.devices
    assert tree.isVisible()
    assert not tree.horizontalScrollBar().isVisible()
    body = panel.findChild(QScrollArea)
    assert not body.horizontalScrollBar().isVisible()
    metrics = tree.fontMetrics()
    seen = []
    for item in rows(tree):
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text:
                continue
            index = tree.indexFromItem(item, column)
            cell = tree.visualRect(index)
            inside = tree.viewport().rect()
            assert inside.left() <= cell.left() and cell.right() <= inside.right(), (text, cell)
            room = cell.width() - 8  # the item's own margins
            needed = metrics.boundingRect(
                QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            assert needed.width() <= room, (text, needed, cell)
            assert needed.height() <= cell.height(), (text, needed, cell)
            seen.append(text)
        whole = " ".join(item.text(c) for c in range(tree.columnCount()) if item.text(c))
        assert item.toolTip(0) == whole
        assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == whole
    assert any("·" in text for text in seen)  # the devices were listed
