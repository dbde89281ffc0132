"""Joining with the code, the PIN for a second device, saving answers once, following stages."""

from __future__ import annotations

import time

from workshop_app.lan import auth
from workshop_app.lan.server import EntryServer

STAGE = "stakeholders"


def wait_for(condition, timeout: float = 3.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def test_codes_avoid_lookalike_characters_and_ignore_case():
    codes = {auth.new_code() for _ in range(300)}
    assert len(codes) == 300
    assert all(len(c) == 6 and not set(c) & set("0O1IL") for c in codes)
    assert auth.code_matches(" ab-c2de ", "ABC2DE")
    assert not auth.code_matches("ABC2DF", "ABC2DE")


def test_an_event_keeps_its_code_from_one_opening_to_the_next(store, groups, tmp_path, plan):
    """Closing entry disconnected nobody's phone on purpose: the code stays the event's, and
    another event gets one of its own."""
    from workshop_app.store import EventStore

    server = EntryServer(store.path)
    first = server.start("127.0.0.1", 0).code
    server.stop()
    second = server.start("127.0.0.1", 0).code
    server.stop()
    assert first == second
    with EventStore.create(tmp_path / "Other.workshop", plan, "Other") as other:
        other_server = EntryServer(other.path)
        third = other_server.start("127.0.0.1", 0).code
        other_server.stop()
    assert third != first


def test_first_device_gets_in_and_a_second_needs_the_pin(entry, device, store, groups):
    _, info = entry
    harbour = groups[0]
    first = device()
    assert first.join(info.code.lower(), harbour.id).status == 303
    page = first.get("/")
    assert "Harbour Legal Aid" in page.body and harbour.pin in page.body

    second = device()
    refused = second.join(info.code, harbour.id)
    assert refused.status == 403 and "PIN" in refused.body
    wrong = "0000" if harbour.pin != "0000" else "1111"
    mistyped = second.join(info.code, harbour.id, pin=wrong)  # typed, but wrong: say so
    assert mistyped.status == 403 and "That PIN is not right" in mistyped.body
    assert "stage" not in second.get("/").body.split("<main>")[1][:200].lower()
    assert second.join(info.code, harbour.id, pin=harbour.pin).status == 303
    assert len([d for d in store.devices() if d["group_id"] == harbour.id]) == 2


def test_a_saved_answer_is_in_the_file_and_a_resent_edit_is_stored_once(
    entry, device, store, groups
):
    _, info = entry
    phone = device()
    phone.join(info.code, groups[0].id)
    first = phone.save(groups[0].id, STAGE, "served", "Families in the harbour district", "e-1")
    assert first.status == 200 and first.json()["revision"] == 1
    again = phone.save(groups[0].id, STAGE, "served", "Families in the harbour district", "e-1")
    assert again.json() == {**first.json(), "duplicate": True}
    assert store.answer_text(groups[0].id, STAGE, "served") == "Families in the harbour district"
    assert len(store.answer_history(groups[0].id, STAGE, "served")) == 1
    assert store.answer(groups[0].id, STAGE, "served").source == "browser"


def test_the_plain_form_works_without_javascript(entry, device, store, groups):
    _, info = entry
    store.set_current_stage(STAGE)
    laptop = device()
    laptop.join(info.code, groups[1].id)
    wait_for(lambda: "Whom does your organization serve?" in laptop.get("/").body)
    reply = laptop.post_form(
        "/save",
        {
            "group_id": groups[1].id,
            "stage_id": STAGE,
            "edit": "n1",
            "a.served": "Young people",
            "a._notes": "ask Ana",
        },
    )
    assert reply.status == 303 and reply.headers["location"].startswith("/?saved=")
    assert "Saved" in laptop.get(reply.headers["location"]).body
    assert store.answer_text(groups[1].id, STAGE, "served") == "Young people"
    assert store.notes(groups[1].id, STAGE) == "ask Ana"


def test_the_page_follows_the_stage_the_console_sets(entry, device, store, groups):
    _, info = entry
    phone = device()
    phone.join(info.code, groups[0].id)
    assert "Objectives" in phone.get("/").body
    store.set_current_stage("report_back")
    state = wait_for(
        lambda: (s := phone.get("/api/state").json())["stage"]["id"] == "report_back" and s
    )
    assert state["stage"]["title"] == "Report back"
    assert "Which part came most easily?" in phone.get("/").body


def test_a_busy_port_moves_to_the_next_one_and_says_so(store, groups):
    first, second = EntryServer(store.path), EntryServer(store.path)
    taken = first.start("127.0.0.1", 0)
    try:
        info = second.start("127.0.0.1", taken.port)
        assert info.port != taken.port and str(taken.port) in info.note
        second.stop()
    finally:
        first.stop()


def test_closing_frees_the_port(store, groups):
    server = EntryServer(store.path)
    port = server.start("127.0.0.1", 0).port
    server.stop()
    again = server.start("127.0.0.1", port)
    assert again.port == port and not again.note
    server.stop()


def test_browser_changes_reach_the_callback(store, groups, client_for):
    seen = []
    server = EntryServer(store.path, on_change=seen.append)
    info = server.start("127.0.0.1", 0)
    try:
        phone = client_for(info.port)
        phone.join(info.code, groups[0].id)
        phone.save(groups[0].id, STAGE, "served", "x", "e-9")
        wait_for(lambda: any(c.what == "answer" and c.source == "browser" for c in seen))
        assert any(c.what == "device" for c in seen)
    finally:
        server.stop()


def test_closing_ends_open_event_streams_promptly(store, groups, client_for):
    import http.client

    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    phone = client_for(info.port)
    phone.join(info.code, groups[0].id)
    conn = http.client.HTTPConnection("127.0.0.1", info.port, timeout=10)
    conn.request("GET", "/events", headers={"Cookie": f"wa_session={phone.cookies['wa_session']}"})
    stream = conn.getresponse()
    assert stream.status == 200 and stream.headers["Content-Type"].startswith("text/event-stream")
    assert stream.readline().startswith(b"retry:")
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 3 and not server.running
    conn.close()


def test_the_address_list_ends_with_loopback_and_the_default_comes_first():
    from workshop_app.lan import net

    found = net.local_addresses()
    assert found[-1] == "127.0.0.1" and len(found) == len(set(found))
    assert net.default_address() == found[0]


def test_a_device_is_seen_again_after_a_while(entry, device, groups, store, monkeypatch):
    from workshop_app.lan import views

    phone = device()
    assert phone.join(entry[1].code, groups[0].id).status == 303
    (row,) = store.devices()
    monkeypatch.setattr(views, "TOUCH_SECONDS", 0.0)  # every request counts as "seen"
    time.sleep(0.01)
    assert phone.get("/api/state").status == 200
    wait_for(lambda: store.devices()[0]["last_seen"] > row["last_seen"])
