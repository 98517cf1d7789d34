"""The package's shape: dependencies point one way, SQL stays in the store, modules stay small."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "vzworkshop"
MAX_LINES = 500
WARN_LINES = 400


def _modules(*parts: str) -> list[Path]:
    root = PACKAGE.joinpath(*parts)
    return sorted(root.rglob("*.py"))


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module name imported, absolute or relative, anywhere in the file (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "." * node.level + (node.module or "")))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module", "__import__"
        ) and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.append((node.lineno, node.args[0].value))
    return found


def _rel(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def test_the_layers_exist() -> None:
    for layer in ("core", "store", "reports"):
        assert _modules(layer), f"no modules under vzworkshop/{layer}"


@pytest.mark.parametrize("layer", ["core", "store", "reports"])
def test_no_qt_below_the_ui(layer: str) -> None:
    forbidden = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "vzworkshop.ui")
    bad = [
        f"{_rel(path)}:{line} imports {name}"
        for path in _modules(layer)
        for line, name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("layer", "above"), [("core", ("vzworkshop.store", "vzworkshop.reports")),
                                             ("store", ("vzworkshop.reports",))])
def test_dependencies_point_one_way(layer: str, above: tuple[str, ...]) -> None:
    bad = [
        f"{_rel(path)}:{line} imports {name}"
        for path in _modules(layer)
        for line, name in _imports(path)
        if any(name == a or name.startswith(a + ".") for a in above)
    ]
    assert not bad, "\n".join(bad)


SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE|"
                 r"DROP\s+TABLE|ALTER\s+TABLE|PRAGMA\s+\w+)\b")


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values
                           if isinstance(v, ast.Constant | ast.FormattedValue))
            out.append((node.lineno, str(text)))
    return out


def test_sql_only_in_the_store() -> None:
    bad = [
        f"{_rel(path)}:{line}: {text[:60]!r}"
        for path in _modules()
        if "store" not in path.relative_to(PACKAGE).parts[:1]
        for line, text in _string_constants(path)
        if SQL.search(text)
    ]
    assert not bad, "SQL outside vzworkshop/store:\n" + "\n".join(bad)
    others = [p for p in _modules() if p.relative_to(PACKAGE).parts[0] != "store"]
    imports_sqlite = [f"{_rel(p)}:{line}" for p in others for line, name in _imports(p) if name == "sqlite3"]
    assert not imports_sqlite, "sqlite3 used outside vzworkshop/store: " + ", ".join(imports_sqlite)


def test_the_sql_detector_detects() -> None:
    for text in ("SELECT * FROM tally", "INSERT INTO round (name) VALUES (?)", "UPDATE tally SET count = 1",
                 "DELETE FROM round", "PRAGMA user_version"):
        assert SQL.search(text), text
    for text in ("Select the round you want", "Update the plan", "the insert into the binder"):
        assert not SQL.search(text), text


def test_no_star_imports() -> None:
    bad = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names):
                bad.append(f"{_rel(path)}:{node.lineno}")
    assert not bad, "star imports: " + ", ".join(bad)


def test_modules_stay_small(capsys: pytest.CaptureFixture[str]) -> None:
    sizes = {_rel(p): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    too_big = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not too_big, f"modules over {MAX_LINES} lines: {too_big}"
    getting_big = {name: n for name, n in sizes.items() if n > WARN_LINES}
    if getting_big:  # a note, not a failure (warnings are errors in this suite)
        with capsys.disabled():
            print(f"\nnote: modules over {WARN_LINES} lines, split them soon: {getting_big}")
