"""The languages of the participant page and the Word exports: one gettext catalogue.

The texts are English in the code, templates and scripts, marked for translation (``_()`` in
Python, ``{% trans %}``/``_()`` in the Jinja2 templates, ``_()`` in the page's scripts).
``pybabel extract`` gathers them into ``resources/locale/messages.pot``; each language has its
``resources/locale/<lang>/LC_MESSAGES/messages.po`` (see the README, "Languages").

The catalogues are read as ``.po`` files with Babel when first needed, not compiled to ``.mo``:
nothing to build at install, nothing to get stale, and the same file in a checkout, a wheel and
the bundle (they are under resources/, which all three carry).

The language of the moment is a context variable: the participant server sets it per request
(`using`), an export sets it while it writes a worksheet. Code that may run on another thread
(the server's writer) runs in a copy of the caller's context.

``en-XA`` is a pseudo-language for layout checks: every text accented and about 40 % longer,
bracketed, so a clipped or overlapping text is seen at once. It is never chosen from a
browser's languages, only asked for by name.
"""

from __future__ import annotations

import contextvars
import io
import re
import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from gettext import GNUTranslations, NullTranslations
from typing import TYPE_CHECKING

from workshop_app import paths

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from workshop_app.plan import WorkshopPlan

DEFAULT = "en"
PSEUDO = "en-XA"
# the languages a person can choose, each named in itself (what the language switch shows)
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DOMAIN = "messages"

_current: contextvars.ContextVar[str] = contextvars.ContextVar("language")
_default = DEFAULT  # where no `using` block says otherwise (set_default: the console's)


def N_(message: str) -> str:
    """Marks a text for the catalogue where it is written; it is translated where it is shown."""
    return message


def current() -> str:
    return _current.get(_default)


def set_default(lang: str | None) -> str:
    """The language of texts where no `using` block says otherwise, on every thread: the console
    sets its own at start, so the messages it shows (a refused name, a screening note) are in
    it. The participant server and the exports always say theirs."""
    global _default
    _default = known(lang)
    return _default


@contextmanager
def using(lang: str | None) -> Iterator[str]:
    """Texts translated into `lang` (a known language, else English) inside the block."""
    token = _current.set(known(lang))
    try:
        yield _current.get(_default)
    finally:
        _current.reset(token)


def known(lang: str | None) -> str:
    """`lang` when it is one of ours (``es``, ``es-MX`` → ``es``; the pseudo-language), else
    English."""
    if not lang:
        return DEFAULT
    if lang.lower() == PSEUDO.lower():
        return PSEUDO
    base = lang.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT


def gettext(message: str) -> str:
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A text whose translation depends on where it stands ("Planned" time, "Planned" action)."""
    return translations(current()).pgettext(context, message)


def number(value: int) -> str:
    """A whole number as the language writes it: 20,001 in English, 20.001 in Spanish."""
    lang = current()
    if lang not in LANGUAGES or lang == DEFAULT:
        return f"{value:,}"
    from babel.numbers import format_decimal

    return format_decimal(value, locale=lang)


def territory(region: str) -> str | None:
    """The country a plan's region id names, as Babel knows it ("us" → "US", "uk" → "GB"), or
    None when it names none ("", "north")."""
    code = (region or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        return None
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    code = (get_global("territory_aliases").get(code) or [code])[0]  # UK → GB
    try:
        likely = Locale.parse(f"und_{code}")  # the country's main language: en_US, en_GB
    except (UnknownLocaleError, ValueError):
        return None
    return code if likely.territory == code else None  # "zz" reads as en_US: no country


@lru_cache(maxsize=32)
def _date_locale(lang: str, region: str):
    from babel import Locale, UnknownLocaleError

    base = lang if lang in LANGUAGES else DEFAULT  # the pseudo-language writes English dates
    country = territory(region)
    if country:
        try:
            return Locale.parse(f"{base}_{country}")  # en_GB: 10 January; en_US: January 10
        except (UnknownLocaleError, ValueError):
            pass
    return Locale.parse(base)


def long_date(iso: str, region: str = "") -> str:
    """A stored date (YYYY-MM-DD) in full, as the language of the moment writes it where
    `region` is: "Sunday, 10 January 2027" (UK), "Sunday, January 10, 2027" (US), "domingo,
    10 de enero de 2027"; anything that is not such a date as it is."""
    return _date(iso, region, "full")


def short_date(iso: str, region: str = "") -> str:
    """A stored date, short but with its month's name: "10 Jan 2027", "Jan 10, 2027",
    "10 ene 2027"."""
    return _date(iso, region, "medium")


def moment(stamp: str, region: str = "") -> str:
    """A stored ISO time to the minute, its date short: "10 Jan 2027, 09:30" (its clock as
    stored: the exports say "UTC" after it)."""
    if len(stamp or "") < 16:
        return stamp or ""
    return f"{short_date(stamp[:10], region)}, {stamp[11:16]}"


def _date(iso: str, region: str, width: str) -> str:
    from datetime import date

    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    from babel.dates import format_date

    return format_date(day, width, locale=_date_locale(current(), region))


_ = gettext


class Later:
    """A text translated each time it is shown (``str()``), in the language of that moment,
    not when it is made: for an error several people are told at once. A batch of phones'
    saves that fails at its commit is one error for them all, made on the server's writer
    thread; each phone reads it in its own language, the console in its own.
    ``SaveError(Later(N_("… %(file)s …"), {"file": name}))``."""

    __slots__ = ("message", "values")

    def __init__(self, message: str, values: dict[str, object] | None = None):
        self.message = message
        self.values = values

    def __str__(self) -> str:
        said = gettext(self.message)
        return said % self.values if self.values else said

    def __repr__(self) -> str:
        return repr(str(self))


# -- catalogues -----------------------------------------------------------------------------------


def locale_dir():
    return paths.resource("locale")


def po_path(lang: str):
    return locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalog(lang: str) -> Catalog:
    """The language's catalogue as Babel reads it (messages, their places in the sources)."""
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang, domain=DOMAIN)


@cache
def translations(lang: str) -> NullTranslations:
    """gettext's translations for `lang`: English and unknown languages are the texts as
    written; fuzzy (unchecked) translations are left out, as gettext does."""
    if lang == PSEUDO:
        return _Pseudo()
    if lang == DEFAULT or lang not in LANGUAGES or not po_path(lang).is_file():
        return NullTranslations()
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, catalog(lang))
    buffer.seek(0)
    return GNUTranslations(buffer)


def script_strings(lang: str, scripts: Iterable[str]) -> dict[str, str]:
    """The translations the page's scripts need: every message found in one of `scripts`
    (paths under resources/, e.g. ``web/static/app.js``), as {English: translated}. The same
    dict for the same scripts (read it, do not change it)."""
    return _script_strings(lang, frozenset(scripts))


@lru_cache(maxsize=64)
def _script_strings(lang: str, wanted: frozenset[str]) -> dict[str, str]:
    if lang == DEFAULT or not wanted:
        return {}
    source = catalog("es") if lang == PSEUDO else catalog(lang)
    tr = translations(lang)
    found: dict[str, str | list[str]] = {}
    for message in source:
        if not message.id:
            continue
        if not any(_under_resources(place) in wanted for place, _line in message.locations):
            continue
        if isinstance(message.id, tuple):  # ngettext: the forms for one and for more
            singular, plural = message.id[:2]
            found[singular] = [tr.ngettext(singular, plural, 1), tr.ngettext(singular, plural, 2)]
        else:
            translated = tr.gettext(message.id)
            if translated != message.id:
                found[message.id] = translated
    return found


def _under_resources(place: str) -> str:
    return place.removeprefix("resources/")


# -- negotiation ----------------------------------------------------------------------------------


def negotiate(accept_language: str | None) -> str:
    """The language a browser asks for first among ours (Accept-Language), else English."""
    wanted: list[tuple[float, int, str]] = []
    for n, part in enumerate((accept_language or "").split(",")):
        tag, _sep, params = part.strip().partition(";")
        quality = 1.0
        match = re.search(r"q\s*=\s*([0-9.]+)", params)
        if match:
            try:
                quality = float(match.group(1))
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            wanted.append((-quality, n, tag))
    for _q, _n, tag in sorted(wanted):
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
        if tag == "*":
            return DEFAULT
    return DEFAULT


# -- plans ----------------------------------------------------------------------------------------


def plan_in(plan: WorkshopPlan, lang: str) -> WorkshopPlan:
    """`plan` with its texts in `lang` where it has them (the plan's own texts otherwise)."""
    if lang == PSEUDO:
        return _pseudo_plan(plan.source_text) if plan.source_text else plan
    if lang == plan.language or lang not in plan.languages:
        return plan
    key = (plan.source_text, plan.region, lang)
    found = _translated.get(key)
    if found is None:
        if len(_translated) > 16:  # plans changed during an event: forget the oldest
            _translated.pop(next(iter(_translated)))
        found = _translated[key] = plan.translated(lang)
    return found


_translated: dict[tuple[str, str], WorkshopPlan] = {}


@lru_cache(maxsize=4)
def _pseudo_plan(source_text: str) -> WorkshopPlan:
    from workshop_app.plan import Validator
    from workshop_app.plan_i18n import TEXT_KEYS

    def walk(value, key=None):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items() if k != "translations"}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and key in TEXT_KEYS:
            return pseudo(value)
        return value

    data = walk(tomllib.loads(source_text))
    return Validator("<plan>").plan(data, source_text)


# -- the pseudo-language --------------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "aeiouAEIOUcnyCNYszSZ", "áéíóúÁÉÍÓÚçñýÇÑÝšžŠŽ"
)  # same letter counts: only the padding makes a text longer
_KEEP = re.compile(r"%\([a-z_]+\)[sd]|%[sd%]|\{[a-z_]*\}|<[^>]+>|&[a-z]+;")


def pseudo(text: str) -> str:
    """`text` accented, bracketed and about 40 % longer (placeholders and tags kept)."""
    if not text.strip():
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    extra = max(2, round(len(text) * 0.4) - 2)
    filler = " ".join("ẋẍẋẍẋẍ"[: min(6, extra - i)] for i in range(0, extra, 7))
    return f"⟦{body} {filler}⟧"


class _Pseudo(NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)
