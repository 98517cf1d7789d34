"""Keep the Qt Linguist catalogues in step with the code.

    python tools/translations.py update    # refresh translations/vzworkshop_{da,en}.ts from the sources
    python tools/translations.py compile   # build translations/*.qm from the .ts files
    python tools/translations.py check     # exit 1 if a string is untranslated or a .qm is stale

English is the source language: vzworkshop_en.ts needs only the plural forms of %n texts filled in.
translations/qtbase_supplement_da.ts (Qt's own texts that Qt's Danish catalogue lacks) is kept by hand: `update`
leaves it alone, `compile` and `check` treat it like ours.

The .ts files carry no line numbers (-locations none), so they change only when texts change.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}
SUPPLEMENTS = ("qtbase_supplement_da",)  # hand-kept catalogues of Qt's own texts, loaded after Qt's (ui/i18n.py)


def catalogues() -> list[str]:
    """Every catalogue `compile` builds: ours per language, then the supplements of Qt's."""
    return [f"vzworkshop_{lang}" for lang in LANGUAGES] + list(SUPPLEMENTS)


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "vzworkshop").rglob("*.py") if "ui" in p.relative_to(ROOT).parts)


def lupdate(ts: Path, language: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    subprocess.run(
        ["pyside6-lupdate", *files, "-locations", "none", "-no-obsolete", "-target-language", language,
         "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation text, type) from a .ts file."""
    return {key: (text, kind) for key, (text, kind, _) in _read(ts).items()}


def plurals(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """Only the messages with plural forms (a %n count): (context, source) -> (translation text, type)."""
    return {key: (text, kind) for key, (text, kind, numerus) in _read(ts).items() if numerus}


def _read(ts: Path) -> dict[tuple[str, str], tuple[str, str, bool]]:
    out: dict[tuple[str, str], tuple[str, str, bool]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            text = "".join(tr.itertext()) if tr is not None else ""
            kind = tr.get("type", "") if tr is not None else "unfinished"
            out[(name, source)] = (text, kind, message.get("numerus") == "yes")
    return out


def problems() -> list[str]:
    """Untranslated or unfinished Danish strings, strings missing from the catalogue, English plural forms not
    filled in, and stale .qm files. English singular texts may stay empty: Qt falls back to the source text."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh_da.ts"
        lupdate(fresh, LANGUAGES["da"])
        wanted = set(messages(fresh))
        have = messages(TS_DIR / "vzworkshop_da.ts") if (TS_DIR / "vzworkshop_da.ts").exists() else {}
        for key in sorted(wanted):
            if key not in have:
                found.append(f"missing from vzworkshop_da.ts: [{key[0]}] {key[1]!r}")
            elif have[key][1] in ("unfinished", "vanished", "obsolete") or not have[key][0].strip():
                found.append(f"not translated in vzworkshop_da.ts: [{key[0]}] {key[1]!r}")
        # English is the source language: Qt shows the source text when a translation is empty, so the English
        # catalogue needs only the plural forms ("%n answer(s)" -> "1 answer" / "3 answers").
        english = TS_DIR / "vzworkshop_en.ts"
        have_en = plurals(english) if english.exists() else {}
        for key, _ in sorted(plurals(fresh).items()):
            text, kind = have_en.get(key, ("", "unfinished"))
            if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                found.append(f"plural forms not filled in vzworkshop_en.ts: [{key[0]}] {key[1]!r}")
        for name in catalogues():
            ts = TS_DIR / f"{name}.ts"
            qm = TS_DIR / f"{name}.qm"
            if not ts.exists():
                found.append(f"{ts.name} is missing")
                continue
            built = Path(tmp) / qm.name
            lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name} is stale: run 'python tools/translations.py compile'")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for lang, code in LANGUAGES.items():
            lupdate(TS_DIR / f"vzworkshop_{lang}.ts", code)
        return 0
    if command == "compile":
        for name in catalogues():
            lrelease(TS_DIR / f"{name}.ts", TS_DIR / f"{name}.qm")
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
