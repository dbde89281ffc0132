"""Projector themes: every text/background pair is readable (WCAG), and the timer's colours."""

from __future__ import annotations

import re

import pytest

from workshop_app.ui.themes import (
    THEME_IDS,
    contrast_ratio,
    format_timer,
    load_theme,
    timer_colours,
    timer_state,
)

TARGETS = {"light": 4.5, "dark": 4.5, "high-contrast": 7.0}


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WebAIM's checker: #767676 on white is the lightest grey that passes AA (4.54:1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_every_text_background_pair_meets_the_target(theme_id):
    theme = load_theme(theme_id)
    assert theme.minimum_contrast >= TARGETS[theme_id]
    ratios = theme.contrasts()
    assert len(ratios) >= 9
    failing = [(fg, bg, round(r, 2)) for fg, bg, r in ratios if r < TARGETS[theme_id]]
    assert not failing, f"{theme_id}: pairs below {TARGETS[theme_id]}:1: {failing}"


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_style_sheet_uses_only_the_palette_colours(theme_id):
    """The contrast figures are only true if the QSS draws with the palette's colours."""
    theme = load_theme(theme_id)
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", theme.qss)}
    assert used, "the style sheet sets no colours"
    assert used <= set(theme.colours.values())
    text_colours = {theme.colours[fg] for fg, _ in theme.pairs}
    assert {"text", "background", "card", "timer_over"} <= set(theme.colours)
    assert theme.colours["text"] in text_colours
    assert "font" not in theme.qss.replace("font sizes", ""), (
        "fonts are set in code (shrink to fit)"
    )


@pytest.mark.parametrize(
    ("remaining", "state"),
    [(600, "normal"), (121, "normal"), (120, "warning"), (0, "warning"), (-1, "over")],
)
def test_timer_state_turns_at_two_minutes_and_at_zero(remaining, state):
    assert timer_state(remaining) == state


def test_timer_colours_come_from_the_theme():
    hc = load_theme("high-contrast")
    assert timer_colours(-30, hc) == (hc.colours["timer_over_text"], hc.colours["timer_over"])
    assert timer_colours(60, "light") != timer_colours(600, "light")
    assert format_timer(725) == "12:05"
    assert format_timer(59) == "0:59"
    assert format_timer(-90) == "+1:30"
