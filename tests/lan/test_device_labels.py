"""Each device in the participant-entry panel is told apart by a short name made from its
browser's User-Agent ("Android phone · Chrome", "iPhone · Safari") and the time it joined. The
event file keeps only that short name: never the User-Agent, never a version number."""

from __future__ import annotations

import re
import sqlite3

import pytest

from workshop_app.ui.context import AppContext
from workshop_app.ui.entry_panel import EntryPanel
from workshop_app.ui.settings import Settings

ANDROID_CHROME = (
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36"
)
IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
IPHONE_CHROME = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1"
)
IPHONE_FIREFOX = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15"
)
WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"
WINDOWS_EDGE = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"
)
WINDOWS_OPERA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 OPR/109.0.0.0"
)
SAMSUNG = (
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"
)
CHROMEBOOK = (
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
MAC_SAFARI = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15"
)
ANDROID_TABLET = (
    "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
ANDROID_FIREFOX = "Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0"

LABELS = [
    (ANDROID_CHROME, "Android phone · Chrome"),
    (IPHONE_SAFARI, "iPhone · Safari"),
    (IPHONE_CHROME, "iPhone · Chrome"),
    (IPHONE_FIREFOX, "iPhone · Firefox"),
    (WINDOWS_FIREFOX, "Windows laptop · Firefox"),
    (WINDOWS_EDGE, "Windows laptop · Edge"),
    (WINDOWS_OPERA, "Windows laptop · Opera"),
    (SAMSUNG, "Android phone · Samsung Internet"),
    (CHROMEBOOK, "Chromebook · Chrome"),
    (MAC_SAFARI, "Mac · Safari"),
    (ANDROID_TABLET, "Android tablet · Chrome"),
    (ANDROID_FIREFOX, "Android phone · Firefox"),
    ("curl/8.5.0", "Device"),
    ("", "Device"),
]


class Quiet:
    def warn(self, title, message):
        raise AssertionError(f"{title}: {message}")

    inform = warn


@pytest.fixture
def panel(qtbot, store, groups, tmp_path):
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings"), Quiet())
    ctx.attach(store)
    widget = EntryPanel(ctx)
    qtbot.addWidget(widget)
    widget.open_entry("127.0.0.1", 0)
    yield widget
    widget.close_entry()
    ctx.attach(None)


def device_rows(panel) -> list[tuple[str, str]]:
    group = panel.devices.topLevelItem(0)
    return [(group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]


def test_each_device_is_named_from_its_browser_with_the_time_it_joined(
    qtbot, panel, store, groups, client_for
):
    harbour = groups[0]
    port, code = panel.server.info.port, panel.code_label.text()
    agents = [ANDROID_CHROME, IPHONE_SAFARI, WINDOWS_FIREFOX, ANDROID_CHROME]
    for agent in agents:
        device = client_for(port, user_agent=agent)
        assert device.join(code, harbour.id, pin=harbour.pin).status == 303
    qtbot.waitUntil(lambda: len(device_rows(panel)) == 4, timeout=3000)
    rows = device_rows(panel)
    names = [name for name, _seen in rows]
    assert [n.split(" · joined ")[0] for n in names] == [
        "Android phone · Chrome",
        "iPhone · Safari",
        "Windows laptop · Firefox",
        "Android phone · Chrome (2)",  # two alike, told apart
    ]
    assert all(re.search(r" · joined \d\d:\d\d:\d\d$", n) for n in names), names
    assert all(seen.startswith("seen ") for _n, seen in rows)
    assert len(set(names)) == 4
    # the file keeps the short names only: no User-Agent, no version
    with sqlite3.connect(store.path) as raw:
        kept = [row[0] for row in raw.execute("SELECT label FROM devices ORDER BY id")]
    assert kept == [
        "Android phone · Chrome",
        "iPhone · Safari",
        "Windows laptop · Firefox",
        "Android phone · Chrome",
    ]
    assert not any(re.search(r"\d", label) or "Mozilla" in label for label in kept)


@pytest.mark.parametrize("agent, label", LABELS)
def test_the_short_name_of_each_browser(entry, groups, store, client_for, agent, label):
    _server, info = entry
    device = client_for(info.port, user_agent=agent)
    assert device.join(info.code, groups[0].id).status == 303
    (row,) = store.devices()
    assert row["label"] == label


def test_every_name_a_device_is_given_is_said_in_the_consoles_language():
    from workshop_app.lan import auth
    from workshop_app.ui.entry_panel import DEVICE_NAMES

    assert set(DEVICE_NAMES) == auth.device_names()
    assert {label.split(" · ")[0] for _agent, label in LABELS} <= set(DEVICE_NAMES)
