"""Screenshots of the projector with the demo event, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python -m tools.presenter_screenshots docs/screenshots

The console's screenshot script can call `save_presenter_screenshots(folder)` instead.
Files: presenter-<theme>-<w>x<h>.png (stakeholders stage, join card open, 1:45 left) for every
theme at 1280×720 and 1920×1080, plus a few scenes: spotlight, objectives, privacy off, the
follow-up vote's tally.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from workshop_app.ui.room import Spotlight
from workshop_app.ui.themes import THEME_IDS

SIZES = ((1280, 720), (1920, 1080))
DEMO_ENTRY = {"url": "http://192.168.1.20:8080/", "code": "K7PM4Q"}


def _shoot(window, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    window.view.grab().save(str(path))
    return path


def save_presenter_screenshots(folder: str | Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from workshop_app.demo import build_demo
    from workshop_app.ui.context import AppContext
    from workshop_app.ui.interaction import Interaction
    from workshop_app.ui.presenter import PresenterWindow
    from workshop_app.ui.settings import Settings

    QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = build_demo(Path(tmp) / "Demo.workshop")
        try:
            # a throw-away context: the projector's default theme and size, not this machine's
            ctx = AppContext.create(Settings.throwaway(Path(tmp) / "settings"), Interaction(None))
            ctx.attach(store)
            room = ctx.room
            window = PresenterWindow(ctx)
            window.show()

            def scene(name: str, theme: str, size: tuple[int, int]) -> None:
                window.view.set_theme(theme)
                window.resize(*size)
                saved.append(_shoot(window, folder / f"{name}-{size[0]}x{size[1]}.png"))

            room.set_stage("stakeholders")
            room.set_timer(105, 25 * 60, True)
            room.set_entry(DEMO_ENTRY)
            for theme in THEME_IDS:
                for size in SIZES:
                    scene(f"presenter-{theme}", theme, size)

            groups = store.groups()
            room.set_stage("report_back")
            room.set_timer(-95, 15 * 60, True)
            room.show([Spotlight("answer", g.id, "report_back", "hardest") for g in groups[:2]])
            scene("presenter-spotlight-light", "light", SIZES[0])
            scene("presenter-spotlight-dark", "dark", SIZES[1])
            room.show([Spotlight("answer", g.id, "report_back", "first_step") for g in groups[:3]])
            scene("presenter-spotlight3-high-contrast", "high-contrast", SIZES[0])
            room.set_names_visible(True)
            scene("presenter-spotlight3-names-light", "light", SIZES[0])
            room.set_names_visible(False)
            room.set_stage("stakeholders")
            room.show([Spotlight("stakeholder_map", groups[0].id)])
            scene("presenter-map-light", "light", SIZES[1])
            vote = next(s for s in store.plan.stages if s.kind == "vote")
            room.set_stage(vote.id)
            room.set_timer(3 * 60 + 40, vote.minutes * 60, True)
            room.show([Spotlight("vote_tally", None, vote.id)])
            scene("presenter-vote-light", "light", SIZES[0])

            room.set_entry(None)
            room.set_stage("objectives")
            room.set_timer(9 * 60 + 12, 10 * 60, True)
            scene("presenter-objectives-dark", "dark", SIZES[0])
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            ctx.attach(None)
        finally:
            store.close()
    return saved


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"
    for p in save_presenter_screenshots(out):
        print(p)
