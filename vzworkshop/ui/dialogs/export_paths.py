"""Where an export goes: the folder the file dialog starts in (Settings' export folder, the folder last chosen
for this workshop's exports, beside the workshop file, ...), a file name file systems accept, and the file dialog
itself (`ask_export_path`): nothing is written anywhere the facilitator did not choose."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vzworkshop.ui import settings
from vzworkshop.ui.translate import tr


def start_folder(workshop: Path | None = None) -> Path:
    """Where the file dialog starts: the export folder chosen in Settings; else, for a workshop's exports, the
    folder last chosen for this workshop's exports, or the workshop file's own folder (the first time: handouts
    go beside the workshop); else the last folder exported to, else Documents (or home). A folder that is gone,
    cannot be written to or is a temporary one (the demo's) is passed over."""
    chosen = settings.get(settings.EXPORT_FOLDER)
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    last = settings.get(settings.LAST_EXPORT_FOLDER)
    if workshop is not None:
        if last and settings.get(settings.LAST_EXPORT_WORKSHOP) == str(workshop) and Path(last).is_dir():
            return Path(last)
        if _usable(workshop.parent):
            return workshop.parent
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _usable(folder: Path) -> bool:
    """A folder to propose for exports: it exists, can be written to, and is neither the system's temporary
    folder nor a folder made right in it (as the demo's, removed when the app ends)."""
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return False
    temporary = Path(tempfile.gettempdir()).resolve()
    return temporary not in (folder.resolve(), folder.resolve().parent)


def file_name(*parts: str, suffix: str) -> str:
    """'Testby Kommune – Referat – 2026-11-23.pdf': the parts joined, without characters file systems refuse."""
    text = " – ".join(p.strip() for p in parts if p.strip())
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return (text or "export")[:120] + suffix


def _filter(suffix: str) -> str:
    return {".pdf": tr("PDF documents (*.pdf)"), ".csv": tr("CSV files (*.csv)"),
            ".json": tr("JSON files (*.json)")}[suffix]


def ask_export_path(parent: QWidget | None, caption: str, suggested: str, suffix: str,
                    workshop: Path | None = None) -> Path | None:
    """Where to write, asked with the file dialog (which asks before replacing a file), starting in
    `start_folder(workshop)`; None if cancelled. `workshop`: the path of the workshop exported from, if any."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder(workshop) / suggested), _filter(suffix))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
        # the file dialog asked about the name as typed, not about this one
        if path.exists() and QMessageBox.question(
                parent, caption, tr("“%1” already exists. Replace it?").replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return None
    settings.put(settings.LAST_EXPORT_FOLDER, str(path.parent))
    settings.put(settings.LAST_EXPORT_WORKSHOP, str(workshop) if workshop is not None else "")
    return path
