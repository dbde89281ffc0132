"""The welcome screen's recent events say their date readable, in the console's language."""

from __future__ import annotations

from workshop_app.store import EventStore
from workshop_app.ui import i18n
from workshop_app.ui.welcome import WelcomePage


def _recent_line(qtbot, tmp_path, plan) -> str:
    path = tmp_path / "Cedar.workshop"
    EventStore.create(path, plan, "Cedar workshop", date="2027-01-10").close()
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show_recent([path])
    return page.recent.item(0).text().splitlines()[0]


def test_the_recent_event_date_is_readable_in_english(qtbot, qapp, tmp_path, plan):
    i18n.install("en", qapp)
    assert _recent_line(qtbot, tmp_path, plan) == "Cedar workshop · 10 Jan 2027"


def test_the_recent_event_date_is_in_spanish_in_a_spanish_console(qtbot, qapp, tmp_path, plan):
    i18n.install("es", qapp)
    try:
        assert _recent_line(qtbot, tmp_path, plan) == "Cedar workshop · 10 ene 2027"
    finally:
        i18n.install("en", qapp)
