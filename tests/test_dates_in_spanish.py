"""Dates typed in Spanish (text.parse_date in the language of the moment): Spanish month names
and abbreviations from Babel's locale data, every region's ("sept", "sep", "set", "setiembre"),
with English and ISO still read; refusals and their example in Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app import i18n, text
from workshop_app.text import InputError

TODAY = date(2026, 12, 1)


def read(typed: str, lang: str = "es", **kwargs) -> str:
    with i18n.using(lang):
        return text.parse_date(typed, today=TODAY, **kwargs)


@pytest.mark.parametrize(
    "typed",
    [
        "10 ene",
        "10 ene.",
        "10 Ene",
        "10 enero",
        "10 de enero",
        "10 de enero de 2027",
        "10 de enero del 2027",
        "10 ENERO 2027",
        "10-ene-2027",
        "10/ene/2027",
        "ene 10",
        "ene. 10",
        "enero 10, 2027",
        "enero 10 de 2027",
        # English and ISO still
        "Jan 10",
        "10 Jan",
        "January 10, 2027",
        "2027-01-10",
    ],
)
def test_the_10th_of_january_as_a_spanish_speaker_types_it(typed):
    assert read(typed) == "2027-01-10"


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("3 feb", "2027-02-03"),
        ("3 mar", "2027-03-03"),
        ("3 abr", "2027-04-03"),
        ("3 may", "2027-05-03"),
        ("1.º de mayo", "2027-05-01"),
        ("1° mayo", "2027-05-01"),
        ("3 jun", "2027-06-03"),
        ("3 jul", "2027-07-03"),
        ("3 ago", "2027-08-03"),
        ("agosto 3", "2027-08-03"),
        ("3 sept", "2027-09-03"),
        ("3 sep", "2027-09-03"),
        ("3 set", "2027-09-03"),
        ("3 set.", "2027-09-03"),
        ("3 de septiembre", "2027-09-03"),
        ("3 de setiembre", "2027-09-03"),
        ("3 oct", "2027-10-03"),
        ("3 nov", "2027-11-03"),
        ("24 dic", "2026-12-24"),  # the next 24 December to come
        ("24 de diciembre de 2028", "2028-12-24"),
    ],
)
def test_every_month_by_its_spanish_names(typed, iso):
    assert read(typed) == iso


def test_the_day_first_order_of_a_spanish_system_reads_10_1():
    assert read("10/1", day_first=True) == "2027-01-10"
    assert read("10/1/27", day_first=True) == "2027-01-10"


def test_spanish_names_come_from_the_language_of_the_moment_english_always():
    with pytest.raises(InputError, match="is not a date"):
        read("10 ene", lang="en")  # an English console or phone: not a month it knows
    assert read("10 Jan", lang="en") == "2027-01-10"
    assert text.month_number("setiembre", "es") == 9
    assert text.month_number("Sept.", "es") == 9
    assert text.month_number("sept", "en") == 9
    assert text.month_number("dic", "en") is None
    assert text.month_number("martes", "es") is None  # a weekday is not a month


def test_a_refusal_in_spanish_shows_an_example_in_the_spanish_forms():
    with pytest.raises(InputError) as refused:
        read("el martes")
    assert str(refused.value) == (
        "La fecha «el martes» no es una fecha; escríbala como AAAA-MM-DD (2027-01-10), "
        "10 ene o 10 de enero de 2027."
    )
    with pytest.raises(InputError, match="no es un día del calendario"):
        read("30 de febrero")
    with pytest.raises(InputError, match="se puede leer de dos maneras"):
        read("1/10")  # no known order: asked, never guessed
    from workshop_app.kinds.report_back import model as actions

    with i18n.using("es"), pytest.raises(InputError) as refused:
        actions.check_due("pronto", today=TODAY)
    assert str(refused.value).startswith("La fecha límite «pronto» no es una fecha")
