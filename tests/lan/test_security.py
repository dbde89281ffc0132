"""Each refusal the issue lists, over raw HTTP, with the status a browser or script would get."""

from __future__ import annotations

import logging
import time

import pytest

from workshop_app.lan.server import EntryServer

STAGE = "stakeholders"


@pytest.fixture
def joined(entry, device, groups):
    phone = device()
    assert phone.join(entry[1].code, groups[0].id).status == 303
    return phone


def test_every_response_carries_the_strict_headers(joined):
    for path in ("/", "/static/app.js", "/api/state", "/nowhere"):
        headers = joined.get(path).headers
        csp = headers["content-security-policy"]
        # a page may load its own files; a reply of data (JSON) may load nothing at all
        json = headers["content-type"].startswith("application/json")
        assert ("default-src 'none'" if json else "default-src 'self'") in csp
        assert "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert "server" not in headers  # nor what it runs on
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script(joined):
    page = joined.get("/").body
    assert page.count("<script") == page.count('<script src="/assets/')
    assert " on" not in page.replace(" one", "").split("<body>")[1].split(">")[0]


def test_session_cookie_is_httponly_and_samesite_strict(entry, device, groups):
    phone = device()
    phone.get("/")
    reply = phone.post_form("/join", {"code": entry[1].code, "group_id": groups[0].id})
    (cookie,) = [c for c in reply.set_cookies if c.startswith("wa_session=")]
    assert "wa_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    token = phone.cookies["wa_session"]
    assert len(token) >= 22  # 128 bits, base64url


def test_a_post_without_the_csrf_token_is_refused(entry, device, groups, joined):
    stranger = device()
    stranger.get("/")
    no_token = stranger.post_form(
        "/join", {"code": entry[1].code, "group_id": groups[1].id}, csrf=False
    )
    assert no_token.status == 403
    joined.csrf = "0" * 32
    assert joined.save(groups[0].id, STAGE, "served", "x").status == 403


def test_a_foreign_origin_is_refused(joined, groups):
    reply = joined.save(groups[0].id, STAGE, "served", "x")
    assert reply.status == 200
    foreign = joined.post_json(
        "/api/answer",
        {"group_id": groups[0].id, "stage_id": STAGE, "prompt_id": "served", "text": "y"},
        headers={"Origin": "http://evil.example"},
    )
    assert foreign.status == 403
    cross_site = joined.post_json(
        "/api/answer",
        {"group_id": groups[0].id, "stage_id": STAGE, "prompt_id": "served", "text": "z"},
        headers={"Origin": "null", "Sec-Fetch-Site": "cross-site"},
    )
    assert cross_site.status == 403


def test_a_foreign_host_is_refused(joined):
    assert joined.get("/", Host="attacker.example:8765").status == 400
    assert joined.get("/", Host="localhost").status == 200


def test_a_body_past_the_answer_limit_is_refused(joined, groups):
    reply = joined.save(groups[0].id, STAGE, "served", "x" * 300_000)
    assert reply.status == 413 and "Too much text" in reply.body
    too_long = joined.save(groups[0].id, STAGE, "served", "x" * 100_000)  # fits, but too long
    assert too_long.status == 400 and "the limit is 20,000" in too_long.json()["error"]


def test_twenty_wrong_codes_end_in_429(entry, device, groups):
    guesser = device()
    guesser.get("/")
    statuses = [
        guesser.post_form("/join", {"code": f"WRONG{i}", "group_id": groups[0].id}).status
        for i in range(20)
    ]
    assert statuses[:10] == [403] * 10 and set(statuses[10:]) == {429}
    right = guesser.post_form("/join", {"code": entry[1].code, "group_id": groups[0].id})
    assert right.status == 429  # even the right code waits out the minute


def test_another_groups_ids_are_refused(joined, groups, store):
    other = groups[1].id
    assert joined.save(other, STAGE, "served", "forged").status == 403
    assert joined.get(f"/api/state?group_id={other}").status == 403
    form = joined.post_form("/save", {"group_id": other, "stage_id": STAGE, "a.served": "forged"})
    assert form.status == 403
    assert joined.save(groups[0].id, STAGE, "no_such_prompt", "x").status == 404
    assert joined.save(groups[0].id, "no_such_stage", "served", "x").status == 404
    assert store.answers(other) == []


def test_a_revoked_device_is_refused(joined, groups, store):
    assert joined.save(groups[0].id, STAGE, "served", "before").status == 200
    (device_row,) = store.devices()
    store.revoke_device(device_row["id"])
    assert joined.save(groups[0].id, STAGE, "served", "after").status == 403
    assert joined.get("/api/state").status == 403
    assert "Join the workshop" in joined.get("/").body
    assert store.answer_text(groups[0].id, STAGE, "served") == "before"


def test_a_token_outlives_closing_entry_but_not_disconnect_or_the_end(store, groups, client_for):
    """Closing entry (or quitting) pauses it: the same device carries on when it opens again.
    Only the facilitator ends a session: Disconnect, or End workshop."""
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    phone, laptop = client_for(info.port), client_for(info.port)
    phone.join(info.code, groups[0].id)
    laptop.join(info.code, groups[1].id)
    assert phone.save(groups[0].id, STAGE, "served", "open").status == 200
    server.stop()
    info = server.start("127.0.0.1", info.port)
    try:
        phone.port = laptop.port = info.port
        assert phone.save(groups[0].id, STAGE, "served", "reopened").status == 200
        stranger = client_for(info.port)
        stranger.get("/")
        refused = stranger.post_form("/join", {"code": "ABCDEF", "group_id": groups[0].id})
        assert refused.status == 403
        phone_row = next(d for d in store.devices() if d["group_id"] == groups[0].id)
        store.revoke_device(phone_row["id"])
        assert phone.save(groups[0].id, STAGE, "served", "revoked").status == 403
        store.end_workshop()
    finally:
        server.stop()
    info = server.start("127.0.0.1", info.port)
    try:
        laptop.port = info.port
        assert laptop.save(groups[1].id, STAGE, "served", "ended").status == 410
        assert store.devices() == []
    finally:
        server.stop()


def test_nothing_works_once_the_event_has_ended(joined, entry, groups, store, device):
    store.end_workshop()
    deadline = time.monotonic() + 3
    while joined.save(groups[0].id, STAGE, "served", "late").status != 403:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    newcomer = device()
    newcomer.get("/")
    assert (
        newcomer.post_form("/join", {"code": entry[1].code, "group_id": groups[1].id}).status == 403
    )


def test_markup_typed_as_an_answer_shows_literally(joined, groups, store):
    store.set_current_stage(STAGE)
    typed = "<script>alert(1)</script>"
    assert joined.save(groups[0].id, STAGE, "served", typed).status == 200
    deadline = time.monotonic() + 3
    while "Whom does your organization serve?" not in (page := joined.get("/").body):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and typed not in page
    assert store.answer_text(groups[0].id, STAGE, "served") == typed


def test_answer_text_never_reaches_the_logs(joined, groups, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    secret = "Client Jane Roe was evicted on Tuesday"
    assert joined.save(groups[0].id, STAGE, "served", secret).status == 200
    joined.post_form("/save", {"group_id": groups[0].id, "stage_id": STAGE, "a.reach": secret})
    joined.save(groups[0].id, STAGE, "served", secret * 2000)  # refused: too long
    out, err = capfd.readouterr()
    assert secret not in caplog.text and secret not in out and secret not in err


def test_another_groups_record_is_refused(joined, groups, store):
    other = groups[1].id
    from workshop_app.kinds.stakeholders import model as sh

    category = sh.categories(store.plan)[0].id
    forged = {"group_id": other, "data": [{"name": "Forged", "category": category}]}
    assert (
        joined.post_json("/api/record/stakeholders", {**forged, "group_id": groups[0].id}).status
        == 200
    )
    assert joined.post_json("/api/record/stakeholders", forged).status == 403
    assert store.record(other, "stakeholders") is None


def test_a_chunked_body_over_the_limit_is_refused(joined, groups):
    """Without a Content-Length the body is still cut off at the route's limit."""
    import http.client
    import json

    conn = http.client.HTTPConnection("127.0.0.1", joined.port, timeout=10)
    body = json.dumps(
        {"group_id": groups[0].id, "stage_id": STAGE, "prompt_id": "served", "text": "x" * 300_000}
    ).encode()
    headers = {
        "Host": f"127.0.0.1:{joined.port}",
        "Cookie": "; ".join(f"{k}={v}" for k, v in joined.cookies.items()),
        "Content-Type": "application/json",
        "X-CSRF-Token": joined.csrf,
    }
    conn.request("POST", "/api/answer", body=iter([body]), headers=headers, encode_chunked=True)
    assert conn.getresponse().status == 413
    conn.close()
    assert joined.get("/api/state").json()["answers"] == {}


def test_the_stream_says_what_changed_without_the_text(entry, device, groups):
    """Another device's save reaches a page as a short message (no text, no page re-fetch)."""
    import http.client

    _, info = entry
    first, second = device(), device()
    first.join(info.code, groups[0].id)
    second.join(info.code, groups[0].id, pin=groups[0].pin)
    conn = http.client.HTTPConnection("127.0.0.1", info.port, timeout=10)
    conn.request("GET", "/events", headers={"Cookie": f"wa_session={second.cookies['wa_session']}"})
    stream = conn.getresponse()
    assert stream.readline().startswith(b"retry:")
    first.save(groups[0].id, STAGE, "served", "A secret answer text", "edit-77")
    lines = []
    while not any(line.startswith(b"data:") for line in lines):
        lines.append(stream.readline())
    data = next(line for line in lines if line.startswith(b"data:"))
    assert (
        b'"what": "answer"' in data and b'"key": "served"' in data and b'"edit": "edit-77"' in data
    )
    assert b"secret" not in data and len(data) < 200
    conn.close()
    one = second.get(f"/api/answer?stage={STAGE}&prompt=served").json()
    assert one["text"] == "A secret answer text" and one["revision"] == 1


def test_a_gzipped_record_is_read_like_a_plain_one(joined, groups, store):
    """The page gzips a large record (a whole draft) before sending it."""
    import gzip
    import json

    data = {"group_id": groups[0].id, "data": [{"name": "Board", "category": "approvers"}]}
    body = gzip.compress(json.dumps(data).encode())
    headers = {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        "X-CSRF-Token": joined.csrf,
    }
    reply = joined.request("POST", "/api/record/stakeholders", body, headers)
    assert reply.status == 200, reply.body
    assert store.record(groups[0].id, "stakeholders").data[0]["name"] == "Board"
