"""LibreOffice prints the worksheet's action plan with every due date on one line, UK and US
forms ("30 Sept 2027", "Sep 30, 2027"), at A4 and at Letter."""

from __future__ import annotations

import re

import pytest
from pdf_pages import broken_words, page_count, page_text

from workshop_app.export import worksheet
from workshop_app.i18n import short_date
from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore

pytestmark = [pytest.mark.office, pytest.mark.slow]

DATES = ("2027-01-10", "2027-09-30", "2027-12-28")


def test_every_due_date_prints_on_one_line(soffice, plan, tmp_path, qapp):
    from workshop_app.export.pdf import to_pdf

    docs, shown = [], {}
    for region in ("uk", "us"):
        store = EventStore.create(tmp_path / f"{region}.workshop", plan, "T", region=region)
        group = store.add_group("Harbour Legal Aid").id
        for due in DATES:
            actions.add(store, group, {"what": "Name a drafting committee", "due": due})
        for paper in ("a4", "letter"):
            path = tmp_path / f"{region}-{paper}.docx"
            docs.append(worksheet.write_worksheet(store, store.group(group), path, paper))
            shown[path.stem] = [short_date(d, region) for d in DATES]
        store.close()
    for pdf in to_pdf(docs):
        text = "\n".join(page_text(pdf, p) for p in range(1, page_count(pdf) + 1))
        rows = [line for line in text.splitlines() if "Name a drafting committee" in line]
        assert len(rows) == len(DATES), pdf.name
        for row, due in zip(rows, shown[pdf.stem], strict=True):
            assert re.search(re.escape(due) + r"\s+Planned", row), f"{pdf.name}: {row!r}"
        assert broken_words(pdf, {"What", "Owner", "(role)", "Due", "Status"}) == []
