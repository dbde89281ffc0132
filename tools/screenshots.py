"""Render the console offscreen into PNGs for the README: `make screenshots`.

    python -m tools.screenshots docs/screenshots

Uses throw-away settings and data folders and the demo event, so it never touches the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1360, 860)


def render(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from workshop_app.store import NOTES
    from workshop_app.ui.app import build_window
    from workshop_app.ui.settings import Settings
    from workshop_app.ui.widgets.history import HistoryDialog

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="workshop-screens-"))
    settings = Settings.throwaway(work / "settings")
    written: list[Path] = []

    def save(widget, name: str) -> None:
        import time

        until = time.monotonic() + 0.3  # let deferred work (the room preview) catch up
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.01)
        target = out / name
        widget.grab().save(str(target))
        written.append(target)

    window = build_window(settings)
    window.resize(*SIZE)
    window.show()
    # the welcome page as a returning facilitator sees it: real events, listed by title and date
    from workshop_app.paths import default_plan_path
    from workshop_app.plan import load_plan
    from workshop_app.store import EventStore

    plan = load_plan(default_plan_path())
    for name, day in (
        ("Social media and confidentiality — Springfield", "2027-03-12"),
        ("Riverside county partners", "2027-02-04"),
        ("Board retreat", "2027-01-20"),
    ):
        folder = Path(os.environ["WORKSHOP_APP_DOCUMENTS_DIR"]) / "Workshops"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name.replace(' — ', ' - ')}.workshop"
        EventStore.create(path, plan, name, date=day, location="Room 4").close()
        settings.add_recent(path)
    window.show_welcome()
    save(window, "welcome.png")

    window.try_demo()
    console = window.console
    store = window.ctx.store
    console.go_to("report_back")
    group = store.groups()[0].id
    console.groups.select(group)
    page = console.page
    page.editor(NOTES).setPlainText("They will present first; ask about the youth advisory board.")
    page.editor(NOTES).flush()
    console.timer.start()
    console.timer.remaining = 95  # the last two minutes: amber
    console.timer.tick()
    console.timer.pause()
    page.editor("easiest").setFocus()
    page.ensureVisible(0, 0)
    save(window, "console-stage.png")

    # the drafting stage as the facilitator works it: the choices, then the draft and its print
    # (the whole page, scrolled through, on a 1920-wide window where its panes sit side by side)
    window.resize(1920, 1080)
    console.go_to("drafting")
    console.groups.select(group)
    save(console.page.widget(), "draft-editor.png")
    window.resize(*SIZE)
    console.go_to("report_back")
    console.groups.select(group)

    # the Export menu, the worksheets' progress dialog and the settings (projector look)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&xport")
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    save(menu, "console-export-menu.png")
    menu.hide()
    exports = window.exports
    groups = store.groups()
    exports._show_progress(len(groups))
    exports._progress(2, len(groups), f"Demo workshop - {groups[1].name}.docx")
    save(exports.dialog, "export-progress.png")
    exports._close_progress()
    from workshop_app.ui.dialogs import SettingsDialog

    settings_dialog = SettingsDialog(settings, window.ctx.interaction, window)
    settings_dialog.show()
    save(settings_dialog, "settings.png")
    settings_dialog.close()

    prompt = "hardest"
    first = store.answer_text(group, "report_back", prompt)
    store.save_answer(group, "report_back", prompt, first + "\nAnd the funders' photo requests.")
    store.save_answer(
        group, "report_back", prompt, "Getting every program to stop using personal phones."
    )
    dialog = HistoryDialog(store, (group, "report_back", prompt), page.titles[prompt], window)
    dialog.select_revision(1)
    dialog.show()
    save(dialog, "history.png")
    dialog.close()
    window.close()
    return written


def render_spanish(out: Path) -> list[Path]:
    """The console and the projector in Spanish, as under LANG=es_ES (README, "Languages")."""
    import time

    from PySide6.QtWidgets import QApplication

    from workshop_app.ui import i18n
    from workshop_app.ui.app import build_window
    from workshop_app.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install("es", app)
    work = Path(tempfile.mkdtemp(prefix="workshop-screens-es-"))
    settings = Settings.throwaway(work / "settings")
    settings.set("console_language", "es")  # the projector follows it
    written: list[Path] = []

    def save(widget, name: str) -> None:
        until = time.monotonic() + 0.3  # let deferred work (the room preview) catch up
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.01)
        target = out / name
        widget.grab().save(str(target))
        written.append(target)

    window = build_window(settings)
    window.resize(*SIZE)
    window.show()
    window.try_demo()
    console = window.console
    console.go_to("stakeholders")
    console.groups.select(window.ctx.store.groups()[1].id)
    window.present()
    window.presenter.resize(1280, 720)
    window.ctx.room.set_entry({"url": "http://192.168.1.20:8080/", "code": "K7PM4Q"})
    save(window, "console-stage-es.png")
    save(window.presenter, "presenter-es-1280x720.png")
    window.close()
    i18n.install("en", app)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="workshop-screens-home-"))
    os.environ["WORKSHOP_APP_DATA_DIR"] = str(scratch / "data")
    os.environ["WORKSHOP_APP_DOCUMENTS_DIR"] = str(scratch / "Documents")
    os.environ["HOME"] = str(scratch)  # recent events read "~/Documents/Workshops"
    for path in [*render(out), *render_spanish(out)]:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
