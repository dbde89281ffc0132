"""With a projector attached, F5 puts the room view full screen on it and the keyboard stays with
the facilitator's console (issue 4, keyboard-only use). Needs a second screen, which the offscreen
platform only offers from a configuration file at start-up: so it runs in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from workshop_app.ui.app import build_window
from workshop_app.ui.settings import Settings
from tests.kit import ScriptedInteraction

app = QApplication([])
folder = Path(tempfile.mkdtemp())
window = build_window(Settings.throwaway(folder / "settings"), ScriptedInteraction())
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
window.try_demo()
QTest.qWait(50)
QTest.keyClick(window.focusWidget(), Qt.Key.Key_F5)
QTest.qWait(100)
print(window.presenter.screen().name(), window.presenter.isFullScreen())
print(type(QApplication.activeWindow()).__name__, QApplication.focusWidget() is not None)
QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
print(window.presenter is None)
window.close()
"""


def test_the_projector_goes_full_screen_on_the_other_screen_and_leaves_the_keyboard_alone(
    tmp_path: Path,
):
    screen = {"x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = {
        "screens": [
            {**screen, "name": "laptop", "width": 1280, "height": 800},
            {**screen, "name": "projector", "x": 1280, "width": 1920, "height": 1080},
        ]
    }
    (tmp_path / "screens.json").write_text(json.dumps(config))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={tmp_path / 'screens.json'}"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["projector", "True", "MainWindow", "True", "True"]
