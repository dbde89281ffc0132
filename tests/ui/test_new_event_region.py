"""New event: the region (which laws and guidance the clause notes cite) and the facilitator (the
exports' author) are chosen in the dialog, typed and picked with real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.usefixtures("plain_stages")


def _fill(title: str, facilitator: str | None, region_keys: int, seen: dict):
    def fill(dialog) -> bool:
        dialog.show()
        seen["regions"] = [dialog.region.itemText(i) for i in range(dialog.region.count())]
        seen["region"] = dialog.region.currentText()
        seen["facilitator"] = dialog.facilitator.text()
        QTest.keyClicks(dialog.title, title)
        if facilitator is not None:
            dialog.facilitator.setFocus()
            dialog.facilitator.selectAll()
            QTest.keyClicks(dialog.facilitator, facilitator)
        dialog.region.setFocus()
        for _ in range(region_keys):
            QTest.keyClick(dialog.region, Qt.Key.Key_Down)
        seen["picked"] = dialog.region.currentText()
        return True

    return fill


def test_the_dialog_sets_the_region_and_the_facilitator(window, interaction, settings, tmp_path):
    seen: dict = {}
    interaction.dialog_handlers.append(_fill("Leeds clinic day", "Priya Shah", 1, seen))
    window.actions_by_name["new_event"].trigger()
    assert seen["regions"] == ["United States", "United Kingdom"]
    assert seen["region"] == "United States"  # the plan's own region comes first
    assert seen["facilitator"] == ""
    assert seen["picked"] == "United Kingdom"
    store = window.ctx.store
    assert store.region == "uk"
    assert store.event().facilitator == "Priya Shah"
    drafting = store.plan.stage_of_kind("drafting")
    notes = " ".join(c.why for c in drafting.clauses)
    assert "GMC" in notes and "UK GDPR" in notes
    # the exports name the facilitator as their author
    import docx

    from workshop_app.export import summary, worksheet

    group = store.add_group("Leeds Clinic")
    sheet = worksheet.write_worksheet(store, group, tmp_path / "sheet.docx")
    report = summary.write_summary(store, tmp_path / "summary.docx")
    for path in (sheet, report):
        assert docx.Document(str(path)).core_properties.author == "Priya Shah"
    window.actions_by_name["close_event"].trigger()

    # the next event starts with the name typed last; the region with the plan's own
    seen = {}
    interaction.dialog_handlers.append(_fill("Springfield clinic day", None, 0, seen))
    window.actions_by_name["new_event"].trigger()
    assert seen["facilitator"] == "Priya Shah"
    assert seen["region"] == "United States"
    store = window.ctx.store
    assert store.region == "us" and store.event().facilitator == "Priya Shah"
    notes = " ".join(c.why for c in store.plan.stage_of_kind("drafting").clauses)
    for body in ("GMC", "LMC", "NMC"):
        assert body not in notes
    assert settings.get("facilitator_name") == "Priya Shah"
