"""Input rules shared by every entry point: console, browser, roster CSV and command line.

Text is NFC-normalised and stripped of characters XML cannot hold (tab and newline are kept,
a lone carriage return becomes a newline). Over a limit is refused with a message that names
the limit; nothing is ever truncated silently. Emoji, right-to-left and combining text
round-trip exactly (after NFC).
"""

from __future__ import annotations

import re
import unicodedata

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
            f"{what} is {len(text):,} characters; the limit is {limit:,}. Nothing was saved — "
            "shorten it or split it."
        )
    return text


def answer_text(text: str) -> str:
    """An answer, note, clause edit or other long text: at most ANSWER_MAX characters."""
    return _check_length(clean(text), ANSWER_MAX, "This answer")


def short_text(text: str, what: str = "This text", limit: int = SHORT_TEXT_MAX) -> str:
    """A one-line field: cleaned, newlines folded to spaces, trimmed, at most `limit` characters."""
    text = " ".join(clean(text).split())
    return _check_length(text, limit, what)


def org_name(text: str) -> str:
    """An organization's name: one line, not empty, at most ORG_NAME_MAX characters."""
    name = short_text(text, "The organization's name", ORG_NAME_MAX)
    if not name:
        raise InputError("The organization's name is empty.")
    return name
