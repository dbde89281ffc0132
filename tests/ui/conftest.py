"""Console fixtures: a throw-away settings file and a scripted interaction seam, so no test
ever blocks on a modal dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit import ScriptedInteraction

from workshop_app.ui.app import MainWindow, build_window
from workshop_app.ui.settings import Settings


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


@pytest.fixture
def window_in_language(qapp, qtbot, settings: Settings):
    """`start(lang)`: the main window as the app starts it with Settings → Console language
    `lang` (its translators, locale and the core's refusals), and its scripted interaction;
    English and the system's locale are put back afterwards."""
    from PySide6.QtCore import QLocale

    from workshop_app.ui import i18n

    made: list[MainWindow] = []

    def start(lang: str, size: tuple[int, int] | None = None):
        settings.set("console_language", lang)
        i18n.install(i18n.console_language(settings), qapp)
        interaction = ScriptedInteraction()
        w = build_window(settings, interaction)
        qtbot.addWidget(w)
        if size:
            w.resize(*size)
        w.show()
        made.append(w)
        return w, interaction

    yield start
    for w in made:
        w.close()
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale.system())
