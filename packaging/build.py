"""Build the one-folder bundle and its tarball: `make dist` runs this with the venv's Python.

    .venv/bin/python packaging/build.py

1. writes build/_build.json (commit, its date, Python, Qt and PyInstaller versions), which the
   spec puts beside the workshop_app package for `--version` and About;
2. runs PyInstaller on packaging/workshop-app.spec into dist/workshop-app/;
3. adds README.txt and packs dist/workshop-app-<version>-<platform>.tar.gz, whose one top
   folder is workshop-app-<version>/;
4. prints the time taken and the sizes.

It refuses to build from a checkout whose resources/ or sessions/ would be missing files.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop_app import APP_ID, APP_NAME, __version__  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"

README = """\
{name} {version}
{line}

Run the app from this folder:

    ./{app} [EVENT]              the window (optionally on an event file)
    ./{app} --help               the commands that need no window (demo, export, serve, …)

Put it in the applications menu and open *.workshop files with a double-click:

    ./{app} install-desktop      for you only; ./{app} uninstall-desktop takes it out again

Move this folder first if you want it elsewhere (install-desktop remembers where it is).
Nothing else needs to be installed: Python and Qt are inside.
"""


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")
    return f"{system}-{machine}"


def git(*args: str) -> str:
    try:
        result = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    except OSError:
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def write_build_info() -> dict:
    import PyInstaller
    import PySide6.QtCore

    info = {
        "version": __version__,
        "commit": git("rev-parse", "--short=10", "HEAD") or "unknown",
        "commit_date": git("log", "-1", "--format=%cs") or "unknown",
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "built_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "platform": platform_tag(),
        "python": platform.python_version(),
        "qt": PySide6.QtCore.qVersion(),
        "freezer": f"PyInstaller {PyInstaller.__version__}",
    }
    BUILD.mkdir(exist_ok=True)
    (BUILD / "_build.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack(bundle: Path, info: dict) -> Path:
    top = f"{APP_ID}-{__version__}"
    tarball = DIST / f"{top}-{info['platform']}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
    return tarball


def main() -> int:
    started = time.monotonic()
    info = write_build_info()
    bundle = DIST / APP_ID
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'pyinstaller'}",
            str(ROOT / "packaging" / f"{APP_ID}.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    if sys.platform == "darwin":
        print(f"dist: {DIST / (APP_NAME + '.app')}")
    exe = APP_ID + (".exe" if sys.platform == "win32" else "")
    (bundle / "README.txt").write_text(
        README.format(name=APP_NAME, version=__version__, line="=" * 40, app=exe),
        encoding="utf-8",
    )
    built = time.monotonic() - started
    tarball = pack(bundle, info)
    print(f"dist: bundle {bundle} ({folder_size(bundle) / 2**20:.0f} MiB)")
    print(f"dist: tarball {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB)")
    print(
        f"dist: built in {built:.0f} s, packed in {time.monotonic() - started - built:.0f} s "
        f"(build {info['commit']}, {info['freezer']}, Python {info['python']}, Qt {info['qt']})"
    )
    return 0


if __name__ == "__main__":
    if shutil.which("git") is None:
        print("dist: git not found; the build will say 'unknown' for its commit", file=sys.stderr)
    raise SystemExit(main())
