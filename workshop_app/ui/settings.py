"""The console's settings, declared once (name, type, default, description) and read through one
typed accessor over QSettings. Tests pass a throw-away INI file (`Settings.throwaway`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

from workshop_app import APP_ID

RECENT_KEPT = 8


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple = ()
    minimum: float | None = None
    maximum: float | None = None

    def text(self) -> str:
        """The description in the console's language."""
        return QCoreApplication.translate("Settings", self.description)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "font_scale",
            float,
            1.0,
            QT_TRANSLATE_NOOP(
                "Settings", "Text size in the console, as a multiple of the system font size"
            ),
            minimum=0.75,
            maximum=2.5,
        ),
        Setting(
            "theme",
            str,
            "system",
            QT_TRANSLATE_NOOP("Settings", "Colours: follow the system, or always light or dark"),
            choices=("system", "light", "dark"),
        ),
        Setting(
            "presenter_theme",
            str,
            "light",
            QT_TRANSLATE_NOOP(
                "Settings",
                "Colours of the projector: light, dark, or high contrast for a washed-out projector",
            ),
            choices=("light", "dark", "high-contrast"),
        ),
        Setting(
            "presenter_font_scale",
            float,
            1.0,
            QT_TRANSLATE_NOOP(
                "Settings", "Text size on the projector, as a multiple of its standard size"
            ),
            minimum=0.75,
            maximum=2.0,
        ),
        Setting(
            "console_language",
            str,
            "system",
            QT_TRANSLATE_NOOP(
                "Settings", "Language of the console: the system's, or always English or Spanish"
            ),
            choices=("system", "en", "es"),
        ),
        Setting(
            "projector_language",
            str,
            "console",
            QT_TRANSLATE_NOOP(
                "Settings", "Language of the projector: the console's, or always English or Spanish"
            ),
            choices=("console", "en", "es"),
        ),
        Setting(
            "autosave_ms",
            int,
            500,
            QT_TRANSLATE_NOOP(
                "Settings", "How long after typing stops an answer is saved, in milliseconds"
            ),
            minimum=100,
            maximum=5000,
        ),
        Setting(
            "default_folder",
            str,
            "",
            QT_TRANSLATE_NOOP(
                "Settings", "Where new events are created (empty: Documents/Workshops)"
            ),
        ),
        Setting(
            "recent_events",
            list,
            [],
            QT_TRANSLATE_NOOP("Settings", "Events opened lately, newest first"),
        ),
        Setting(
            "facilitator_name",
            str,
            "",
            QT_TRANSLATE_NOOP(
                "Settings",
                "The facilitator named in a new event (the author of its exports); the last one "
                "typed",
            ),
        ),
        Setting(
            "export_pdf",
            bool,
            False,
            QT_TRANSLATE_NOOP(
                "Settings", "Exports also write a PDF beside each Word file (through LibreOffice)"
            ),
        ),
        Setting(
            "export_calendar",
            bool,
            False,
            QT_TRANSLATE_NOOP(
                "Settings",
                "Worksheet exports also write each organization's action items as a calendar (.ics)",
            ),
        ),
        Setting(
            "retention_days",
            int,
            90,
            QT_TRANSLATE_NOOP("Settings", "Remind me to delete events after this many days"),
            minimum=1,
            maximum=3650,
        ),
        Setting(
            "retention_kept",
            dict,
            {},
            QT_TRANSLATE_NOOP(
                "Settings",
                "Events kept past the reminder: path → the day the facilitator chose Keep",
            ),
        ),
    )
}


class Settings:
    """Typed access to the declared settings; unknown names are a programming error."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings if qsettings is not None else QSettings(APP_ID, APP_ID)

    @classmethod
    def throwaway(cls, folder: Path) -> Settings:
        folder.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        raw = self._q.value(name)
        if raw is None:
            return _copy(setting.default)
        try:
            value = json.loads(str(raw))
            value = setting.type(value)
        except (ValueError, TypeError):
            return _copy(setting.default)
        return _clamp(setting, value)

    def set(self, name: str, value: Any) -> None:
        setting = SETTINGS[name]
        value = _clamp(setting, setting.type(value))
        self._q.setValue(name, json.dumps(value))
        self._q.sync()

    def reset(self, name: str) -> None:
        self._q.remove(name)

    # recent events

    def recent_events(self) -> list[Path]:
        return [Path(p) for p in self.get("recent_events") if isinstance(p, str)]

    def add_recent(self, path: Path) -> None:
        key = str(Path(path).resolve())
        recent = [key] + [str(p) for p in self.recent_events() if str(p) != key]
        self.set("recent_events", recent[:RECENT_KEPT])

    def forget_recent(self, path: Path) -> None:
        key = str(Path(path).resolve())
        self.set("recent_events", [str(p) for p in self.recent_events() if str(p) != key])

    # retention: events the facilitator chose to keep past the reminder

    def keep_event(self, path: Path, day: str) -> None:
        kept = self.get("retention_kept")
        kept[str(Path(path).resolve())] = day
        self.set("retention_kept", kept)

    def events_folder(self) -> Path:
        from workshop_app import folders

        chosen = self.get("default_folder")
        return Path(chosen) if chosen else folders.default_events_dir()


def _copy(value: Any) -> Any:
    if isinstance(value, list | dict):
        return type(value)(value)
    return value


def _clamp(setting: Setting, value: Any) -> Any:
    if setting.choices and value not in setting.choices:
        return setting.default
    if setting.minimum is not None and value < setting.minimum:
        return setting.type(setting.minimum)
    if setting.maximum is not None and value > setting.maximum:
        return setting.type(setting.maximum)
    return value
