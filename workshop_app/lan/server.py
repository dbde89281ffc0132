"""Participant entry over the room's network: the aiohttp app factory and its thread runner.

`EntryServer` runs the app in a thread of its own, with its own asyncio loop and its own store
connection; the GUI (or `workshop-app serve`) talks to it only through `start`/`stop` and the
`on_change` callback, which is called on the server's thread (the ui layer turns it into a Qt
signal). This package never imports Qt.

Safety rules kept here for every request: the Host header must name an address we serve (DNS
rebinding), bodies fit what they carry (see `body_limit`), every POST carries a CSRF token bound to the browser's
cookie and a same-origin Origin (if any), and every response carries a strict CSP. Answer text
is never logged (there is no access log; errors log only their type).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from aiohttp import web

from workshop_app import i18n, paths, text
from workshop_app.i18n import _
from workshop_app.lan import assets, auth, net, views
from workshop_app.store import Change, EventStore

T = TypeVar("T")

log = logging.getLogger(__name__)
MAX_BODY = 64 * 1024
BATCH_MAX = 200  # saves committed together at most (see EntryState._drain)
# Every answer may hold ANSWER_MAX characters of any script: 4 bytes each in UTF-8, 12 once
# percent-encoded by a form (or \uXXXX\uXXXX in JSON). The limits follow from that.
ENCODED_CHAR = 12
ANSWER_BODY = text.ANSWER_MAX * ENCODED_CHAR + 4096
RECORD_BODY = 4 * 1_000_000 + 4096  # the store keeps records of up to a million characters


def form_limit(plan) -> int:
    """The largest plain form post of any stage: every text field at its limit."""
    fields = max(
        len(s.prompts) + 1 + len(s.choices) + 2 * len(getattr(s, "clauses", ()) or ())
        for s in plan.stages
    )
    return fields * ANSWER_BODY + MAX_BODY


def body_limit(path: str, form: int) -> int:
    if path == "/save":
        return form
    if path == "/api/answer":
        return ANSWER_BODY
    if path.startswith("/api/record/"):
        return RECORD_BODY
    return MAX_BODY


POLL_SECONDS = 0.2  # how often the file is checked for the console's changes (stage, edits)
COMPRESS_FROM = 1024  # bytes: a smaller reply (an autosave's) costs more to compress than it saves
STREAM_CHANGES = 20  # more changes than this for one group in one poll: just "answers"
ENDED_GRACE_SECONDS = 1.5  # how long polls still hear "ended" after the workshop ends
LOCAL_NAMES = {"localhost", "127.0.0.1", "[::1]", "::1"}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@dataclass(frozen=True)
class EntryInfo:
    host: str
    port: int
    code: str
    note: str = ""  # e.g. "Port 8765 was busy; using 8766."

    @property
    def url(self) -> str:
        return net.url_for(self.host, self.port)


POLLER = web.AppKey("poller", asyncio.Task)


class EntryState:
    """What the handlers share: the store connection of the server thread, the code, limits."""

    def __init__(
        self,
        store: EventStore,
        code: str,
        hosts: set[str],
        on_change: Callable[[Change], None] | None = None,
        csrf_secret: bytes | None = None,
    ):
        self.store = store
        self.code = code
        self.hosts = {h.lower() for h in hosts} | LOCAL_NAMES
        self.csrf = auth.Csrf(csrf_secret)
        self.limiter = auth.RateLimiter()
        self.form_limit = form_limit(store.plan)
        self._code_given: dict[str, None] = {}  # pre cookies of browsers that gave the code
        self.on_change = on_change
        event = store.event()
        self.stage_id = event.current_stage_id
        self.ended = event.ended_at is not None
        self.listeners: dict[int, set[asyncio.Queue]] = {}
        self._data_version = store.data_version()
        self._answer_id, self._record_id, _ = store.groups_changed_since(0, 0)
        self.recent_touch: dict[int, float] = {}
        self.join_lock = asyncio.Lock()
        store.subscribe(self._changed)
        # Saves run on a writer thread with its own connection, so that while SQLite waits
        # for the disk (fsync on commit) the loop keeps serving other devices. The saves that
        # arrive while the disk is busy are committed together (see `_drain`).
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="entry-writer")
        self._pending: list[tuple[Callable[[EventStore], object], asyncio.Future]] = []
        self._pending_lock = threading.Lock()
        self._draining = False
        self._writer: EventStore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._touches: set[asyncio.Task] = set()

    def code_given(self, pre_cookie: str) -> bool:
        return pre_cookie in self._code_given

    def remember_code(self, pre_cookie: str) -> None:
        self._code_given[pre_cookie] = None
        if len(self._code_given) > 10_000:  # a flood of browsers: forget the oldest
            self._code_given.pop(next(iter(self._code_given)))

    def forget_code(self, pre_cookie: str) -> None:
        self._code_given.pop(pre_cookie, None)

    async def open_writer(self) -> None:
        self._loop = asyncio.get_running_loop()
        path = self.store.path
        self._writer = await self._loop.run_in_executor(
            self._pool, lambda: EventStore.open(path, lock=False, backup=False)
        )
        self._writer.subscribe(self._changed_on_writer)

    async def close_writer(self) -> None:
        await asyncio.gather(*self._touches, return_exceptions=True)
        if self._writer is not None and self._loop is not None:
            await self._loop.run_in_executor(self._pool, self._writer.close)
        self._pool.shutdown(wait=True)

    async def on_writer(self, job: Callable[[EventStore], T]) -> T:
        """Run ``job(store)`` on the writer thread, the only one that writes, so what it reads
        and writes is one step no other save comes between; returns once it has committed."""
        assert self._writer is not None and self._loop is not None
        done: asyncio.Future = self._loop.create_future()
        # in the request's context: its messages (a refused answer's) in the page's language
        context = contextvars.copy_context()
        with self._pending_lock:
            self._pending.append((lambda writer: context.run(job, writer), done))
            start = not self._draining
            self._draining = True
        if start:
            self._pool.submit(self._drain)
        return await done

    def _drain(self) -> None:
        """On the writer thread: run the waiting jobs in batches, one commit per batch (a group
        commit). With a disk that takes 8 ms per fsync, saves one by one top out near 120 a
        second; together they cost one wait for the disk each time round. Each job is told its
        own result or error only after its batch is on disk."""
        writer, loop = self._writer, self._loop
        assert writer is not None and loop is not None
        while True:
            with self._pending_lock:
                jobs, self._pending = self._pending[:BATCH_MAX], self._pending[BATCH_MAX:]
                if not jobs:
                    self._draining = False
                    return
            outcomes: list[tuple[asyncio.Future, object, BaseException | None]] = []
            try:
                with writer.batch():
                    for job, done in jobs:
                        try:
                            outcomes.append((done, job(writer), None))
                        except Exception as exc:  # this save alone: rolled back to its savepoint
                            outcomes.append((done, None, exc))
            except Exception as exc:  # the commit failed: none of the batch is saved
                outcomes = [(done, None, own or exc) for done, _, own in outcomes]
                outcomes += [(done, None, exc) for _, done in jobs[len(outcomes) :]]
            for done, result, error in outcomes:
                loop.call_soon_threadsafe(_settle, done, result, error)

    def touch_later(self, device_id: int) -> None:
        """Note that a device was seen, on the writer thread: the request does not wait for the
        disk, and the loop never commits on its own connection."""
        if self._loop is None:
            return
        task = self._loop.create_task(self._touch(device_id))
        self._touches.add(task)
        task.add_done_callback(self._touches.discard)

    async def _touch(self, device_id: int) -> None:
        try:
            await self.on_writer(lambda writer: writer.touch_device(device_id))
        except Exception as exc:  # a busy file: a later request tries again
            log.warning("device touch failed: %s", type(exc).__name__)

    def _changed_on_writer(self, change: Change) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._changed, change)

    def _changed(self, change: Change) -> None:
        """A commit by one of this server's connections (a participant's save or join).
        Pages hear of it through `poll`, like of the console's changes."""
        if self.on_change is not None:
            try:
                self.on_change(change)
            except Exception:  # the GUI's trouble must never fail a participant's save
                log.exception("entry change listener failed")

    def notify_group(self, group_id: int, message: dict) -> None:
        for queue in self.listeners.get(group_id, ()):
            queue.put_nowait(message)

    def notify_all(self, message: dict | None) -> None:
        for queues in self.listeners.values():
            for queue in queues:
                queue.put_nowait(message)

    async def announce_end(self, grace: float) -> None:
        """The workshop has ended: tell open event streams, then keep answering polls and saves
        with "ended" (410) for `grace` seconds, so a page that only polls learns it too rather
        than showing "Offline" once the server is gone. No grace when no device ever came."""
        self.ended = True
        had_pages = bool(self.recent_touch) or any(self.listeners.values())
        self.notify_all({"what": "ended"})
        if had_pages and grace > 0:
            await asyncio.sleep(grace)

    def poll(self) -> None:
        """Pick up what other connections (the console, our writer) committed: the stage, the
        end of the event, and which groups' answers changed; tell only the pages concerned."""
        version = self.store.data_version()
        if version == self._data_version:
            return
        self._data_version = version
        event = self.store.event()
        ended = event.ended_at is not None
        if event.current_stage_id != self.stage_id or ended != self.ended:
            self.stage_id, self.ended = event.current_stage_id, ended
            self.notify_all({"what": "stage"})
        self._answer_id, self._record_id, changes = self.store.changes_since(
            self._answer_id, self._record_id
        )
        per_group: dict[int, list[dict]] = {}
        for change in changes:
            per_group.setdefault(change.pop("group_id"), []).append(change)
        for group_id, found in per_group.items():
            if len(found) > STREAM_CHANGES:  # a flood (a restore, an import): the page re-reads
                self.notify_group(group_id, {"what": "answers"})
                continue
            for change in found:  # the change itself, so a page re-reads only what is new
                self.notify_group(group_id, change)


def _settle(done: asyncio.Future, result: object, error: BaseException | None) -> None:
    if done.cancelled():  # the device went away; what it sent is saved all the same
        return
    if error is not None:
        done.set_exception(error)
    else:
        done.set_result(result)


async def _poller(app: web.Application) -> None:
    state: EntryState = app[views.ENTRY]
    while True:
        await asyncio.sleep(POLL_SECONDS)
        try:
            state.poll()
        except Exception as exc:  # a busy or vanished file: try again on the next tick
            log.warning("entry poll failed: %s", type(exc).__name__)


async def _start_poller(app: web.Application) -> None:
    app[POLLER] = asyncio.get_running_loop().create_task(_poller(app))


async def _stop_streams(app: web.Application) -> None:
    app[POLLER].cancel()
    entry = app[views.ENTRY]
    entry.notify_all({"what": "closed"})  # pages say so, rather than "Offline" forever
    entry.notify_all(None)  # ends every open event stream


@web.middleware
async def language(request: web.Request, handler):
    """Every text of the reply in the request's language (see views.language)."""
    with i18n.using(views.language(request)):
        return await handler(request)


@web.middleware
async def guard(request: web.Request, handler):
    state: EntryState = request.app[views.ENTRY]
    host = (request.host or "").lower()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if name not in state.hosts:
        return web.Response(status=400, text=_("Unknown host name."))
    limit = body_limit(request.path, state.form_limit)
    if request.content_length is not None and request.content_length > limit:
        return web.Response(
            status=413,
            text=_("Too much text in one request (limit %(size)s KB).")
            % {"size": i18n.number(limit // 1024)},
        )
    if request.content_length is None and request.body_exists:  # chunked: cut off at the limit
        request = request.clone(client_max_size=limit)
    if state.ended and not request.path.startswith(("/static/", assets.PREFIX)):
        return await views.ended(request)
    if request.method == "POST":
        # With Referrer-Policy no-referrer, Chromium sends "Origin: null" for our own forms;
        # then the browser's Sec-Fetch-Site says whether the form was ours.
        origin = request.headers.get("Origin")
        fetch_site = request.headers.get("Sec-Fetch-Site", "same-origin")
        if (origin is not None and origin not in (f"http://{request.host}", "null")) or (
            fetch_site not in ("same-origin", "none")
        ):
            return web.Response(status=403, text=_("This form belongs to another site."))
        if not await views.csrf_ok(request):
            return web.Response(
                status=403, text=_("The form expired. Go back, reload the page and try again.")
            )
    response = await handler(request)
    if (
        isinstance(response, web.Response)
        and isinstance(response.body, bytes)
        and len(response.body) > COMPRESS_FROM
        and "Content-Encoding" not in response.headers
        and "gzip" in request.headers.get("Accept-Encoding", "")
    ):
        response.enable_compression(web.ContentCoding.gzip)
    return response


# What a reply of data (JSON, the event stream) carries: it is never a page, so its policy
# allows nothing at all, in a few bytes (the page's headers added ~400 bytes to every autosave).
DATA_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    **{k: SECURITY_HEADERS[k] for k in ("X-Content-Type-Options", "Referrer-Policy")},
}


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    data = response.content_type in ("application/json", "text/event-stream")
    response.headers.update(DATA_HEADERS if data else SECURITY_HEADERS)
    response.headers.popall("Server", None)  # "Python/3.11 aiohttp/3.x": nobody's business
    if not request.path.startswith(("/static/", assets.PREFIX)):
        response.headers["Cache-Control"] = "no-store"


def create_app(state: EntryState) -> web.Application:
    """The participant web app over one event; `state` holds its store connection and code."""
    limit = max(state.form_limit, RECORD_BODY, ANSWER_BODY)
    app = web.Application(middlewares=[language, guard], client_max_size=limit)
    app[views.ENTRY] = state
    app[views.TEMPLATES] = {}
    app[assets.ASSETS] = assets.Assets()
    app.router.add_get(assets.PREFIX + "{digest}/{name:.+}", assets.serve)
    app.on_response_prepare.append(_headers)
    app.on_startup.append(_start_poller)
    app.on_shutdown.append(_stop_streams)
    views.add_routes(app)
    app.router.add_static("/static/", paths.resource("web", "static"), append_version=False)
    return app


class EntryServer:
    """Runs participant entry in its own thread; `start` blocks until the port is bound."""

    def __init__(self, event_path: str | Path, on_change: Callable[[Change], None] | None = None):
        self.event_path = Path(event_path)
        self.on_change = on_change
        self.info: EntryInfo | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ended_grace: float | None = None  # set by stop(ended=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str | None = None, port: int = net.DEFAULT_PORT) -> EntryInfo:
        if self.running:
            raise RuntimeError("participant entry is already open")
        self._ready.clear()
        self._error = None
        host = host or net.default_address()
        self._thread = threading.Thread(
            target=self._run, args=(host, port), name="participant-entry", daemon=True
        )
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            self._thread.join(5)
            self._thread = None
            raise self._error
        assert self.info is not None
        return self.info

    def stop(self, ended: bool = False, grace: float = ENDED_GRACE_SECONDS) -> None:
        """Close entry: stop accepting, end open streams, free the port. Safe to call twice.
        `ended`: the workshop has ended; open pages are told so first (see `announce_end`),
        which takes up to `grace` seconds more."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        self._ended_grace = grace if ended else None
        if loop is not None and stopping is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stopping.set)
        thread.join(15)
        self._thread = None
        self.info = None

    def _run(self, host: str, port: int) -> None:
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_loop_trouble)
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(host, port))
        except BaseException as exc:
            if not self._ready.is_set():
                self._error = exc
            else:
                log.exception("participant entry stopped with an error")
        finally:
            self._ready.set()
            loop.close()

    async def _serve(self, host: str, port: int) -> None:
        self._stopping = asyncio.Event()
        store = EventStore.open(self.event_path, lock=False, backup=False)
        state: EntryState | None = None
        try:
            # the event's code and CSRF secret, as at the last opening: the devices that joined
            # then (before the app was closed, or crashed) carry on where they were
            state = EntryState(
                store, auth.event_code(store), {host}, self.on_change, auth.csrf_secret(store)
            )
            await state.open_writer()
            runner = web.AppRunner(create_app(state), access_log=None, shutdown_timeout=1.0)
            await runner.setup()
            try:
                bound = await _bind(runner, host, port)
                note = "" if bound == port or not port else f"Port {port} was busy; using {bound}."
                self.info = EntryInfo(host, bound, state.code, note)
                if port and store.option(auth.ENTRY_PORT) != str(bound):
                    store.set_option(auth.ENTRY_PORT, str(bound))  # the panel tries it first
                store.log_entry_opened(self.info.url)
                log.info("participant entry open on port %s", bound)  # never the code
                self._ready.set()
                await self._stopping.wait()
                if self._ended_grace is not None:
                    await state.announce_end(self._ended_grace)
            finally:
                await runner.cleanup()
        finally:
            if state is not None:
                state.on_change = None  # whoever opened entry has stopped listening by now
                await state.close_writer()
            try:  # devices stay joined: a closed entry only stops answering them
                store.log_entry_closed()
                log.info("participant entry closed")
            finally:
                store.close()


def _loop_trouble(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    """asyncio's own report quotes the failing callback's arguments (a participant's text,
    perhaps): the log gets the exception's traceback and type only (see workshop_app.logs)."""
    log.error("an error in participant entry's event loop", exc_info=context.get("exception"))


async def _bind(runner: web.AppRunner, host: str, port: int) -> int:
    """Bind `port`, or the next free one of the following few; the port actually bound."""
    last: OSError | None = None
    for candidate in range(port, port + net.PORTS_TRIED) if port else [0]:
        site = web.TCPSite(runner, host, candidate, backlog=512)
        try:
            await site.start()
        except OSError as exc:
            last = exc
            continue
        server = site._server  # the port the OS gave when 0 was asked for
        sockets = getattr(server, "sockets", None) or []
        return sockets[0].getsockname()[1] if sockets else candidate
    raise OSError(f"no free port between {port} and {port + net.PORTS_TRIED - 1}: {last}")
