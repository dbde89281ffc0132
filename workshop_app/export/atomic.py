"""Write a file so that a failure never leaves half a file nor destroys a good one.

`atomic_write(target, write)` checks the target can be replaced, lets `write` fill a temporary
file in the same folder, flushes it to disk and moves it into place with `os.replace` (atomic on
one file system). If anything fails the temporary file is removed, the earlier file at `target`
is untouched, and `ExportError` carries a one-line message for the user. Pure Python.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".~export-"


class ExportError(Exception):
    """An export that could not be written; the message is one line for the user."""


def make_folder(path: Path) -> Path:
    """Create the folder an export goes into (and its parents); ExportError if it cannot be."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportError(f"{path} is a file, not a folder.") from None
    except OSError as exc:
        raise ExportError(f"cannot create the folder {path}: {exc.strerror}.") from None
    return path


def office_lock_files(target: Path) -> list[Path]:
    """Owner files Word (~$name) and LibreOffice (.~lock.name#) keep beside an open document."""
    name = target.name
    candidates = [
        target.with_name(f".~lock.{name}#"),
        target.with_name(f"~${name}"),
        target.with_name(f"~${name[2:]}"),
    ]
    return [p for p in candidates if p.exists()]


def check_target(target: Path) -> None:
    """Refuse, with one line, a target that cannot be replaced; the folder must exist."""
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"cannot write {target.name}: {folder} is a file, not a folder.")
    if not folder.exists():
        raise ExportError(f"cannot write {target.name}: the folder {folder} does not exist.")
    if target.is_dir():
        raise ExportError(f"cannot write {target.name}: a folder of that name is in the way.")
    locks = office_lock_files(target)
    if locks:
        raise ExportError(
            f"{target.name} is open in Word or LibreOffice; close it and export again "
            f"(if it is not open, delete {locks[0].name})."
        )


def atomic_write(target: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write `target` through a temporary file in its folder; return the target path."""
    target = Path(target)
    check_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(_describe(exc, target, writing_folder=True)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)  # keep the mode the user gave it
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(_describe(exc, target)) from None
        raise
    return target


def _describe(exc: OSError, target: Path, writing_folder: bool = False) -> str:
    if exc.errno == errno.ENOSPC:
        return f"the disk is full; {target.name} was not written."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        if writing_folder or exc.errno == errno.EROFS:
            return f"cannot write to the folder {target.parent}: it is read-only."
        return (
            f"{target.name} could not be replaced: it is open in another program or read-only; "
            "close it and export again."
        )
    if isinstance(exc, IsADirectoryError):
        return f"cannot write {target.name}: a folder of that name is in the way."
    reason = exc.strerror or str(exc)
    return f"{target.name} could not be written: {reason}."
