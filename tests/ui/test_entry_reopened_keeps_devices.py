"""Closing participant entry, or quitting the app, and opening it again for the same event keeps
the event code and every device that joined: a phone's cookie (and the page it has open) saves
again, the console still lists it. Only the facilitator ends a device: Disconnect, or End
workshop."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit import Client, ScriptedInteraction
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app.lan import net
from workshop_app.store import EventStore
from workshop_app.ui.app import build_window

STAGE = "stakeholders"


@pytest.fixture
def event_file(tmp_path: Path, plan) -> tuple[Path, list[int]]:
    path = tmp_path / "Spring.workshop"
    with EventStore.create(path, plan, "Spring workshop") as store:
        ids = [store.add_group("Harbour Legal Aid").id, store.add_group("Cedar Clinic").id]
    return path, ids


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel offers this machine's addresses; the test's phones are on loopback."""
    monkeypatch.setattr(net, "local_addresses", lambda: [net.LOOPBACK])


def press_ctrl_shift_e(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def device_rows(panel) -> list[str]:
    rows = []
    for i in range(panel.devices.topLevelItemCount()):
        group = panel.devices.topLevelItem(i)
        rows += [group.child(j).text(0) for j in range(group.childCount())]
    return rows


def open_console(qtbot, tmp_path: Path, path: Path):
    from workshop_app.ui.settings import Settings

    window = build_window(Settings.throwaway(tmp_path / "settings"), ScriptedInteraction())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_event(path)
    return window


def test_closing_and_reopening_entry_keeps_the_code_and_the_devices(qtbot, tmp_path, event_file):
    path, (harbour, cedar) = event_file
    window = open_console(qtbot, tmp_path, path)
    try:
        press_ctrl_shift_e(qtbot, window)
        panel = window.entry_panel
        assert panel.is_open
        code, port = panel.code_label.text(), panel.server.info.port
        phone, laptop = Client(port), Client(port)
        assert phone.join(code, harbour).status == 303
        assert laptop.join(code, cedar).status == 303
        assert phone.save(harbour, STAGE, "served", "Tenants", "e-1").status == 200
        qtbot.waitUntil(lambda: len(device_rows(panel)) == 2, timeout=3000)

        press_ctrl_shift_e(qtbot, window)  # close participant entry
        assert not panel.is_open and window.ctx.room.entry is None
        assert len(device_rows(panel)) == 2  # still joined, still listed

        press_ctrl_shift_e(qtbot, window)  # and open it again
        assert panel.is_open
        assert panel.code_label.text() == code
        assert window.ctx.room.entry["code"] == code
        phone.port = laptop.port = panel.server.info.port
        # the page left open on the phone saves with what it had: its cookie and its CSRF token
        assert phone.save(harbour, STAGE, "served", "Tenants, landlords", "e-2").status == 200
        assert window.ctx.store.answer_text(harbour, STAGE, "served") == "Tenants, landlords"
        page = laptop.get("/")
        assert page.status == 200 and "Cedar Clinic" in page.body
        assert "Code shown on the projector" not in page.body
        assert len(device_rows(panel)) == 2
    finally:
        window.close()


def test_quitting_and_starting_again_keeps_the_code_and_the_devices(qtbot, tmp_path, event_file):
    path, (harbour, _cedar) = event_file
    window = open_console(qtbot, tmp_path, path)
    press_ctrl_shift_e(qtbot, window)
    code = window.entry_panel.code_label.text()
    phone = Client(window.entry_panel.server.info.port)
    assert phone.join(code, harbour).status == 303
    assert phone.save(harbour, STAGE, "served", "Tenants", "e-1").status == 200
    window.close()  # quitting: the event closes, entry with it
    assert window.ctx.store is None

    again = open_console(qtbot, tmp_path, path)  # the app started again on the same file
    try:
        press_ctrl_shift_e(qtbot, again)
        panel = again.entry_panel
        assert panel.is_open and panel.code_label.text() == code
        assert len(device_rows(panel)) == 1
        phone.port = panel.server.info.port
        assert phone.save(harbour, STAGE, "served", "Tenants, landlords", "e-2").status == 200
        assert again.ctx.store.answer_text(harbour, STAGE, "served") == "Tenants, landlords"
        assert "Code shown on the projector" not in phone.get("/").body
    finally:
        again.close()


def test_a_disconnected_device_stays_out_after_reopening(qtbot, tmp_path, event_file):
    path, (harbour, _cedar) = event_file
    window = open_console(qtbot, tmp_path, path)
    try:
        press_ctrl_shift_e(qtbot, window)
        panel = window.entry_panel
        phone = Client(panel.server.info.port)
        assert phone.join(panel.code_label.text(), harbour).status == 303
        qtbot.waitUntil(lambda: len(device_rows(panel)) == 1, timeout=3000)
        panel.devices.setCurrentItem(panel.devices.topLevelItem(0).child(0))
        panel.revoke.click()
        press_ctrl_shift_e(qtbot, window)
        press_ctrl_shift_e(qtbot, window)
        phone.port = panel.server.info.port
        assert phone.save(harbour, STAGE, "served", "after", "e-3").status == 403
        assert device_rows(panel) == []
    finally:
        window.close()
