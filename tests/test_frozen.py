"""The double-click app: build.spec builds a folder that starts without Python installed.

Slow (a PyInstaller build takes about 20 s here) but part of the normal run, as CI installs the `build` extra.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from vzworkshop import __version__

ROOT = Path(__file__).resolve().parents[1]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    # A cache of our own: PyInstaller's shared one (~/.cache/pyinstaller) breaks when two builds run at once.
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache")}
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        capture_output=True, text=True, cwd=ROOT, timeout=900, env=env,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"\nPyInstaller build took {time.monotonic() - started:.0f} s")
    yield work / "dist" / "vzworkshop"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["VZWORKSHOP_SETTINGS_DIR"] = str(tmp_path / "settings")
    return env


def test_frozen_folder_holds_the_data(frozen_app: Path) -> None:
    internal = frozen_app / "_internal" / "vzworkshop"
    assert (internal / "resources" / "content" / "da.json").is_file()
    assert (internal / "resources" / "icons" / "vzworkshop-256.png").is_file()
    assert sorted(p.name for p in (internal / "translations").glob("*.qm")) == [
        "qtbase_supplement_da.qm", "vzworkshop_da.qm", "vzworkshop_en.qm"]
    assert (internal / "docs" / "guide.md").is_file()
    assert (internal / "LICENSE").is_file()
    qt = frozen_app / "_internal" / "PySide6" / "Qt"
    assert {p.name for p in (qt / "translations").iterdir()} == {"qtbase_da.qm", "qtbase_en.qm"}
    assert not list(frozen_app.rglob("*WebEngine*")) and not list(frozen_app.rglob("*Qt6Qml*"))


def test_frozen_app_tells_its_version(frozen_app: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(frozen_app / f"vzworkshop{EXE_SUFFIX}"), "--version"], capture_output=True,
                            text=True, env=_env(tmp_path), timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"vzworkshop {__version__}"


def test_frozen_cli_creates_and_summarises_a_workshop(frozen_app: Path, tmp_path: Path) -> None:
    cli = str(frozen_app / f"vzworkshop-cli{EXE_SUFFIX}")
    workshop = tmp_path / "frozen.vzw"
    made = subprocess.run([cli, "new", str(workshop), "--org", "Frosne Fabrik", "--lang", "en"],
                          capture_output=True, text=True, env=_env(tmp_path), timeout=60)
    assert made.returncode == 0, made.stderr
    summary = subprocess.run([cli, "summary", str(workshop)], capture_output=True, text=True,
                             env=_env(tmp_path), timeout=60)
    assert summary.returncode == 0, summary.stderr
    assert "Frosne Fabrik" in summary.stdout


def test_frozen_app_opens_a_workshop_window(frozen_app: Path, tmp_path: Path, workshop_path: Path) -> None:
    env = _env(tmp_path)
    env["VZWORKSHOP_EXIT_AFTER_SHOWN"] = "1"  # quit as soon as the window is on screen
    result = subprocess.run([str(frozen_app / f"vzworkshop{EXE_SUFFIX}"), str(workshop_path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "shown: workshop.vzw" in result.stdout
    assert "Testby Kommune" in result.stdout
    log = (tmp_path / "settings" / "logs" / "vzworkshop.log").read_text(encoding="utf-8")
    assert "started" in log and "Shown: workshop.vzw" in log
    assert "Traceback" not in log and "Traceback" not in result.stderr
