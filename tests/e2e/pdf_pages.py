"""Reading a PDF page by page (poppler's pdfinfo and pdftotext), as a reader sees the print.

- `page_count`, `page_size`;
- `body_text(pdf, page)`: the text between the top and bottom margins, so the running header
  and the "Page X of Y" footer do not count: an empty body is an empty page;
- `broken_words(pdf, words)`: the words that print split over two lines in the same column
  ("Influe" above "nce"), as a table cell too narrow for them prints them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

MARGIN_PT = 2.2 / 2.54 * 72  # the exports' page margins


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def info(pdf: Path) -> dict[str, str]:
    out = _run(shutil.which("pdfinfo") or "pdfinfo", str(pdf))
    return {
        k.strip(): v.strip()
        for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)
    }


def page_count(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def page_size(pdf: Path, page: int) -> tuple[float, float]:
    out = _run("pdfinfo", "-f", str(page), "-l", str(page), str(pdf))
    found = re.search(rf"Page\s+{page} size:\s+([\d.]+) x ([\d.]+)", out)
    assert found, out
    return float(found.group(1)), float(found.group(2))


def page_text(pdf: Path, page: int, layout: bool = True) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    return _run(*args, str(pdf), "-")


def body_text(pdf: Path, page: int) -> str:
    """The page's text inside its margins (no running header, no footer)."""
    width, height = page_size(pdf, page)
    box = [
        "-x", "0", "-y", str(int(MARGIN_PT)),
        "-W", str(int(width)), "-H", str(int(height - 2 * MARGIN_PT)),
    ]  # fmt: skip
    return _run("pdftotext", "-r", "72", *box, "-f", str(page), "-l", str(page), str(pdf), "-")


def _tokens(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]


def broken_words(pdf: Path, words: set[str]) -> list[str]:
    """Words of `words` that print split over lines in one column ("Influe" over "nce", or
    "Infl/uen/ce"), each as "page N: the/pieces"."""
    words = {w for w in words if len(w) > 1}
    found = set()
    for page in range(1, page_count(pdf) + 1):
        lines = [_tokens(line) for line in page_text(pdf, page).splitlines()]
        for i, tokens in enumerate(lines):
            for column, token in tokens:
                for word in words:
                    if not (word.startswith(token) and token != word):
                        continue
                    pieces, j = [token], i + 1
                    while j < len(lines) and "".join(pieces) != word:
                        nxt = next((t for c, t in lines[j] if abs(c - column) <= 3), None)
                        if nxt is None or not word.startswith("".join(pieces) + nxt):
                            break
                        pieces.append(nxt)
                        j += 1
                    if len(pieces) > 1 and "".join(pieces) == word:
                        found.add(f"page {page}: {'/'.join(pieces)}")
    return sorted(found)
