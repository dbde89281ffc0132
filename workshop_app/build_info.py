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


def _checkout_commit() -> tuple[str, str]:
    """(short commit, its date) of the checkout this module runs from, or ("", "")."""
    checkout = _PACKAGE_DIR.parent
    if not (checkout / "pyproject.toml").exists() or not (checkout / ".git").exists():
        return "", ""
    try:
        result = subprocess.run(
            ["git", "-C", str(checkout), "log", "-1", "--format=%h %cs"],
            capture_output=True,
            text=True,
            timeout=3,
        )
    except (OSError, subprocess.SubprocessError):
        return "", ""
    commit, _sep, day = result.stdout.strip().partition(" ")
    return (commit, day) if result.returncode == 0 and commit else ("", "")


# where this copy of the app comes from (`source()["kind"]`)
BUNDLE, CHECKOUT_AT, CHECKOUT, PACKAGE = "bundle", "checkout at", "checkout", "package"


def source() -> dict:
    """The facts `build_text` says, for a front end to say them in its own language: ``kind``
    (one of BUNDLE, CHECKOUT_AT, CHECKOUT, PACKAGE), ``python`` and, as the kind has them,
    ``commit``, ``commit_date``, ``dirty``, ``freezer``, ``platform``, ``qt``."""
    info = build()
    if info:
        return {"kind": BUNDLE, **info, "dirty": bool(info.get("dirty"))}
    python = ".".join(map(str, sys.version_info[:3]))
    commit, day = _checkout_commit()
    if commit:
        return {"kind": CHECKOUT_AT, "commit": commit, "commit_date": day, "python": python}
    if (_PACKAGE_DIR.parent / "pyproject.toml").exists():
        return {"kind": CHECKOUT, "python": python}
    return {"kind": PACKAGE, "python": python}


def build_text() -> str:
    """One line, in English: where this copy of the app comes from (`--version`)."""
    facts = source()
    kind, python = facts["kind"], facts["python"]
    if kind == BUNDLE:
        dirty = " with uncommitted changes" if facts["dirty"] else ""
        return (
            f"build {facts['commit']}{dirty} of {facts['commit_date']}, "
            f"{facts['freezer']} bundle for {facts['platform']} "
            f"(Python {python}, Qt {facts['qt']})"
        )
    if kind == CHECKOUT_AT:
        return f"source checkout at {facts['commit']} {facts['commit_date']} (Python {python})"
    if kind == CHECKOUT:
        return f"source checkout (Python {python})"
    return f"installed package (Python {python})"


def version_text() -> str:
    return f"{APP_NAME} {__version__}, {build_text()}"
