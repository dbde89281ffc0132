"""The console's own dialogs: New event, Settings, Keyboard shortcuts. Each is run through the
interaction seam (`ctx.interaction.run_dialog`) and read afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app import folders, paths
from workshop_app.text import InputError, parse_date
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.settings import SETTINGS, Settings
from workshop_app.ui.shortcuts import SHORTCUTS
from workshop_app.ui.shortcuts import keys as keys_of
from workshop_app.ui.widgets import day_first, named
from workshop_app.ui.widgets.steady_note import SteadyNote, window_hint


def file_name_for(title: str, folder: Path) -> Path:
    """A new, unused event file name in `folder` made from the title by the rule the exports'
    names follow (filenames.safe_stem): "Workshop — St. Mary's" is "Workshop - St. Mary's"
    here as in "Workshop - St. Mary's - Northside.docx"."""
    from workshop_app.export.filenames import MAX_NAME, safe_stem

    stem = safe_stem(title, MAX_NAME - len(folders.EVENT_SUFFIX) - len(" (99)"))
    candidate = folder / f"{stem}{folders.EVENT_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){folders.EVENT_SUFFIX}"
        number += 1
    return candidate


class FolderField(QWidget):
    def __init__(self, interaction: Interaction, folder: Path, name: str, choose_name: str):
        super().__init__()
        self.interaction = interaction
        self.edit = named(QLineEdit(str(folder)), name)
        choose = named(QPushButton(self.tr("Choose…")), choose_name)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(choose)

    def _choose(self) -> None:
        folder = self.interaction.choose_folder(self.tr("Choose a folder"), Path(self.edit.text()))
        if folder:
            self.edit.setText(str(folder))

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()


class NewEventDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        interaction: Interaction,
        parent: QWidget | None = None,
        plan: Path | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        named(self, self.tr("New event"))
        self.setMinimumWidth(560)
        self.title = named(
            QLineEdit(),
            self.tr("Title"),
            self.tr("The event's title, e.g. the workshop and the city"),
        )
        self.title.setPlaceholderText(
            self.tr("e.g. Social media and confidentiality — Springfield")
        )
        # a plain field read as people type dates ("10 Jan", "Jan 10", "2027-01-10", "1/10" in
        # the system's order): a date box's sections caught Tab and took the typing meant for
        # the next field
        self.date = named(
            QLineEdit(date.today().isoformat()),
            self.tr("Date"),
            self.tr("e.g. 2027-01-10, Jan 10 or 10 Jan"),
        )
        # the date as read, or why it cannot be read: room for a refusal from the start, so
        # the rows under it stay put while a date is typed
        self.date_note = named(SteadyNote(), self.tr("Date as read"))
        self.date_note.setObjectName("dateNote")
        self.plan = named(QComboBox(), self.tr("Workshop plan"))
        from workshop_app import plan_library

        wanted = plan or paths.default_plan_path()
        self._plans: dict[str, plan_library.PlanEntry] = {}
        for e in plan_library.entries():
            if not e.usable:
                continue  # a draft with problems is not offered (the designer lists them)
            title = e.title if e.shipped else self.tr("{plan} (your plan)").format(plan=e.title)
            self.plan.addItem(title, str(e.path))
            self._plans[str(e.path)] = e
            if e.path == wanted:
                self.plan.setCurrentIndex(self.plan.count() - 1)
        # where the organizations work: which laws and guidance the clause notes cite
        self.region = named(
            QComboBox(),
            self.tr("Region"),
            self.tr("Where the organizations work: the clause notes cite its laws and guidance"),
        )
        self.region_label = QLabel(self.tr("&Region:"))
        self.region_label.setBuddy(self.region)
        self.plan.currentIndexChanged.connect(self._fill_regions)
        self._fill_regions()
        self.location = named(QLineEdit(), self.tr("Location"))
        self.facilitator = named(
            QLineEdit(settings.get("facilitator_name")),
            self.tr("Facilitator"),
            self.tr("Who runs the workshop; named as the author of its Word exports"),
        )
        self.facilitator.setPlaceholderText(self.tr("Your name, as the exports should show it"))
        self.folder = FolderField(
            interaction, settings.events_folder(), self.tr("Folder"), self.tr("Choose the folder")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow("", self.date_note)
        form.addRow(self.tr("&Plan:"), self.plan)
        form.addRow(self.region_label, self.region)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("F&acilitator:"), self.facilitator)
        form.addRow(self.tr("&Folder:"), self.folder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._check)
        self.date.textChanged.connect(self._check)
        self.date_note.reserve(
            [self._date_refused(typed) for typed in ("next Tuesday after lunch", "30 Feb 2027")]
        )
        # why Create is off; when it is on, the hint is hidden and its room kept
        self.hint = named(
            SteadyNote(
                [
                    self.tr("Give the event a title to create it."),
                    self.tr("Write the date so it can be read."),
                ]
            ),
            self.tr("Why Create is off"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._check()
        self.region.currentIndexChanged.connect(self._check)  # 1/10 may read otherwise

    def sizeHint(self) -> QSize:
        return window_hint(self, super().sizeHint())

    def _fill_regions(self) -> None:
        """The chosen plan's regions, its own default first chosen; hidden for a plan without."""
        entry = self._plans.get(self.plan.currentData() or "")
        keep = self.region.currentData()
        self.region.clear()
        for code, label in entry.regions if entry else ():
            self.region.addItem(label, code)
        wanted = keep if self.region.findData(keep) >= 0 else (entry.region if entry else "")
        self.region.setCurrentIndex(max(0, self.region.findData(wanted)))
        shown = self.region.count() > 0
        self.region.setVisible(shown)
        self.region_label.setVisible(shown)

    def _date_refused(self, typed: str) -> str:
        """What the line under the date says for `typed` if it cannot be read, else ""."""
        try:
            parse_date(typed, self.tr("The date"), day_first(self.region.currentData() or ""))
        except InputError as exc:
            return str(exc)
        return ""

    def _date(self) -> tuple[str, str]:
        """(ISO date or "", the problem or "") for what is typed in the date field."""
        try:
            order = day_first(self.region.currentData() or "")  # the system's, else the region's
            return parse_date(self.date.text(), self.tr("The date"), order), ""
        except InputError as exc:
            return "", str(exc)

    def _check(self) -> None:
        titled = bool(self.title.text().strip())
        when, problem = self._date()
        if problem:
            self.date_note.setText(problem)
            self.date_note.setStyleSheet("#dateNote { color: #b00020; font-weight: bold; }")
        else:
            # the weekday and month in the console's language (QLocale's default)
            day = QDate.fromString(when, Qt.DateFormat.ISODate)
            shown = QLocale().toString(day, "dddd d MMMM yyyy") if when else self.tr("No date")
            self.date_note.setText(shown)
            self.date_note.setStyleSheet("")
        ok = titled and not problem
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setEnabled(ok)
        create.setToolTip(
            "" if ok else self.tr("Give the event a title and a date it can read first.")
        )
        self.hint.setText(
            self.tr("Give the event a title to create it.")
            if not titled
            else self.tr("Write the date so it can be read.")
        )
        self.hint.setVisible(not ok)

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "date": self._date()[0],
            "plan": Path(self.plan.currentData()),
            "location": self.location.text().strip(),
            "facilitator": self.facilitator.text().strip(),
            "region": self.region.currentData() or "",
            "path": file_name_for(self.title.text(), self.folder.path()),
        }


def _scale_box(settings: Settings, key: str, name: str) -> QDoubleSpinBox:
    """A text-size setting ("1.2 ×") within the range SETTINGS gives it."""
    spec = SETTINGS[key]
    box = named(QDoubleSpinBox(), name, spec.text())
    box.setRange(spec.minimum, spec.maximum)
    box.setSingleStep(0.1)
    box.setSuffix(" ×")
    box.setValue(settings.get(key))
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, interaction: Interaction, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        named(self, self.tr("Settings"))
        self.setMinimumWidth(520)
        self.font_scale = _scale_box(settings, "font_scale", self.tr("Text size"))
        self.theme = named(QComboBox(), self.tr("Theme"), SETTINGS["theme"].text())
        themes = {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for choice in SETTINGS["theme"].choices:
            self.theme.addItem(themes.get(choice, choice), choice)
        self.theme.setCurrentIndex(self.theme.findData(settings.get("theme")))
        spec = SETTINGS["presenter_theme"]
        self.presenter_theme = named(QComboBox(), self.tr("Projector theme"), spec.text())
        themes["high-contrast"] = self.tr("High contrast")
        for choice in spec.choices:
            self.presenter_theme.addItem(themes.get(choice, choice), choice)
        self.presenter_theme.setCurrentIndex(
            self.presenter_theme.findData(settings.get("presenter_theme"))
        )
        self.presenter_font_scale = _scale_box(
            settings, "presenter_font_scale", self.tr("Projector text size")
        )
        from workshop_app.ui import i18n

        spec = SETTINGS["console_language"]
        self.console_language = named(QComboBox(), self.tr("Console language"), spec.text())
        system = i18n.language_name(i18n.system_language())  # "El del sistema (inglés)"
        self.console_language.addItem(
            self.tr("The system's ({language})").format(language=system), "system"
        )
        spec = SETTINGS["projector_language"]
        self.projector_language = named(QComboBox(), self.tr("Projector language"), spec.text())
        speaking = i18n.language_name(i18n.console())
        self.projector_language.addItem(
            self.tr("The console's ({language})").format(language=speaking), "console"
        )
        for code, name in i18n.LANGUAGES.items():
            self.console_language.addItem(name, code)
            self.projector_language.addItem(name, code)
        for box, key in (
            (self.console_language, "console_language"),
            (self.projector_language, "projector_language"),
        ):
            box.setCurrentIndex(max(0, box.findData(settings.get(key))))
        # what a language change does, said for the choices made: it has the room of its
        # longest wording from the start, so the rows and buttons under it never move
        self.language_note = named(SteadyNote(), self.tr("When the languages change"))
        self.language_note.reserve(
            self._language_note(console, projector)
            for console in SETTINGS["console_language"].choices
            for projector in SETTINGS["projector_language"].choices
        )
        for box in (self.console_language, self.projector_language):
            box.currentIndexChanged.connect(self._say_languages)
        self._say_languages()
        spec = SETTINGS["autosave_ms"]
        self.autosave = named(QSpinBox(), self.tr("Autosave delay"), spec.text())
        self.autosave.setRange(int(spec.minimum), int(spec.maximum))
        self.autosave.setSingleStep(100)
        self.autosave.setSuffix(" ms")
        self.autosave.setValue(settings.get("autosave_ms"))
        self.folder = FolderField(
            interaction,
            settings.events_folder(),
            self.tr("Default folder"),
            self.tr("Choose the default folder"),
        )
        spec = SETTINGS["retention_days"]
        self.retention = named(QSpinBox(), self.tr("Remind me to delete events after"), spec.text())
        self.retention.setRange(int(spec.minimum), int(spec.maximum))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(settings.get("retention_days"))
        form = QFormLayout()
        form.addRow(self.tr("Text &size:"), self.font_scale)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Projector colours:"), self.presenter_theme)
        form.addRow(self.tr("Projector te&xt size:"), self.presenter_font_scale)
        form.addRow(self.tr("Console &language:"), self.console_language)
        form.addRow(self.tr("Pro&jector language:"), self.projector_language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Autosave after:"), self.autosave)
        form.addRow(self.tr("Default &folder:"), self.folder)
        form.addRow(self.tr("&Remind me to delete events after:"), self.retention)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:
        return window_hint(self, super().sizeHint())

    def _language_note(self, console_choice: str, projector_choice: str) -> str:
        """What OK does to the languages with these choices: the console's changes at the next
        start, the projector's at once ("The console's" is the language the console speaks)."""
        from workshop_app.ui import i18n

        now = i18n.console()
        console = i18n.resolve(console_choice)
        shown = i18n.projector_language(self.settings)  # the room's language now
        room = i18n.resolve(projector_choice, now)  # after OK
        later = i18n.resolve(projector_choice, console)  # from the next start
        name = i18n.language_name
        if console == now and room == shown and later == room:
            return self.tr(
                "A new console language takes effect the next time the app starts; a new "
                "projector language as soon as you press OK."
            )
        said = []
        if console != now:
            said.append(
                self.tr("The console changes to {language} the next time the app starts.").format(
                    language=name(console)
                )
            )
        if room != shown and later != room:
            said.append(
                self.tr(
                    "The projector changes to {language} as soon as you press OK, and to "
                    "{later} with the console at the next start."
                ).format(language=name(room), later=name(later))
            )
        elif room != shown:
            said.append(
                self.tr("The projector changes to {language} as soon as you press OK.").format(
                    language=name(room)
                )
            )
        elif later != room:
            said.append(
                self.tr(
                    "The projector stays in {language} until then, and then follows the console."
                ).format(language=name(room))
            )
        else:
            said.append(self.tr("The projector stays in {language}.").format(language=name(room)))
        return " ".join(said)

    def _say_languages(self) -> None:
        self.language_note.setText(
            self._language_note(
                self.console_language.currentData(), self.projector_language.currentData()
            )
        )

    def apply(self) -> None:
        self.settings.set("font_scale", self.font_scale.value())
        self.settings.set("theme", self.theme.currentData())
        self.settings.set("presenter_theme", self.presenter_theme.currentData())
        self.settings.set("presenter_font_scale", self.presenter_font_scale.value())
        self.settings.set("console_language", self.console_language.currentData())
        self.settings.set("projector_language", self.projector_language.currentData())
        self.settings.set("autosave_ms", self.autosave.value())
        self.settings.set("retention_days", self.retention.value())
        folder = self.folder.path()
        default = folders.default_events_dir()
        self.settings.set("default_folder", "" if folder == default else str(folder))


class ShortcutsDialog(QDialog):
    """Every key, from shortcuts.py, each line whole (long ones wrap; nothing ends in "…"). With
    an event open, the stage keys name its stages and stop at its last one (Ctrl+1…4 for a
    four-stage plan); with none, one line says Ctrl+1 … Ctrl+9. Keys are named as the menus name
    them, in the console's language."""

    def __init__(self, parent: QWidget | None = None, stage_titles: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        named(self, self.tr("Keyboard shortcuts"))
        self.resize(720, 600)  # fits a 1280×720 screen with its title bar
        rows = []
        for shortcut in SHORTCUTS:
            keys = self.tr(" or ").join(map(_key_name, shortcut.keys))
            what = shortcut.text()
            if shortcut.name.startswith("stage_"):
                number = int(shortcut.name.removeprefix("stage_"))
                if stage_titles is None:  # no event open: the keys once, not nine lines
                    if number > 1:
                        continue
                    last = keys_of("stage_9")[0]
                    keys = f"{keys} … {_key_name(last)}"
                    what = self.tr("Go to a stage by its number")
                elif number > len(stage_titles):
                    continue
                else:
                    what = self.tr("Go to stage {number}: {title}").format(
                        number=number, title=stage_titles[number - 1]
                    )
            elif shortcut.name == "next_stage":
                what += self.tr(
                    " (Space only on the stage list or the projector; the others wherever no "
                    "text is being typed)"
                )
            elif shortcut.name == "previous_stage":
                what += self.tr(" (wherever no text is being typed)")
            elif shortcut.name == "blank":
                what += self.tr(" (on the stage list or the projector)")
            rows.append((keys, what))
        self.table = named(QTableWidget(len(rows), 2), self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setTabKeyNavigation(False)  # Tab reaches the Close button
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # each row as tall as its wrapped text, again whenever the columns change width
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Presentation clickers send Page Down / Page Up; they work too."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def _key_name(keys: str) -> str:
    """A key as the menus show it, in the console's language ("Ctrl+Shift+S"; in Spanish
    "Control+Mayúsculas+S", from Qt's own catalogue)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
