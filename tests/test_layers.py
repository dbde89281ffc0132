"""The layers: only workshop_app/ui and each kind's ui/ import QtWidgets; core, lan/ and a kind's
other modules import no Qt at all."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "workshop_app"
# Every top-level module or package is core except the command line, the package's own entry
# points, the three front ends and the stage kinds (checked below), so a new core module is
# checked without anyone listing it.
NOT_CORE = {"__init__", "__main__", "cli", "ui", "lan", "export", "kinds"}
CORE = tuple(
    sorted(
        p.stem
        for p in PACKAGE.iterdir()
        if p.stem not in NOT_CORE
        and ((p.suffix == ".py") or (p.is_dir() and (p / "__init__.py").exists()))
    )
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, wherever the import is (top level or inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_scan_sees_imports(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6 import QtWidgets\n"
        "def f():\n    from PySide6.QtGui import QImage\n    import importlib\n"
        "    importlib.import_module('PySide6.QtWidgets')\n"
    )
    found = imported_modules(sample)
    assert {"os", "PySide6.QtWidgets", "PySide6.QtGui.QImage", "PySide6"} <= found


def is_kind_ui(name: str) -> bool:
    """workshop_app.kinds.<kind>.ui and below: a stage kind's Qt parts."""
    parts = name.split(".")
    return len(parts) >= 4 and parts[:2] == ["workshop_app", "kinds"] and parts[3] == "ui"


def test_only_ui_imports_qtwidgets():
    offenders = [
        f"{module_name(path)} imports {name}"
        for path in python_files()
        if not is_under(module_name(path), "workshop_app.ui") and not is_kind_ui(module_name(path))
        for name in imported_modules(path)
        if is_under(name, "PySide6.QtWidgets")
    ]
    assert offenders == []


def test_a_kinds_modules_outside_its_ui_import_no_qt():
    checked = []
    offenders = []
    for path in python_files():
        name = module_name(path)
        if not is_under(name, "workshop_app.kinds") or is_kind_ui(name):
            continue
        checked.append(name)
        offenders += [
            f"{name} imports {m}" for m in imported_modules(path) if is_under(m, "PySide6")
        ]
    assert "workshop_app.kinds.report_back.model" in checked
    assert offenders == []


def test_core_and_lan_import_no_qt():
    checked = []
    offenders = []
    for path in python_files():
        name = module_name(path)
        core = name.removeprefix("workshop_app.").split(".")[0] in CORE
        if not (core or is_under(name, "workshop_app.lan")):
            continue
        checked.append(name)
        offenders += [
            f"{name} imports {m}" for m in imported_modules(path) if is_under(m, "PySide6")
        ]
    assert {"workshop_app.plan", "workshop_app.store", "workshop_app.text"} <= set(checked)
    assert offenders == []


def test_every_core_module_is_in_the_import_linter_contract():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contracts = config["tool"]["importlinter"]["contracts"]
    no_qt = next(c for c in contracts if "PySide6" in c["forbidden_modules"])
    missing = [m for m in CORE if f"workshop_app.{m}" not in no_qt["source_modules"]]
    assert "workshop_app.lan" in no_qt["source_modules"]
    assert missing == [], f"add these core modules to the import-linter contract: {missing}"


def test_import_linter_contracts_pass():
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        found = shutil.which("lint-imports")
        if not found:
            pytest.skip("lint-imports is not installed (pip install -e '.[test]')")
        exe = Path(found)
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def _qt_modules() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py")) + sorted(PACKAGE.glob("kinds/*/ui/**/*.py"))


def test_no_attributes_are_bolted_onto_widgets_or_windows_from_outside():
    """A widget's or window's parts are declared in its own class: no ``label.set_group =
    lambda …`` and no ``window.handoff = …`` from another module (a page, the menus, start-up).
    Settings a widget declares (``editor.revision``, a dataclass's fields) are set through
    names the class has; this checks lambdas and the main window."""
    offenders = []
    for path in _qt_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:
                if not isinstance(target, ast.Attribute) or (
                    isinstance(target.value, ast.Name) and target.value.id in ("self", "cls")
                ):
                    continue
                onto = ast.unparse(target.value)
                bolted = isinstance(node.value, ast.Lambda) and onto != "ctx"
                if bolted or onto in ("window", "self.window"):
                    offenders.append(
                        f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(target)}"
                    )
    assert offenders == []


def test_paths_finds_the_apps_own_files_only():
    """paths.py finds the bundled resources and shipped plans; the user's folders (platformdirs,
    their environment overrides) are folders.py."""
    text = (PACKAGE / "paths.py").read_text(encoding="utf-8")
    assert "platformdirs" not in imported_modules(PACKAGE / "paths.py")
    assert "environ" not in text
    assert "platformdirs" in imported_modules(PACKAGE / "folders.py")


def test_every_folder_of_the_package_is_a_package():
    """A folder of modules without __init__.py is skipped by pkgutil, so the bundle (PyInstaller's
    collect_submodules) would leave it out: the vote's console page was missing from it."""
    folders = {p.parent for p in PACKAGE.rglob("*.py")}
    assert (
        sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").exists()) == []
    )
