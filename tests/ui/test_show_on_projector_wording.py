"""Every console button that puts something on the room's screen is worded one way:
"Show … on projector"."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPushButton

PATTERN = re.compile(r"Show( [a-z]+)? on projector")


def test_every_show_button_in_the_demo_says_on_projector(window):
    window.welcome.demo_button.click()
    console = window.console
    seen: dict[str, set[str]] = {}
    for stage in ("stakeholders", "drafting", "report_back"):
        console.go_to(stage)
        texts = {
            b.text() for b in console.page.findChildren(QPushButton) if b.text().startswith("Show")
        }
        seen[stage] = texts
    assert seen == {
        "stakeholders": {"Show on projector", "Show map on projector"},
        "drafting": {"Show on projector", "Show draft on projector"},
        "report_back": {"Show on projector", "Show cards on projector"},
    }
    assert all(PATTERN.fullmatch(t) for texts in seen.values() for t in texts)
