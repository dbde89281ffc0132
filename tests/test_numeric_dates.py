"""Dates typed as numbers (text.parse_date): "1/20" is January 20 whichever order the system
has, since day 1 of month 20 is no day; "1/10", a day both ways round, follows the order given
(the system's, or the event's region's: text.region_day_first)."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app import i18n, text
from workshop_app.text import InputError

TODAY = date(2026, 12, 1)


def read(typed: str, day_first: bool | None = None) -> str:
    return text.parse_date(typed, today=TODAY, day_first=day_first)


@pytest.mark.parametrize("day_first", [None, True, False])
@pytest.mark.parametrize("typed", ["1/20", "20/1", "1/20/2027", "20/1/27", "20.1.2027", "1.20"])
def test_a_number_that_is_a_day_only_one_way_round_is_that_day(typed, day_first):
    assert read(typed, day_first) == "2027-01-20"


def test_a_number_that_is_a_day_both_ways_round_follows_the_order():
    assert read("1/10", day_first=False) == "2027-01-10"
    assert read("1/10", day_first=True) == "2027-10-01"
    assert read("10/1/27", day_first=True) == "2027-01-10"
    assert read("5/5") == "2027-05-05"  # the same day either way: nothing to ask
    with pytest.raises(InputError, match="two ways"):
        read("1/10")  # no order known: asked, never guessed


@pytest.mark.parametrize("typed", ["13/13", "2/30/2027", "30/2", "0/5", "1/32"])
def test_a_number_that_is_no_day_either_way_is_refused(typed):
    for day_first in (None, True, False):
        with pytest.raises(InputError, match="not a day of the calendar"):
            read(typed, day_first)


def test_worded_iso_and_spanish_dates_read_as_before():
    for typed in ("Jan 10", "10 Jan", "2027-01-10", "January 10, 2027", "10th jan"):
        assert read(typed) == "2027-01-10", typed
    with i18n.using("es"):
        for typed in ("10 ene", "ene 10", "10 de enero de 2027", "10/1"):
            assert read(typed, day_first=True) == "2027-01-10", typed


@pytest.mark.parametrize(
    ("region", "day_first"),
    [("us", False), ("uk", True), ("gb", True), ("ie", True), ("au", True), ("US", False)],
)
def test_a_region_says_the_order_its_people_write_dates_in(region, day_first):
    assert text.region_day_first(region) is day_first


@pytest.mark.parametrize("region", ["", "zz", "north", "eu-west"])
def test_a_region_that_is_no_country_says_no_order(region):
    assert text.region_day_first(region) is None
