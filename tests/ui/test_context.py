"""StoreEvents: a change reported on the LAN server's thread arrives on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from workshop_app.store import Change
from workshop_app.ui.context import StoreEvents


def test_a_change_from_another_thread_is_delivered_on_the_gui_thread(qtbot):
    events = StoreEvents()
    seen: list[tuple[Change, bool]] = []
    events.changed.connect(lambda c: seen.append((c, QThread.currentThread() is events.thread())))
    change = Change("answer", 1, "report_back", "easiest", 2, "browser")
    worker = threading.Thread(target=events.report, args=(change,))
    worker.start()
    worker.join()
    assert seen == []  # queued, not run on the server's thread
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(change, True)]


def test_a_change_on_the_gui_thread_is_delivered_at_once():
    events = StoreEvents()
    seen = []
    events.changed.connect(seen.append)
    events.report(Change("group"))
    assert seen == [Change("group")]
