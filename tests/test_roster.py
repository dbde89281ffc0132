"""Roster CSV parsing (the console's preview shows these verdicts)."""

from __future__ import annotations

import pytest

from workshop_app.roster import RosterError, parse_roster


def test_semicolons_bom_header_and_every_kind_of_bad_line():
    data = "\ufeffName;Contact;Size\nA Clinic;a@x.org;5\nB House;;x3\na clinic;;2\n;c;1\nD;e;f;g\n"
    lines = parse_roster(data.encode())
    assert [(line.line, line.name, line.ok) for line in lines] == [
        (2, "A Clinic", True),
        (3, "B House", False),
        (4, "a clinic", False),
        (5, "", False),
        (6, "D", False),
    ]
    assert lines[0].size == 5 and lines[0].contact == "a@x.org"
    assert lines[1].size_text == "x3" and "whole number" in lines[1].problem
    assert lines[2].problem == "“a clinic” is on the list already."
    assert "columns" in lines[4].problem


def test_commas_no_header_quotes_blank_lines_and_existing_names():
    data = 'Cedar,,\n\n"Harbor, Inc.",h@x.org,\nPeer Link,,-1\n'
    lines = parse_roster(data.encode(), existing_names=["CEDAR"])
    assert [(line.name, line.problem) for line in lines] == [
        ("Cedar", "“Cedar” is on the list already."),
        ("Harbor, Inc.", ""),
        ("Peer Link", "The size must be between 0 and 10,000."),
    ]
    assert lines[1].size is None


@pytest.mark.parametrize("data", [b"", b"\n \n", "Café".encode("latin-1")])
def test_unreadable_files_are_refused_whole(data):
    with pytest.raises(RosterError):
        parse_roster(data)
