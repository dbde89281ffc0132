"""The console paints without python-docx, aiohttp, Jinja2, segno, sqlite-utils or Babel: they load
when used (sqlite-utils only to create or migrate an event file)."""

import os
import subprocess
import sys

HEAVY = ("docx", "aiohttp", "jinja2", "segno", "sqlite_utils", "babel")

SCRIPT = """
import sys
from pathlib import Path
from workshop_app.demo import build_demo
path = Path(sys.argv[1]) / "demo.workshop"
build_demo(path).close()
for name in [m for m in sys.modules if m.split(".")[0] in {heavy!r}]:
    del sys.modules[name]
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workshop_app.ui.app import build_window
from workshop_app.ui.settings import Settings
window = build_window(Settings())
window.show()
assert window.open_event(path)
for _ in range(10):
    app.processEvents()
print(sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r})))
"""


def test_opening_an_event_imports_no_heavy_module(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(heavy=HEAVY), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
