"""A running participant server over a fresh event, and a raw HTTP client that keeps cookies."""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest

from workshop_app.lan.server import EntryServer


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

    def request(self, method: str, path: str, body: bytes | None = None, headers=None) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        sent = {"Host": f"{self.host}:{self.port}"}
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


@pytest.fixture
def groups(store):
    return [store.add_group("Harbour Legal Aid"), store.add_group("Northside Youth Centre")]


@pytest.fixture
def entry(store, groups):
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield server, info
    server.stop()


@pytest.fixture
def device(entry):
    def make() -> Client:
        return Client(entry[1].port)

    return make


@pytest.fixture
def client_for():
    return Client
