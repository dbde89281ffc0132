"""A second launch with an event file hands it to the window already running, which opens it,
instead of failing on the instance lock; a launch with nothing running opens its own window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workshop_app.demo import build_demo
from workshop_app.store import EventFileRefused, EventStore
from workshop_app.ui import handoff, instance


def hand_over_in_thread(path: Path) -> list[bool]:
    """The second launch's side, off the GUI thread: the window must keep serving events."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(instance.hand_over(path)))
    thread.start()
    return result


def test_the_running_window_opens_what_a_second_launch_hands_over(qtbot, window, tmp_path):
    build_demo(tmp_path / "First.workshop").close()
    build_demo(tmp_path / "Second.workshop").close()
    assert window.open_event(tmp_path / "First.workshop")
    server = handoff.listen(window)
    assert server.listening

    result = hand_over_in_thread(tmp_path / "Second.workshop")
    qtbot.waitUntil(lambda: result == [True], timeout=10000)
    qtbot.waitUntil(
        lambda: window.ctx.store is not None and window.ctx.store.path.name == "Second.workshop",
        timeout=10000,
    )
    assert window.windowTitle().startswith("Demo workshop")
    # the first event was closed properly: its lock is free again
    EventStore.open(tmp_path / "First.workshop").close()

    # handing over the event that is already open keeps it open, nothing is asked
    result = hand_over_in_thread(tmp_path / "Second.workshop")
    qtbot.waitUntil(lambda: result == [True], timeout=10000)
    qtbot.wait(100)
    assert window.ctx.store.path.name == "Second.workshop"
    assert window.ctx.interaction.messages == []


def test_a_file_that_cannot_be_opened_is_said_in_the_window(qtbot, window, tmp_path):
    assert handoff.listen(window).listening, instance.server_name()
    bad = tmp_path / "Notes.workshop"
    bad.write_text("not an event")
    result = hand_over_in_thread(bad)
    qtbot.waitUntil(lambda: result != [], timeout=10000)
    assert result == [True], instance.server_name()
    qtbot.waitUntil(lambda: window.ctx.interaction.messages != [], timeout=10000)
    kind, title, message = window.ctx.interaction.messages[0]
    assert (kind, title) == ("warn", "The event was not opened")
    assert "Notes.workshop is not an event file" in message


def test_nothing_running_means_no_hand_over(tmp_path):
    assert instance.hand_over(tmp_path / "Any.workshop") is False
    # a socket left behind by an app that crashed is not mistaken for a running app
    stale = Path(instance.server_name())
    stale.parent.mkdir(parents=True, exist_ok=True)
    import socket

    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(stale))
    assert stale.exists()
    assert instance.hand_over(tmp_path / "Any.workshop") is False


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_two_real_launches(tmp_path: Path):
    """The app as two processes, as a file manager starts it for two double-clicks."""
    first, second = tmp_path / "First.workshop", tmp_path / "Second.workshop"
    build_demo(first).close()
    build_demo(second).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, "-m", "workshop_app", str(first)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        socket_path = Path(instance.server_name())
        deadline = time.monotonic() + 30
        while not socket_path.exists():
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not start listening"
            time.sleep(0.1)
        launch = subprocess.run(
            [sys.executable, "-m", "workshop_app", str(second)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert launch.returncode == 0, launch.stderr
        assert (
            launch.stdout
            == "Second.workshop opened in the Workshop App window that is already running.\n"
        )
        deadline = time.monotonic() + 30
        while True:  # the running app now holds Second's lock and has let go of First's
            try:
                EventStore.open(second).close()
            except EventFileRefused as exc:
                assert "already open in another Workshop App window" in str(exc)
                break
            assert time.monotonic() < deadline, "the running app did not open Second.workshop"
            time.sleep(0.1)
        EventStore.open(first).close()
        assert app.poll() is None
    finally:
        app.terminate()
        app.communicate(timeout=20)
