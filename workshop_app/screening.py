"""Screening for client details: text that looks like it identifies a person.

Workshop answers are about real situations at real organizations, and a phone number or a date
of birth typed into one can end up on the projector or in a worksheet that is e-mailed around.
`screen` finds what looks like a phone number (Google's libphonenumber rules, through
`phonenumbers`; any number in the shape of a US/Canadian or UK one, even with an area code not in
service such as 555; local seven-digit numbers next to a word like "call"), an e-mail address, a
date of birth, a US social security number, a medical-record or case number, a street address,
and names the organization listed as its clients. It runs here, on the laptop: no network, no
model, nothing leaves the machine.

It only flags; it never blocks a save. The note says what it saw, calmly.
Figures on the fixed corpus (tests/fixtures/screening_corpus.toml): `bench/screening.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from workshop_app.i18n import N_, _

PHONE = "phone"
EMAIL = "email"
BIRTH_DATE = "birth_date"
SSN = "ssn"
RECORD_NUMBER = "record_number"
ADDRESS = "address"
CLIENT_NAME = "client_name"

# kind → how the note names it ("This looks like a phone number.")
KINDS: dict[str, str] = {
    PHONE: N_("a phone number"),
    EMAIL: N_("an e-mail address"),
    BIRTH_DATE: N_("a date of birth"),
    SSN: N_("a social security number"),
    RECORD_NUMBER: N_("a record or case number"),
    ADDRESS: N_("a street address"),
    CLIENT_NAME: N_("a client's name"),
}

REMINDER = N_("Workshop answers should not identify clients.")


@dataclass(frozen=True)
class Finding:
    """One stretch of text that looks like it identifies a person."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return KINDS[self.kind]


# -- e-mail -----------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
# "name at gmail dot com", the way people write an address to dodge filters
_EMAIL_SPELLED = re.compile(
    r"\b[A-Za-z0-9._-]{2,}\s*(?:\(at\)|\[at\]|\sat\s)\s*[A-Za-z0-9-]+\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*"
    r"(?:com|org|net|edu|gov|us|ca|uk)\b",
    re.IGNORECASE,
)

# -- social security numbers ------------------------------------------------------------------

_SSN_DASHED = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_SSN_WORD = re.compile(
    r"\b(?:SSN|SS#|SS\s?No\.?|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|social\s+sec\.?)"
    r"\s*(?:is|was|of|:|#|-)?\s*(?:ending\s+in\s+)?(\d{3}[- .]?\d{2}[- .]?\d{4}|\d{4}\b)",
    re.IGNORECASE,
)

# -- record, chart and case numbers ----------------------------------------------------------

_ID_TOKEN = r"(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,19}\b"
_RECORD = re.compile(
    r"\b(?:MRN|MR\s?#|medical\s+record(?:\s+(?:number|no\.?|num\.?|#|ID))?"
    r"|(?:patient|client|member|chart|case|file|record|account|Medicaid|Medicare|insurance"
    r"|HMIS|intake|referral|claim|subscriber|participant)\s*(?:ID|number|no\.?|num\.?|#)"
    r"|case\s+(?=[A-Z0-9-]*\d{3}))"
    r"\s*(?:is|was|of|:|#|=|,)?\s*#?\s*" + _ID_TOKEN,
    re.IGNORECASE,
)

# -- street addresses ------------------------------------------------------------------------

_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way"
    r"|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Pike|Alley|Row)"
)
_ADDRESS = re.compile(
    r"\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?"
    r"(?:(?:[A-Z][A-Za-z'-]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}" + _SUFFIX + r"\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]+)?"
)
# lower-case typing ("1410 elm st apt 2"): an abbreviated suffix, or an apartment after it
_ADDRESS_LOWER = re.compile(
    r"\b\d{1,6}\s+(?:(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,2}(?:st|ave|rd|blvd|ln|dr|ct|pl|ter|cir|hwy|pkwy)\b\.?"
    r"|\b\d{1,6}\s+(?:(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,2}"
    + _SUFFIX.lower()
    + r"\b,?\s+(?:apt|apartment|unit|#)\.?\s*\w+",
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+", re.IGNORECASE)
_ADDRESS_NOT = re.compile(
    r"^\d+\s+(?:CFR|USC|U\.S\.C\.|percent|staff|people|clients|times|years|months|weeks|days"
    r"|hours|minutes|workers|volunteers|sessions|posts|members|of|more|new|the)\b",
    re.IGNORECASE,
)

# -- dates of birth --------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?![\d/-]|\.\d)")
_WORD_DATE = re.compile(
    rf"\b(?:({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}),?\s+(\d{{4}}))\b",
    re.IGNORECASE,
)
_BIRTH_WORDS = re.compile(
    r"\b(?:born|birth|birthday|DOB|D\.O\.B\.?|b\.|date\s+of\s+birth|birthdate)\b", re.IGNORECASE
)
_BIRTH_YEAR = re.compile(
    r"\b(?:born(?:\s+in)?|DOB|D\.O\.B\.?|birth\s*year|b\.)\s*:?\s*((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# an old date next to these is when something happened to a law, a policy or the agency
_EVENT_WORDS = re.compile(
    r"\b(?:adopted|approved|signed|passed|enacted|effect|effective|issued|published|revised"
    r"|updated|reviewed|founded|opened|moved|since|policy|form|section|law|rule|act|dated)\b",
    re.IGNORECASE,
)
_ADULT_AGE = 10  # a full date this many years back or more reads as someone's birthday


def _year(raw: str, today: date) -> int:
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year <= today.year % 100 else 1900
    return year


def _looks_like_birth(text: str, start: int, year: int, today: date) -> bool:
    """A full date is a birth date when a word says so, or when it is old and nothing says it
    is the date of a law, a policy or an event of the agency."""
    context = text[max(0, start - 40) : start]
    if _BIRTH_WORDS.search(context):
        return True
    return year <= today.year - _ADULT_AGE and not _EVENT_WORDS.search(context)


def _birth_dates(text: str, today: date) -> Iterable[Finding]:
    for m in _NUMERIC_DATE.finditer(text):
        a, b, c = m.group(1), m.group(3), m.group(4)
        if len(a) == 4:  # 1987-03-14
            year, month, day = int(a), int(b), int(c)
            if len(c) > 2:
                continue
        else:
            year = _year(c, today)
            if len(c) == 3:
                continue
            month, day = int(a), int(b)
            if month > 12:
                month, day = day, month  # 14/03/1987
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= today.year):
            continue
        if _looks_like_birth(text, m.start(), year, today):
            yield Finding(BIRTH_DATE, m.start(), m.end(), m.group())
    for m in _WORD_DATE.finditer(text):
        month_name, day, year = (
            (m.group(1), m.group(2), m.group(3))
            if m.group(1)
            else (
                m.group(5),
                m.group(4),
                m.group(6),
            )
        )
        month = _MONTHS.get(month_name.rstrip(".").lower())
        year_n = int(year)
        if not month or not 1 <= int(day) <= 31 or not 1900 <= year_n <= today.year:
            continue
        if _looks_like_birth(text, m.start(), year_n, today):
            yield Finding(BIRTH_DATE, m.start(), m.end(), m.group())
    for m in _BIRTH_YEAR.finditer(text):
        if int(m.group(1)) <= today.year:
            yield Finding(BIRTH_DATE, m.start(), m.end(), m.group())


# -- phone numbers ---------------------------------------------------------------------------

_LOCAL_PHONE = re.compile(
    r"\b(?:call|text|phone|cell|mobile|number|reach(?:ed)?|at|tel\.?|ph\.?|#)\s*[,:]?\s*"
    r"(\d{3}[-. ]\d{4})(?![\d-])",
    re.IGNORECASE,
)
# numbers that are not phones even when libphonenumber accepts their digits
_NOT_PHONE_BEFORE = re.compile(
    r"(?:policy|form|section|§|CFR|grant|award|contract|invoice|order|ticket|docket|case"
    r"|claim|account|ID|no\.|version|v\.|ISBN|ref\.?|reference|NPI|EIN|tax)\s*(?:no\.?|number|#|:)?\s*$",
    re.IGNORECASE,
)
_PHONE_WORDS = re.compile(r"(?:call|text|phone|cell|mobile|tel|reach|dial|number\s+is)", re.I)
# libphonenumber (VALID) reads only numbers that could be dialled today from the event's region:
# "555-201-3344" (no US area code 555 is in service: a number made up or mistyped) or
# "07700 900123" (Ofcom's range for drama) passed, and so did a UK number in a US event. A
# number typed into a workshop answer is one either way, so the shapes of US/Canadian and UK
# numbers are flagged whatever their area code and whatever the event's region.
_NANP_SHAPE = re.compile(
    r"(?<![\w+.-])(?:\+?1[-. ]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[-. ])[2-9]\d{2}[-. ]\d{4}(?![\w-])"
)
_UK_SHAPE = re.compile(
    r"(?<![\w+.-])(?:\+44\s?(?:\(0\)\s?)?|0)[1-9]\d{1,3}[ -]?\d{3,4}[ -]?\d{3,4}(?![\w-])"
)


def _uk_digits_fit(number: str) -> bool:
    """A UK number has 9 or 10 digits after its 0 (or +44)."""
    digits = re.sub(r"\D", "", number)
    national = digits[2:].removeprefix("0") if number.startswith("+") else digits[1:]
    return len(national) in (9, 10)


def _phones(text: str, region: str) -> Iterable[Finding]:
    if sum(c.isdigit() for c in text) < 5:  # no phone number has fewer digits: skip the parser
        return
    import phonenumbers  # about 100 ms of imports: only when the first text is screened

    matcher = phonenumbers.PhoneNumberMatcher(
        text, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
    )
    shaped = [(m.start(), m.end(), m.group()) for m in _NANP_SHAPE.finditer(text)]
    shaped += [
        (m.start(), m.end(), m.group())
        for m in _UK_SHAPE.finditer(text)
        if _uk_digits_fit(m.group())
    ]
    for start, end, raw in [(m.start, m.end, m.raw_string) for m in matcher] + shaped:
        before = text[max(0, start - 24) : start]
        if _NOT_PHONE_BEFORE.search(before) and not _PHONE_WORDS.search(before):
            continue
        yield Finding(PHONE, start, end, raw)
    for m in _LOCAL_PHONE.finditer(text):
        yield Finding(PHONE, m.start(1), m.end(1), m.group(1))


# -- client names the organization listed ----------------------------------------------------


def _names(text: str, names: Iterable[str]) -> Iterable[Finding]:
    for name in names:
        words = name.split()
        if not words or len(name) < 3:
            continue
        pattern = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            yield Finding(CLIENT_NAME, m.start(), m.end(), m.group())


# -- all together ----------------------------------------------------------------------------


def screen(
    text: str, names: Iterable[str] = (), *, region: str = "US", today: date | None = None
) -> list[Finding]:
    """What in `text` looks like it identifies a person, in reading order.

    `names`: client names the organization listed; `region`: where phone numbers without a
    country code are read as local; `today`: for telling a birth date from a recent date.
    """
    if not text or not text.strip():
        return []
    today = today or date.today()
    found: list[Finding] = []
    found += [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]
    found += [Finding(EMAIL, m.start(), m.end(), m.group()) for m in _EMAIL_SPELLED.finditer(text)]
    for m in _SSN_DASHED.finditer(text):
        area, group, serial = m.group(1), m.group(3), m.group(4)
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            continue
        found.append(Finding(SSN, m.start(), m.end(), m.group()))
    found += [Finding(SSN, m.start(), m.end(), m.group()) for m in _SSN_WORD.finditer(text)]
    found += [Finding(RECORD_NUMBER, m.start(), m.end(), m.group()) for m in _RECORD.finditer(text)]
    for pattern in (_ADDRESS, _ADDRESS_LOWER, _PO_BOX):
        for m in pattern.finditer(text):
            if not _ADDRESS_NOT.match(m.group()):
                found.append(Finding(ADDRESS, m.start(), m.end(), m.group()))
    found += _birth_dates(text, today)
    taken = [(f.start, f.end) for f in found if f.kind in (SSN, RECORD_NUMBER, BIRTH_DATE, EMAIL)]
    for phone in _phones(text, region):
        # digits already read as an SSN, a record number or a date are not a phone as well
        if not any(s < phone.end and phone.start < e for s, e in taken):
            found.append(phone)
    found += _names(text, names)
    return _dedupe(found)


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per stretch and kind: the longest wins where two of a kind overlap."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in found:
        if any(k.kind == f.kind and k.start < f.end and f.start < k.end for k in kept):
            continue
        kept.append(f)
    return kept


def kinds_found(findings: Iterable[Finding]) -> list[str]:
    """The kinds found, each once, in the order of `KINDS`."""
    seen = {f.kind for f in findings}
    return [k for k in KINDS if k in seen]


def note(findings: Iterable[Finding]) -> str:
    """The calm line shown under a field: "This looks like a phone number. Workshop answers
    should not identify clients." Empty when nothing was found."""
    labels = [_(KINDS[k]) for k in kinds_found(findings)]
    if not labels:
        return ""
    if len(labels) == 1:
        said = labels[0]
    else:
        said = _("%(items)s and %(last)s") % {"items": ", ".join(labels[:-1]), "last": labels[-1]}
    return _("This looks like %(what)s.") % {"what": said} + " " + _(REMINDER)


def screen_note(text: str, names: Iterable[str] = ()) -> str:
    return note(screen_cached(text, tuple(names)))


@lru_cache(maxsize=4096)
def screen_cached(text: str, names: tuple[str, ...] = ()) -> tuple[Finding, ...]:
    """`screen`, remembered: the console screens the same answers again on every refresh."""
    return tuple(screen(text, names))


# -- what an event holds that looks like it identifies someone -------------------------------


@dataclass(frozen=True)
class Flagged:
    """An answer, notes or a record (map, draft, actions) in which screening found something."""

    group_id: int
    stage_id: str | None  # None for a record
    prompt_id: str | None  # an answer's prompt (or the notes' id); None for a record
    record_kind: str | None
    findings: tuple[Finding, ...]

    def note(self) -> str:
        return note(self.findings)

    def seen(self) -> str:
        """What was flagged, as shown before it goes on the projector: "(313) 555-0182"."""
        return ", ".join(f"“{f.text}”" for f in self.findings)


def record_text(data: object) -> str:
    """The words a record (a JSON-able value) holds, one per line, for screening."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(data)
    return "\n".join(out)


def flagged_answers(store, group_ids: Iterable[int] | None = None) -> list[Flagged]:
    """Every current answer and note of the event (or of `group_ids`) that looks like it
    identifies someone, in the plan's order."""
    wanted = None if group_ids is None else set(group_ids)
    found = []
    for a in store.answers():
        if wanted is not None and a.group_id not in wanted:
            continue
        findings = screen_cached(a.text)
        if findings:
            found.append(Flagged(a.group_id, a.stage_id, a.prompt_id, None, findings))
    order = {s.id: i for i, s in enumerate(store.plan.stages)}
    return sorted(found, key=lambda f: (f.group_id, order.get(f.stage_id, 99), f.prompt_id))


def flagged_records(store, group_ids: Iterable[int] | None = None) -> list[Flagged]:
    """Every current record (map, draft, action items) that looks like it identifies someone."""
    found = []
    for r in store.records(group_ids):
        findings = screen_cached(record_text(r.data))
        if findings:
            found.append(Flagged(r.group_id, None, None, r.kind, findings))
    return found
