"""Start: welcome page, demo, recent events, File menu; settings; accessible names; the projector
keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from workshop_app.ui.settings import SETTINGS, Settings

pytestmark = pytest.mark.usefixtures("plain_stages")


def test_try_the_demo_opens_a_filled_event_in_a_temporary_folder(window, settings):
    assert window.welcome.empty.isVisible()
    window.welcome.demo_button.click()
    console = window.console
    assert window.windowTitle().startswith("Demo workshop")
    store = window.ctx.store
    assert len(store.groups()) == 3
    assert str(store.path).startswith(window._demo_folder.name)
    console.go_to("stakeholders")
    assert console.page.editor("served").toPlainText().startswith("Adults living with HIV")
    assert all("4/4 answered" in label for label in console.groups.labels())
    assert settings.recent_events() == []  # a throw-away demo is not a recent event


def test_recent_events_and_save_a_copy(window, interaction, new_event, tmp_path, settings):
    new_event("First")
    first = window.ctx.store.path
    copy = tmp_path / "First copy.workshop"
    interaction.paths.append(copy)
    window.actions_by_name["save_copy"].trigger()
    assert copy.exists()
    window.actions_by_name["close_event"].trigger()
    new_event("Second")
    window.actions_by_name["close_event"].trigger()
    assert [p.name for p in settings.recent_events()] == ["Second.workshop", "First.workshop"]
    assert window.welcome.recent.item(1).text().startswith("First")
    window.welcome.recent.itemActivated.emit(window.welcome.recent.item(1))
    assert window.ctx.store.path == first.resolve()
    assert window.windowTitle().startswith("First")
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == [
        str(p) for p in settings.recent_events()
    ]


def test_new_event_dialog_preselects_the_seeded_plan_and_today(window, interaction):
    seen = {}

    def look(dialog) -> bool:
        seen["plan"] = dialog.plan.currentText()
        seen["ok"] = dialog.buttons.buttons()[0].isEnabled()
        seen["hint"] = dialog.hint.text() if not dialog.hint.isHidden() else ""
        dialog.title.setText("Workshop: Springfield / 2026")
        seen["hint after"] = dialog.hint.text() if not dialog.hint.isHidden() else ""
        seen["ok after"] = dialog.buttons.buttons()[0].isEnabled()
        seen["values"] = dialog.values()
        return False

    interaction.dialog_handlers.append(look)
    window.actions_by_name["new_event"].trigger()
    assert seen["plan"] == "Social media and client confidentiality"
    # Create is off while the title is blank, and the dialog says why.
    assert not seen["ok"] and "title" in seen["hint"]
    assert seen["ok after"] and seen["hint after"] == ""
    # the exports' rule: "Workshop: Springfield" reads "Workshop - Springfield", "/" is "-"
    assert seen["values"]["path"].name == "Workshop - Springfield - 2026.workshop"
    assert window.console is None  # cancelled


def test_settings_are_typed_and_the_dialog_applies_them(window, interaction, tmp_path):
    settings = Settings.throwaway(tmp_path / "fresh")
    assert {name: settings.get(name) for name in SETTINGS} == {
        name: s.default for name, s in SETTINGS.items()
    }
    settings.set("autosave_ms", "900")
    assert settings.get("autosave_ms") == 900
    settings.set("font_scale", 9)
    assert settings.get("font_scale") == SETTINGS["font_scale"].maximum
    settings.set("theme", "purple")
    assert settings.get("theme") == "system"

    def change(dialog) -> bool:
        dialog.autosave.setValue(1200)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return True

    interaction.dialog_handlers.append(change)
    window.actions_by_name["settings"].trigger()
    assert window.ctx.settings.get("autosave_ms") == 1200
    assert window.ctx.settings.get("theme") == "dark"
    window.ctx.settings.set("theme", "system")
    from workshop_app.ui import appearance

    appearance.apply(window.ctx.settings)


def test_every_control_has_an_accessible_name(window):
    window.welcome.demo_button.click()
    window.console.go_to("stakeholders")
    kinds = (
        QAbstractButton,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QAbstractItemView,
        QComboBox,
        QAbstractSpinBox,
    )
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and w.focusPolicy() != 0
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []


class FakePresenter(QWidget):
    closed = Signal()

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx

    def present(self, console, keep_clear=()) -> bool:
        self.show()
        return True  # on a second screen


def test_f5_opens_the_projector_and_esc_leaves_it(window, monkeypatch):
    import workshop_app.ui.presenter as presenter_module

    window.welcome.demo_button.click()
    monkeypatch.setattr(presenter_module, "PresenterWindow", FakePresenter)
    window.actions_by_name["present"].trigger()
    presenter = window.presenter
    assert isinstance(presenter, FakePresenter) and presenter.isVisible()
    assert presenter.ctx is window.ctx
    window.actions_by_name["leave_presenting"].trigger()
    assert window.presenter is None and not presenter.isVisible()


def test_opening_from_the_command_line_path(window, demo_store):
    path = Path(demo_store.path)
    demo_store.close()
    assert window.open_event(path)
    assert len(window.console.groups.labels()) == 3


def test_text_size_setting_scales_the_system_font(window, interaction):
    from PySide6.QtWidgets import QApplication

    from workshop_app.ui import appearance

    base = QApplication.font().pointSizeF()

    def bigger(dialog) -> bool:
        dialog.font_scale.setValue(1.5)
        return True

    interaction.dialog_handlers.append(bigger)
    try:
        window.actions_by_name["settings"].trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
        QApplication.processEvents()  # the font change reaches existing widgets as an event
        assert window.welcome.new_button.font().pointSizeF() == pytest.approx(base * 1.5)
    finally:
        window.ctx.settings.set("font_scale", 1.0)
        appearance.apply(window.ctx.settings)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
