"""File names for exports: legal on Windows, macOS and Linux, short enough, unique."""

from __future__ import annotations

import re

from workshop_app.export.filenames import (
    MAX_BYTES,
    MAX_NAME,
    safe_stem,
    unique,
    worksheet_name,
    worksheet_names,
)

WINDOWS_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)


def assert_portable(name: str) -> None:
    assert not WINDOWS_ILLEGAL.search(name), name
    assert not RESERVED.match(name.rsplit(".docx", 1)[0]), name
    assert not name.rsplit(".docx", 1)[0].endswith((".", " ")), name
    assert name == name.strip()
    assert len(name) <= MAX_NAME
    assert len(name.encode()) <= MAX_BYTES


def test_reserved_device_names_are_prefixed():
    for reserved in ("CON", "con", "Nul", "COM1", "lpt9", "AUX.txt", "con "):
        stem = safe_stem(reserved)
        assert stem.startswith("_"), stem
        assert_portable(stem + ".docx")


def test_illegal_characters_slashes_and_dots():
    assert safe_stem("a/b") == "a-b"
    assert safe_stem("a\\b") == "a-b"
    assert safe_stem("Event: topic") == "Event - topic"
    assert safe_stem('say "hi"?*<>|') == "say 'hi'_____"
    assert safe_stem("..") == "Untitled"
    assert safe_stem(".") == "Untitled"
    assert safe_stem("") == "Untitled"
    assert safe_stem("Org...") == "Org"
    assert safe_stem("  spaced   out\tname \n") == "spaced out name"
    assert safe_stem("tab\x01ctrl") == "tab_ctrl"


def test_long_names_are_cut_to_fit_keeping_the_organization_readable():
    long_org = "Very long organization name " * 12  # 336 characters
    name = worksheet_name("Workshop 2026", long_org)
    assert_portable(name)
    assert name.startswith("Workshop 2026 - Very long organization")
    long_event = "E" * 300
    name = worksheet_name(long_event, "Cedar Valley HIV Resource Center")
    assert_portable(name)
    assert name.endswith(" - Cedar Valley HIV Resource Center.docx")
    emoji = worksheet_name("🙂" * 300, "🌈" * 300)
    assert_portable(emoji)
    accents = safe_stem("e\u0301" * 200)  # NFC first: é is one character, two bytes
    assert set(accents) == {"é"}
    assert len(accents.encode()) <= MAX_BYTES
    no_precomposed = safe_stem("q\u0301" * 200)  # never cut between a letter and its accent
    assert no_precomposed.endswith("q\u0301")


def test_colliding_safe_names_are_made_unique_ignoring_case():
    names = worksheet_names("Event", ["A/B", "A:B", "a-b", "Org", "ORG", "Org."])
    assert names == [
        "Event - A-B.docx",
        "Event - A-B (2).docx",
        "Event - a-b (3).docx",
        "Event - Org.docx",
        "Event - ORG (2).docx",
        "Event - Org (3).docx",
    ]
    assert len({n.casefold() for n in names}) == len(names)
    many = unique(["x" * 115 + ".docx"] * 3)  # already at the limit
    assert all(len(n) <= MAX_NAME for n in many)
    assert len(set(many)) == 3


def test_the_names_can_really_be_created(tmp_path):
    orgs = ["CON", "a/b", "..", "x" * 300, "🙂" * 200, "Ärzte ohne Grenzen: Wien", "A:B", "A/B"]
    names = worksheet_names("Event: 2026", orgs)
    for name in names:
        assert_portable(name)
        (tmp_path / name).write_bytes(b"ok")
    assert len(list(tmp_path.iterdir())) == len(orgs)


def test_the_event_file_and_its_worksheets_are_named_by_one_rule(tmp_path):
    from workshop_app.ui.dialogs import file_name_for

    title = "Confidentiality workshop — Riverside"
    event_file = file_name_for(title, tmp_path).name
    [sheet] = worksheet_names(title, ["St. Mary's Clinic"])
    assert event_file == "Confidentiality workshop - Riverside.workshop"
    assert sheet == "Confidentiality workshop - Riverside - St. Mary's Clinic.docx"
    assert sheet.startswith(event_file.removesuffix(".workshop") + " - ")
    for title in ("St. Mary's day – planning", "Q&A: Policy, 2027", "Oak/Elm review"):
        stem = file_name_for(title, tmp_path).name.removesuffix(".workshop")
        assert stem == safe_stem(title), title  # the exports' rule, the event file's too
        assert worksheet_names(title, ["Org"]) == [f"{stem} - Org.docx"], title
