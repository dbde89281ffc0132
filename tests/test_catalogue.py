"""The participant page's and the exports' catalogue (resources/locale/): every text has its
Spanish, keeps its placeholders, and the catalogue is current with the sources (`make messages`
re-reads them: a text added or changed without it fails here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from workshop_app import i18n

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.DEFAULT]


def catalogue(lang: str):
    return read_po(i18n.po_path(lang).open("rb"), locale=lang)


def places(cat) -> dict[tuple, set[str]]:
    """Each message (id, context) and the files it is in: the scripts get theirs by file."""
    return {(m.id, m.context): {path for path, _line in m.locations} for m in cat if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """The sources read again, as `make messages` does, into a throw-away template."""
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [
            pybabel,
            "extract",
            "-F",
            "babel.cfg",
            "-o",
            out,
            "--add-location=file",
            "--no-wrap",
            "--sort-by-file",
            "--omit-header",
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_has_its_translation(lang):
    missing = []
    for m in catalogue(lang):
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(s.strip() for s in strings):
            missing.append(m.id)
    assert missing == [], f"{lang} lacks {len(missing)} texts: {missing[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_their_placeholders(lang):
    cat = catalogue(lang)
    problems = [(m.id, [str(e) for e in errors]) for m, errors in cat.check() if errors]
    assert problems == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_catalogue_is_current_with_the_sources(extracted, lang):
    fresh = places(read_po(extracted.open("rb")))
    kept = places(catalogue(lang))
    assert sorted(set(fresh) - set(kept), key=str) == [], "new texts: run `make messages`"
    assert sorted(set(kept) - set(fresh), key=str) == [], "texts gone: run `make messages`"
    moved = {k: (kept[k], fresh[k]) for k in fresh if kept[k] != fresh[k]}
    assert moved == {}, "texts moved between files: run `make messages`"
    template = places(read_po((i18n.locale_dir() / "messages.pot").open("rb")))
    assert template == fresh, "resources/locale/messages.pot: run `make messages`"


def test_the_scripts_get_their_texts_from_the_catalogue():
    strings = i18n.script_strings("es", ["web/static/app.js"])
    assert strings["Saved"] == "Guardado"
    assert "Join the workshop" not in strings  # a template's, not a script's
    assert i18n.script_strings("en", ["web/static/app.js"]) == {}
    pseudo = i18n.script_strings(i18n.PSEUDO, ["web/static/app.js"])
    assert pseudo["Saved"].startswith("⟦") and len(pseudo["Saved"]) > len("Saved") * 1.4


def test_the_pseudo_language_is_longer_accented_and_keeps_placeholders():
    out = i18n.pseudo("The room is on stage %(n)s of %(count)s")
    assert "%(n)s" in out and "%(count)s" in out and ("á" in out or "é" in out)
    assert len(out) >= 1.4 * len("The room is on stage %(n)s of %(count)s")
    assert i18n.pseudo('<a href="/">see the room</a>').count('<a href="/">') == 1


def test_a_default_language_for_the_console_and_using_blocks_over_it():
    import threading

    from workshop_app.text import InputError, org_name

    def refusal() -> str:
        try:
            org_name("   ")
        except InputError as exc:
            return str(exc)
        raise AssertionError("an empty name was taken")

    assert refusal() == "The organization's name is empty."
    try:
        i18n.set_default("es")
        assert refusal() == "Falta el nombre de la organización."
        seen = []
        worker = threading.Thread(target=lambda: seen.append(refusal()))  # every thread
        worker.start()
        worker.join()
        assert seen == ["Falta el nombre de la organización."]
        with i18n.using("en"):
            assert refusal() == "The organization's name is empty."
    finally:
        i18n.set_default("en")


def test_a_later_text_is_said_in_the_language_of_whoever_reads_it():
    """One error told to several people (a batch of phones' saves that failed at its commit)
    is worded when each reads it, not when it was made."""
    from workshop_app.store import SaveError

    try:
        i18n.set_default("es")  # the console is Spanish where the error is made
        error = SaveError(
            i18n.Later(i18n.N_("This change was not saved: %(why)s."), {"why": "disk I/O error"})
        )
        assert str(error) == "Este cambio no se guardó: disk I/O error."
        with i18n.using("en"):  # an English phone's request
            assert str(error) == "This change was not saved: disk I/O error."
    finally:
        i18n.set_default("en")
    assert str(error) == "This change was not saved: disk I/O error."


def test_a_plans_problems_are_said_in_the_default_language_with_their_key_paths():
    from workshop_app.plan import PlanError, load_plan_text

    bad = '[workshop]\nid = "x"\ntitle = ""\n\n[[stages]]\nid = "a"\nkind = "prompts"\n'
    try:
        i18n.set_default("es")
        with pytest.raises(PlanError) as refused:
            load_plan_text(bad)
    finally:
        i18n.set_default("en")
    problems = refused.value.problems
    assert "workshop.title: falta o está vacío" in problems
    assert "stages[0].minutes: debe ser un número entero de minutos del 1 al 600" in problems
