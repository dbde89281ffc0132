"""The client-detail screening: the corpus targets, and what a person typing would see."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop_app import screening

BENCH = Path(__file__).resolve().parent.parent / "bench" / "screening.py"


def _bench():
    """bench/screening.py holds the corpus reader and the measure, so the figures it prints
    and the targets asserted here come from the same code."""
    if "bench_screening" not in sys.modules:
        spec = importlib.util.spec_from_file_location("bench_screening", BENCH)
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_screening"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["bench_screening"]


def test_the_corpus_is_big_enough_and_half_of_it_identifies_no_one():
    corpus = _bench().load_corpus()
    clean = [text for kinds, text in corpus.answers if not kinds]
    assert len(corpus.answers) >= 200
    assert len(clean) >= 100
    assert len(corpus.answers) - len(clean) >= 100
    for kind in screening.KINDS:
        holding = sum(1 for kinds, _ in corpus.answers if kind in kinds)
        assert holding >= 10, kind


def test_recall_and_false_positives_meet_the_targets_for_every_kind(capsys):
    bench = _bench()
    figures, wrong = bench.measure(bench.load_corpus())
    with capsys.disabled():
        print()
        for f in figures:
            print(
                f"  screening {f.kind:<14} recall {f.recall:6.1%} ({f.found}/{f.holding})"
                f"  false positives {f.fp_rate:5.1%} ({f.false_positives}/{f.without})"
            )
    for f in figures:
        assert f.recall >= 0.95, (f, [w for w in wrong if f.kind in w])
        assert f.fp_rate <= 0.05, (f, [w for w in wrong if f.kind in w])


def test_the_note_is_calm_and_names_what_it_saw():
    assert screening.screen_note("Call her on (313) 555-0182 tomorrow.") == (
        "This looks like a phone number. Workshop answers should not identify clients."
    )
    both = screening.screen_note("Write to rosa.m@gmail.com or call 773-555-0118.")
    assert both == (
        "This looks like a phone number and an e-mail address. "
        "Workshop answers should not identify clients."
    )
    assert screening.screen_note("We follow 42 CFR Part 2 and HIPAA 164.508.") == ""
    assert screening.screen_note("") == ""


def test_a_finding_says_where_it_is_so_it_can_be_shown():
    text = "The wristband read MRN 5530912, DOB 02/11/1966."
    found = screening.screen(text, today=date(2026, 11, 30))
    assert [(f.kind, text[f.start : f.end]) for f in found] == [
        ("record_number", "MRN 5530912"),
        ("birth_date", "02/11/1966"),
    ]


def test_names_come_only_from_the_list_given():
    text = "Keisha Langford asked about her appointment."
    assert screening.screen(text) == []
    assert [f.kind for f in screening.screen(text, ["keisha langford"])] == ["client_name"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 20_000,
        "1" * 5000,
        "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629 555-0147 😀 " * 50,
        "@@@ ... --- /// 12/34/5678 99/99/99 0000-00-00",
    ],
)
def test_odd_or_long_text_never_breaks_the_screening(text):
    screening.screen(text)  # returns, whatever it finds


US_AND_UK_NUMBERS = [
    "617-253-1000",
    "555-201-3344",  # no such area code: made up or mistyped, still a number typed in a room
    "(555) 201-3344",
    "555.201.3344",
    "+1 555 201 3344",
    "1-555-201-3344",
    "020 7946 0958",
    "+44 20 7946 0958",
    "+44 (0)20 7946 0958",
    "07700 900123",  # a number in Ofcom's range for drama, still a mobile number's shape
    "0161 496 0000",
    "0117-496-0123",
]


@pytest.mark.parametrize("number", US_AND_UK_NUMBERS)
@pytest.mark.parametrize("region", ["US", "GB"])
def test_a_us_or_uk_style_number_is_flagged_whatever_its_area_code_and_the_events_region(
    number, region
):
    """Walk-through: "617-253-1000" was flagged, "555-201-3344" was not (libphonenumber reads
    only numbers that could be dialled today, and no US area code 555 is in service); a UK
    number in a US event (or a US one in a UK event) was not either."""
    text = f"The client's number, {number}, was in the post."
    found = screening.screen(text, region=region)
    assert [(f.kind, f.text) for f in found] == [("phone", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Policy number 204-118-3371 on the insurance binder has to be renewed.",
        "IT ticket 4431-556-2201 was opened.",
        "The Zoom meeting ID 845 2210 9931 goes in the invite.",
        "Our policy number is 2024-117-0031.",
        "Staff work 0900 1700 on weekdays.",
        "Case 555-201-3344 was closed last week.",
        "The budget line 2024 1234 covers training.",
    ],
)
def test_numbers_of_other_things_are_still_not_phones(text):
    assert [f for f in screening.screen(text) if f.kind == "phone"] == []
