"""The user's folders: where new events go (Documents/Workshops), and the app's own data
(backups, locks, logs, cached plans), from platformdirs.

``WORKSHOP_APP_DATA_DIR`` and ``WORKSHOP_APP_DOCUMENTS_DIR`` override them (tests use throw-away
folders). The app's bundled files are `workshop_app.paths`.
"""

from __future__ import annotations

import os
from pathlib import Path

from workshop_app import APP_ID

EVENT_SUFFIX = ".workshop"


def user_data_dir() -> Path:
    """Backups and other app-owned data (not the user's event files)."""
    override = os.environ.get("WORKSHOP_APP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def default_events_dir() -> Path:
    """Where new events go unless the facilitator picks another folder: Documents/Workshops."""
    override = os.environ.get("WORKSHOP_APP_DOCUMENTS_DIR")
    if override:
        return Path(override) / "Workshops"
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Workshops"
