"""One app, many double-clicks: a second launch with an event file hands the file to the app
that is already running (its window opens it) instead of failing on the event's instance lock.

The running app listens (QLocalServer) from its first paint on; the launching side is
workshop_app/ui/instance.py, which loads no Qt on Linux and macOS. On macOS a double-click arrives as a
QFileOpenEvent instead, which `FileOpenFilter` routes the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from workshop_app.ui.instance import server_name

if TYPE_CHECKING:
    from workshop_app.ui.window_parts import WindowParts

CONNECT_MS = 500
MAX_MESSAGE = 64 * 1024


class HandoffServer(QObject):
    """Listens for later launches and opens what they hand over in `window`."""

    def __init__(self, window: WindowParts):
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict = {}
        name = server_name()
        if name.startswith("/"):
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        if not self.server.listen(name):
            probe = QLocalSocket()
            probe.connectToServer(name)
            if probe.waitForConnected(CONNECT_MS):  # another window of ours listens: it takes them
                probe.disconnectFromServer()
                return
            QLocalServer.removeServer(name)  # left behind by an app that crashed
            self.server.listen(name)
        QApplication.instance().aboutToQuit.connect(self.server.close)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            self._buffers[conn] = b""
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._forget(c))

    def _forget(self, conn) -> None:
        self._buffers.pop(conn, None)
        conn.deleteLater()

    def _read(self, conn) -> None:
        data = self._buffers.get(conn, b"") + bytes(conn.readAll())
        if b"\n" not in data and len(data) < MAX_MESSAGE:
            self._buffers[conn] = data
            return
        self._buffers[conn] = b""
        try:
            path = Path(json.loads(data.split(b"\n", 1)[0].decode("utf-8"))["open"])
        except (ValueError, KeyError, TypeError):
            conn.write(b'{"ok": false}\n')
            conn.disconnectFromServer()
            return
        conn.write(b'{"ok": true}\n')
        conn.flush()
        conn.disconnectFromServer()
        QTimer.singleShot(0, lambda: open_from_outside(self.window, path))


def open_from_outside(window: WindowParts, path: Path) -> None:
    """Open an event handed over by a double-click or a second launch, in this window."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if QApplication.activeModalWidget() is not None:  # a dialog is open: after it closes
        QTimer.singleShot(300, lambda: open_from_outside(window, path))
        return
    store = window.ctx.store
    if store is not None and Path(store.path).resolve() == Path(path).resolve():
        return  # already open here
    entry = window.entry_panel
    if (
        store is not None
        and entry is not None
        and entry.is_open
        and not window.ctx.interaction.confirm(
            QCoreApplication.translate("Handoff", "Open {name}?").format(name=Path(path).name),
            QCoreApplication.translate(
                "Handoff",
                "Participant entry is open for {title}. Opening {name} closes that event and participant entry (everything typed is saved).",
            ).format(title=store.event().title, name=Path(path).name),
            yes=QCoreApplication.translate("Handoff", "Open it"),
            no=QCoreApplication.translate("Handoff", "Stay here"),
        )
    ):
        return
    window.open_event(Path(path))


class FileOpenFilter(QObject):
    """macOS hands a double-clicked file to the running app as a FileOpen event."""

    def __init__(self, window: WindowParts):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                QTimer.singleShot(0, lambda: open_from_outside(self.window, Path(path)))
                return True
        return False


def listen(window: WindowParts) -> HandoffServer:
    """Start taking hand-overs (after the first paint: QtNetwork is not needed before); the
    server is the window's child, so it lives as long as the window."""
    return HandoffServer(window)
