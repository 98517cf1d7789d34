"""PDF: the minutes of the large workshop against a bare reportlab document of the same page count with the same
embedded fonts (DejaVu Sans and Sans Bold), in one process, alternating, medians; plus the first export in a
fresh process (imports included)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.bench.common import REPO, Figure, child_env, large_workshop, median, work_dir

RUNS = 7
TARGET_RATIO = 2.0
LIMIT_S = 1.0


def bare_document(pages: int, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    fonts = REPO / "resources" / "fonts"
    if "BareSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareSans", str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("BareSans-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    canvas = Canvas(str(out), pagesize=A4)
    for page in range(pages):
        canvas.setFont("BareSans-Bold", 16)
        canvas.drawString(60, 780, f"Side {page + 1} – Trivselsworkshop")
        canvas.setFont("BareSans", 10)
        for line in range(45):
            canvas.drawString(60, 750 - line * 15, f"Linje {line + 1}: Æblegrød, øl og årstider – psykisk arbejdsmiljø")
        canvas.showPage()
    canvas.save()


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--first-export":
        _first_export(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    from vzworkshop.reports.export import export_pdf
    from vzworkshop.store import WorkshopStore

    folder = work_dir()
    path = large_workshop(folder / "large.vzw")
    cold = _cold_first_export(path, folder / "first.pdf")
    store = WorkshopStore.open(path, read_only=True)
    minutes_pdf, bare_pdf = folder / "minutes.pdf", folder / "bare.pdf"
    export_pdf(store, "minutes", minutes_pdf)  # warm up: imports, fonts
    pages = page_count(minutes_pdf)
    bare_document(pages, bare_pdf)
    assert page_count(bare_pdf) == pages
    minutes_times, bare_times = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        export_pdf(store, "minutes", minutes_pdf)
        minutes_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_document(pages, bare_pdf)
        bare_times.append(time.perf_counter() - start)
    store.close()
    ratio = median(minutes_times) / median(bare_times)
    Figure(f"PDF minutes of the large workshop ({pages} pages)", round(median(minutes_times) * 1000, 1), "ms",
           f"<= {TARGET_RATIO:.0f}x bare and < {LIMIT_S:.0f} s",
           ratio <= TARGET_RATIO and median(minutes_times) < LIMIT_S,
           baseline=round(median(bare_times) * 1000, 1), baseline_name=f"bare reportlab, {pages} pages, DejaVu",
           notes=f"ratio {ratio:.2f}x; {RUNS} runs each, medians", extra={"ratio": round(ratio, 3)}).emit()
    Figure("PDF minutes, first export in a fresh process (imports and font loading included)",
           round(cold * 1000, 1), "ms", f"< {LIMIT_S:.0f} s", cold < LIMIT_S).emit()


def _cold_first_export(path: Path, out: Path) -> float:
    times = []
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-m", "tests.bench.pdf", "--first-export", str(path), str(out)],
                              cwd=REPO, env=child_env(), capture_output=True, text=True, check=True)
        times.append(float(proc.stdout.strip().splitlines()[-1]))
    return median(times)


def _first_export(path: Path, out: Path) -> None:
    from vzworkshop.reports.export import export_pdf
    from vzworkshop.store import WorkshopStore

    store = WorkshopStore.open(path, read_only=True)
    start = time.perf_counter()
    export_pdf(store, "minutes", out)
    print(time.perf_counter() - start)
    store.close()


if __name__ == "__main__":
    main()
