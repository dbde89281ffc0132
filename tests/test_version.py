"""`--version` names the version and the build; the event file says which version of the app
created it and which last wrote it; the windows carry the app's icon."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from workshop_app import __version__
from workshop_app.store import EventStore


def test_version_names_the_build():
    out = subprocess.run(
        [sys.executable, "-m", "workshop_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith(f"Workshop App {__version__}, source checkout")
    assert f"Python {sys.version_info[0]}.{sys.version_info[1]}" in out


def test_the_event_file_records_the_version_that_last_wrote_it(store, event_path):
    assert store.app_versions() == {"created_with": __version__, "written_with": __version__}
    store.close()
    with sqlite3.connect(event_path) as conn:  # as if an older app had written it last
        conn.execute(
            "UPDATE meta SET value = '0.0.9' WHERE key IN ('created_with', 'written_with')"
        )
    conn.close()
    with EventStore.open(event_path, readonly=True) as reader:  # reading writes nothing
        assert reader.app_versions()["written_with"] == "0.0.9"
    with EventStore.open(event_path) as writer:
        assert writer.app_versions() == {"created_with": "0.0.9", "written_with": __version__}
    info = subprocess.run(
        [sys.executable, "-m", "workshop_app", "info", str(event_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(info)["app"] == {"created_with": "0.0.9", "written_with": __version__}


def test_the_windows_icon_has_every_size(qapp):
    from workshop_app.ui.icons import ICON_SIZES, app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
    pixmap = app_icon().pixmap(48, 48)
    image = pixmap.toImage()
    assert image.pixelColor(24, 24).alpha() == 255  # drawn, not a blank square
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners
