"""Finding the app that is already running, without loading Qt: a launch with an event file
hands the file over (see ui/handoff.py for the listening side) and exits.

The running app listens on a local socket: a Unix socket in the app's data folder, or a named
pipe on Windows (both through QLocalServer). The message is one JSON line,
``{"open": "/path/to/event.workshop"}``, and the answer ``{"ok": true}``.
"""

from __future__ import annotations

import hashlib
import json
import socket
import sys
from pathlib import Path

from workshop_app import APP_ID, APP_NAME, folders

CONNECT_SECONDS = 0.5
REPLY_SECONDS = 5.0


def server_name() -> str:
    """Per user (and per WORKSHOP_APP_DATA_DIR, so tests never meet the real app)."""
    folder = folders.user_data_dir()
    path = folder / "instance.socket"
    if sys.platform != "win32" and len(str(path)) < 100:  # a Unix socket's path is short
        return str(path)
    return f"{APP_ID}-{hashlib.sha1(str(folder).encode()).hexdigest()[:16]}"


def _message(event: Path) -> bytes:
    return json.dumps({"open": str(Path(event).resolve())}).encode("utf-8") + b"\n"


def _accepted(reply: bytes) -> bool:
    try:
        return bool(json.loads(reply.decode("utf-8") or "{}").get("ok"))
    except (ValueError, AttributeError):
        return False


def hand_over(event: Path) -> bool:
    """Give `event` to a running app. True once that app has taken it."""
    name = server_name()
    if not name.startswith("/"):
        return _hand_over_qt(name, event)  # a named pipe (Windows) or a short socket name
    if not Path(name).exists():
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_SECONDS)
        try:
            sock.connect(name)
            sock.settimeout(REPLY_SECONDS)
            sock.sendall(_message(event))
            reply = b""
            while b"\n" not in reply:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except OSError:  # left behind by an app that crashed, or it did not answer in time
            return False
    return _accepted(reply)


def _hand_over_qt(name: str, event: Path) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(int(CONNECT_SECONDS * 1000)):
        return False
    sock.write(_message(event))
    sock.waitForBytesWritten(int(REPLY_SECONDS * 1000))
    reply = b""
    while b"\n" not in reply and sock.waitForReadyRead(int(REPLY_SECONDS * 1000)):
        reply += bytes(sock.readAll())
    sock.disconnectFromServer()
    return _accepted(reply)


def handed_over_message(event: Path) -> str:
    return f"{Path(event).name} opened in the {APP_NAME} window that is already running."
