"""The console's participant-entry panel: open/close, code and QR, devices with revoke, and
answers from devices arriving live without blocking the GUI thread."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from workshop_app.store import Change
from workshop_app.ui.context import AppContext
from workshop_app.ui.entry_panel import EntryPanel
from workshop_app.ui.settings import Settings

STAGE = "stakeholders"


class Quiet:
    def __init__(self):
        self.messages = []

    def warn(self, title, message):
        self.messages.append((title, message))

    inform = warn


@pytest.fixture
def panel(qtbot, store, groups, tmp_path):
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings"), Quiet())
    ctx.attach(store)
    widget = EntryPanel(ctx)
    qtbot.addWidget(widget)
    yield widget
    widget.close_entry()
    ctx.attach(None)


def test_opening_shows_code_and_qr_and_tells_the_room(panel, qtbot):
    panel.open_entry("127.0.0.1", 0)
    code = panel.code_label.text()
    assert len(code) == 6 and panel.url_label.text().startswith("http://127.0.0.1:")
    assert not panel.qr.pixmap().isNull()
    assert panel.ctx.room.entry == {"url": panel.server.info.url, "code": code}
    assert panel.ctx.lan is panel.server
    port = panel.server.info.port
    panel.toggle.click()
    assert not panel.is_open and panel.ctx.room.entry is None and panel.code_label.text() == ""
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))


def test_devices_and_answers_arrive_live_and_literally(panel, qtbot, groups, client_for):
    panel.open_entry("127.0.0.1", 0)
    phone = client_for(panel.server.info.port)
    phone.join(panel.code_label.text(), groups[0].id)
    qtbot.waitUntil(lambda: panel.devices.topLevelItem(0).childCount() == 1, timeout=2000)
    assert groups[0].pin in panel.devices.topLevelItem(0).text(1)
    from workshop_app.ui.widgets import local_time

    def shown_is_stored() -> bool:  # the laptop's clock; the phone may be seen again meanwhile
        (device,) = panel.ctx.store.devices()
        seen = local_time(device["last_seen"] or device["created_at"])
        return panel.devices.topLevelItem(0).child(0).text(1) == f"seen {seen}"

    qtbot.waitUntil(shown_is_stored, timeout=3000)

    typed = "<script>alert(1)</script>"
    started = time.monotonic()
    assert phone.save(groups[0].id, STAGE, "served", typed, "e-1").status == 200
    qtbot.waitUntil(lambda: typed in panel.live.text(), timeout=2000)
    assert time.monotonic() - started < 1.0
    assert "Harbour Legal Aid" in panel.live.text()
    # a map (or a draft, action items) saved on the phone shows up too, not only answers
    from workshop_app.kinds.stakeholders import model as sh

    other = panel.ctx.store.sibling()
    try:
        sh.save(other, groups[0].id, [sh.Stakeholder("Board", "approvers")], source="browser")
    finally:
        other.close()
    panel.ctx.changes.report(Change("record", groups[0].id, None, "stakeholders", 1, "browser"))
    qtbot.waitUntil(lambda: "stakeholder map" in panel.live.text(), timeout=2000)
    assert "Harbour Legal Aid" in panel.live.text()
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        panel.resize(420, 760)
        panel.grab().save(str(Path(folder) / "entry-panel.png"))


def test_revoking_a_device_disconnects_it(panel, qtbot, groups, client_for):
    panel.open_entry("127.0.0.1", 0)
    phone = client_for(panel.server.info.port)
    phone.join(panel.code_label.text(), groups[0].id)
    qtbot.waitUntil(lambda: panel.devices.topLevelItem(0).childCount() == 1, timeout=2000)
    panel.devices.setCurrentItem(panel.devices.topLevelItem(0).child(0))
    assert panel.revoke.isEnabled()
    panel.revoke.click()
    assert panel.devices.topLevelItem(0).childCount() == 0
    assert phone.save(groups[0].id, STAGE, "served", "after", "e-2").status == 403


def test_letting_participants_add_their_organization(panel, qtbot, store, client_for):
    panel.allow_new.setChecked(True)
    panel.open_entry("127.0.0.1", 0)
    phone = client_for(panel.server.info.port)
    phone.get("/")
    reply = phone.post_form(
        "/join", {"code": panel.code_label.text(), "group_id": "", "new_org": "Riverside Clinic"}
    )
    assert reply.status == 303
    assert "Riverside Clinic" in [g.name for g in store.groups()]
    qtbot.waitUntil(lambda: panel.devices.topLevelItemCount() == 3, timeout=2000)


def test_after_the_workshop_has_ended_entry_does_not_open_again(panel, store):
    """Opening it would put a fresh code on the projector that only leads to "The workshop has
    ended": the facilitator is told instead, and the room shows no code."""
    store.end_workshop()
    panel.open_entry("127.0.0.1", 0)
    assert not panel.is_open
    assert panel.ctx.room.entry is None and panel.code_label.text() == ""
    [(title, message)] = panel.ctx.interaction.messages
    assert "ended" in title + message


def test_the_device_list_gets_the_room_beside_a_small_qr_code(panel, qtbot):
    """The projector shows the big QR code; in the console's side panel a tall one left room
    for only about three device rows."""
    panel.resize(420, 760)
    panel.show()
    qtbot.waitExposed(panel)
    panel.open_entry("127.0.0.1", 0)
    qtbot.waitUntil(lambda: panel.devices.height() > 0)
    assert panel.qr.pixmap().height() <= 140
    row = panel.devices.sizeHintForRow(0) or 20
    assert panel.devices.viewport().height() >= 12 * row, (panel.devices.height(), row)


def test_what_devices_saved_before_shows_instead_of_none_yet(qtbot, store, groups, tmp_path):
    store.save_answer(groups[0].id, STAGE, "served", "Youth drop-in", source="browser")
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings"), Quiet())
    ctx.attach(store)
    widget = EntryPanel(ctx)
    qtbot.addWidget(widget)
    try:
        assert "No answers from devices yet" not in widget.live.text()
        assert "Saved from devices earlier: 1" in widget.live.text()
        assert groups[0].name in widget.live.text()
    finally:
        ctx.attach(None)


def test_a_short_side_panel_scrolls_rather_than_cutting_the_qr_code(
    panel, qtbot, groups, client_for
):
    """Walk-through at 1280×720: with a phone joined and its answer shown, the side panel's
    QR code was cut at the top and bottom (the panel had less height than its contents)."""
    panel.resize(340, 330)
    panel.show()
    qtbot.waitExposed(panel)
    panel.open_entry("127.0.0.1", 0)
    phone = client_for(panel.server.info.port)
    phone.join(panel.code_label.text(), groups[0].id)
    typed = "Outreach staff message clients from the agency's work phones; " * 3
    assert phone.save(groups[0].id, STAGE, "served", typed, "e-1").status == 200
    qtbot.waitUntil(lambda: "Outreach staff" in panel.live.text(), timeout=2000)
    qtbot.waitUntil(lambda: panel.devices.topLevelItem(0).childCount() == 1, timeout=2000)
    qtbot.wait(50)  # the layout settles
    pixmap = panel.qr.pixmap()
    assert panel.qr.height() >= pixmap.height() / pixmap.devicePixelRatio()
    assert panel.live.height() >= panel.live.sizeHint().height()  # the answer in full too
