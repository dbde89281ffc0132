"""The console's and the projector's languages: Qt's translation system over our catalogues.

Strings are marked where they are written, with ``self.tr("…")`` in a QObject subclass or
``QCoreApplication.translate("Context", "…")`` elsewhere (never an f-string: lupdate cannot read
one; ``"…{name}…".format(name=…)`` instead), and a table's texts with ``QT_TRANSLATE_NOOP``.
A count is said as two messages chosen in the code (``"1 organization"`` /
``"{count} organizations"``): English and Spanish have the same two forms, and the English reads
right with no catalogue at all (tests, tools). ``make translations`` runs ``pyside6-lupdate``
over workshop_app/ui and workshop_app/kinds/*/ui into
``resources/translations/workshop_app_<lang>.ts`` and compiles them with ``pyside6-lrelease``;
the .qm files are committed (a test checks they are current), so a fresh clone runs translated.

The console's language is installed application-wide (`install`): our catalogue and Qt's own
``qtbase_<lang>`` for the standard buttons and dialogs, `QLocale.setDefault` for dates,
times and numbers, and the core's default language (`workshop_app.i18n.set_default`), so a
refusal the core words (a name already taken, a date it cannot read, a file it will not open)
is shown in the console's language. The participant server says each request's language
(``i18n.using``) and the exports their worksheet's, so neither follows the console's. The projector may speak another language (a Spanish room, an English-speaking
facilitator), but installed translators are application-wide, so the room's strings are looked
up through a `Words` object of the projector's language, never through ``tr``: they are written
as ``words.translate("Projector", "…")``, which lupdate extracts like any ``translate`` call.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app import i18n as core_i18n
from workshop_app import paths

SOURCE_LANGUAGE = "en"
# the languages the console and projector ship in, by their own names (what a person looks for)
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
# the shipped languages named inside a sentence of the console's language ("El del evento
# (inglés)"): from the catalogue, so the organizations panel, built before the console first
# paints, needs no Babel (its locale data takes some 80 ms to load); others are asked of Babel
LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
}
CATALOGUE = "workshop_app"  # resources/translations/workshop_app_<lang>.qm


def catalogue_path(lang: str):
    return paths.resource("translations", f"{CATALOGUE}_{lang}.qm")


def system_language() -> str:
    """The system's language (LANG / LC_ALL / LC_MESSAGES on Linux) if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        lang = name.replace("-", "_").split("_")[0].lower()
        if lang in LANGUAGES:
            return lang
    return SOURCE_LANGUAGE


def resolve(choice: str | None, fallback: str | None = None) -> str:
    """A setting's value ("system", "console", or a language code) as a language we ship."""
    if choice in LANGUAGES:
        return choice
    if choice == "console" and fallback in LANGUAGES:
        return fallback
    return system_language()


def console_language(settings) -> str:
    return resolve(settings.get("console_language"))


def projector_language(settings) -> str:
    """The projector's language: its own setting, or "console": the language the console
    speaks now (a new console language waits for the next start, and the room with it)."""
    return resolve(settings.get("projector_language"), _console[0])


def locale_for(lang: str) -> QLocale:
    """Dates, times and numbers for `lang`: the system's own locale when it speaks `lang` (so
    a Mexican system keeps its own formats), else the language's main one."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale(lang)


def _load(translator: QTranslator, lang: str) -> bool:
    path = catalogue_path(lang)
    return path.is_file() and translator.load(str(path))


class Words:
    """One language's catalogue, looked up directly instead of installed application-wide.

    ``translate(context, text, disambiguation)`` has QCoreApplication.translate's signature
    (and lupdate extracts its calls the same way); a message the catalogue lacks stays in
    English.
    """

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
        self.locale = locale_for(self.lang)
        self._translator = QTranslator()
        if self.lang != SOURCE_LANGUAGE:
            _load(self._translator, self.lang)

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        return self._translator.translate(context, text, disambiguation) or text


@cache
def words(lang: str) -> Words:
    return Words(lang)


_installed: list[QTranslator] = []
_console = [SOURCE_LANGUAGE]  # the language `install` last made the console's


def console() -> str:
    """The console's language (English until `install` chose one)."""
    return _console[0]


def language_name(lang: str, in_lang: str | None = None) -> str:
    """`lang`'s name in `in_lang` (by default the console's language), as a sentence of that
    language says it: "The event's (English)", "El del evento (inglés)". A list to choose a
    language from names each in itself instead (`LANGUAGES`)."""
    in_lang = in_lang or _console[0]
    if lang in LANGUAGE_NAMES and in_lang == _console[0]:
        return QCoreApplication.translate("Languages", LANGUAGE_NAMES[lang])
    return _language_name(lang, in_lang)


@cache
def _language_name(lang: str, in_lang: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang).get_display_name(in_lang) or LANGUAGES.get(lang, lang)
    except (ValueError, UnknownLocaleError):
        return LANGUAGES.get(lang, lang)


def core_text(message: str) -> str:
    """A text of the core (screening's kinds, its reminder; marked ``N_`` for the participant
    page's and the exports' gettext catalogue) in the console's language, from that catalogue."""
    if _console[0] == SOURCE_LANGUAGE:
        return message
    return core_i18n.translations(_console[0]).gettext(message)


def console_plan(plan):
    """The plan as the console shows it: in the console's language when the plan has it."""
    return plan.translated(_console[0])


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Make `lang` the console's language: our catalogue, Qt's own (standard buttons and
    dialogs), the default locale and the core's default language (its refusals' words).
    Returns the language installed."""
    app = app or QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt = QTranslator(app)
    if lang != SOURCE_LANGUAGE and qt.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if lang != SOURCE_LANGUAGE and _load(ours, lang):
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(locale_for(lang))
    core_i18n.set_default(lang)
    _console[0] = lang
    return lang
