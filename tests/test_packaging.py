"""`pip install` the app into a throw-away venv and use it from another folder.

Builds a wheel from a clean copy of the sources (no stale build/ folder), installs it with its
dependencies from the package index into a fresh venv, then runs the installed commands.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("workshop_app", "resources", "sessions", "pyproject.toml", "README.md", "LICENSE")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".*")


def sh(*args: str | Path, cwd: Path | None = None, env: dict | None = None, timeout: int = 900):
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs_elsewhere(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=JUNK)
        elif path.exists():
            shutil.copy2(path, src / name)
    dist = tmp_path / "dist"
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, src)
    (wheel,) = dist.glob("workshop_app-*.whl")

    venv = tmp_path / "venv"
    sh(sys.executable, "-m", "venv", venv)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    sh(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    where = sh(
        python, "-c", "import workshop_app; print(workshop_app.__file__)", cwd=elsewhere, env=env
    )
    assert Path(where.strip()).is_relative_to(venv), where  # the installed copy, not the checkout

    out = sh(bin_dir / "workshop-app", "check-plan", cwd=elsewhere, env=env)
    assert out == "ok: Social media and client confidentiality, 5 stages, 11 prompts, 24 clauses\n"

    out = sh(bin_dir / "workshop-app", "demo", "X.workshop", cwd=elsewhere, env=env)
    assert out.startswith("created X.workshop: demo with 3 organizations")
    assert (elsewhere / "X.workshop").is_file()

    info = json.loads(
        sh(python, "-m", "workshop_app", "info", "X.workshop", "--json", cwd=elsewhere, env=env)
    )
    assert len(info["organizations"]) == 3
    assert info["plan"]["id"] == "social-media-confidentiality"
    out = sh(python, "-m", "workshop_app", "info", "X.workshop", cwd=elsewhere, env=env)
    assert "organizations: 3" in out

    # every bundled resource and plan in the checkout is in the wheel
    files = sh(
        python,
        "-c",
        "import workshop_app.paths as p; r = p.resources_dir(); s = p.sessions_dir();"
        "print('\\n'.join(sorted([str(f.relative_to(r.parent.parent)) for f in r.rglob('*') if f.is_file()]"
        " + [f.name for f in s.iterdir()])))",
        cwd=elsewhere,
        env=env,
    ).split()
    assert any(f.endswith(".toml") and "social-media-confidentiality" in f for f in files)
    checkout_resources = [
        f for f in (ROOT / "resources").rglob("*") if f.is_file() and "__pycache__" not in f.parts
    ]
    installed_names = {Path(f).name for f in files}
    missing = [
        str(f.relative_to(ROOT)) for f in checkout_resources if f.name not in installed_names
    ]
    assert missing == [], f"resources missing from the wheel: {missing}"


def test_every_python_package_is_listed_for_the_wheel():
    # pyproject lists packages by hand (resources/ and sessions/ are mapped in as data
    # packages), so a new sub-package must be added there or the wheel would lack it.
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "workshop_app").rglob("__init__.py")
    }
    assert found - listed == set()
