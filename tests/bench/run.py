"""Run the benchmark suite: `python -m tests.bench` (all) or `python -m tests.bench startup pdf` (some);
`--write` records the figures in tests/bench/RESULTS.md. Each benchmark runs in its own fresh process."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
from pathlib import Path

from tests.bench.common import Figure, run_child

BENCHMARKS = ("startup", "submit", "scale", "pdf", "memory")
RESULTS = Path(__file__).with_name("RESULTS.md")


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "unknown"
    return {"date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), "nproc": str(os.cpu_count()), "cpu": cpu,
            "python": platform.python_version(), "qt": f"Qt {qVersion()}, PySide6 {pyside_version}",
            "os": platform.platform(), "load": load}


def verdict(figure: Figure) -> str:
    return "—" if figure.met is None else ("met" if figure.met else "NOT MET")


def value_text(figure: Figure) -> str:
    return f"{figure.value:g} {figure.unit}"


def baseline_text(figure: Figure) -> str:
    if figure.baseline is None:
        return ""
    return f"{figure.baseline:g} {figure.unit} ({figure.baseline_name})"


def table(figures: list[Figure]) -> str:
    rows = ["| Figure | Value | Baseline (same run) | Target | Verdict | Notes |", "|---|---|---|---|---|---|"]
    for f in figures:
        rows.append(f"| {f.name} | {value_text(f)} | {baseline_text(f)} | {f.target} | {verdict(f)} | {f.notes} |")
    return "\n".join(rows)


def details(figures: list[Figure]) -> str:
    out = []
    for f in figures:
        if f.extra:
            out.append(f"- {f.name}: " + ", ".join(f"{k} {v:g}" for k, v in f.extra.items()))
    return "\n".join(out)


KEPT = "<!-- kept by --write: notes below this line stay -->"


def write_results(figures: list[Figure], info: dict[str, str]) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = old[old.index(KEPT):] if KEPT in old else KEPT + "\n"
    text = f"""# Benchmark results

Run with `python -m tests.bench --write` (see README). Every Qt process runs with `QT_QPA_PLATFORM=offscreen`;
bytecode is cached as an installed app has it. Figures where an absolute time would be meaningless on a shared
machine are measured against a baseline in the same run (start-up, PDF, memory).

- Date: {info['date']}
- Machine: {info['nproc']} CPUs, {info['cpu']}; load average at the end {info['load']}
- Python {info['python']}; {info['qt']}; {info['os']}

{table(figures)}

Details:

{details(figures)}

{kept}"""
    RESULTS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default all: {', '.join(BENCHMARKS)})")
    parser.add_argument("--write", action="store_true", help=f"record the figures in {RESULTS.name}")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)} (choose from {', '.join(BENCHMARKS)})")
    figures: list[Figure] = []
    for name in args.names or BENCHMARKS:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        for figure in run_child(name):
            figures.append(figure)
            print(f"  {figure.name}: {value_text(figure)}"
                  + (f" vs {baseline_text(figure)}" if figure.baseline is not None else "")
                  + f"  target {figure.target}: {verdict(figure)}" + (f"  ({figure.notes})" if figure.notes else ""),
                  flush=True)
    if args.write:
        write_results(figures, machine())
        print(f"wrote {RESULTS}")
    return 0 if all(f.met is not False for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
