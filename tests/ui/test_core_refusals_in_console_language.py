"""What the core refuses (a name already taken, a date it cannot read) is said in the console's
language: the console's language, once installed, is the core's default too (ui/i18n.install →
workshop_app.i18n.set_default)."""

from __future__ import annotations

import pytest
from kit import ScriptedInteraction
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from workshop_app import i18n as core_i18n
from workshop_app.ui import i18n
from workshop_app.ui.app import build_window

pytestmark = pytest.mark.usefixtures("plain_stages")


@pytest.fixture
def console_in(qapp, qtbot, settings):
    """A main window started as the app starts it, with Settings → Console language `lang`."""
    windows = []

    def start(lang: str):
        settings.set("console_language", lang)
        i18n.install(i18n.console_language(settings), qapp)  # what app.main does at start
        interaction = ScriptedInteraction()
        window = build_window(settings, interaction)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)

        def fill(dialog) -> bool:
            dialog.title.setText("Taller de Springfield")
            return True

        interaction.dialog_handlers.append(fill)
        window.actions_by_name["new_event"].trigger()
        assert window.console is not None, interaction.messages
        return window, interaction

    yield start
    for window in windows:
        window.close()
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale.system())  # as before any language was installed
    assert core_i18n.current() == "en"


def add_organization(window, interaction: ScriptedInteraction, name: str) -> None:
    interaction.text_answers.append(name)  # what the facilitator types in "Add an organization"
    button = window.console.groups.add_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("lang", "title", "message"),
    [
        (
            "es",
            "No se agregó la organización",
            "Ya hay una organización llamada 'Cedar Clinic' en este evento.",
        ),
        (
            "en",
            "Organization not added",
            "An organization called 'Cedar Clinic' is already in this event.",
        ),
    ],
)
def test_a_duplicate_organization_is_refused_in_the_consoles_language(
    console_in, lang, title, message
):
    window, interaction = console_in(lang)
    assert core_i18n.current() == lang
    add_organization(window, interaction, "Cedar Clinic")
    add_organization(window, interaction, "CEDAR clinic")
    assert [g.name for g in window.ctx.store.groups()] == ["Cedar Clinic"]
    assert interaction.messages[-1] == ("warn", title, message)


def test_an_empty_name_is_refused_in_spanish_too(console_in):
    window, interaction = console_in("es")
    add_organization(window, interaction, "   ")
    assert window.ctx.store.groups() == []
    assert interaction.messages[-1][2] == "Falta el nombre de la organización."
