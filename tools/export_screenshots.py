"""Render pages of each export of the demo event as PNG (for the README and for looking), and
print how many pages each export has at A4 and at Letter.

    python -m tools.export_screenshots docs/screenshots

Needs LibreOffice (soffice) and poppler (pdftoppm, pdftotext). Writes
export-worksheet-page1.png, export-worksheet-draft.png (a US clinic's draft policy and its
"Why" notes), export-worksheet-draft-uk.png (the same clinic's draft as a UK event: UK
sources), export-handout-a4-page1.png, export-handout-letter-page1.png,
export-handout-starting-draft.png (the core clauses with blanks for the name),
export-summary-page1.png and export-summary-report-back.png (the landscape side-by-side page).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DPI = 60
PAPERS = ("a4", "letter")
PLANS = ("social-media-confidentiality", "ai-tools-confidentiality")


def _pages(pdf: Path) -> list[str]:
    """Each page's text (pdftotext), for finding the page a section starts on."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def _page_with(pdf: Path, words: str) -> int:
    return next(i for i, text in enumerate(_pages(pdf), 1) if words in text)


def _write(root: Path) -> Path:
    from workshop_app.demo import build_demo
    from workshop_app.export import handout, summary, worksheet

    docs = root / "docx"
    docs.mkdir()
    for plan_id in PLANS:
        short = plan_id.split("-")[0]
        for region in ("us", "uk"):
            with build_demo(root / f"{short}-{region}.workshop", plan_id, region=region) as store:
                for paper in PAPERS:
                    if region == "uk" and paper == "letter":
                        continue
                    tag = f"{short}-{region}-{paper}"
                    for i, group in enumerate(store.groups(), 1):
                        worksheet.write_worksheet(
                            store, group, docs / f"{tag}-worksheet{i}.docx", paper
                        )
                    if region == "us":
                        if paper == "a4":  # an organization's worksheet in Spanish
                            worksheet.write_worksheet(
                                store,
                                store.groups()[1],
                                docs / f"{tag}-worksheet-es.docx",
                                paper,
                                "es",
                            )
                        summary.write_summary(store, docs / f"{tag}-summary.docx", paper)
                        handout.write_handout(
                            store.plan,
                            docs / f"{tag}-handout.docx",
                            paper,
                            store.event().facilitator,
                        )
    return docs


def render(folder: Path) -> list[Path]:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm or not shutil.which("pdftotext"):
        raise SystemExit("needs soffice (LibreOffice) and pdftoppm, pdftotext (poppler-utils)")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(root / "data"))
        docs = _write(root)
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
            timeout=600,
        )
        pdf = {p.stem: p for p in (root / "pdf").glob("*.pdf")}
        missing = sorted({p.stem for p in docs.iterdir()} - set(pdf))
        if missing:
            raise SystemExit(f"LibreOffice did not convert {', '.join(missing)}")
        print("pages (A4 / Letter):")
        for name in sorted({n.replace("-a4-", "-").replace("-letter-", "-") for n in pdf}):
            short, region, kind = name.split("-", 2)
            counts = [
                str(len(_pages(pdf[f"{short}-{region}-{paper}-{kind}"])))
                if f"{short}-{region}-{paper}-{kind}" in pdf
                else "—"
                for paper in PAPERS
            ]
            print(f"  {short:7} {region} {kind:11} {' / '.join(counts)}")
        sheet, sheet_uk = pdf["social-us-a4-worksheet1"], pdf["social-uk-a4-worksheet1"]
        shots = [
            (sheet, 1, "export-worksheet-page1"),
            (sheet, _page_with(sheet, "Our draft policy"), "export-worksheet-draft"),
            (sheet_uk, _page_with(sheet_uk, "Our draft policy"), "export-worksheet-draft-uk"),
            (pdf["social-us-a4-handout"], 1, "export-handout-a4-page1"),
            (pdf["social-us-letter-handout"], 1, "export-handout-letter-page1"),
            (
                pdf["social-us-a4-handout"],
                _page_with(pdf["social-us-a4-handout"], "A starting draft"),
                "export-handout-starting-draft",
            ),
            (
                pdf["social-us-a4-worksheet-es"],
                _page_with(pdf["social-us-a4-worksheet-es"], "Mapa de actores clave"),
                "export-worksheet-es-map",
            ),
            (pdf["social-us-a4-summary"], 1, "export-summary-page1"),
            (pdf["social-us-a4-summary"], 2, "export-summary-report-back"),
        ]
        written = []
        for source, page, out in shots:
            pages = ["-f", str(page), "-l", str(page), "-singlefile"]
            subprocess.run(
                [pdftoppm, "-png", "-r", str(DPI), *pages, str(source), str(folder / out)],
                check=True,
            )
            written.append(folder / f"{out}.png")
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
