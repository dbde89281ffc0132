"""What tests in several folders share: a scripted interaction seam for the console, a
throw-away AppContext, one participant device over raw HTTP, a participant server on loopback,
Chromium's launch flags and the text of a Word file. Imported by name (tests/ is on the path)."""

from __future__ import annotations

import contextlib
import http.client
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from workshop_app.store import EventStore
    from workshop_app.ui.context import AppContext

# one headless Chromium, launched the way a closed network needs (no background networking,
# no component updates), from Debian's package
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class ScriptedInteraction:
    """Answers the console's questions from a script; records every message it was shown."""

    def __init__(self) -> None:
        self.parent = None
        self.messages: list[tuple[str, str, str]] = []  # (kind, title, message)
        self.confirm_answers: list[bool] = []
        self.confirm_icons: list[Any] = []  # the icon each confirm() was asked to show
        self.confirm_defaults: list[str] = []  # "yes" or "no": what Enter would answer
        self.text_answers: list[str | None] = []
        self.paths: list[Path | None] = []
        self.dialog_handlers: list[Callable[[QDialog], bool]] = []
        self.dialogs: list[str] = []
        self.opened_folders: list[Path] = []
        self.opened_urls: list[str] = []

    def inform(self, title: str, message: str) -> None:
        self.messages.append(("inform", title, message))

    def warn(self, title: str, message: str) -> None:
        self.messages.append(("warn", title, message))

    def confirm(
        self,
        title: str,
        message: str,
        yes: str = "OK",
        no: str = "Cancel",
        icon: Any = None,
        default: str = "yes",
    ) -> bool:
        assert default in ("yes", "no"), default
        self.messages.append(("confirm", title, message))
        self.confirm_icons.append(icon)  # None: the real seam's default, a question
        self.confirm_defaults.append(default)  # the button Enter would press
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        return self.text_answers.pop(0) if self.text_answers else None

    def open_path(self, title: str, folder: Path, filters: str = "") -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def save_path(self, title: str, suggested: Path, filters: str = "") -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def choose_folder(self, title: str, folder: Path) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def open_folder(self, folder: Path) -> None:
        self.opened_folders.append(folder)

    def open_url(self, url: str) -> None:
        self.opened_urls.append(url)

    def run_dialog(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog.windowTitle())
        if not self.dialog_handlers:
            return False
        return self.dialog_handlers.pop(0)(dialog)


def throwaway_context(
    folder: Path, store: EventStore | None = None, interaction: Any = None
) -> AppContext:
    """A real AppContext with its own settings file under `folder`, `store` attached; the
    caller detaches it (``ctx.attach(None)``), or uses the `make_context` fixture."""
    from workshop_app.ui.context import AppContext
    from workshop_app.ui.settings import Settings

    ctx = AppContext.create(
        Settings.throwaway(folder / "settings"), interaction or ScriptedInteraction()
    )
    ctx.attach(store)
    return ctx


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str
    set_cookies: list[str] = field(default_factory=list)

    def json(self):
        return json.loads(self.body)

    @property
    def csrf(self) -> str:
        return re.search(r'<meta name="csrf-token" content="([0-9a-f]+)"', self.body).group(1)


@dataclass
class Client:
    """One device: http.client, so a test can send any Host, Origin or body it likes."""

    port: int
    host: str = "127.0.0.1"
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""
    user_agent: str = ""  # sent with every request when set, as a browser sends its own

    def request(self, method: str, path: str, body: bytes | None = None, headers=None) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        sent = {"Host": f"{self.host}:{self.port}"}
        if self.user_agent:
            sent["User-Agent"] = self.user_agent
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        sent.update(headers or {})
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for key, value in sent.items():
            conn.putheader(key, value)
        conn.putheader("Content-Length", str(len(body or b"")))
        conn.endheaders(body)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for key, value in response.getheaders():
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                val = rest.split(";", 1)[0]
                if val in ("", '""') or "Max-Age=0" in value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = val
        conn.close()
        headers = {k.lower(): v for k, v in response.getheaders()}
        cookies = [v for k, v in response.getheaders() if k.lower() == "set-cookie"]
        return Reply(response.status, headers, text, cookies)

    def get(self, path: str = "/", **headers) -> Reply:
        reply = self.request("GET", path, headers=headers)
        if '<meta name="csrf-token"' in reply.body:
            self.csrf = reply.csrf
        return reply

    def post_form(self, path: str, data: dict, csrf: bool = True, headers=None) -> Reply:
        data = {**data, "csrf": self.csrf} if csrf else data
        sent = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return self.request("POST", path, urlencode(data).encode(), sent)

    def post_json(self, path: str, data: dict, headers=None) -> Reply:
        sent = {"Content-Type": "application/json", "X-CSRF-Token": self.csrf, **(headers or {})}
        return self.request("POST", path, json.dumps(data).encode(), sent)

    def join(self, code: str, group_id: int, pin: str = "") -> Reply:
        self.get("/")
        reply = self.post_form("/join", {"code": code, "group_id": group_id, "pin": pin})
        if reply.status == 303:
            self.get("/")
        return reply

    def save(self, group_id: int, stage_id: str, prompt_id: str, text: str, edit_id=None):
        return self.post_json(
            "/api/answer",
            {
                "group_id": group_id,
                "stage_id": stage_id,
                "prompt_id": prompt_id,
                "text": text,
                "edit_id": edit_id,
            },
        )


@contextlib.contextmanager
def serving(store: EventStore) -> Iterator[tuple[Any, Any]]:
    """The participant server over `store`'s file on a free loopback port: (server, info)."""
    from workshop_app.lan.server import EntryServer

    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    try:
        yield server, info
    finally:
        server.stop()


def all_text(path: Path) -> str:
    """Every paragraph and table cell's text of a Word file, for 'does it appear anywhere'."""
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)
