"""Who may use participant entry: event codes, session tokens, CSRF tokens and rate limits.

Nothing here touches the network or the store; `server.py` and `views.py` combine these pieces
with the store's `devices` table (which keeps only a hash of each token).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque

# No 0/O, 1/I/L: a code read off a projector from the back of a room is typed right first time.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
TOKEN_BYTES = 16  # 128 bits
SESSION_COOKIE = "wa_session"
PRE_COOKIE = "wa_pre"  # before joining: binds the join form's CSRF token to this browser
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
JOIN_LIMIT = 10  # failed join attempts per address ...
JOIN_WINDOW = 60.0  # ... per this many seconds
ALLOW_NEW_GROUPS = "lan_allow_new_groups"  # store option: "1" lets participants add their org
# Store options that keep one event's entry the same from one opening to the next (closing
# entry, quitting, a crash): the code on the projector, the CSRF secret (the page a phone has
# open keeps saving) and the port (its address stays the same). A device's session ends only
# when the facilitator disconnects it or ends the workshop (EventStore.end_workshop).
# Keeping them in the event file tells its reader nothing new: whoever has the file has every
# answer and every group's PIN already, and the code is on the projector for the whole room;
# a CSRF token also needs the device's cookie, of which the file keeps only a hash.
ENTRY_CODE = "lan_code"
CSRF_SECRET = "lan_csrf_secret"
ENTRY_PORT = "lan_port"


def event_code(store) -> str:
    """The event's code: the one given before, or a new one, kept in the event file."""
    code = store.option(ENTRY_CODE)
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        code = new_code()
        store.set_option(ENTRY_CODE, code)
    return code


def csrf_secret(store) -> bytes:
    """The event's CSRF secret: the one used before, or a new one, kept in the event file."""
    try:
        secret = bytes.fromhex(store.option(CSRF_SECRET))
    except ValueError:
        secret = b""
    if len(secret) < 32:
        secret = secrets.token_bytes(32)
        store.set_option(CSRF_SECRET, secret.hex())
    return secret


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(typed: str) -> str:
    """What the participant typed, as a code: case and spaces/dashes do not matter."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())[:32]


def code_matches(typed: str, code: str) -> bool:
    return hmac.compare_digest(normalize_code(typed).encode(), code.encode())


def pin_matches(typed: str, pin: str) -> bool:
    digits = "".join(ch for ch in typed if ch.isdigit())[:8]
    return bool(pin) and hmac.compare_digest(digits.encode(), pin.encode())


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """What the store keeps: a stolen event file does not hand out live sessions."""
    return hashlib.sha256(token.encode()).hexdigest()


class Csrf:
    """CSRF tokens derived from a secret and the browser's cookie (session or pre).

    A token is only valid together with the cookie it was made for. The secret is the event's
    (`csrf_secret`), so a page loaded before entry was closed and opened again still saves.
    """

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def token_for(self, cookie_value: str) -> str:
        return hmac.new(self._secret, cookie_value.encode(), hashlib.sha256).hexdigest()[:32]

    def check(self, cookie_value: str | None, sent: str | None) -> bool:
        if not cookie_value or not sent:
            return False
        return hmac.compare_digest(self.token_for(cookie_value).encode(), sent.encode())


class RateLimiter:
    """At most `limit` failed attempts per address in a sliding window of `window` seconds."""

    def __init__(self, limit: int = JOIN_LIMIT, window: float = JOIN_WINDOW, clock=time.monotonic):
        self.limit, self.window, self._clock = limit, window, clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, address: str) -> deque[float]:
        stamps = self._failures.setdefault(address, deque())
        cutoff = self._clock() - self.window
        while stamps and stamps[0] < cutoff:
            stamps.popleft()
        return stamps

    def blocked(self, address: str) -> bool:
        return len(self._recent(address)) >= self.limit

    def failed(self, address: str) -> None:
        self._recent(address).append(self._clock())
        if len(self._failures) > 10_000:  # a flood of addresses: forget the oldest
            self._failures.pop(next(iter(self._failures)))

    def retry_after(self, address: str) -> int:
        stamps = self._recent(address)
        if not stamps:
            return 0
        return max(1, int(stamps[0] + self.window - self._clock()) + 1)


# What `device_label` calls a device, first by what it is, then by its browser. The first
# match wins: Samsung Internet, Edge and Opera say "Chrome" too, and Chrome and Firefox on an
# iPhone say "Safari". No version, no model: the event file keeps only these words.
DEVICE_KINDS = (
    ("iPhone", "iPhone"),
    ("iPod", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),  # a phone or a tablet: see device_label
    ("CrOS", "Chromebook"),
    ("Windows", "Windows laptop"),
    ("Macintosh", "Mac"),
    ("Linux", "Linux laptop"),
    ("X11", "Linux laptop"),
)
UNKNOWN_DEVICE = "Device"
BROWSERS = (
    ("SamsungBrowser", "Samsung Internet"),
    ("EdgiOS", "Edge"),
    ("EdgA", "Edge"),
    ("Edg", "Edge"),
    ("OPR", "Opera"),
    ("OPT", "Opera"),
    ("CriOS", "Chrome"),
    ("FxiOS", "Firefox"),
    ("Firefox", "Firefox"),
    ("Chrome", "Chrome"),
    ("Safari", "Safari"),
)


def device_names() -> set[str]:
    """Every name `device_label` gives a device before its browser."""
    names = {name for _, name in DEVICE_KINDS if name != "Android"}
    return names | {"Android phone", "Android tablet", UNKNOWN_DEVICE}


def device_label(user_agent: str) -> str:
    """A short, recognisable name for a device, from its User-Agent (never stored in full):
    "Android phone · Chrome", "iPhone · Safari", "Windows laptop · Firefox"."""
    ua = (user_agent or "")[:512]
    kind = next((name for token, name in DEVICE_KINDS if token in ua), UNKNOWN_DEVICE)
    if kind == "Android":
        kind = "Android phone" if "Mobile" in ua else "Android tablet"
    browser = next((name for token, name in BROWSERS if token in ua), "")
    return f"{kind} · {browser}" if browser else kind
