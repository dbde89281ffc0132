"""File names that work on Windows, macOS and Linux, made from user text: the exports and the
event file itself (ui/dialogs.py: `file_name_for`), one rule for both.

An organization may be called "CON", "a/b", "..", or 300 characters of emoji; two names may
differ only by case or by a character Windows refuses. `safe_stem` makes one name safe;
`worksheet_names` names every organization's worksheet, unique ignoring case (macOS and Windows
folders are case-insensitive). Pure Python: no python-docx here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

MAX_NAME = 120  # characters in the whole file name, suffix included
MAX_BYTES = 240  # UTF-8 bytes: Linux and macOS allow 255 per name
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in "123456789¹²³"),
    *(f"LPT{i}" for i in "123456789¹²³"),
}
FALLBACK = "Untitled"


def safe_stem(name: str, limit: int = MAX_NAME - len(".docx")) -> str:
    """`name` as a file name without suffix: legal everywhere, at most `limit` characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = " ".join(name.split())  # no tabs, newlines or runs of spaces
    name = re.sub(r"\s*:\s+", " - ", name)  # "Event: topic" reads as "Event - topic"
    name = re.sub(r"\s*[—–]\s*", " - ", name)  # "Workshop — Riverside": "Workshop - Riverside"
    name = name.replace('"', "'")
    name = re.sub(r"[/\\:]", "-", name)
    name = _ILLEGAL.sub("_", name)
    name = _trim(name, limit)
    if not name.strip("._ "):
        name = FALLBACK
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"_{name}"
        name = _trim(name, limit)
    return name


def _trim(name: str, limit: int) -> str:
    """Cut to `limit` characters and MAX_BYTES bytes without splitting a combined character,
    then drop what Windows strips silently: trailing dots and spaces (and leading spaces)."""
    end = min(len(name), limit)
    while len(name[:end].encode("utf-8")) > MAX_BYTES - 16:
        end -= 1
    while 0 < end < len(name) and unicodedata.combining(name[end]):
        end -= 1  # the cut would separate a letter from its accent: drop both
    name = name[:end]
    return name.strip(" ").rstrip(". ")


def docx_path(path: Path) -> Path:
    """The path the user chose, with ".docx" added unless it already ends so."""
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def worksheet_name(event: str, organization: str, suffix: str = ".docx") -> str:
    """`<event> - <organization>.docx`, shortening the event's part first when too long."""
    budget = MAX_NAME - len(suffix)
    org = safe_stem(organization, budget)
    event_part = safe_stem(event, budget)
    room = budget - len(org) - 3
    if len(event_part) > room:  # shorten the event first, but keep up to 30 of its characters
        event_part = _trim(event_part, max(room, min(len(event_part), 30))) or FALLBACK
        org = _trim(org, budget - len(event_part) - 3) or FALLBACK
    return safe_stem(f"{event_part} - {org}", budget) + suffix


def unique(names: Iterable[str]) -> list[str]:
    """Make names unique ignoring case and Unicode form: the second "A.docx" becomes "A (2).docx"."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        suffix = f".{suffix}" if dot else ""
        candidate, n = name, 1
        while _key(candidate) in seen:
            n += 1
            tag = f" ({n})"
            candidate = _trim(stem, MAX_NAME - len(suffix) - len(tag)) + tag + suffix
        seen.add(_key(candidate))
        out.append(candidate)
    return out


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def worksheet_names(event: str, organizations: Iterable[str]) -> list[str]:
    return unique(worksheet_name(event, org) for org in organizations)
