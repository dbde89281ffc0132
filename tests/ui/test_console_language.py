"""The console's and projector's languages: catalogues complete and current, the projector in
its own language (a Spanish room, an English-speaking facilitator), the settings that choose."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from tools import translations
from workshop_app.ui import i18n
from workshop_app.ui.context import AppContext
from workshop_app.ui.dialogs import SettingsDialog
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.room import Spotlight

ENTRY = {"url": "http://192.168.1.20:8080/", "code": "K7PM4Q"}


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def _untranslated(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if msg.get("numerus") == "yes":
        return not all((f.text or "").strip() for f in tr.findall("numerusform"))
    return not (tr.text or "").strip()


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_committed_catalogue_has_every_string_of_the_code_and_its_compiled_form(tmp_path, lang):
    committed = translations.ts_path(lang)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.update(lang, fresh)
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is stale: run `make translations` (and translate what it adds)"
    )
    qm = tmp_path / "fresh.qm"
    translations.release(committed, qm)
    assert qm.read_bytes() == translations.qm_path(lang).read_bytes(), (
        f"{translations.qm_path(lang).name} is not compiled from its .ts: run `make translations`"
    )


def test_every_language_the_console_offers_has_a_catalogue():
    assert set(translations.LANGUAGES) == set(i18n.LANGUAGES) - {i18n.SOURCE_LANGUAGE}
    for lang in translations.LANGUAGES:
        assert i18n.catalogue_path(lang).is_file()


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_every_string_of_the_console_and_projector_has_its_translation(lang):
    messages = _messages(translations.ts_path(lang))
    assert len(messages) > 30
    missing = [(ctx, source) for ctx, source, msg in messages if _untranslated(msg)]
    assert missing == []


def test_spanish_keeps_every_placeholder_and_keyboard_accelerator():
    for ctx, source, msg in _messages(translations.ts_path("es")):
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in forms:
            for placeholder in set(_placeholders(source)):
                assert placeholder in text, (ctx, source, text)
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (
                ctx,
                source,
                text,
            )


def _placeholders(text: str) -> list[str]:
    import re

    return re.findall(r"\{\w*\}|%n|%\d", text)


@pytest.fixture
def ctx(settings, interaction, demo_store):
    context = AppContext.create(settings, interaction)
    context.attach(demo_store)
    yield context
    context.attach(None)


def _room_texts(window) -> list[str]:
    return [lbl.text() for lbl in window.findChildren(QLabel) if lbl.isVisibleTo(window)]


def test_the_projector_speaks_spanish_to_the_room_while_the_console_stays_english(
    qtbot, ctx, settings
):
    settings.set("console_language", "en")
    settings.set("projector_language", "es")
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    ctx.room.set_stage("stakeholders")
    ctx.room.set_entry(ENTRY)
    shown = " ".join(_room_texts(window))
    spanish = ctx.store.plan.translated("es").stage("stakeholders")
    assert spanish.title == "Actores clave"
    assert spanish.title in shown
    assert "Etapa 2 de 4" in shown
    assert spanish.prompts[0].text in shown  # the plan's own Spanish
    assert "Participe desde su teléfono o computadora" in shown
    assert window.windowTitle() == "Lo que ve la sala"
    # an organization is "Grupo A" to the room, its answer as it was typed
    group = ctx.store.groups()[0]
    ctx.room.show([Spotlight("answer", group.id, "stakeholders", "served")])
    shown = " ".join(_room_texts(window))
    assert "Grupo A" in shown
    typed = ctx.store.answer_text(group.id, "stakeholders", "served").strip()
    assert typed.split("\n")[0] in shown
    # the console's own words are untouched: no translator was installed for Spanish
    dialog = SettingsDialog(settings, ctx.interaction)
    assert dialog.windowTitle() == "Settings"
    dialog.deleteLater()


def test_the_projector_follows_the_consoles_language_by_default(qapp, ctx, settings):
    """The language the console speaks: a new console setting waits for the next start, and
    the room with it."""
    assert settings.get("projector_language") == "console"
    try:
        i18n.install("es", qapp)
        assert i18n.projector_language(settings) == "es"
        settings.set("console_language", "en")  # chosen, not yet started
        assert i18n.projector_language(settings) == "es"
        i18n.install(i18n.console_language(settings), qapp)  # the next start
        assert i18n.projector_language(settings) == "en"
    finally:
        i18n.install("en", qapp)
        QLocale.setDefault(QLocale.system())


def test_settings_choose_the_languages_and_the_open_projector_changes_at_once(
    qtbot, window, interaction
):
    window.try_demo()
    window.present()
    room = window.presenter
    assert "Stage 1 of 4" in " ".join(_room_texts(room))

    def choose(dialog) -> bool:
        dialog.console_language.setCurrentIndex(dialog.console_language.findData("es"))
        assert dialog.language_note.isVisibleTo(dialog)  # "…the next time the app starts"
        dialog.projector_language.setCurrentIndex(dialog.projector_language.findData("es"))
        return True

    qtbot.waitUntil(lambda: not isinstance(window.console.room_preview, QLabel))
    interaction.dialog_handlers.append(choose)
    window.open_settings()
    settings = window.ctx.settings
    assert settings.get("console_language") == "es"
    assert settings.get("projector_language") == "es"
    shown = " ".join(_room_texts(room))
    assert "Etapa 1 de 4" in shown
    assert "Objetivos" in shown
    qtbot.waitUntil(lambda: not isinstance(window.console.room_preview, QLabel))
    preview = window.console.room_preview
    assert preview.view.language == "es"  # the console's "What the room sees" too


def test_system_language_comes_from_the_locale_and_falls_back_to_english():
    assert i18n.resolve("es") == "es"
    assert i18n.resolve("en") == "en"
    assert i18n.resolve("console", "es") == "es"
    assert i18n.resolve("fr") in i18n.LANGUAGES  # not shipped: the system's, else English
    assert i18n.system_language() in i18n.LANGUAGES


def test_words_fall_back_to_english_and_write_numbers_in_their_locale():
    es = i18n.Words("es")
    assert es.translate("Projector", "Stage {number} of {count}") == "Etapa {number} de {count}"
    assert es.translate("Projector", "A text no catalogue has") == "A text no catalogue has"
    assert es.locale.toString(1234.5, "f", 1) == "1234,5"
    assert i18n.Words("en").translate("Projector", "Event code") == "Event code"


def _first_paint(tmp_path: Path, lang: str, *args: str) -> dict:
    """The real app started as a person would, to its first paint, under LANG=`lang`."""
    import json
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "LANG": lang,
        "LC_ALL": lang,
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "WORKSHOP_APP_DATA_DIR": str(tmp_path / "data"),
        "WORKSHOP_APP_DOCUMENTS_DIR": str(tmp_path / "documents"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "--first-paint", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))


MENUS_ES = ["&Archivo", "&Etapa", "&Organizaciones", "&Temporizador", "&Proyector"]


def test_the_console_under_a_spanish_system_shows_spanish_menus(tmp_path):
    assert _first_paint(tmp_path, "es_ES.UTF-8")["menus"][:5] == MENUS_ES
    english = _first_paint(tmp_path / "en", "C.UTF-8")["menus"]
    assert english[:5] == ["&File", "&Stage", "&Organizations", "&Timer", "&Projector"]


def test_the_settings_choose_spanish_on_an_english_system_and_english_on_a_spanish_one(tmp_path):
    from PySide6.QtCore import QSettings

    from workshop_app import APP_ID
    from workshop_app.ui.settings import Settings

    for lang, system, menus in (("es", "C.UTF-8", MENUS_ES), ("en", "es_ES.UTF-8", ["&File"])):
        home = tmp_path / lang
        conf = home / "config" / APP_ID / f"{APP_ID}.conf"
        conf.parent.mkdir(parents=True)
        Settings(QSettings(str(conf), QSettings.Format.IniFormat)).set("console_language", lang)
        assert _first_paint(home, system)["menus"][: len(menus)] == menus


def test_the_consoles_copies_of_core_texts_are_the_same_words():
    """The console says a few texts of the core (which has no Qt) through its own catalogue;
    each copy marked for lupdate must be the core's text word for word, or it is never found."""
    from workshop_app import retention
    from workshop_app.kinds.drafting import clauses
    from workshop_app.kinds.drafting.ui import spotlight as drafting_spotlight
    from workshop_app.ui import export_actions

    assert export_actions.WORKSHEET_IS_THEIRS == retention.WORKSHEET_IS_THEIRS
    assert drafting_spotlight.NO_DRAFT == clauses.NO_DRAFT


def test_every_kind_and_record_label_is_marked_for_translation():
    from workshop_app.kinds import KINDS, private_spotlights, record_kinds
    from workshop_app.ui.kind_words import LABELS

    labels = {k.label for k in KINDS} | {r.label for r in record_kinds().values()}
    labels |= {p.what for p in private_spotlights().values()}
    labels |= {p.title for p in private_spotlights().values()}
    assert labels <= set(LABELS)


def test_a_spanish_room_reads_a_report_card_with_spanish_labels_and_the_answers_as_typed(
    qtbot, ctx, settings
):
    settings.set("projector_language", "es")
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    group = ctx.store.groups()[0]
    ctx.room.show([Spotlight("report_card", group.id, "report_back")])
    shown = " ".join(_room_texts(window))
    assert "Lo más fácil:" in shown and "Primer paso:" in shown
    assert "Easiest:" not in shown
    typed = ctx.store.answer_text(group.id, "report_back", "easiest").split()[0]
    assert typed in shown


# where a text reaches a person: (call, positions of its arguments); and its keywords
SHOWN = {
    **dict.fromkeys(
        ("QPushButton", "QLabel", "QGroupBox", "QCheckBox", "QRadioButton", "QAction"), (0,)
    ),
    **dict.fromkeys(
        (
            "setText",
            "setToolTip",
            "setPlaceholderText",
            "setWindowTitle",
            "setStatusTip",
            "setTitle",
            "showMessage",
            "setAccessibleName",
            "setAccessibleDescription",
            "addMenu",
            "addRow",
            "emit",
            "show_status",
            "tell",
            "show_problem",
        ),
        (0,),
    ),
    "named": (1, 2),
    "addTab": (1,),
    "warn": (0, 1),
    "inform": (0, 1),
    "confirm": (0, 1),
    "ask_text": (0, 1),
    "open_path": (0,),
    "save_path": (0,),
    "choose_folder": (0,),
    "announce": (1,),
}
SHOWN_KEYWORDS = {"yes", "no"}
MARKED = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _words(node) -> str:
    """The words a literal (or an f-string's literal parts) would show, markup left out."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(p.value for p in node.values if isinstance(p, ast.Constant))
    else:
        return ""
    text = re.sub(r"<[^>]*>|\{[^}]*\}", " ", text)
    if re.fullmatch(r"\s*((Ctrl|Alt|Shift)\+\w+|ms)\s*", text):
        return ""  # a key's name, a unit: the same in every language
    return text if re.search(r"[A-Za-z]{2,}", text) else ""


def test_no_text_reaches_the_screen_without_going_through_the_catalogue():
    """A literal handed straight to a button, label, message box or status line (not through
    tr/translate) would stay English in every language; this names each one."""
    import ast

    found = []
    for path in translations.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = {
            id(sub)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in MARKED
            for sub in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            shown = [node.args[i] for i in SHOWN.get(name, ()) if i < len(node.args)]
            shown += [k.value for k in node.keywords if name in SHOWN and k.arg in SHOWN_KEYWORDS]
            for arg in shown:
                parts = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                for part in parts:
                    if id(part) not in marked and _words(part):
                        where = path.relative_to(translations.ROOT)
                        found.append(f"{where}:{part.lineno}: {_words(part).strip()[:50]}")
    assert found == []
