"""The menu entry, icon and event-file type: valid for the freedesktop tools, and after
`workshop-app install-desktop` the desktop's own `xdg-mime` names the app for event files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import __version__, desktop, paths

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
TOOLS = ("desktop-file-validate", "update-mime-database", "xdg-mime")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if IN_CI:
            pytest.fail(f"{name} is missing (.ci/debian-packages.txt installs it)")
        pytest.skip(
            f"{name} is not installed (Debian: desktop-file-utils, shared-mime-info, xdg-utils)"
        )
    return found


def run(*args, env=None, check=True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=env, timeout=120
    )
    if check:
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


@pytest.fixture
def xdg(tmp_path: Path) -> dict[str, str]:
    """A user whose desktop folders are throw-away ones, as the freedesktop tools read them."""
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_DIRS"] = f"{tmp_path / 'data'}:/usr/local/share:/usr/share"
    env.pop("XDG_CURRENT_DESKTOP", None)  # xdg-mime's generic, file-based answers
    env.pop("DESKTOP_SESSION", None)
    return env


def test_the_shipped_desktop_entry_is_valid():
    out = run(tool("desktop-file-validate"), paths.resource("desktop", "workshop-app.desktop"))
    assert out.stdout.strip() == ""


def test_the_mime_type_is_read_by_update_mime_database(tmp_path: Path, xdg):
    mime = tmp_path / "data" / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(paths.resource("desktop", "workshop-app.xml"), mime / "packages")
    result = run(tool("update-mime-database"), "-V", mime, env=xdg)
    assert "error" not in result.stderr.lower() and "warning" not in result.stderr.lower(), (
        result.stderr
    )
    assert "application/x-workshop-event:*.workshop" in (mime / "globs2").read_text()
    assert (
        "application/x-workshop-event application/vnd.sqlite3" in (mime / "subclasses").read_text()
    )
    assert "application/x-workshop-event:workshop-app" in (mime / "icons").read_text()


def test_install_desktop_makes_the_app_the_default_for_event_files(tmp_path: Path, xdg):
    for name in TOOLS:
        tool(name)
    config = tmp_path / "config"
    config.mkdir()
    # the user's own choices for other types stay as they were
    (config / "mimeapps.list").write_text(
        "[Default Applications]\ntext/plain=org.gnome.TextEditor.desktop;\n"
    )
    out = run(sys.executable, "-m", "workshop_app", "install-desktop", env=xdg).stdout
    assert "installed Workshop App for this user" in out
    assert "note:" not in out  # the databases were refreshed

    query = run("xdg-mime", "query", "default", desktop.MIME_TYPE, env=xdg)
    assert query.stdout.strip() == "workshop-app.desktop"
    assert "text/plain=org.gnome.TextEditor.desktop;" in (config / "mimeapps.list").read_text()

    data = tmp_path / "data"
    entry = data / "applications" / "workshop-app.desktop"
    assert run("desktop-file-validate", entry).stdout.strip() == ""
    for size in (16, 32, 48, 256):
        assert (data / f"icons/hicolor/{size}x{size}/apps/workshop-app.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/workshop-app.svg").is_file()
    assert "application/x-workshop-event:*.workshop" in (data / "mime" / "globs2").read_text()
    assert (
        "application/x-workshop-event=workshop-app.desktop;"
        in (data / "applications" / "mimeinfo.cache").read_text()
    )

    # the menu entry starts this very copy of the app
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").removesuffix(" %f").split(" ")
    assert run(*program, "--version").stdout.startswith(f"Workshop App {__version__}, ")

    out = run(sys.executable, "-m", "workshop_app", "uninstall-desktop", env=xdg).stdout
    assert "uninstalled Workshop App's menu entry" in out
    assert not entry.exists()
    assert not (data / "icons/hicolor/48x48/apps/workshop-app.png").exists()
    assert run("xdg-mime", "query", "default", desktop.MIME_TYPE, env=xdg).stdout.strip() == ""
    assert "text/plain=org.gnome.TextEditor.desktop;" in (config / "mimeapps.list").read_text()
    again = run(sys.executable, "-m", "workshop_app", "uninstall-desktop", env=xdg).stdout
    assert "nothing to remove" in again


def test_an_app_in_a_folder_with_spaces_gets_a_valid_quoted_exec_line(tmp_path: Path):
    entry = tmp_path / "workshop-app.desktop"
    entry.write_text(desktop.desktop_entry(["/home/sam/My Apps/100% $weird/workshop-app"]))
    assert run(tool("desktop-file-validate"), entry).stdout.strip() == ""
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/home/sam/My Apps/100%% \\\\$weird/workshop-app" %f'
