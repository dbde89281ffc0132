"""Input rules (workshop_app/text.py), checked through the store where it matters."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from workshop_app import text
from workshop_app.store import EventStore
from workshop_app.text import InputError

EMOJI = "Family 👨‍👩‍👧‍👦, flag 🏳️‍🌈, skin tone 👍🏽, astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
RTL = "שלום עולם — مرحبا بالعالم (123) \u200fsign\u200e mixed"
COMBINING = "q\u0323\u0307 Z\u0335 \u0928\u093f\u0937\u094d\u0915 ā\u0301"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_control_characters_removed_tab_and_newline_kept():
    raw = "a\x00b\x07c\td\ne\x0bf\x0cg\x1bh\x7fi\x85j\x9fk\ufffel\uffffm"
    assert text.clean(raw) == "abc\td\nefghijklm"


def test_carriage_returns_become_newlines():
    assert text.clean("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"
    assert text.answer_text("line 1\r\n\r\nline 3") == "line 1\n\nline 3"


def test_nfc_normalisation():
    assert text.clean("cafe\u0301") == "caf\u00e9"


def test_non_text_is_refused():
    with pytest.raises(InputError):
        text.clean(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [EMOJI, RTL, COMBINING, f"{EMOJI}\n{RTL}\n\t{COMBINING}"])
def test_unicode_round_trips_through_the_store_exactly(store: EventStore, value: str, event_path):
    assert unicodedata.is_normalized("NFC", value)
    group = store.add_group(f"Org {value[:20]}")
    store.save_answer(group.id, "stakeholders", "served", value)
    store.save_notes(group.id, "drafting", value)
    store.save_record(group.id, "map", {"name": value, "items": [value]})
    store.close()
    with EventStore.open(event_path) as again:
        assert again.answer_text(group.id, "stakeholders", "served") == value
        assert again.notes(group.id, "drafting") == value
        assert again.record(group.id, "map").data == {"name": value, "items": [value]}
        assert again.group(group.id).name == " ".join(f"Org {value[:20]}".split())


def test_answer_at_the_limit_is_saved(store: EventStore):
    group = store.add_group("Org")
    value = "x" * text.ANSWER_MAX
    assert store.save_answer(group.id, "stakeholders", "served", value).revision == 1
    assert store.answer_text(group.id, "stakeholders", "served") == value


def test_answer_over_the_limit_is_refused_and_nothing_saved(store: EventStore, event_path):
    group = store.add_group("Org")
    store.save_answer(group.id, "stakeholders", "served", "before")
    with pytest.raises(InputError) as caught:
        store.save_answer(group.id, "stakeholders", "served", "y" * 20_001)
    message = str(caught.value)
    assert "20,000" in message and "20,001" in message
    assert "Nothing was saved" in message
    assert store.answer_text(group.id, "stakeholders", "served") == "before"
    assert len(store.answer_history(group.id, "stakeholders", "served")) == 1
    with pytest.raises(InputError, match="20,000"):
        store.save_notes(group.id, "stakeholders", "z" * 20_001)
    assert store.notes(group.id, "stakeholders") == ""


def test_removed_characters_do_not_count_toward_the_limit():
    assert len(text.answer_text("a" * 20_000 + "\x00" * 10)) == 20_000


@pytest.mark.parametrize(
    "name",
    [
        "{org} & {{braces}} {0} {name!r}",
        "<script>alert('x')</script> & <b>bold</b>",
        "\"Double\" 'single' `back` “curly” ‘quotes’ \\ backslash",
        "%s %(name)s $HOME ${x} ; DROP TABLE groups; --",
    ],
)
def test_org_names_are_stored_literally(store: EventStore, event_path: Path, name: str):
    group = store.add_group(name)
    assert group.name == name
    store.close()
    with EventStore.open(event_path) as again:
        assert [g.name for g in again.groups()] == [name]


def test_org_name_limit(store: EventStore):
    assert store.add_group("n" * 120).name == "n" * 120
    before = store.groups()
    with pytest.raises(InputError) as caught:
        store.add_group("m" * 121)
    assert "120" in str(caught.value) and "121" in str(caught.value)
    assert store.groups() == before


def test_org_name_is_one_trimmed_line_and_not_empty():
    assert text.org_name("  Cedar\nValley \t Center  ") == "Cedar Valley Center"
    with pytest.raises(InputError, match="empty"):
        text.org_name(" \n\t\x00 ")


def test_refused_input_leaves_the_file_unchanged(store: EventStore, event_path: Path):
    group = store.add_group("Org")
    store.close()
    before = sha256(event_path)
    with EventStore.open(event_path, backup=False) as again:
        with pytest.raises(InputError):
            again.save_answer(group.id, "stakeholders", "served", "y" * 20_001)
        with pytest.raises(InputError):
            again.add_group("m" * 121)
    assert sha256(event_path) == before


def test_record_words_say_what_another_version_has_that_ours_does_not():
    from workshop_app.text import record_words

    ours = [{"id": "a", "what": "Call the board"}, {"id": "b", "what": "Collect logins"}]
    theirs = [{"id": "a", "what": "Call the board"}, {"id": "b", "what": "Phone: collect logins"}]
    assert record_words(theirs) == "Call the board; Phone: collect logins"
    assert record_words(theirs, ours=ours) == "Phone: collect logins"
    ours[1]["owner"] = "Comms"
    theirs[1]["owner"] = "IT lead"
    assert record_words(theirs, ours=ours) == "Phone: collect logins – IT lead"
    assert record_words({"clauses": [{"key": "k", "body": "x " * 200}]}, limit=20).endswith("…")
