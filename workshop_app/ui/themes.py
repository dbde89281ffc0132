"""Projector themes (light, dark, high contrast) and the timer's colours.

Each theme is two files in resources/theme/: ``<id>.qss`` (the style sheet, colours only) and
``<id>.toml`` (its palette: named colours and the text/background pairs that appear on screen).
The palette is what tests compute WCAG contrast ratios from, and `timer_colours` is the one
place that decides the countdown's colours, for the projector and the console alike.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from workshop_app import paths

THEME_IDS = ("light", "dark", "high-contrast")
DEFAULT_THEME = "light"
WARNING_SECONDS = 120  # the last two minutes of a stage


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    colours: dict[str, str]
    pairs: tuple[tuple[str, str], ...]
    minimum_contrast: float
    qss: str

    def colour(self, name: str) -> str:
        return self.colours[name]

    def contrasts(self) -> list[tuple[str, str, float]]:
        """(text colour name, background colour name, ratio) for every pair on screen."""
        return [
            (fg, bg, contrast_ratio(self.colours[fg], self.colours[bg])) for fg, bg in self.pairs
        ]


@cache
def load_theme(theme_id: str = DEFAULT_THEME) -> Theme:
    if theme_id not in THEME_IDS:
        raise KeyError(f"unknown theme {theme_id!r}; choose one of {', '.join(THEME_IDS)}")
    folder = paths.resource("theme")
    with (folder / f"{theme_id}.toml").open("rb") as f:
        data = tomllib.load(f)
    return Theme(
        id=theme_id,
        name=data["name"],
        colours={k: v.lower() for k, v in data["colours"].items()},
        pairs=tuple((fg, bg) for fg, bg in data["pairs"]),
        minimum_contrast=float(data["minimum_contrast"]),
        qss=(folder / f"{theme_id}.qss").read_text(encoding="utf-8"),
    )


# -- WCAG 2.x contrast ---------------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    h = colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, from 1.0 to 21.0."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- the countdown --------------------------------------------------------------------------------


def timer_state(remaining: int) -> str:
    """ "normal", "warning" (the last two minutes) or "over" (past the planned time)."""
    if remaining < 0:
        return "over"
    if remaining <= WARNING_SECONDS:
        return "warning"
    return "normal"


def timer_colours(remaining: int, theme: Theme | str = DEFAULT_THEME) -> tuple[str, str]:
    """(text, background) colours of the countdown with `remaining` seconds left."""
    if isinstance(theme, str):
        theme = load_theme(theme)
    state = timer_state(remaining)
    return theme.colours[f"timer_{state}_text"], theme.colours[f"timer_{state}"]


def format_timer(remaining: int) -> str:
    """The countdown as the console and the room both show it: 12:05, 0:59, and past the
    planned time +1:30 (time used beyond the plan; a minus sign by a countdown reads as
    "still to go" and is lost from the back of the room)."""
    sign = "+" if remaining < 0 else ""
    minutes, seconds = divmod(abs(remaining), 60)
    return f"{sign}{minutes}:{seconds:02d}"
