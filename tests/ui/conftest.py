"""Console fixtures: a throw-away settings file and a scripted interaction seam, so no test
ever blocks on a modal dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from workshop_app.ui.app import MainWindow, build_window
from workshop_app.ui.settings import Settings


class ScriptedInteraction:
    """Answers the console's questions from a script; records every message it was shown."""

    def __init__(self) -> None:
        self.parent = None
        self.messages: list[tuple[str, str, str]] = []  # (kind, title, message)
        self.confirm_answers: list[bool] = []
        self.text_answers: list[str | None] = []
        self.paths: list[Path | None] = []
        self.dialog_handlers: list[Callable[[QDialog], bool]] = []
        self.dialogs: list[str] = []
        self.opened_folders: list[Path] = []
        self.opened_urls: list[str] = []

    def inform(self, title: str, message: str) -> None:
        self.messages.append(("inform", title, message))

    def warn(self, title: str, message: str) -> None:
        self.messages.append(("warn", title, message))

    def confirm(self, title: str, message: str, yes: str = "OK", no: str = "Cancel") -> bool:
        self.messages.append(("confirm", title, message))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        return self.text_answers.pop(0) if self.text_answers else None

    def open_path(self, title: str, folder: Path, filters: str = "") -> Path | None:
        return self.paths.pop(0) if self.paths else None

    save_path = open_path

    def choose_folder(self, title: str, folder: Path) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def open_folder(self, folder: Path) -> None:
        self.opened_folders.append(folder)

    def open_url(self, url: str) -> None:
        self.opened_urls.append(url)

    def run_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog.windowTitle())
        if not self.dialog_handlers:
            return False
        return self.dialog_handlers.pop(0)(dialog)


@pytest.fixture
def interaction() -> ScriptedInteraction:
    return ScriptedInteraction()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings.throwaway(tmp_path / "settings")
    s.set("default_folder", str(tmp_path / "events"))
    return s


@pytest.fixture
def window(qtbot, settings: Settings, interaction: ScriptedInteraction) -> MainWindow:
    w = build_window(settings, interaction)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.fixture
def plain_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stages show only prompts and notes: these tests are about the console, not the extras
    other parts register (they have tests of their own)."""
    from workshop_app.ui import pages

    monkeypatch.setattr(pages, "STAGE_EXTRAS", {})


@pytest.fixture
def new_event(window: MainWindow, interaction: ScriptedInteraction):
    """File → New event…, filling the dialog as a facilitator would."""

    def create(title: str) -> None:
        def fill(dialog) -> bool:
            dialog.title.setText(title)
            dialog.location.setText("Room 4")
            return True

        interaction.dialog_handlers.append(fill)
        window.actions_by_name["new_event"].trigger()
        assert window.console is not None, interaction.messages

    return create
