"""Help → About under a Spanish console says where this copy comes from in Spanish, with the same
facts as `--version` (commit, its date, Python; a bundle's PyInstaller, platform and Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app import __version__, build_info

PYTHON = ".".join(map(str, sys.version_info[:3]))
MENU = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen popup
BUNDLE = {
    "commit": "fc855ec",
    "commit_date": "2026-12-02",
    "dirty": False,
    "platform": "linux-x86_64",
    "python": "3.11.7",
    "qt": "6.7.2",
    "freezer": "PyInstaller 6.10.0",
}


@pytest.fixture
def spanish_window(qtbot, window_in_language):
    window, interaction = window_in_language("es")
    qtbot.waitExposed(window)
    return window, interaction


def about(window, interaction) -> str:
    """Help → About, opened from the menu bar with the keyboard: Alt+U (Ay&uda), then Enter on
    its entry "Acerca de…"."""
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Ay&uda")
    entry = window.actions_by_name["about"]
    assert entry in help_menu.actions()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert help_menu.isVisible()
    help_menu.setActiveAction(entry)
    QTest.keyClick(help_menu, Qt.Key.Key_Return)
    kind, title, message = interaction.messages[-1]
    assert kind == "inform" and title == "Acerca de Workshop App"
    return message


def checkout() -> tuple[str, str]:
    root = Path(build_info.__file__).resolve().parent.parent
    done = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h %cs"],
        capture_output=True,
        text=True,
        check=True,
    )
    commit, day = done.stdout.split()
    return commit, day


@MENU
def test_about_says_the_checkout_in_spanish(spanish_window):
    message = about(*spanish_window)
    commit, day = checkout()
    lines = message.splitlines()
    assert lines[0] == f"Workshop App {__version__}"
    assert (
        lines[1] == f"Copia del código fuente en la versión {commit} del {day} (Python {PYTHON})."
    )
    assert "checkout" not in message.lower() and "Python 3." in message


@pytest.mark.parametrize(
    ("dirty", "said"),
    [
        (
            False,
            "Compilación fc855ec del 2026-12-02: paquete hecho con PyInstaller 6.10.0 para "
            "linux-x86_64 (Python 3.11.7, Qt 6.7.2).",
        ),
        (
            True,
            "Compilación fc855ec del 2026-12-02, con cambios sin confirmar: paquete hecho con "
            "PyInstaller 6.10.0 para linux-x86_64 (Python 3.11.7, Qt 6.7.2).",
        ),
    ],
)
@MENU
def test_about_says_a_bundles_build_in_spanish(spanish_window, monkeypatch, dirty, said):
    monkeypatch.setattr(build_info, "build", lambda: {**BUNDLE, "dirty": dirty})
    assert about(*spanish_window).splitlines()[1] == said
    # --version keeps saying it in English, as before
    english = "build fc855ec" + (" with uncommitted changes" if dirty else "")
    assert build_info.build_text().startswith(english + " of 2026-12-02, PyInstaller 6.10.0 ")


def test_about_in_english_keeps_the_facts(window, interaction):
    window.actions_by_name["about"].trigger()
    commit, day = checkout()
    line = interaction.messages[-1][2].splitlines()[1]
    assert line == f"Source checkout at {commit} of {day} (Python {PYTHON})."
