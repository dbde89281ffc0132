"""The participant pages and their JSON twins. Every handler that touches a group's data takes
the group from the session, and refuses (403) a request that names another group.

PROTOCOL: saves say which revision they were edited from, so two devices of a group (or a
device and the console) never overwrite each other unseen.

- ``POST /api/answer`` ``{"group_id", "stage_id", "prompt_id", "text", "edit_id", "based_on"}``
  and ``POST /api/record/<kind>`` ``{"group_id", "data", "edit_id", "based_on"}``: `based_on`
  is the revision the page last had from the server for that answer or record (0 for none
  yet; left out: not checked). A page keeps it per field: from the page (``data-revision``),
  from each save's reply and from ``/api/state``.
- The reply (200: saved) is ``{"revision", "duplicate", "conflict", ...}``. `conflict` is null,
  or — when someone else had saved a newer revision the page had not seen — their version:
  ``{"revision", "source" ("console" or "browser"), "saved_at", "text"}`` (records: ``"data"``
  instead of ``"text"``). The page's save is kept as the current version and theirs stays in
  the history; the page shows theirs and the participant chooses: keep mine (nothing more is
  saved), take theirs or merge by hand (both as a new save, based on the new revision; an
  answer's two texts go into the field one after the other, a record's rows of both are kept).
- The event stream (``GET /events``) says what changed, as data: ``{"what": "answer"|"record",
  "stage", "key" (prompt id or record kind), "revision", "edit" (its edit id), "source"}``. A
  page re-reads an answer it is not editing (``/api/state``) or the part of the page of a record
  kind (``/``) and shows it in place; one it has unsaved changes to is saved as usual, and the
  reply's `conflict` asks the participant, as above.
- ``GET /api/state`` gives each answer's ``based_on`` too: when a newer revision is based on
  an older one than the page's own, it replaced the page's text unseen (the console saved over
  it), and the page shows its own earlier text beside the new one.
- The form without JavaScript sends ``r.<prompt_id>`` (the revision it showed) with each
  ``a.<prompt_id>``, and ``rr.<record kind>`` for each record its stage saves (action plan,
  map, draft); a save over an unseen version shows the stage again with their text.
- The console does the same through `EventStore.save_answer(..., based_on=)` and each record
  editor's save (``based_on=`` the revision it showed; ui/widgets/replaced.py); it hears of a
  device's save over its text through `Change.replaced`.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import jinja2
from aiohttp import web

from workshop_app import i18n, kinds, paths
from workshop_app.i18n import N_, _
from workshop_app.lan import assets, auth, extensions
from workshop_app.screening import screen_note
from workshop_app.store import NOTES, SaveError
from workshop_app.text import InputError, org_name, record_words

EDIT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
TOUCH_SECONDS = 60.0
GONE = N_("You are no longer connected. Join again with the code.")
ENDED = N_("The workshop has ended. Your organization's answers are saved.")
LANG_COOKIE = "wa_lang"  # the language a person chose on this device
ENTRY = web.AppKey("entry", object)  # server.EntryState
TEMPLATES = web.AppKey("templates", dict)  # one Jinja2 environment per language


def template_env(lang: str = i18n.DEFAULT) -> jinja2.Environment:
    """The templates in `lang`: Jinja2's i18n extension with the language's gettext catalogue."""
    env = jinja2.Environment(
        # a kind's own part of the page is "kinds/<kind>/stage.html" under resources/kinds/
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(paths.resource("web")),
                jinja2.PrefixLoader({"kinds": jinja2.FileSystemLoader(paths.resource("kinds"))}),
            ]
        ),
        autoescape=True,
        auto_reload=False,  # the templates are files of the app: no stat() on every page
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.policies["ext.i18n.trimmed"] = True  # a {% trans %} block's line breaks are spaces
    env.install_gettext_translations(i18n.translations(lang), newstyle=True)
    return env


def templates(app: web.Application, lang: str) -> jinja2.Environment:
    envs = app[TEMPLATES]
    if lang not in envs:
        envs[lang] = template_env(lang)
    return envs[lang]


def language(request: web.Request) -> str:
    """The language of this request: the one chosen on this device, else the browser's."""
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen:
        return i18n.known(chosen)
    return i18n.negotiate(request.headers.get("Accept-Language"))


async def choose_language(request: web.Request) -> web.Response:
    """The language switch (a plain link, no script needed): remembered on this device."""
    lang = i18n.known(request.match_info["lang"])
    response = web.HTTPSeeOther("/")
    response.set_cookie(
        LANG_COOKIE, lang, max_age=365 * 24 * 3600, httponly=True, samesite="Lax", path="/"
    )
    raise response


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", index)
    app.router.add_get("/language/{lang}", choose_language)
    app.router.add_post("/join", join)
    app.router.add_post("/save", save_form)
    app.router.add_post("/leave", leave)
    app.router.add_post("/api/answer", save_json)
    app.router.add_post("/api/record/{kind}", save_record)
    app.router.add_get("/api/state", state_json)
    app.router.add_get("/api/answer", answer_json)
    app.router.add_get("/events", events)
    app.router.add_get("/favicon.ico", _no_icon)
    app.router.add_get("/static/kinds/{kind}/{name}", kind_file)
    app.router.add_post("/kind/{kind}", kind_form)


async def kind_file(request: web.Request) -> web.StreamResponse:
    """A stage kind's script or style sheet, resources/kinds/<kind>/stage.js or stage.css
    (nothing else of that folder)."""
    kind, name = request.match_info["kind"], request.match_info["name"]
    if not re.fullmatch(r"[a-z_]+", kind) or name not in ("stage.js", "stage.css"):
        raise web.HTTPNotFound()
    found = paths.resource("kinds", kind, name)
    if not found.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(found)


async def kind_form(request: web.Request) -> web.Response:
    """A stage kind's own plain form (its `web_form`): fields ``k.<name>``, for the stage the
    room is on, saved on the server's writer; the page again with the error when refused.
    Sent by the page's script (``Accept: application/json``) the reply is a small JSON one
    instead: ``{"saved": true}`` or ``{"error"}`` (the script need not load the page again)."""
    as_data = request.headers.get("Accept", "") == "application/json"
    device = session(request)
    if device is None:
        if as_data:
            return _gone(request)
        return _message(request, _("Not connected"), _("Join again with the code."), 403)
    form = await request.post()
    _own_group(device, form.get("group_id"))
    entry = _entry(request)
    stage = entry.store.plan.stage(entry.stage_id)
    kind = kinds.kind(request.match_info["kind"])
    if kind is None or kind.web_form is None:
        raise web.HTTPNotFound()
    if stage.kind != kind.name or str(form.get("stage_id", "")) != stage.id:
        moved = _("The room has moved on to another stage; nothing was saved.")
        if as_data:
            return _fail(409, moved)
        return _stage_page(request, device, error=moved, status=409)
    fields = {k[2:]: str(v) for k, v in form.items() if k.startswith("k.")}
    try:
        job = kinds.load(kind.web_form)(entry.store, device, stage, fields)
        await entry.on_writer(job)
    except (InputError, SaveError) as exc:
        if as_data:
            return _fail(400, str(exc))
        return _stage_page(request, device, error=str(exc), status=400)
    if as_data:
        return web.json_response({"saved": True})
    raise web.HTTPSeeOther("/?saved=1")


async def _no_icon(_request: web.Request) -> web.Response:
    return web.Response(status=204)


# -- sessions and CSRF ------------------------------------------------------------------------


def _entry(request: web.Request):
    return request.app[ENTRY]


def session(request: web.Request) -> dict | None:
    """The live device behind the request's cookie, or None (also once the event has ended)."""
    entry = _entry(request)
    token = request.cookies.get(auth.SESSION_COOKIE)
    if not token or entry.ended or len(token) > 64:
        return None
    device = entry.store.device_by_token_hash(auth.token_hash(token))
    if device is not None:
        now = time.monotonic()
        if now - entry.recent_touch.get(device["id"], 0.0) > TOUCH_SECONDS:
            entry.recent_touch[device["id"]] = now
            entry.touch_later(device["id"])
    return device


def _csrf_cookie(request: web.Request) -> str | None:
    return request.cookies.get(auth.SESSION_COOKIE) or request.cookies.get(auth.PRE_COOKIE)


async def csrf_ok(request: web.Request) -> bool:
    sent = request.headers.get(auth.CSRF_HEADER)
    if sent is None and request.content_type in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        form = await request.post()
        value = form.get(auth.CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    return _entry(request).csrf.check(_csrf_cookie(request), sent)


def _set_cookie(response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(name, value, httponly=True, samesite="Strict", path="/")


# -- pages ------------------------------------------------------------------------------------


NEW_PRE = web.RequestKey("new_pre", str)  # the pre cookie this response hands out


def _pre_cookie(request: web.Request) -> str:
    """The browser's CSRF cookie, or a new pre cookie that this response will set."""
    cookie = _csrf_cookie(request) or request.get(NEW_PRE)
    if cookie is None:
        cookie = request[NEW_PRE] = secrets.token_urlsafe(16)
    return cookie


def render(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    entry = _entry(request)
    cookie = _pre_cookie(request)
    new_pre = request.get(NEW_PRE)
    context.setdefault("error", "")
    context.setdefault("scripts", [])
    context.setdefault("styles", [])
    lang = i18n.current()
    files = request.app[assets.ASSETS]
    scripts = ["web/static/app.js"] + [
        f"kinds/{k}/stage.js" for k in context.pop("script_kinds", ())
    ]
    html = (
        templates(request.app, lang)
        .get_template(name)
        .render(
            lang=lang,
            languages=[
                {"code": code, "name": name, "current": code == lang}
                for code, name in i18n.LANGUAGES.items()
            ],
            event_title=entry.store.event().title,
            csrf=entry.csrf.token_for(cookie),
            asset=files.url,
            script_strings=i18n.script_strings(lang, scripts),
            **context,
        )
    )
    response = web.Response(status=status, text=html, content_type="text/html")
    if new_pre:
        _set_cookie(response, auth.PRE_COOKIE, new_pre)
    return response


def _message(request: web.Request, title: str, body: str, status: int) -> web.Response:
    return render(request, "message.html", status=status, title=title, body=body)


async def ended(request: web.Request) -> web.Response:
    """Every route once the workshop has ended says so (410): pages in words, the script's
    routes as JSON. A plain form posted after the end gets its text back to copy."""
    if request.path.startswith("/api/") or request.path == "/events":
        return web.json_response({"error": _(ENDED), "ended": True}, status=410)
    kept: list[str] = []
    if request.method == "POST" and request.path == "/save":
        form = await request.post()
        kept = [str(v) for k, v in form.items() if k.startswith("a.") and str(v).strip()]
    return render(
        request,
        "message.html",
        status=410,
        title=_("The workshop has ended"),
        body=" ".join(
            [_(ENDED)]
            + ([_("What you typed last was not saved: it is below to copy.")] if kept else [])
        ),
        kept=kept,
    )


async def index(request: web.Request) -> web.Response:
    device = session(request)
    if device is None:
        code = request.query.get("code")
        if code is not None and not _code_given(request):  # the QR code carries the code
            refused = _check_code(request, code)
            if refused is not None:
                return refused
        return _join_page(request)
    saved = request.query.get("saved", "")
    return _stage_page(request, device, notice=_("Saved") if saved.isdigit() else "")


def _code_given(request: web.Request) -> bool:
    """Whether this browser has given the right code (before it has joined)."""
    cookie = _csrf_cookie(request) or request.get(NEW_PRE)
    return cookie is not None and _entry(request).code_given(cookie)


def _check_code(request: web.Request, typed: str) -> web.Response | None:
    """None when `typed` is the event's code (the browser is remembered as having given it);
    otherwise the code step again with the error, and a failed attempt counted."""
    entry = _entry(request)
    address = request.remote or "?"
    if entry.limiter.blocked(address):
        return _too_many(request, address)
    if not auth.code_matches(typed, entry.code):
        entry.limiter.failed(address)
        return _join_page(
            request,
            403,
            _("That code is not right: check the code on the projector."),
            {"code": typed},
            invalid="code",
        )
    entry.remember_code(_pre_cookie(request))
    return None


def _too_many(request: web.Request, address: str) -> web.Response:
    entry = _entry(request)
    response = _message(
        request,
        _("Too many attempts"),
        _("Too many wrong codes or PINs from this device. Wait a minute and try again."),
        429,
    )
    response.headers["Retry-After"] = str(entry.limiter.retry_after(address))
    return response


def _join_page(
    request: web.Request,
    status: int = 200,
    error: str = "",
    typed: dict | None = None,
    invalid: str = "",
) -> web.Response:
    """Step one asks for the code; only a browser that gave the right code sees step two, the
    organizations (their names are private to the room: who attends can itself be sensitive)."""
    entry = _entry(request)
    typed = typed or {}
    given = _code_given(request)
    return render(
        request,
        "join.html",
        status=status,
        error=error,
        invalid=invalid,
        step="organization" if given else "code",
        groups=entry.store.groups() if given else [],
        allow_new=given and entry.store.option(auth.ALLOW_NEW_GROUPS) == "1",
        typed_code=typed.get("code", "")[:32],
        typed_group=str(typed.get("group_id", "")),
        typed_new=typed.get("new_org", "")[:200],
    )


def _stage_page(
    request: web.Request,
    device: dict,
    notice: str = "",
    error: str = "",
    typed: dict[str, str] | None = None,
    status: int = 200,
    conflicts: list | None = None,
) -> web.Response:
    entry = _entry(request)
    store = entry.store
    plan = i18n.plan_in(store.plan, i18n.current())  # the plan's texts in the page's language
    stage = plan.stage(entry.stage_id)
    group = store.group(device["group_id"])
    answers = {a.prompt_id: a for a in store.answers(group.id, stage.id)}
    extra: dict = {}
    if stage.kind in extensions.STAGE_CONTEXT:
        extra = extensions.load(extensions.STAGE_CONTEXT[stage.kind])(
            store, group.id, stage, device
        )
        extra["open_key"] = request.query.get("open", "")[:80]
    files, own = request.app[assets.ASSETS], f"kinds/{stage.kind}/stage"
    return render(
        request,
        "stage.html",
        status=status,
        group=group,
        stage=stage,
        room_place=plan.room_place(stage.id),  # as the projector says it
        answers=answers,
        screening={
            pid: screen_note(text)
            for pid, text in {
                **{pid: a.text for pid, a in answers.items()},
                **(typed or {}),
            }.items()
        },
        typed=typed or {},
        notes_id=NOTES,
        notice=notice,
        error=error,
        edit_nonce=secrets.token_hex(8),
        conflicts=[(_prompt_title(stage, pid), other) for pid, other in conflicts or ()],
        record_revisions={
            kind: (r.revision if (r := store.record(group.id, kind)) else 0)
            for kind in extensions.RECORD_KINDS
        },
        extra=extra,
        scripts=[files.url(f"{own}.js")] if files.has(f"{own}.js") else [],
        script_kinds=[stage.kind] if files.has(f"{own}.js") else [],
        styles=[files.url(f"{own}.css")] if files.has(f"{own}.css") else [],
    )


def _prompt_title(stage, prompt_id: str) -> str:
    if prompt_id == NOTES:
        return _("Your group's notes")
    if prompt_id.startswith(RECORD_CONFLICT):  # a record's conflict (see save_form)
        label = kinds.record_kinds()[prompt_id.removeprefix(RECORD_CONFLICT)].label
        return label[:1].upper() + label[1:]
    return stage.prompt(prompt_id).text


RECORD_CONFLICT = "record:"


@dataclass(frozen=True)
class RecordConflict:
    """Their version of a record, as the page shows a conflict: who saved it and its words."""

    source: str
    text: str


async def join(request: web.Request) -> web.Response:
    entry = _entry(request)
    address = request.remote or "?"
    entry.ended = entry.ended or entry.store.event().ended_at is not None
    if entry.ended:
        return _message(request, _("The workshop has ended"), _("Joining is closed."), 403)
    if entry.limiter.blocked(address):
        return _too_many(request, address)
    form = await request.post()
    typed = {k: str(form.get(k, "")) for k in ("code", "group_id", "pin", "new_org")}
    if typed["code"].strip() or not _code_given(request):
        refused = _check_code(request, typed["code"])
        if refused is not None:
            return refused
    if not (typed["group_id"] or typed["new_org"].strip()) and form.get("step") == "code":
        raise web.HTTPSeeOther("/")  # the code was right: the organizations come next
    async with entry.join_lock:  # two phones of one group joining at once: one needs the PIN
        return await _admit(request, entry, typed, address)


async def _admit(request: web.Request, entry, typed: dict[str, str], address: str):
    store = entry.store
    try:
        if typed["new_org"].strip() and store.option(auth.ALLOW_NEW_GROUPS) == "1":
            name = org_name(typed["new_org"])
            group = await entry.on_writer(lambda s: s.add_group(name, source="browser"))
        else:
            group = store.group(int(typed["group_id"]))
    except InputError as exc:
        return _join_page(request, 400, str(exc), typed, invalid="new_org")
    except (KeyError, ValueError):
        return _join_page(
            request, 400, _("Choose your organization from the list."), typed, invalid="group"
        )
    if store.group_has_device(group.id) and not auth.pin_matches(typed["pin"], group.pin):
        entry.limiter.failed(address)
        message = (
            _(
                "That PIN is not right for %(org)s. Check the 4-digit PIN shown on its first "
                "device (or ask the facilitator)."
            )
            if typed["pin"].strip()
            else _(
                "%(org)s already has a device. Type the 4-digit PIN shown on that device "
                "(or ask the facilitator)."
            )
        ) % {"org": group.name}
        return _join_page(request, 403, message, {**typed, "pin": ""}, invalid="pin")
    token = auth.new_token()
    label = auth.device_label(request.headers.get("User-Agent", ""))
    await entry.on_writer(lambda s: s.add_device(group.id, auth.token_hash(token), label))
    response = web.HTTPSeeOther("/")
    entry.forget_code(request.cookies.get(auth.PRE_COOKIE, ""))
    _set_cookie(response, auth.SESSION_COOKIE, token)
    response.del_cookie(auth.PRE_COOKIE, path="/")
    raise response


async def leave(request: web.Request) -> web.Response:
    device = session(request)
    if device is not None:
        await _entry(request).on_writer(lambda s: s.revoke_device(device["id"]))
    response = web.HTTPSeeOther("/")
    response.del_cookie(auth.SESSION_COOKIE, path="/")
    raise response


def _own_group(device: dict, sent: Any) -> None:
    try:
        same = int(sent) == device["group_id"]
    except (TypeError, ValueError):
        same = False
    if not same:
        raise web.HTTPForbidden(text=_("That belongs to another organization."))


def _check_stage_prompt(request: web.Request, stage_id: str, prompt_id: str) -> None:
    try:
        stage = _entry(request).store.plan.stage(stage_id)
        if prompt_id != NOTES:
            stage.prompt(prompt_id)
    except KeyError:
        raise web.HTTPNotFound(text=_("No such question in this workshop.")) from None


async def _save_answer(
    entry, device: dict, stage_id: str, prompt_id: str, value, edit_id, based_on=None
):
    """Save one answer for the session's own group, on the writer thread."""
    return await entry.on_writer(
        lambda s: s.save_answer(
            device["group_id"],
            stage_id,
            prompt_id,
            value,
            source="browser",
            edit_id=edit_id,
            based_on=based_on,
        )
    )


def _based_on(value: Any) -> int | None:
    """The revision a save was edited from: a whole number ≥ 0, or None when not said."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isdigit() and len(value) < 12:
        return int(value)
    return None


def conflict_json(saved) -> dict | None:
    """Their version, when a save replaced one its author had not seen (see PROTOCOL)."""
    other = saved.conflict
    if other is None:
        return None
    found = {"revision": other.revision, "source": other.source, "saved_at": other.saved_at}
    if hasattr(other, "text"):
        found["text"] = other.text
    else:
        found["data"] = other.data
    return found


async def save_form(request: web.Request) -> web.Response:
    """The form without JavaScript: every field of the stage in one POST (multipart or
    urlencoded), the stage kind's records too (extensions.FORM_RECORDS)."""
    device = session(request)
    if device is None:
        return _message(request, _("Not connected"), _("Join again with the code."), 403)
    form = await request.post()
    _own_group(device, form.get("group_id"))
    stage_id = str(form.get("stage_id", ""))
    nonce = str(form.get("edit", ""))[:40]
    typed = {k[2:]: str(v) for k, v in form.items() if k.startswith("a.")}
    for prompt_id in typed:
        _check_stage_prompt(request, stage_id, prompt_id)
    entry, count, conflicts, notices = _entry(request), 0, [], []
    store = entry.store
    # in the page's language: a clause's text sent back as the page showed it is the library's
    stage = i18n.plan_in(store.plan, i18n.current()).stage(stage_id)
    edit = nonce if EDIT_ID.match(nonce or "-") else None
    try:
        for prompt_id, value in typed.items():
            edit_id = f"form-{edit}-{prompt_id}" if edit else None
            based_on = _based_on(form.get(f"r.{prompt_id}"))
            saved = await _save_answer(entry, device, stage_id, prompt_id, value, edit_id, based_on)
            if saved.conflict is not None:
                conflicts.append((prompt_id, saved.conflict))
            count += 1
        if stage.kind in extensions.FORM_RECORDS:
            reader = extensions.load(extensions.FORM_RECORDS[stage.kind])
            for kind, data, *said in reader(form, store, device["group_id"], stage):
                notices += said  # what the kind changed in what was sent, in words
                cleaned = extensions.load(extensions.RECORD_KINDS[kind])(data, store.plan)
                record_edit = f"form-{edit}-{kind}" if edit else None
                based_on = _based_on(form.get(f"rr.{kind}"))  # the revision the form showed

                def job(s, kind=kind, cleaned=cleaned, edit_id=record_edit, based_on=based_on):
                    return s.save_record(
                        device["group_id"],
                        kind,
                        cleaned,
                        source="browser",
                        edit_id=edit_id,
                        based_on=based_on,
                    )

                saved = await entry.on_writer(job)
                if saved.conflict is not None:
                    words = record_words(saved.conflict.data, ours=cleaned)  # what differs
                    theirs = RecordConflict(saved.conflict.source, words)
                    conflicts.append((RECORD_CONFLICT + kind, theirs))
                count += 1
    except (InputError, SaveError) as exc:
        return _stage_page(request, device, error=str(exc), typed=typed, status=400)
    if conflicts or notices:  # both texts on the page: theirs here, ours in the field (saved)
        notice = " ".join([_("Saved."), *notices]) if notices else _("Saved")
        return _stage_page(request, device, notice=notice, conflicts=conflicts)
    target = f"/?saved={count}"
    opened = str(form.get("op", "")).partition(":")[2]
    if opened:  # the item a button acted on stays open and in view (a kind's page reads `open`)
        target += f"&open={quote(opened)}#clause-{quote(opened)}"
    raise web.HTTPSeeOther(target)


def _fail(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _gone(request: web.Request) -> web.Response:
    """No live device: 410 with "ended" once the workshop has ended, so an open page can say
    so (and stop retrying) instead of asking to join again."""
    if _entry(request).ended:
        return web.json_response({"error": _(ENDED), "ended": True}, status=410)
    return _fail(403, _(GONE))


async def _json_body(request: web.Request) -> dict:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text="Not JSON.") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="Expected a JSON object.")
    return body


async def save_json(request: web.Request) -> web.Response:
    """One answer from the page's script; the reply carries the committed revision."""
    device = session(request)
    if device is None:
        return _gone(request)
    body = await _json_body(request)
    _own_group(device, body.get("group_id"))
    stage_id, prompt_id = str(body.get("stage_id", "")), str(body.get("prompt_id", ""))
    value, edit_id = body.get("text"), body.get("edit_id")
    if not isinstance(value, str) or not (edit_id is None or EDIT_ID.match(str(edit_id))):
        return _fail(400, _("Malformed answer."))
    _check_stage_prompt(request, stage_id, prompt_id)
    based_on = _based_on(body.get("based_on"))
    try:
        saved = await _save_answer(
            _entry(request), device, stage_id, prompt_id, value, edit_id, based_on
        )
    except InputError as exc:
        return _fail(400, str(exc))
    except SaveError as exc:
        return _fail(503, str(exc))
    return web.json_response(
        {
            "revision": saved.revision,
            "saved_at": saved.saved_at,
            "duplicate": saved.duplicate,
            "conflict": conflict_json(saved),
            # the calm note under the field ("This looks like a phone number. …"); never a
            # refusal: the answer above is saved as typed
            "screening": screen_note(value),
        }
    )


async def save_record(request: web.Request) -> web.Response:
    device = session(request)
    if device is None:
        return _gone(request)
    kind = request.match_info["kind"]
    if kind not in extensions.RECORD_KINDS:
        return _fail(404, _("Unknown kind of record."))
    body = await _json_body(request)
    _own_group(device, body.get("group_id"))
    edit_id = body.get("edit_id")
    if not (edit_id is None or EDIT_ID.match(str(edit_id))):
        return _fail(400, _("Malformed edit id."))
    entry = _entry(request)
    try:
        data = extensions.load(extensions.RECORD_KINDS[kind])(body.get("data"), entry.store.plan)
        based_on = _based_on(body.get("based_on"))
        saved = await entry.on_writer(
            lambda s: s.save_record(
                device["group_id"],
                kind,
                data,
                source="browser",
                edit_id=edit_id,
                based_on=based_on,
            )
        )
    except InputError as exc:
        return _fail(400, str(exc))
    except SaveError as exc:
        return _fail(503, str(exc))
    return web.json_response(
        {"revision": saved.revision, "duplicate": saved.duplicate, "conflict": conflict_json(saved)}
    )


async def state_json(request: web.Request) -> web.Response:
    """The room's stage and the group's answers for one stage (default: the current one)."""
    entry = _entry(request)
    device = session(request)
    if device is None:
        return _gone(request)
    if "group_id" in request.query:
        _own_group(device, request.query["group_id"])
    plan = entry.store.plan
    stage_id = request.query.get("stage", entry.stage_id)
    _check_stage_prompt(request, stage_id, NOTES)
    current = plan.stage(entry.stage_id)
    answers = {
        a.prompt_id: {
            "text": a.text,
            "revision": a.revision,
            "source": a.source,
            "based_on": a.based_on,
        }
        for a in entry.store.answers_as_saved(device["group_id"], stage_id)
    }
    return web.json_response(
        {
            "stage": {"id": current.id, "title": current.title, "kind": current.kind},
            "ended": entry.ended,
            "answers": answers,
        }
    )


async def answer_json(request: web.Request) -> web.Response:
    """One answer of the session's group: what a page fetches when the stream says that
    another device or the console saved a newer revision of it."""
    device = session(request)
    if device is None:
        return _gone(request)
    stage_id, prompt_id = request.query.get("stage", ""), request.query.get("prompt", "")
    _check_stage_prompt(request, stage_id, prompt_id)
    found = _entry(request).store.answer(device["group_id"], stage_id, prompt_id)
    if found is None:
        return web.json_response({"text": "", "revision": 0, "based_on": None, "source": ""})
    return web.json_response(
        {
            "text": found.text,
            "revision": found.revision,
            "based_on": found.based_on,
            "source": found.source,
        }
    )


STREAM_RECHECK = 2.0  # seconds


def message_bytes(message: dict) -> bytes:
    """One message of the event stream, made once for every page of a group that hears it."""
    made = message.get("_bytes")
    if made is None:
        made = message["_bytes"] = f"event: change\ndata: {json.dumps(message)}\n\n".encode()
    return made


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: 'change' whenever the stage moves or the group's answers change."""
    entry = _entry(request)
    device = session(request)
    if device is None:
        raise web.HTTPForbidden(text=_("Not connected."))
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    # listening before the reply starts: a message sent while it is on its way (the workshop
    # ended that moment) waits in the queue instead of being missed
    queue: asyncio.Queue = asyncio.Queue()
    listeners = entry.listeners.setdefault(device["group_id"], set())
    listeners.add(queue)
    checked = time.monotonic()
    try:
        await response.prepare(request)
        await response.write(b"retry: 2000\n\n")
        while True:
            try:
                message = await asyncio.wait_for(queue.get(), 15)
            except TimeoutError:
                await response.write(b": ping\n\n")
                continue
            if message is None:
                break
            if message.get("what") == "ended":  # the last word: the page stops listening
                await response.write(message_bytes(message))
                break
            # still connected? Asked of the file at most every STREAM_RECHECK seconds, not for
            # every message (a busy room sends hundreds a second); a message says only what
            # changed, never its text, which a device fetches through a checked request
            now = time.monotonic()
            if now - checked > STREAM_RECHECK:
                checked = now
                if session(request) is None:
                    await response.write(b'event: change\ndata: {"what": "gone"}\n\n')
                    break
            await response.write(message_bytes(message))
    except ConnectionResetError:
        pass
    finally:
        listeners.discard(queue)
    return response
