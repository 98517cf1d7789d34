"""The app's own preferences (not workshop data): recent files, window geometry, UI language.

Stored with QSettings in INI format, in the user's config folder, or in ``$VZWORKSHOP_SETTINGS_DIR`` when that
is set (tests set it, so they never touch a user's settings). Every key is declared once below as an `Opt`.
Values are kept as plain strings (lists as JSON) so INI files read back the same on every platform.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from vzworkshop import APP_NAME, ORG_NAME

T = TypeVar("T", str, int, bool, list[str])

RECENT_LIMIT = 10


@dataclass(frozen=True)
class Opt(Generic[T]):
    key: str
    default: T


RECENT_FILES: Opt[list[str]] = Opt("files/recent", [])
LAST_FOLDER: Opt[str] = Opt("files/last_folder", "")
WINDOW_GEOMETRY: Opt[str] = Opt("window/geometry", "")  # base64 of QWidget.saveGeometry()
START_GEOMETRY: Opt[str] = Opt("window/start_geometry", "")
UI_LANGUAGE: Opt[str] = Opt("ui/language", "")  # "da", "en" or "" (follow the system)
GUIDANCE_COLLAPSED: Opt[bool] = Opt("ui/guidance_collapsed", False)  # folded by hand: fold every step's
GUIDANCE_SEEN: Opt[list[str]] = Opt("ui/guidance_seen", [])  # steps whose guidance was shown: folded from then on


def qsettings() -> QSettings:
    folder = os.environ.get("VZWORKSHOP_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / f"{APP_NAME}.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def get(opt: Opt[T]) -> T:
    raw = qsettings().value(opt.key)
    if raw is None:
        return _copy(opt.default)
    text = str(raw)
    default = opt.default
    try:
        if isinstance(default, bool):
            return text.strip().lower() in ("true", "1", "yes")
        if isinstance(default, int):
            return int(text)
        if isinstance(default, list):
            value = json.loads(text)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return value
            return _copy(default)
    except ValueError:
        return _copy(default)
    return text


def put(opt: Opt[T], value: T) -> None:
    """Store `value` and write the settings file now; nothing is written when the value is already stored (the
    file is rewritten whole, which is slow enough to notice at start-up)."""
    s = qsettings()
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    stored = s.value(opt.key)
    if stored is not None and str(stored) == text:
        return
    s.setValue(opt.key, text)
    s.sync()


def _copy(value: T) -> T:
    return list(value) if isinstance(value, list) else value


# --- recent files ----------------------------------------------------------------------------------------


def recent_files() -> list[Path]:
    return [Path(p) for p in get(RECENT_FILES)]


def add_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    files = [p for p in get(RECENT_FILES) if p != text]
    put(RECENT_FILES, [text, *files][:RECENT_LIMIT])


def remove_recent(path: Path) -> None:
    text = str(path)
    put(RECENT_FILES, [p for p in get(RECENT_FILES) if p != text])

# --- Edit > Settings (vzworkshop/ui/dialogs/settings_dialog.py) --------------------------------------------
DEFAULT_MIN_GROUP_SIZE: Opt[int] = Opt("workshops/min_group_size", 3)  # what new workshops start with (2-20)
WORKSHOP_FOLDER: Opt[str] = Opt("files/workshop_folder", "")  # where file dialogs start; "" = the last folder
EXPORT_FOLDER: Opt[str] = Opt("files/export_folder", "")  # PDFs and CSV; "" = the last folder used
PROJECTOR_SCREEN: Opt[str] = Opt("projector/screen", "")  # settings_dialog.screen_key(); "" = automatic
LAST_EXPORT_FOLDER: Opt[str] = Opt("files/last_export_folder", "")  # where the last export was saved
LAST_EXPORT_WORKSHOP: Opt[str] = Opt("files/last_export_workshop", "")  # the workshop it was from ("": none)
