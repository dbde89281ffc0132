"""A PDF beside each Word export, through LibreOffice when it is installed.

`to_pdf(paths)` converts the given .docx files in ONE headless LibreOffice run (starting it
costs more than converting) with a throw-away profile, so it never hands the job to a
LibreOffice the user has open, and never touches the user's settings. Each PDF is written next
to its .docx under the same name, atomically: a failed conversion leaves the earlier PDF (if
any) as it was. Without LibreOffice, `missing()` says in one line what is missing; the caller
has written the .docx files already. Pure Python: no Qt, no python-docx.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from workshop_app.export.atomic import ExportError, atomic_write

PROGRAMS = ("soffice", "libreoffice")
START_SECONDS = 120  # a cold start on a slow laptop
PER_FILE_SECONDS = 30


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing() -> str | None:
    """One line saying what a PDF needs, or None when it can be written."""
    if soffice():
        return None
    return (
        "no PDF written: LibreOffice is not installed (no soffice program found); "
        "install LibreOffice Writer to get PDFs; the Word files are written"
    )


def pdf_path(docx: Path) -> Path:
    return docx.with_suffix(".pdf")


def to_pdf(paths: Sequence[Path]) -> list[Path]:
    """A PDF beside each .docx in `paths`; ExportError (one line) if LibreOffice is missing or
    a file was not converted."""
    paths = [Path(p) for p in paths]
    if not paths:
        return []
    program = soffice()
    if program is None:
        raise ExportError(missing() or "LibreOffice is missing")
    with tempfile.TemporaryDirectory(prefix="workshop-pdf-") as tmp:
        root = Path(tmp)
        # sources under plain names: LibreOffice's command line mistakes some names for options
        sources = []
        for i, path in enumerate(paths):
            source = root / "in" / f"{i:04d}.docx"
            source.parent.mkdir(exist_ok=True)
            shutil.copyfile(path, source)
            sources.append(source)
        out = root / "out"
        command = [
            program,
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(out),
            *map(str, sources),
        ]
        env = {**os.environ, "HOME": str(root)}  # nothing of the user's profile is read
        try:
            subprocess.run(
                command,
                capture_output=True,
                check=False,
                timeout=START_SECONDS + PER_FILE_SECONDS * len(paths),
                env=env,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise ExportError("LibreOffice took too long to write the PDF; try again.") from None
        except OSError as exc:
            raise ExportError(f"LibreOffice could not be started: {exc.strerror}.") from None
        written = []
        for path, source in zip(paths, sources, strict=True):
            made = out / f"{source.stem}.pdf"
            if not made.exists() or made.stat().st_size == 0:
                raise ExportError(f"LibreOffice did not convert {path.name} to PDF.")
            data = made.read_bytes()
            written.append(atomic_write(pdf_path(path), lambda f, data=data: f.write(data)))
    return written
