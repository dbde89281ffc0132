"""Ending the workshop from the console: codes and device links are refused afterwards, the
exports are offered, and the device records can be removed (answers stay)."""

from __future__ import annotations

from pathlib import Path

from workshop_app.ui.context import AppContext
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.settings import Settings

STAGE = "stakeholders"


class Answers(Interaction):
    def __init__(self, confirms: list[bool], folder: Path | None = None) -> None:
        super().__init__(None)
        self.confirms = confirms
        self.folder = folder
        self.asked: list[str] = []

    def confirm(self, title, message, yes="OK", no="Cancel", icon=None, default="yes"):
        self.asked.append(title)
        return self.confirms.pop(0)

    def choose_folder(self, title, folder):
        self.asked.append(title)
        return self.folder

    def inform(self, title, message):
        self.asked.append(title)

    def warn(self, title, message):
        raise AssertionError(f"{title}: {message}")


def console(store, tmp_path: Path, interaction: Interaction) -> AppContext:
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings.ini"), interaction)
    ctx.attach(store)
    return ctx


def test_ending_refuses_codes_and_tokens_and_offers_exports(
    qtbot, entry, device, groups, store, tmp_path
):
    from workshop_app.ui.end_workshop import end_workshop

    server, info = entry
    phone = device()
    assert phone.join(info.code, groups[0].id).status == 303
    assert phone.save(groups[0].id, STAGE, "served", "Tenants").status == 200
    assert phone.get("/api/state").status == 200
    out = tmp_path / "out"
    ctx = console(store, tmp_path, Answers([True, True, True], out))
    ctx.lan = server
    ctx.room.set_entry({"url": info.url, "code": info.code})

    ended = end_workshop(ctx)

    assert ended is not None and ended.ended_at == store.event().ended_at
    assert not server.running and ctx.lan is None and ctx.room.entry is None
    assert ctx.interaction.asked == [
        "End the workshop?",
        "Export the worksheets?",
        "Folder for the worksheets and the summary",
        "Exported",
        "Remove the device records?",
    ]
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and any("session summary" in n for n in names)
    assert ended.devices_removed and store.devices(include_revoked=True) == []
    assert store.answer_text(groups[0].id, STAGE, "served") == "Tenants"

    # even if entry is opened again, the old link and the code are refused
    again = server.start("127.0.0.1", 0)
    phone.port = again.port
    state = phone.get("/api/state")  # a GET: refused for the token alone, not for CSRF
    assert state.status == 410 and "The workshop has ended" in state.body
    late = phone.save(groups[0].id, STAGE, "served", "late")
    assert late.status == 410 and late.json()["ended"] is True
    newcomer = device()
    newcomer.port = again.port
    page = newcomer.get("/")
    assert page.status == 410 and "The workshop has ended" in page.body
    reply = newcomer.post_form("/join", {"code": again.code, "group_id": groups[1].id})
    assert reply.status == 410 and "The workshop has ended" in reply.body
    # the plain form (no JavaScript) says so too, and hands back what it was sent
    form = phone.post_form("/save", {"stage_id": STAGE, "a.served": "Typed after the end"})
    assert form.status == 410 and "The workshop has ended" in form.body
    assert "Not connected" not in form.body and "Typed after the end" in form.body
    for path in ("/leave", "/join"):
        assert "The workshop has ended" in phone.post_form(path, {}).body
    assert phone.get("/events").status == 410
    assert store.answer_text(groups[0].id, STAGE, "served") == "Tenants"


def test_cancelling_changes_nothing_and_keeping_devices_keeps_them(qtbot, store, groups, tmp_path):
    from workshop_app.ui.end_workshop import end_workshop

    store.add_device(groups[0].id, "hash", "Phone")
    ctx = console(store, tmp_path, Answers([False]))
    assert end_workshop(ctx) is None
    assert store.event().ended_at is None and store.device_by_token_hash("hash")
    ctx.interaction.confirms = [True, False, False]  # end; no exports; keep device records
    ended = end_workshop(ctx)
    assert ended.exported == [] and not ended.devices_removed
    assert store.event().ended_at and store.device_by_token_hash("hash") is None
    assert len(store.devices(include_revoked=True)) == 1


def event_stream(info, phone, timeout: float):
    """A joined phone's open event stream (/events): the connection and its response."""
    import http.client

    stream = http.client.HTTPConnection("127.0.0.1", info.port, timeout=timeout)
    stream.request(
        "GET",
        "/events",
        headers={
            "Host": f"127.0.0.1:{info.port}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in phone.cookies.items()),
        },
    )
    return stream, stream.getresponse()


def test_ending_tells_open_pages_before_the_server_stops(entry, device, groups):
    """A live event stream hears "ended"; a page that only polls gets "ended" (410) for a short
    grace instead of a refused connection, which it would show as "Offline" for ever."""
    import threading
    import time

    from workshop_app.lan import views

    server, info = entry
    phone = device()
    assert phone.join(info.code, groups[0].id).status == 303
    stream, events = event_stream(info, phone, timeout=10)
    assert events.status == 200 and events.readline() == b"retry: 2000\n"
    events.readline()

    started = time.monotonic()
    stopper = threading.Thread(target=server.stop, kwargs={"ended": True})
    stopper.start()
    heard = events.read().decode()  # the stream ends after its last word
    assert '"ended"' in heard and '"gone"' not in heard, heard
    state = phone.get("/api/state")  # a poll during the grace
    assert state.status == 410 and state.json()["ended"] is True
    assert state.json()["error"] == views.ENDED
    assert phone.save(groups[0].id, STAGE, "served", "late").status == 410
    stopper.join(10)
    assert not server.running and time.monotonic() - started <= 2.5
    stream.close()


def test_a_page_whose_stream_is_opening_as_the_workshop_ends_still_hears_it(
    entry, device, groups, monkeypatch
):
    """The end announced while a page's event stream is being answered (its reply on the way)
    reached no one: the page then said "closed for now" instead of "ended"."""

    from aiohttp import web

    from workshop_app.lan import views

    _, info = entry
    phone = device()
    assert phone.join(info.code, groups[0].id).status == 303
    prepare = web.StreamResponse.prepare

    async def ending_meanwhile(self, request):
        if request.path == "/events":
            views._entry(request).notify_all({"what": "ended"})
        return await prepare(self, request)

    monkeypatch.setattr(web.StreamResponse, "prepare", ending_meanwhile)
    stream, events = event_stream(info, phone, timeout=5)
    assert events.status == 200
    heard = events.read().decode()  # the stream ends after its last word (or times out)
    assert '"ended"' in heard, heard
    stream.close()
