"""The app's version and build, as `workshop-app --version` and Help → About show them.

A bundle made by `make dist` carries ``_build.json`` beside this module (written by
packaging/build.py: the commit, its date, the Python, Qt and PyInstaller versions). A checkout
names its git commit; an installed package says it was installed from a package.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

from workshop_app import APP_NAME, __version__

_PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_FILE = _PACKAGE_DIR / "_build.json"


@cache
def build() -> dict:
    """The bundle's build record, or {} outside a bundle."""
    try:
        return json.loads(BUILD_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _checkout_commit() -> str:
    checkout = _PACKAGE_DIR.parent
    if not (checkout / "pyproject.toml").exists() or not (checkout / ".git").exists():
        return ""
    try:
        result = subprocess.run(
            ["git", "-C", str(checkout), "log", "-1", "--format=%h %cs"],
            capture_output=True,
            text=True,
            timeout=3,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def build_text() -> str:
    """One line: where this copy of the app comes from."""
    info = build()
    if info:
        dirty = " with uncommitted changes" if info.get("dirty") else ""
        return (
            f"build {info['commit']}{dirty} of {info['commit_date']}, "
            f"{info['freezer']} bundle for {info['platform']} "
            f"(Python {info['python']}, Qt {info['qt']})"
        )
    python = ".".join(map(str, sys.version_info[:3]))
    commit = _checkout_commit()
    if commit:
        return f"source checkout at {commit} (Python {python})"
    if (_PACKAGE_DIR.parent / "pyproject.toml").exists():
        return f"source checkout (Python {python})"
    return f"installed package (Python {python})"


def version_text() -> str:
    return f"{APP_NAME} {__version__}, {build_text()}"
