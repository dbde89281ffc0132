"""The participant page's static files under versioned names, compressed once, cached for good.

Each file is served at ``/assets/<hash>/<name>``, where the hash is of its content: a browser
keeps it (``Cache-Control: immutable``) until the app ships a different file, which gets a new
name. The gzip form is made once at start-up, not per request.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass

from aiohttp import web

from workshop_app import paths

PREFIX = "/assets/"
FOREVER = "public, max-age=31536000, immutable"
ASSETS = web.AppKey("assets", object)


@dataclass(frozen=True)
class Asset:
    url: str
    content_type: str
    data: bytes
    gzipped: bytes


class Assets:
    """The files, by name: ``app.css``, ``app.js``, ``kinds/<kind>/stage.js`` and ``stage.css``."""

    def __init__(self) -> None:
        self.by_name: dict[str, Asset] = {}
        self.by_url: dict[str, Asset] = {}
        found = [(p.name, p) for p in sorted(paths.resource("web", "static").iterdir())]
        kinds = paths.resource("kinds")
        for k in sorted(kinds.iterdir()):
            found += [(f"kinds/{k.name}/{n}", k / n) for n in ("stage.js", "stage.css")]
        for name, path in found:
            if not path.is_file():
                continue
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()[:12]
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind.endswith("javascript"):
                kind += "; charset=utf-8"
            asset = Asset(f"{PREFIX}{digest}/{name}", kind, data, gzip.compress(data, 9, mtime=0))
            self.by_name[name] = asset
            self.by_url[asset.url] = asset

    def url(self, name: str) -> str:
        return self.by_name[name].url

    def has(self, name: str) -> bool:
        return name in self.by_name


async def serve(request: web.Request) -> web.Response:
    asset = request.app[ASSETS].by_url.get(request.path)
    if asset is None:
        raise web.HTTPNotFound(text="No such file.")
    zipped = "gzip" in request.headers.get("Accept-Encoding", "")
    response = web.Response(
        body=asset.gzipped if zipped else asset.data,
        headers={
            "Cache-Control": FOREVER,
            "Content-Type": asset.content_type,
            "Vary": "Accept-Encoding",
        },
    )
    if zipped:
        response.headers["Content-Encoding"] = "gzip"
    return response
