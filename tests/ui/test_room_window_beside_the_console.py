"""With one 1280×720 screen, F5 opens the room view as a window the facilitator drags to the
projector. It used to open over the console's answer editors (and "What the room sees"), so it
had to be dragged aside first; it now opens beside them, over the console's own preview of the
room, still a movable window (not full screen) that a double-click fills, its countdown whole.

Run in a process of its own: the offscreen platform's screen is set when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from workshop_app.ui.app import build_window
from workshop_app.ui.settings import Settings
from tests.kit import ScriptedInteraction

app = QApplication([])
settings = Settings.throwaway(Path(tempfile.mkdtemp()) / "settings")
settings.set("font_scale", float(sys.argv[1]))
window = build_window(settings, ScriptedInteraction())
window.showMaximized()  # a laptop's console fills its screen
QTest.qWaitForWindowExposed(window)
window.activateWindow()
window.try_demo()
console = window.console
console.go_to(sys.argv[2])
QTest.qWait(50)
window.trigger("focus_answers")  # Ctrl+E: the cursor in the first answer
editor = QApplication.focusWidget()
QTest.keyClick(editor, Qt.Key.Key_F5)
QTest.qWait(100)
presenter = window.presenter
QTest.qWaitForWindowExposed(presenter)


def on_screen(widget):
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


page = console.page
visible = on_screen(editor).intersected(on_screen(page.viewport()))
# the room shown a long draft: its page buttons come under "What the room sees"
from workshop_app.ui.room import Spotlight
window.ctx.room.show([Spotlight("draft", window.ctx.store.groups()[0].id, "drafting")])
QTest.qWait(100)
pager = console.room_pager
print(json.dumps({
    "screen": window.screen().availableGeometry().getRect(),
    "console": window.frameGeometry().getRect(),
    "room": presenter.frameGeometry().getRect(),
    "full_screen": presenter.isFullScreen(),
    "editor": visible.getRect(),
    "page": on_screen(page.viewport()).getRect(),
    "notes": on_screen(console.notes).getRect(),
    "status": on_screen(window.statusBar()).getRect(),
    "focus_kept": QApplication.focusWidget() is editor,
    "pager": on_screen(pager).getRect() if pager.isVisible() else None,
    "timer_fits": presenter.view.timer.width() >= presenter.view.timer.sizeHint().width(),
}))
window.close()
"""


def rect(r):
    from PySide6.QtCore import QRect

    return QRect(*r)


@pytest.mark.parametrize("font_scale", [1.0, 1.25])
@pytest.mark.parametrize("stage", ["report_back", "drafting"])
def test_f5_on_one_screen_opens_the_room_view_beside_the_answers(tmp_path: Path, font_scale, stage):
    screen = {"x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = {"screens": [{**screen, "name": "laptop", "width": 1280, "height": 720}]}
    (tmp_path / "screens.json").write_text(json.dumps(config))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={tmp_path / 'screens.json'}"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(font_scale), stage],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    screen, room = rect(seen["screen"]), rect(seen["room"])
    assert screen.width() == 1280 and rect(seen["console"]).width() >= 1270  # it fills it
    assert not seen["full_screen"]  # a window to drag to the projector
    assert screen.contains(room), (room, screen)
    # clear of the answer being typed, of the whole stage page, of the facilitator's notes,
    # the room's page buttons and the status line ("Saved …", "Room view on")
    assert not room.intersects(rect(seen["editor"])), (room, seen["editor"])
    assert not room.intersects(rect(seen["page"])), (room, seen["page"])
    assert not room.intersects(rect(seen["notes"])), (room, seen["notes"])
    assert not room.intersects(rect(seen["status"])), (room, seen["status"])
    assert seen["pager"] is not None  # a long draft's pages, turned from the console
    assert not room.intersects(rect(seen["pager"])), (room, seen["pager"])
    assert room.width() >= 256 and abs(room.width() / room.height() - 16 / 9) < 0.1
    assert seen["focus_kept"]  # the typing goes on in the console
    assert seen["timer_fits"]  # "15:00" whole in a window that small
