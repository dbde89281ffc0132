"""Writing exports: a failure never leaves half a file nor destroys a good one."""

from __future__ import annotations

import errno
import os
import tempfile

import pytest

from workshop_app.export import atomic
from workshop_app.export.atomic import ExportError, atomic_write


def leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)]


@pytest.fixture
def good(tmp_path):
    target = tmp_path / "report.docx"
    atomic_write(target, lambda f: f.write(b"GOOD"))
    return target


def test_writes_the_file(good):
    assert good.read_bytes() == b"GOOD"
    assert leftovers(good.parent) == []


def test_a_write_failing_halfway_leaves_the_earlier_file_intact(good):
    def half_then_fail(f):
        f.write(b"HALF")
        raise RuntimeError("python-docx crashed")

    with pytest.raises(RuntimeError):
        atomic_write(good, half_then_fail)
    assert good.read_bytes() == b"GOOD"
    assert leftovers(good.parent) == []


def test_disk_full_is_one_line_and_keeps_the_file(good):
    def full(f):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match=r"the disk is full; report\.docx was not written"):
        atomic_write(good, full)
    assert good.read_bytes() == b"GOOD"
    assert leftovers(good.parent) == []


def test_a_target_another_program_holds_cannot_be_replaced(good, monkeypatch):
    def refuse(src, dst):  # what Windows does while Word has the file open
        raise PermissionError(errno.EACCES, "Access is denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="open in another program"):
        atomic_write(good, lambda f: f.write(b"NEW"))
    assert good.read_bytes() == b"GOOD"
    assert leftovers(good.parent) == []


@pytest.mark.parametrize("lock", [".~lock.report.docx#", "~$report.docx", "~$port.docx"])
def test_a_document_open_in_word_or_libreoffice_is_refused(good, lock):
    (good.parent / lock).write_text("someone,host")
    with pytest.raises(ExportError, match="is open in Word or LibreOffice; close it"):
        atomic_write(good, lambda f: f.write(b"NEW"))
    assert good.read_bytes() == b"GOOD"


def test_a_read_only_folder_is_one_line(tmp_path, monkeypatch):
    # Tests run as root in CI, where chmod cannot make a folder read-only: have the folder
    # refuse the temporary file the way a read-only mount does.
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ExportError, match=r"cannot write to the folder .*: it is read-only\.$"):
        atomic_write(tmp_path / "x.docx", lambda f: f.write(b"x"))
    assert not (tmp_path / "x.docx").exists()


def test_folder_that_is_a_file_or_missing_and_target_that_is_a_folder(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        atomic_write(blocker / "x.docx", lambda f: f.write(b"x"))
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write(tmp_path / "missing" / "x.docx", lambda f: f.write(b"x"))
    (tmp_path / "dir.docx").mkdir()
    with pytest.raises(ExportError, match="a folder of that name is in the way"):
        atomic_write(tmp_path / "dir.docx", lambda f: f.write(b"x"))
    assert leftovers(tmp_path) == []


def test_replacing_keeps_the_files_mode(good):
    good.chmod(0o640)
    atomic_write(good, lambda f: f.write(b"NEW"))
    assert good.read_bytes() == b"NEW"
    assert good.stat().st_mode & 0o777 == 0o640


def test_two_writers_of_one_target_never_mix(tmp_path):
    """An export over a file that is being written: each write is whole, the last one wins."""
    import threading

    target = tmp_path / "same.docx"
    inside = threading.Barrier(2)

    def writer(payload: bytes):
        def write(f):
            f.write(payload[:1000])
            inside.wait(timeout=10)  # both are half-way through at the same time
            f.write(payload[1000:])

        atomic_write(target, write)

    a, b = b"A" * 5000, b"B" * 7000
    threads = [threading.Thread(target=writer, args=(p,)) for p in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert target.read_bytes() in (a, b)
    assert leftovers(tmp_path) == []
