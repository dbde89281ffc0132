"""`--pdf` (a PDF beside each .docx through LibreOffice) and `--calendar` (one .ics per
organization with its action items), as a facilitator runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop_app import cli
from workshop_app.kinds.report_back import model as actions

CEDAR = "Demo workshop - social media and client confidentiality - Cedar Valley HIV Resource Center"


@pytest.fixture
def demo_file(demo_store):
    path = demo_store.path
    demo_store.close()
    return path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _items(event: Path) -> dict[str, list[actions.ActionItem]]:
    from workshop_app.store import EventStore

    with EventStore.open(event, readonly=True) as store:
        return {g.name: actions.load(store, g.id) for g in store.groups()}


def test_calendar_has_one_entry_per_action_item_and_two_readers_agree(demo_file, tmp_path, capsys):
    import icalendar
    import vobject

    code, out, err = run(capsys, "export", demo_file, "--out", tmp_path, "--calendar")
    assert code == 0, err
    written = [Path(line) for line in out.splitlines()]
    calendars = [p for p in written if p.suffix == ".ics"]
    items = _items(demo_file)
    assert len(calendars) == sum(1 for v in items.values() if v)
    cedar = tmp_path / f"{CEDAR} - first steps.ics"
    assert cedar in calendars
    for path in calendars:
        org = path.name.removeprefix(
            "Demo workshop - social media and client confidentiality - "
        ).removesuffix(" - first steps.ics")
        expected = items[org]
        data = path.read_bytes()
        # the library that wrote it reads it back, entry for entry, and a round trip keeps it
        cal = icalendar.Calendar.from_ical(data)
        entries = [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
        assert len(entries) == len(expected)
        assert icalendar.Calendar.from_ical(cal.to_ical()).to_ical() == cal.to_ical()
        assert str(cal["X-WR-CALNAME"]) == f"{org}: first steps"
        by_title = {str(e["SUMMARY"]): e for e in entries}
        for item in expected:
            entry = by_title[" ".join(item.what.split())[:200]]
            description = str(entry["DESCRIPTION"])
            assert f"Owner: {item.owner or 'not named yet'}" in description
            assert f"Status: {actions.STATUS_LABELS[item.status]}" in description
            if item.due:
                assert entry.name == "VEVENT"
                start = entry.decoded("DTSTART")
                assert start == date.fromisoformat(item.due)  # a date: all day
                assert not hasattr(start, "hour")
                assert (entry.decoded("DTEND") - start).days == 1
            else:
                assert entry.name == "VTODO"
        # a second, independent reader sees the same entries
        parsed = vobject.readOne(data.decode("utf-8"))
        seen = list(getattr(parsed, "vevent_list", [])) + list(getattr(parsed, "vtodo_list", []))
        assert sorted(e.summary.value for e in seen) == sorted(by_title)
        assert len({e.uid.value for e in seen}) == len(expected)  # stable, distinct ids


def test_calendar_uids_are_stable_between_exports(demo_file, tmp_path, capsys):
    import icalendar

    def uids(folder):
        run(
            capsys,
            "export",
            demo_file,
            "--out",
            folder,
            "--calendar",
            "--org",
            "Cedar Valley HIV Resource Center",
        )
        cal = icalendar.Calendar.from_ical((folder / f"{CEDAR} - first steps.ics").read_bytes())
        return sorted(str(e["UID"]) for e in cal.walk("VEVENT"))

    assert uids(tmp_path / "one") == uids(tmp_path / "two")  # re-importing updates, not doubles


def test_an_undated_item_is_a_todo_and_an_organization_without_items_gets_no_file(
    store, tmp_path, capsys
):
    import icalendar

    busy = store.add_group("Busy Org")
    store.add_group("Quiet Org")
    actions.save(
        store,
        busy.id,
        [
            actions.ActionItem("Name a privacy lead", owner="Director", due="2027-01-15"),
            actions.ActionItem("Read the draft; send comments", status="started"),
        ],
    )
    path = store.path
    store.close()
    code, out, err = run(capsys, "export", path, "--out", tmp_path, "--calendar")
    assert code == 0, err
    assert "no calendar for Quiet Org: no action items" in err
    (ics,) = [Path(p) for p in out.splitlines() if p.endswith(".ics")]
    assert "Busy Org" in ics.name
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    (event,) = cal.walk("VEVENT")
    (todo,) = cal.walk("VTODO")
    assert event.decoded("DTSTART") == date(2027, 1, 15)
    assert str(todo["SUMMARY"]) == "Read the draft; send comments"
    assert str(todo["STATUS"]) == "IN-PROCESS"


def test_without_libreoffice_pdf_says_what_is_missing_and_the_docx_is_written(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty)}
    out = subprocess.run(
        [sys.executable, "-m", "workshop_app", "handout", str(tmp_path / "h.docx"), "--pdf"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 1
    assert (tmp_path / "h.docx").stat().st_size > 5000
    assert not (tmp_path / "h.pdf").exists()
    lines = [line for line in out.stderr.splitlines() if line.startswith("error")]
    assert lines == [
        "error: no PDF written: LibreOffice is not installed (no soffice program found); "
        "install LibreOffice Writer to get PDFs; the Word files are written"
    ]
    assert out.stdout.strip() == str(tmp_path / "h.docx")


@pytest.mark.office
@pytest.mark.slow
def test_pdf_beside_each_docx_for_export_handout_and_summary(demo_file, tmp_path, capsys, soffice):
    code, out, err = run(
        capsys,
        "export",
        demo_file,
        "--out",
        tmp_path,
        "--pdf",
        "--org",
        "Casa Arcoíris LGBTQ+ Youth Center",
    )
    assert code == 0, err
    code2, out2, err2 = run(
        capsys, "handout", tmp_path / "handout.docx", "--pdf", "--paper", "letter"
    )
    code3, out3, err3 = run(capsys, "summary", demo_file, tmp_path / "summary.docx", "--pdf")
    assert (code2, code3) == (0, 0), err2 + err3
    written = [Path(p) for p in (out + out2 + out3).splitlines()]
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert [p.with_suffix(".docx") for p in pdfs] == [p for p in written if p.suffix == ".docx"]
    for pdf in pdfs:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert int(info.split("Pages:")[1].split()[0]) >= 2
    assert (
        "(letter)"
        in subprocess.run(
            ["pdfinfo", str(tmp_path / "handout.pdf")], capture_output=True, text=True
        ).stdout
    )
