"""Input rules shared by every entry point: console, browser, roster CSV and command line.

Text is NFC-normalised and stripped of characters XML cannot hold (tab and newline are kept,
a lone carriage return becomes a newline). Over a limit is refused with a message that names
the limit; nothing is ever truncated silently. Emoji, right-to-left and combining text
round-trip exactly (after NFC).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Any

from workshop_app import i18n
from workshop_app.i18n import N_, _

ORG_NAME_MAX = 120
ANSWER_MAX = 20_000
SHORT_TEXT_MAX = 500  # contact, location, a stakeholder's name, an action's owner

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# We also drop #xD (normalised to \n first) and the C1 controls, which Word shows as boxes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class InputError(ValueError):
    """Text that breaks an input rule. The message is meant for the person who typed it."""


def clean(text: str) -> str:
    """Normalise text for storage: NFC, \\r\\n and \\r to \\n, no characters XML cannot hold."""
    if not isinstance(text, str):
        raise InputError("expected text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _NOT_XML.sub("", text)
    return unicodedata.normalize("NFC", text)


def _check_length(text: str, limit: int, what: str) -> str:
    if len(text) > limit:
        raise InputError(
            _(
                "%(what)s is %(length)s characters; the limit is %(limit)s. Nothing was saved — "
                "shorten it or split it."
            )
            % {"what": _(what), "length": i18n.number(len(text)), "limit": i18n.number(limit)}
        )
    return text


def answer_text(text: str) -> str:
    """An answer, note, clause edit or other long text: at most ANSWER_MAX characters."""
    return _check_length(clean(text), ANSWER_MAX, N_("This answer"))


def short_text(text: str, what: str = N_("This text"), limit: int = SHORT_TEXT_MAX) -> str:
    """A one-line field: cleaned, newlines folded to spaces, trimmed, at most `limit` characters."""
    text = " ".join(clean(text).split())
    return _check_length(text, limit, what)


def org_name(text: str) -> str:
    """An organization's name: one line, not empty, at most ORG_NAME_MAX characters."""
    name = short_text(text, N_("The organization's name"), ORG_NAME_MAX)
    if not name:
        raise InputError(_("The organization's name is empty."))
    return name


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# a month's name: letters (accented too: "févr."), its abbreviation's full stop optional
_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.?º|°)?"  # 10th, 1.º, 1°
# between the day and the month: "10 Jan", "10 de enero", "10-ene", "10/ene"
_DAY_MONTH = r"(?:\s*[-/]\s*|\s+(?:de\s+)?)"
_MONTH_DAY = r"(?:\s*[-/]\s*|\s+)"
# before the year: "Jan 10, 2027", "10 Jan 2027", "10 de enero de 2027", "10 de enero del 2027"
_YEAR = r"(?:(?:\s*,\s*|\s*[-/]\s*|\s+(?:del?\s+)?)(?P<year>\d{4}))?"
_WORDED = (
    re.compile(rf"^{_MONTH}{_MONTH_DAY}{_DAY}{_YEAR}$", re.IGNORECASE),  # Jan 10, ene 10 2027
    re.compile(rf"^{_DAY}{_DAY_MONTH}{_MONTH}{_YEAR}$", re.IGNORECASE),  # 10 Jan, 10 de enero
)
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<year>\d{2}|\d{4}))?$")
DATE_HINT = N_("YYYY-MM-DD (2027-01-10), Jan 10 or 10 Jan")  # translated where it is said


def _folded(word: str) -> str:
    """A month's name as it is looked up: lower case, without accents or a full stop."""
    decomposed = unicodedata.normalize("NFKD", word.strip().rstrip(".").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_number(word: str, lang: str | None = None) -> int | None:
    """The month a name stands for (1–12), or None: English always ("Jan", "january",
    "sept"), and the month names of `lang` (default: the language of the moment, i18n.current)
    from Babel's locale data: wide and abbreviated, in every region's variant ("sep", "sept",
    "set", "septiembre", "setiembre"), and the first three letters of each wide name."""
    key = _folded(word)
    lang = i18n.current() if lang is None else lang
    if lang in i18n.LANGUAGES and lang != i18n.DEFAULT:
        found = _month_names(lang).get(key)
        if found is not None:
            return found
    return _MONTHS.get(key)


@lru_cache(maxsize=8)
def _month_names(lang: str) -> dict[str, int]:
    from babel import Locale, localedata  # off start-up: read when a date is first typed

    names: dict[str, int] = {}
    taken: set[str] = set()  # a name two months share in some region: neither
    regions = sorted(i for i in localedata.locale_identifiers() if i.startswith(lang + "_"))
    for ident in (lang, *regions):
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    keys = {_folded(name)}
                    if width == "wide":
                        keys.add(_folded(name)[:3])
                    for key in keys:
                        if len(key) < 3:
                            continue
                        if names.setdefault(key, number) != number:
                            taken.add(key)
    return {k: v for k, v in names.items() if k not in taken}


def region_day_first(region: str) -> bool | None:
    """Whether people in `region` (a plan's region id read as a country code: "us", "uk",
    "gb", "ie", "au") write a date's day before its month (10/1 = 10 January), from Babel's
    locale data for the country's main language (US: month first; UK: day first). None for a
    region that is not a country, or whose short date says neither (2027-01-10)."""
    country = i18n.territory(region)
    if country is None:
        return None
    from babel import Locale  # off start-up: read when a date is first typed

    locale = Locale.parse(f"und_{country}")  # the country's main language: en_US, en_GB
    return day_before_month(locale.date_formats["short"].pattern)


def day_before_month(pattern: str) -> bool | None:
    """Whether a date pattern (Babel's or Qt's: "M/d/yy", "dd/MM/y", "d MMM yyyy") puts the
    day first; None when it has no day or no month."""
    pattern = re.sub(r"'[^']*'", "", pattern).lower()
    if "d" not in pattern or "m" not in pattern:
        return None
    return pattern.index("d") < pattern.index("m")


def _on_calendar(day: int, month: int, year: str | None, today: date) -> date | None:
    """The day meant (without a year: the next such day from `today`), or None when there is
    no such day."""
    try:
        if year:
            return date(int(year), month, day)
        found = date(today.year, month, day)
        return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def parse_date(
    value: str, what: str = N_("The date"), day_first: bool | None = None, today: date | None = None
) -> str:
    """A date as ISO (YYYY-MM-DD), or empty. Accepts what people type: 2027-01-10,
    "Jan 10", "10 Jan", "January 10, 2027", in Spanish (the language of the moment, see
    `month_number`) "10 ene", "ene 10", "10 de enero de 2027", and numbers: "1/20" or
    "20/1/2027" whichever way round is a day of the calendar, and "1/10", which could be either,
    in the order `day_first` says (the system's, or the event's region's: `region_day_first`).
    Without a year: the next such day from `today`. Anything else is refused with a message
    that says how to write it (InputError), in the language of the moment."""
    value = short_text(value or "", what, 40)
    if not value:
        return ""
    today = today or date.today()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    day = month = year = None
    for pattern in _WORDED:
        match = pattern.match(value)
        named = month_number(match.group("month")) if match else None
        if named is not None:
            day, month, year = int(match.group("day")), named, match.group("year")
            break
    match = _NUMERIC.match(value) if month is None else None
    if match:
        a, b = int(match.group("a")), int(match.group("b"))
        year = match.group("year")
        if year and len(year) == 2:
            year = str(2000 + int(year))
        # (day, month) read day first, then month first: one that is no day of the calendar
        # ("1/20" read as day 1 of month 20) leaves the other; both real: the order says
        real = [r for r in dict.fromkeys(((a, b), (b, a))) if _on_calendar(*r, year, today)]
        if len(real) == 2:
            if day_first is None:
                raise InputError(
                    _("%(what)s “%(value)s” could be read two ways; write it as %(hint)s.")
                    % {"what": _(what), "value": value, "hint": _(DATE_HINT)}
                )
            day, month = real[0] if day_first else real[1]
        else:
            day, month = real[0] if real else (a, b)
    if month is None:
        raise InputError(
            _("%(what)s “%(value)s” is not a date; write it as %(hint)s.")
            % {"what": _(what), "value": value, "hint": _(DATE_HINT)}
        )
    found = _on_calendar(day, month, year, today)
    if found is None:
        raise InputError(
            _("%(what)s “%(value)s” is not a day of the calendar; write it as %(hint)s.")
            % {"what": _(what), "value": value, "hint": _(DATE_HINT)}
        )
    return found.isoformat()


RECORD_WORDS = ("name", "what", "who", "owner", "due", "title", "body", "note")


def _differing(theirs: Any, ours: Any) -> Any:
    """What of `theirs` is not the same in `ours`: entries (matched by their id or key) that
    ours lacks or has otherwise."""
    if isinstance(theirs, list) and isinstance(ours, list):

        def ident(entry: Any) -> Any:
            return entry.get("id") or entry.get("key") if isinstance(entry, dict) else None

        mine = {ident(e): e for e in ours if ident(e) is not None}
        kept = []
        for entry in theirs:
            other = mine.get(ident(entry))
            if other is None or not isinstance(entry, dict):
                kept.append(entry)
            elif other != entry:  # the same entry, otherwise: only its fields that differ
                kept.append({k: v for k, v in entry.items() if other.get(k) != v})
        return kept
    if isinstance(theirs, dict) and isinstance(ours, dict):
        return {k: _differing(v, ours.get(k)) for k, v in theirs.items() if ours.get(k) != v}
    return theirs


def record_words(data: Any, limit: int = 160, ours: Any = None) -> str:
    """A record's words in one line (each entry's name, what, owner, title, body…): how a
    version someone else saved is shown beside one's own. With `ours`, only what differs."""
    if ours is not None:
        data = _differing(data, ours)
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            words = [str(value[k]).strip() for k in RECORD_WORDS if value.get(k)]
            if any(words):
                parts.append(" – ".join(w for w in words if w))
            for k, v in value.items():
                if k not in RECORD_WORDS and isinstance(v, (dict, list)):
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    line = " ".join("; ".join(parts).split()) or "—"
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
