"""A language named inside a sentence of the console is named in the console's language ("El del
evento (inglés)", "El del sistema (español)"); the languages to choose from are each named in
themselves ("English", "Español"), so a person finds their own whatever the console speaks."""

from __future__ import annotations

import pytest

from workshop_app.ui import i18n

NAMES = {  # what each console calls each language, written out here rather than asked of Babel
    "en": {"en": "English", "es": "Spanish"},
    "es": {"en": "inglés", "es": "español"},
}
EVENT = {"en": "The event's ({})", "es": "El del evento ({})"}
SYSTEM = {"en": "The system's ({})", "es": "El del sistema ({})"}


@pytest.fixture(params=["en", "es"])
def console(request, window_in_language):
    """The demo open in a console started in English or in Spanish."""
    window, interaction = window_in_language(request.param)
    window.try_demo()
    return request.param, window, interaction


def items(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_the_worksheet_language_box_names_the_events_language_in_the_consoles(console):
    lang, window, _interaction = console
    box = window.console.groups.language
    event = window.ctx.store.event_language()
    assert items(box) == [EVENT[lang].format(NAMES[lang][event]), "English", "Español"]


def test_the_settings_name_the_systems_language_in_the_consoles(console):
    lang, window, interaction = console
    seen = {}

    def read(dialog) -> bool:
        seen["console"] = items(dialog.console_language)
        seen["projector"] = items(dialog.projector_language)
        return False

    interaction.dialog_handlers.append(read)
    window.actions_by_name["settings"].trigger()
    system = NAMES[lang][i18n.system_language()]
    assert seen["console"] == [SYSTEM[lang].format(system), "English", "Español"]
    assert seen["projector"][1:] == ["English", "Español"]


def test_a_language_is_named_in_the_language_asked_for():
    assert i18n.language_name("en", "es") == "inglés"
    assert i18n.language_name("es", "en") == "Spanish"
    assert i18n.language_name("es", "es") == "español"
    assert i18n.language_name("en") == "English"  # the console's language: English here
