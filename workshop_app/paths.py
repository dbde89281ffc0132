"""The one place that finds the app's own files: bundled resources and the shipped workshop plans.

In a checkout, ``resources/`` and ``sessions/`` sit beside the ``workshop_app`` package. In an
installed wheel they are the data packages ``workshop_app._resources`` and
``workshop_app._sessions``. Nothing else in the app builds paths to them. The user's folders
(events, backups, logs) are `workshop_app.folders`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_PLAN_ID = "social-media-confidentiality"


@cache
def _data_dir(name: str) -> Path:
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    installed = _PACKAGE_DIR / f"_{name}"
    if installed.is_dir():
        return installed
    raise FileNotFoundError(
        f"the app's {name} folder is missing (looked in {checkout} and {installed})"
    )


def resources_dir() -> Path:
    return _data_dir("resources")


def resource(*parts: str) -> Path:
    """A bundled file under resources/, e.g. ``resource("web", "form.css")``."""
    return resources_dir().joinpath(*parts)


def sessions_dir() -> Path:
    return _data_dir("sessions")


def plan_files() -> list[Path]:
    return sorted(sessions_dir().glob("*.toml"))


def default_plan_path() -> Path:
    return sessions_dir() / f"{DEFAULT_PLAN_ID}.toml"


def plan_path(ref: str | Path | None = None) -> Path:
    """A plan given as a file or as the id of a shipped plan (``ai-tools-confidentiality``).

    None is the seeded plan. A bare name that is neither a file nor a shipped plan's id raises
    FileNotFoundError with the ids that exist.
    """
    if ref is None:
        return default_plan_path()
    path = Path(ref).expanduser()
    if path.is_file() or path.suffix == ".toml" or len(path.parts) > 1:
        return path  # a file: a missing one is load_plan's "no such file"
    shipped = sessions_dir() / f"{ref}.toml"
    if shipped.is_file():
        return shipped
    ids = ", ".join(p.stem for p in plan_files())
    raise FileNotFoundError(f"No plan file or shipped plan called {str(ref)!r} (shipped: {ids}).")


def demo_data_path(plan_id: str = DEFAULT_PLAN_ID) -> Path:
    return resource("demo", f"{plan_id}.toml")
