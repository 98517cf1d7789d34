from __future__ import annotations

import os
from pathlib import Path

from vzworkshop.ui import settings


def test_settings_live_in_the_settings_dir_as_ini() -> None:
    settings.put(settings.GUIDANCE_COLLAPSED, True)
    settings.put(settings.UI_LANGUAGE, "en")
    ini = Path(os.environ["VZWORKSHOP_SETTINGS_DIR"]) / "vzworkshop.ini"
    assert ini.exists() and "guidance_collapsed=true" in ini.read_text()
    assert settings.get(settings.GUIDANCE_COLLAPSED) is True
    assert settings.get(settings.UI_LANGUAGE) == "en"


def test_defaults_and_a_damaged_value() -> None:
    assert settings.get(settings.RECENT_FILES) == []
    settings.qsettings().setValue(settings.RECENT_FILES.key, "{not json")
    assert settings.get(settings.RECENT_FILES) == []


def test_recent_files_newest_first_without_duplicates_and_limited(tmp_path: Path) -> None:
    paths = [tmp_path / f"w{i}.vzw" for i in range(settings.RECENT_LIMIT + 2)]
    for p in paths:
        settings.add_recent(p)
    settings.add_recent(paths[5])
    recent = settings.recent_files()
    assert recent[0] == paths[5] and len(recent) == settings.RECENT_LIMIT and len(set(recent)) == len(recent)
    settings.remove_recent(paths[5])
    assert paths[5] not in settings.recent_files()


def test_storing_an_unchanged_value_does_not_rewrite_the_file(tmp_path: Path) -> None:
    """Opening the most recent workshop again changes nothing in the settings, so nothing is written."""
    ini = Path(os.environ["VZWORKSHOP_SETTINGS_DIR"]) / "vzworkshop.ini"
    settings.add_recent(tmp_path / "a.vzw")
    settings.put(settings.UI_LANGUAGE, "da")
    before = ini.stat().st_mtime_ns, ini.read_text()
    os.utime(ini, ns=(1_000_000_000, 1_000_000_000))
    settings.add_recent(tmp_path / "a.vzw")
    settings.put(settings.UI_LANGUAGE, "da")
    assert ini.stat().st_mtime_ns == 1_000_000_000 and ini.read_text() == before[1]
    settings.add_recent(tmp_path / "b.vzw")  # a change is written at once
    assert ini.stat().st_mtime_ns != 1_000_000_000
    assert settings.recent_files()[:2] == [(tmp_path / "b.vzw").resolve(), (tmp_path / "a.vzw").resolve()]
