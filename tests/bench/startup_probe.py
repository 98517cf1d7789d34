"""Where a start-up's time goes, measured inside the process: `python startup_probe.py -m vzworkshop FILE` or
`python startup_probe.py bare_window.py`.

It imports PySide6's QtWidgets first (the bare window and the app both do), then runs the target and stops it
when it prints "shown: ...", printing one JSON line instead: the time PySide's import took, the time after it,
and within that time how long Python spent creating enum classes (PySide makes a Python enum for every Qt enum
of a Qt class on the class's first use) and dataclasses. The counters wrap two functions of the standard
library, in this probe process only; the app itself never does this.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import runpy
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

PROBE_PREFIX = "STARTUP-PROBE "


class Counter:
    """Time spent in a wrapped function (outermost calls only) and how often it ran."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self.depth = 0

    def wrap(self, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            self.depth += 1
            try:
                return func(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.seconds += time.perf_counter() - start
                    self.calls += 1

        return timed


class StopAtShown:
    """Stands in for stdout: at the "shown: " line, prints the probe's figures and ends the process."""

    def __init__(self, out: TextIO, report: Callable[[], dict[str, float]]) -> None:
        self.out = out
        self.report = report

    def write(self, text: str) -> int:
        if text.startswith("shown: "):
            self.out.write(PROBE_PREFIX + json.dumps(self.report()) + "\n")
            self.out.flush()
            os._exit(0)
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


def main(argv: list[str]) -> None:
    started = time.perf_counter()
    import PySide6.QtWidgets  # noqa: F401  (both the bare window and the app import it first)

    imported = time.perf_counter()
    enums, classes = Counter(), Counter()
    # The functional API that PySide calls for each enum, and the decorator's worker (the wrappers only time).
    setattr(enum.EnumType, "_create_", enums.wrap(getattr(enum.EnumType, "_create_")))  # noqa: B009,B010
    setattr(dataclasses, "_process_class", classes.wrap(getattr(dataclasses, "_process_class")))  # noqa: B009,B010

    def report() -> dict[str, float]:
        now = time.perf_counter()
        return {"pyside_import_ms": (imported - started) * 1000, "after_import_ms": (now - imported) * 1000,
                "enum_ms": enums.seconds * 1000, "enums": enums.calls, "dataclass_ms": classes.seconds * 1000,
                "dataclasses": classes.calls}

    sys.stdout = StopAtShown(sys.stdout, report)
    if argv[0] == "-m":
        sys.argv = argv[1:]
        runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = argv
        runpy.run_path(argv[0], run_name="__main__")
    raise SystemExit(f"{argv} ended without printing 'shown:'")


if __name__ == "__main__":
    main(sys.argv[1:])
