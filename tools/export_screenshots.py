"""Render page 1 of each export of the demo event as PNG (for the README and for looking).

    python -m tools.export_screenshots docs/screenshots

Needs LibreOffice (soffice) and poppler (pdftoppm). Writes export-worksheet-page1.png,
export-handout-a4-page1.png, export-handout-letter-page1.png, export-summary-page1.png and
export-summary-report-back.png (the landscape side-by-side page).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DPI = 60


def render(folder: Path) -> list[Path]:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        raise SystemExit("needs soffice (LibreOffice) and pdftoppm (poppler-utils)")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(root / "data"))
        from workshop_app.demo import build_demo
        from workshop_app.export import handout, summary, worksheet

        docs = root / "docx"
        docs.mkdir()
        with build_demo(root / "Demo.workshop") as store:
            worksheet.write_worksheet(store, store.groups()[0], docs / "worksheet.docx")
            summary.write_summary(store, docs / "summary.docx")
            handout.write_handout(store.plan, docs / "handout-a4.docx", "a4")
            handout.write_handout(store.plan, docs / "handout-letter.docx", "letter")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(root / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(root / "pdf"),
                *sorted(str(p) for p in docs.iterdir()),
            ],
            capture_output=True,
            check=False,
            timeout=300,
        )
        shots = [
            ("worksheet", 1, "export-worksheet-page1"),
            ("handout-a4", 1, "export-handout-a4-page1"),
            ("handout-letter", 1, "export-handout-letter-page1"),
            ("summary", 1, "export-summary-page1"),
            ("summary", 2, "export-summary-report-back"),
        ]
        written = []
        for name, page, out in shots:
            pdf = root / "pdf" / f"{name}.pdf"
            if not pdf.exists():
                raise SystemExit(f"LibreOffice did not convert {name}.docx")
            pages = ["-f", str(page), "-l", str(page), "-singlefile"]
            subprocess.run(
                [pdftoppm, "-png", "-r", str(DPI), *pages, str(pdf), str(folder / out)], check=True
            )
            written.append(folder / f"{out}.png")
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
