"""A console in Spanish makes Spanish the core's default language (its refusals), but every
phone still reads its own: the participant server says each request's language (i18n.using),
and a save run on the server's writer thread runs in that request's context."""

from __future__ import annotations

import html
import os

import pytest
from kit import Client, serving
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from workshop_app import i18n as core_i18n
from workshop_app.store import EventStore
from workshop_app.ui import i18n
from workshop_app.ui.context import AppContext
from workshop_app.ui.entry_panel import EntryPanel
from workshop_app.ui.settings import Settings

EN = {"Accept-Language": "en-US,en;q=0.9"}
ES = {"Accept-Language": "es-MX,es;q=0.9"}


class Quiet:
    def __init__(self):
        self.messages = []

    def warn(self, title, message):
        self.messages.append((title, message))

    inform = warn


@pytest.fixture
def spanish_panel(qapp, qtbot, store, groups, tmp_path):
    """The console's participant-entry panel, the console in Spanish (as the app installs it)."""
    settings = Settings.throwaway(tmp_path / "settings")
    settings.set("console_language", "es")
    i18n.install(i18n.console_language(settings), qapp)
    ctx = AppContext.create(settings, Quiet())
    ctx.attach(store)
    panel = EntryPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.close_entry()
    ctx.attach(None)
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale.system())


def join_as_new(phone, code: str, name: str, headers: dict):
    phone.get("/", **headers)
    reply = phone.post_form(
        "/join", {"code": code, "group_id": "", "new_org": name}, headers=headers
    )
    return reply.status, html.unescape(reply.body)


def test_phones_read_their_own_language_while_the_console_is_spanish(
    spanish_panel, client_for, store
):
    panel = spanish_panel
    assert core_i18n.current() == "es"  # the console's refusals are Spanish now
    QTest.mouseClick(panel.allow_new, Qt.MouseButton.LeftButton)  # participants may add theirs
    assert panel.allow_new.isChecked()
    panel.open_entry("127.0.0.1", 0)
    code = panel.code_label.text()
    port = panel.server.info.port

    english = client_for(port)
    page = english.get("/", **EN)
    assert '<html lang="en"' in page.body and "Join the workshop" in page.body
    # the name is refused by the store, on the server's writer thread
    status, body = join_as_new(english, code, "harbour legal aid", EN)
    assert status == 400
    assert "An organization called 'Harbour Legal Aid' is already in this event." in body
    assert "Ya hay una organización" not in body

    silent = client_for(port)  # a browser that names no language: English, not the console's
    status, body = join_as_new(silent, code, "Harbour Legal Aid", {})
    assert status == 400
    assert "An organization called 'Harbour Legal Aid' is already in this event." in body

    spanish = client_for(port)
    status, body = join_as_new(spanish, code, "Harbour Legal Aid", ES)
    assert status == 400
    assert "Ya hay una organización llamada 'Harbour Legal Aid' en este evento." in body

    assert [g.name for g in store.groups()] == ["Harbour Legal Aid", "Northside Youth Centre"]
    assert core_i18n.current() == "es"  # and the requests left the console's language alone


def fill_up(disk) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 65536)
    except OSError:
        pass  # the disk is full
    finally:
        os.close(fd)


def test_a_save_the_full_disk_refuses_is_said_in_each_phones_language(qapp, tiny_disk, plan):
    """The disk fills up: a phone's save is refused when its batch commits, on the server's
    writer thread, where no request's language is set; the error is one for every save of the
    batch. Each phone reads it in its own language, never in the Spanish console's."""
    i18n.install("es", qapp)
    try:
        with EventStore.create(tiny_disk / "Full.workshop", plan, "Disco lleno") as store:
            group = store.add_group("Harbour Legal Aid")
            with serving(store) as (_server, info):
                phones = {"en": Client(info.port), "es": Client(info.port)}
                for lang, phone in phones.items():
                    phone.get(f"/language/{lang}")  # chosen on the phone, kept in a cookie
                assert phones["en"].join(info.code, group.id).status == 303
                assert phones["es"].join(info.code, group.id, group.pin).status == 303
                fill_up(tiny_disk)
                said = {}
                for lang, phone in phones.items():
                    for i in range(20):
                        long = f"{i} " + "long answer " * 1600
                        reply = phone.save(group.id, "stakeholders", "served", long, f"{lang}{i}")
                        if reply.status != 200:
                            break
                    assert reply.status == 503, reply.body
                    said[lang] = reply.json()["error"]
                (tiny_disk / "filler").unlink()
        assert said["en"].startswith("The disk is full: this change was not saved.")
        assert said["es"].startswith("El disco está lleno: este cambio no se guardó.")
    finally:
        i18n.install("en", qapp)
        QLocale.setDefault(QLocale.system())
