"""`workshop-app export | handout | summary`: files, progress on stderr, one-line errors."""

from __future__ import annotations

import io

import docx
import pytest

from workshop_app import cli
from workshop_app.export.commands import Progress


@pytest.fixture
def demo_file(demo_store):
    path = demo_store.path
    demo_store.close()
    return path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_writes_one_file_per_organization(demo_file, tmp_path, capsys):
    out_dir = tmp_path / "out" / "new folder"
    code, out, err = run(capsys, "export", demo_file, "--out", out_dir)
    assert code == 0, err
    files = sorted(p.name for p in out_dir.iterdir())
    assert files == sorted(
        f"Demo workshop - social media and client confidentiality - {name}.docx"
        for name in (
            "Cedar Valley HIV Resource Center",
            "Casa Arcoíris LGBTQ+ Youth Center",
            "Blue Heron Harm Reduction Project",
        )
    )
    assert sorted(out.splitlines()) == sorted(str(out_dir / name) for name in files)
    assert err.splitlines()[-1].startswith("exported 3/3: ")  # plain lines: not a terminal


def test_export_one_organization(demo_file, tmp_path, capsys):
    code, out, _ = run(
        capsys, "export", demo_file, "--out", tmp_path, "--org", "blue heron harm reduction project"
    )
    assert code == 0
    assert out.strip().endswith("Blue Heron Harm Reduction Project.docx")
    code, _, err = run(capsys, "export", demo_file, "--out", tmp_path, "--org", "Nobody")
    assert code == 1
    assert err.startswith("error: no organization named 'Nobody'") and err.count("\n") == 1


def test_handout_and_summary(demo_file, tmp_path, capsys):
    code, out, err = run(capsys, "handout", tmp_path / "handout", "--paper", "letter")
    assert code == 0, err
    assert out.strip() == str(tmp_path / "handout.docx")
    assert docx.Document(out.strip()).sections[0].page_width.inches == pytest.approx(8.5, abs=0.01)
    code, out, err = run(capsys, "summary", demo_file, tmp_path / "summary.docx")
    assert code == 0, err
    assert docx.Document(out.strip()).paragraphs[1].text == "Session summary"


def _all_text(path) -> str:
    document = docx.Document(path)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_handout_cites_the_region_asked_for(tmp_path, capsys):
    code, out, err = run(capsys, "handout", tmp_path / "uk.docx", "--region", "UK")
    assert code == 0, err
    uk = _all_text(out.strip())
    code, out, err = run(capsys, "handout", tmp_path / "us.docx")
    assert code == 0, err
    us = _all_text(out.strip())
    assert "Social Work England" in uk and "Social Work England" not in us
    assert "NASW" in us and "NASW" not in uk
    code, out, err = run(capsys, "handout", tmp_path / "paris.docx", "--region", "fr")
    assert code == 1 and out == ""
    assert (
        err
        == "error: --region 'fr': this plan's regions are us (United States), uk (United Kingdom).\n"
    )
    assert not (tmp_path / "paris.docx").exists()


def test_an_unwritable_folder_is_one_line_and_exit_1(demo_file, tmp_path, capsys):
    # Tests run as root in CI, where chmod does not stop writes: use a "folder" that is a file.
    blocker = tmp_path / "report.txt"
    blocker.write_text("not a folder")
    for argv in (
        ("export", demo_file, "--out", blocker / "out"),
        ("summary", demo_file, blocker / "summary.docx"),
        ("handout", blocker / "handout.docx"),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 1
        assert err.startswith("error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err and out == ""


def test_a_locked_target_keeps_the_earlier_good_file(demo_file, tmp_path, capsys):
    target = tmp_path / "summary.docx"
    assert run(capsys, "summary", demo_file, target)[0] == 0
    good = target.read_bytes()
    (tmp_path / ".~lock.summary.docx#").write_text("Dana,laptop,2026")  # open in LibreOffice
    code, _, err = run(capsys, "summary", demo_file, target)
    assert code == 1
    assert err == (
        "error: summary.docx is open in Word or LibreOffice; close it and export again "
        "(if it is not open, delete .~lock.summary.docx#).\n"
    )
    assert target.read_bytes() == good
    (tmp_path / "folder.docx").mkdir()
    code, _, err = run(capsys, "summary", demo_file, tmp_path / "folder.docx")
    assert code == 1
    assert err == "error: cannot write folder.docx: a folder of that name is in the way.\n"


def test_a_missing_event_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "export", tmp_path / "nope.workshop", "--out", tmp_path)
    assert code == 1 and err.startswith("error: nope.workshop: no such event file")


def test_progress_draws_a_bar_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    progress = Progress("exported", stream)
    progress(1, 4, "a.docx")
    progress(4, 4, "d.docx")
    assert "\r[######------------------] 1/4 a.docx" in stream.getvalue()
    assert stream.getvalue().endswith("\n")
    assert "[########################] 4/4 d.docx" in stream.getvalue()
