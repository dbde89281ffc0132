"""`make translations`: extract the console's and projector's strings and compile them.

    python -m tools.translations            # re-extract into the .ts files, then compile
    python -m tools.translations --release  # only compile the .ts files into .qm

pyside6-lupdate reads every ``tr``/``translate`` call under workshop_app/ui and
workshop_app/kinds/*/ui into ``resources/translations/workshop_app_<lang>.ts`` (translations
already written are kept; messages no longer in the code are dropped). English is the source
language and needs no catalogue. pyside6-lrelease compiles each .ts into the .qm the app loads. No source locations are stored,
so moving code does not change the catalogues.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "workshop_app"
LANGUAGES = ("es",)  # workshop_app.ui.i18n.LANGUAGES but English, the source language
BIN = Path(sys.executable).parent


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python file whose strings a person reads in the console or on the projector."""
    found = sorted((root / "workshop_app" / "ui").rglob("*.py"))
    found += sorted((root / "workshop_app" / "kinds").glob("*/ui/**/*.py"))
    return found


def ts_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{lang}.qm"


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def update(lang: str, ts: Path, root: Path = ROOT) -> str:
    """Extract the strings into `ts` (created or merged); lupdate's report."""
    args = [_tool("pyside6-lupdate"), *map(str, sources(root))]
    args += ["-ts", str(ts), "-locations", "none", "-no-obsolete"]
    args += ["-source-language", "en", "-target-language", lang]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def release(ts: Path, qm: Path) -> str:
    done = subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        if not args.release:
            print(update(lang, ts_path(lang)).strip())
        print(release(ts_path(lang), qm_path(lang)).strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
