"""Exports as the GUI and the command line call them: `export_pdf(store, kind, out_path)` and friends.

Every export is written to a temporary file beside the target and renamed into place when complete, so a
failure never leaves a half-written file; a missing folder is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from vzworkshop.store import WorkshopStore

PDF_KINDS: tuple[str, ...] = ("minutes", "actions", "questionnaire", "results", "agenda")
DATA_KINDS: tuple[str, ...] = ("csv", "json")
KINDS: tuple[str, ...] = PDF_KINDS + DATA_KINDS
SUFFIX = {"minutes": ".pdf", "actions": ".pdf", "questionnaire": ".pdf", "results": ".pdf", "agenda": ".pdf",
          "csv": ".csv", "json": ".json"}


class ExportError(ValueError):
    """The export cannot be written; the message says why and where."""


def check_target(out_path: Path) -> None:
    folder = out_path.parent
    if not folder.exists():
        raise ExportError(f"the folder {folder} does not exist; create it first or choose another place")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder")
    if out_path.is_dir():
        raise ExportError(f"{out_path} is a folder; give a file name")


@contextlib.contextmanager
def atomic_output(out_path: Path | str) -> Iterator[IO[bytes]]:
    """A binary file to write to; it replaces `out_path` only when the block finishes without error."""
    out_path = Path(out_path)
    check_target(out_path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=out_path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _pdf_writer(kind: str) -> Callable[[WorkshopStore, IO[bytes]], None]:
    from vzworkshop.reports import pdf_handouts, pdf_minutes

    def questionnaire(store: WorkshopStore, fh: IO[bytes]) -> None:
        ws = store.workshop()
        pdf_handouts.write_questionnaire(fh, ws.language, ws)

    writers: dict[str, Callable[[WorkshopStore, IO[bytes]], None]] = {
        "minutes": pdf_minutes.write_minutes,
        "actions": pdf_handouts.write_action_plan,
        "questionnaire": questionnaire,
        "results": pdf_handouts.write_results,
        "agenda": pdf_handouts.write_agenda,
    }
    return writers[kind]


def export_pdf(store: WorkshopStore, kind: str, out_path: Path | str) -> Path:
    """Write one of PDF_KINDS for the open workshop to `out_path`; returns the path written."""
    if kind not in PDF_KINDS:
        raise ExportError(f"unknown PDF kind '{kind}' (choose one of {', '.join(PDF_KINDS)})")
    out_path = Path(out_path)
    writer = _pdf_writer(kind)
    with atomic_output(out_path) as fh:
        writer(store, fh)
    return out_path


def export_blank_questionnaire(language: str, out_path: Path | str) -> Path:
    """The questionnaire without a workshop file."""
    from vzworkshop.reports.pdf_handouts import write_questionnaire

    out_path = Path(out_path)
    with atomic_output(out_path) as fh:
        write_questionnaire(fh, language)
    return out_path


def export(store: WorkshopStore, kind: str, out_path: Path | str, shareable: bool = False) -> Path:
    """Any of KINDS: PDFs, the tallies as CSV, or the workshop as JSON (`shareable` applies the threshold)."""
    out_path = Path(out_path)
    if kind in PDF_KINDS:
        return export_pdf(store, kind, out_path)
    if kind == "csv":
        from vzworkshop.reports.tallies_csv import tallies_csv

        data = tallies_csv(store)
    elif kind == "json":
        from vzworkshop.reports.workshop_json import dumps, workshop_json

        data = dumps(workshop_json(store, shareable=shareable))
    else:
        raise ExportError(f"unknown export '{kind}' (choose one of {', '.join(KINDS)})")
    with atomic_output(out_path) as fh:
        fh.write(data)
    return out_path
