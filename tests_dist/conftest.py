"""The built bundle as a new user meets it: the tarball unpacked into a fresh folder, every
command run with a clean environment (`env -i`, a PATH of the system's folders only, a new
HOME), the window on its own Xvfb display. Run after `make dist` with `make check-dist`;
WORKSHOP_APP_TARBALL names another tarball."""

from __future__ import annotations

import os
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


def find_tarball() -> Path:
    named = os.environ.get("WORKSHOP_APP_TARBALL")
    if named:
        return Path(named)
    found = sorted((ROOT / "dist").glob("workshop-app-*.tar.gz"))
    if not found:
        pytest.fail("no dist/workshop-app-*.tar.gz: run `make dist` first")
    return found[-1]


class Bundle:
    """The unpacked app and a user of it."""

    def __init__(self, folder: Path, home: Path):
        self.folder = folder
        self.program = folder / "workshop-app"
        self.home = home
        self.display = ""

    def env(self, **extra: str) -> dict[str, str]:
        env = {"HOME": str(self.home), "PATH": SYSTEM_PATH, "LANG": "C.UTF-8"}
        if self.display:
            env["DISPLAY"] = self.display
        env.update(extra)
        return env

    def run(self, *args, cwd: Path | None = None, timeout: int = 120, **extra):
        return subprocess.run(
            ["env", "-i", *(f"{k}={v}" for k, v in self.env(**extra).items()), self.program]
            + [str(a) for a in args],
            cwd=cwd or self.home,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def popen(self, *args, cwd: Path | None = None, **extra) -> subprocess.Popen:
        return subprocess.Popen(
            ["env", "-i", *(f"{k}={v}" for k, v in self.env(**extra).items()), self.program]
            + [str(a) for a in args],
            cwd=cwd or self.home,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    @property
    def data_dir(self) -> Path:
        return self.home / ".local" / "share" / "workshop-app"


@pytest.fixture(scope="session")
def tarball() -> Path:
    return find_tarball()


@pytest.fixture(scope="session")
def bundle(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    fresh = tmp_path_factory.mktemp("new-user")
    with tarfile.open(tarball) as tar:
        tar.extractall(fresh, filter="tar")
    (top,) = [p for p in fresh.iterdir() if p.is_dir()]
    home = fresh / "home"
    home.mkdir()
    return Bundle(top, home)


@pytest.fixture(scope="session")
def display(bundle: Bundle):
    """An Xvfb display of its own for the window."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    bundle.display = f":{number}"
    yield bundle.display
    bundle.display = ""
    xvfb.terminate()
    xvfb.wait(10)
