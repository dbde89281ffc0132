"""The menu entry, the icon and the event-file type, for the current user (freedesktop desktops:
Linux and the BSDs). `workshop-app install-desktop` / `uninstall-desktop`.

Installs into ``$XDG_DATA_HOME`` (``~/.local/share``): ``applications/workshop-app.desktop``
running this copy of the app (the bundle, the pip-installed command, or ``python -m
workshop_app``), ``mime/packages/workshop-app.xml`` (``*.workshop`` is
``application/x-workshop-event``), the icon in every size under ``icons/hicolor``; and makes the
app the default for event files in ``$XDG_CONFIG_HOME/mimeapps.list``. Then it refreshes the
MIME and desktop databases with ``update-mime-database`` and ``update-desktop-database`` where
they are installed. Uninstalling removes exactly that again.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from workshop_app import APP_ID, APP_NAME, paths

DESKTOP_ID = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-workshop-event"
MIME_FILE = f"{APP_ID}.xml"


class DesktopError(Exception):
    """The desktop integration cannot be installed here; one line for the user."""


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def launch_command() -> list[str]:
    """How the menu entry starts this copy of the app."""
    if getattr(sys, "frozen", False):  # the bundle's own program
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).parent / APP_ID  # pip's command beside this Python
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(Path(sys.executable)), "-m", "workshop_app"]


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(arg: str) -> str:
    """One argument of an Exec key, quoted as the Desktop Entry Specification says, then
    escaped as a string value (a backslash doubled) and with % doubled."""
    if arg and not (_RESERVED & set(arg)):
        quoted = arg
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    template = paths.resource("desktop", DESKTOP_ID).read_text(encoding="utf-8")
    exec_line = " ".join(exec_argument(a) for a in command) + " %f"
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = f"TryExec={exec_argument(command[0])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _icon_files() -> list[tuple[Path, Path]]:
    """(bundled file, path under icons/hicolor) for every size of the icon."""
    hicolor = paths.resource("icons", "hicolor")
    return [(f, f.relative_to(hicolor)) for f in sorted(hicolor.rglob(f"{APP_ID}.*"))]


# -- mimeapps.list: a few lines in two sections, edited without touching the rest -------------


def _edit_mimeapps(path: Path, add: bool) -> None:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    wanted = {"Default Applications": add, "Added Associations": add}
    out: list[str] = []
    section = None
    seen: set[str] = set()

    def close_section() -> None:
        if section in wanted and wanted[section] and section not in seen:
            out.append(f"{MIME_TYPE}={DESKTOP_ID};")
            seen.add(section)

    for line in lines:
        header = re.fullmatch(r"\s*\[(.+)\]\s*", line)
        if header:
            close_section()
            section = header.group(1)
            out.append(line)
            continue
        key, sep, value = line.partition("=")
        if section in wanted and sep and key.strip() == MIME_TYPE:
            ids = [i for i in value.strip().split(";") if i and i != DESKTOP_ID]
            if add:
                ids = [DESKTOP_ID] if section == "Default Applications" else [DESKTOP_ID, *ids]
                seen.add(section)
            if ids:
                out.append(f"{MIME_TYPE}={';'.join(ids)};")
            continue
        out.append(line)
    close_section()
    for name, adding in wanted.items():
        if adding and name not in seen:
            if out and out[-1].strip():
                out.append("")
            out += [f"[{name}]", f"{MIME_TYPE}={DESKTOP_ID};"]
    if not out and not path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _refresh(data: Path) -> list[str]:
    """Run the databases' update tools; what could not be refreshed, for the user."""
    notes = []
    for tool, folder in (
        ("update-mime-database", data / "mime"),
        ("update-desktop-database", data / "applications"),
    ):
        if not folder.is_dir():
            continue
        program = shutil.which(tool)
        if program is None:
            notes.append(f"{tool} is not installed; the desktop picks the change up at next login")
            continue
        result = subprocess.run(
            [program, str(folder)], capture_output=True, text=True, env=_quiet_env(data)
        )
        if result.returncode != 0:
            said = (result.stderr.strip().splitlines() or ["failed"])[-1]
            notes.append(f"{tool} {folder}: {said}")
    hicolor = data / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon caches look at the folder's time
    return notes


def _quiet_env(data: Path) -> dict[str, str]:
    """update-mime-database warns when the folder is not on XDG_DATA_DIRS; it is (as data home)."""
    env = dict(os.environ)
    dirs = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    env["XDG_DATA_DIRS"] = f"{data}:{dirs}"
    return env


def _check_platform() -> None:
    if sys.platform in ("win32", "darwin"):
        raise DesktopError(
            "install-desktop is for Linux desktops; on Windows and macOS the app's bundle "
            "carries its icon and its event-file type (see the README)"
        )


def install() -> list[str]:
    """Install for the current user; the lines to print."""
    _check_platform()
    data, command = data_home(), launch_command()
    entry = data / "applications" / DESKTOP_ID
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(desktop_entry(command), encoding="utf-8")
        mime = data / "mime" / "packages" / MIME_FILE
        mime.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.resource("desktop", MIME_FILE), mime)
        for source, relative in _icon_files():
            target = data / "icons" / "hicolor" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        _edit_mimeapps(config_home() / "mimeapps.list", add=True)
    except OSError as exc:
        raise DesktopError(f"not installed: {exc.strerror or exc}: {exc.filename}") from None
    lines = [
        f"installed {APP_NAME} for this user: menu entry {entry}",
        f"  it runs: {' '.join(command)}",
        f"  *.workshop files ({MIME_TYPE}) open with {APP_NAME}",
    ]
    return lines + [f"  note: {n}" for n in _refresh(data)]


def uninstall() -> list[str]:
    _check_platform()
    data = data_home()
    targets = [
        data / "applications" / DESKTOP_ID,
        data / "mime" / "packages" / MIME_FILE,
        *(data / "icons" / "hicolor" / rel for _, rel in _icon_files()),
    ]
    removed = 0
    try:
        for target in targets:
            if target.exists():
                target.unlink()
                removed += 1
        _edit_mimeapps(config_home() / "mimeapps.list", add=False)
    except OSError as exc:
        raise DesktopError(f"not uninstalled: {exc.strerror or exc}: {exc.filename}") from None
    if not removed:
        return [f"{APP_NAME} was not installed for this user in {data}; nothing to remove"]
    lines = [f"uninstalled {APP_NAME}'s menu entry, icon and event-file type ({removed} files)"]
    return lines + [f"  note: {n}" for n in _refresh(data)]
