"""The command line, end to end in a subprocess: a contract users and scripts rely on."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import vzworkshop

REPO = Path(__file__).resolve().parents[1]
HEADER = ";".join(f"q{i}" for i in range(1, 11))


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    env.pop("VZWORKSHOP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "vzworkshop", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, timeout=60, check=False,
    )


def assert_error(result: subprocess.CompletedProcess[str], status: int, *fragments: str) -> None:
    assert result.returncode == status, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answers(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("utf-8-sig"))
    return path


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "ws.vzw"
    result = run("new", path, "--org", "Testby Kommune", "--title", "Trivsel")
    assert result.returncode == 0, result.stderr
    return path


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vzworkshop {vzworkshop.__version__}"


def test_new_and_refuse_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "ny.vzw"
    created = run("new", path, "--org", "Acme", "--lang", "en", "--min-group-size", "5", "--title", "T")
    assert created.returncode == 0 and created.stderr == ""
    before = digest(path)
    again = run("new", path, "--org", "Other")
    assert_error(again, 1, "ny.vzw", "already exists")
    assert digest(path) == before
    summary = json.loads(run("summary", path, "--json").stdout)
    assert summary["workshop"]["organisation"] == "Acme"
    assert summary["workshop"]["language"] == "en"
    assert summary["workshop"]["min_group_size"] == 5
    assert summary["rounds"] == []


@pytest.mark.parametrize(
    "args",
    [
        ["new"],
        ["new", "x.vzw"],
        ["new", "x.vzw", "--org", "A", "--lang", "de"],
        ["new", "x.vzw", "--org", "A", "--min-group-size", "1"],
        ["new", "x.vzw", "--org", "A", "--min-group-size", "tre"],
        ["import-answers", "x.vzw"],
        ["summary"],
        ["summary", "x.vzw", "--bogus"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    assert_error(run(*args, cwd=tmp_path), 2)
    assert not (tmp_path / "x.vzw").exists()


def test_new_with_blank_organisation_or_missing_folder(tmp_path: Path) -> None:
    assert_error(run("new", tmp_path / "x.vzw", "--org", "  "), 1, "organisation")
    assert_error(run("new", tmp_path / "no" / "x.vzw", "--org", "A"), 1, "x.vzw", "does not exist")
    assert list(tmp_path.iterdir()) == []


def test_import_and_summary_end_to_end(workshop: Path, tmp_path: Path) -> None:
    csv = answers(tmp_path / "svar.csv", ["3;4;;0;5;5;5;5;5;5"] * 4)
    imported = run("import-answers", workshop, csv)
    assert imported.returncode == 0, imported.stderr
    assert "4" in imported.stdout and "Første runde" in imported.stdout
    # --round names a new round; --group puts everyone in one group
    small = answers(tmp_path / "lille.csv", ["1;1;1;1;1;1;1;1;1;1"] * 2)
    big = answers(tmp_path / "stor.csv", ["2;2;2;2;2;2;2;2;2;2"] * 5)
    assert run("import-answers", workshop, small, "--round", "Opfølgning", "--group", "Kontor").returncode == 0
    assert run("import-answers", workshop, big, "--round", "Opfølgning", "--group", "Køkken").returncode == 0
    middle = answers(tmp_path / "mellem.csv", ["3;3;3;3;3;3;3;3;3;3"] * 4)
    assert run("import-answers", workshop, middle, "--round", "Opfølgning", "--group", "Rengøring").returncode == 0
    result = run("summary", workshop, "--json")
    assert result.returncode == 0 and result.stderr == ""
    out = json.loads(result.stdout)
    assert [r["name"] for r in out["rounds"]] == ["Første runde", "Opfølgning"]
    first, follow_up = out["rounds"]
    assert first["respondents"] == 4 and first["withheld"] is False
    assert first["overall_mean"] == pytest.approx((3 + 4 + 6 * 5) / 8)
    item3 = first["items"][2]
    assert item3["skipped"] == 4 and item3["mean"] is None
    assert first["items"][3]["dont_know"] == 4
    assert first["groups"] == []
    assert follow_up["respondents"] == 11
    groups = {g["name"]: g for g in follow_up["groups"]}
    assert groups["Køkken"]["withheld"] is False and groups["Køkken"]["overall_mean"] == 2.0
    # Kontor (2) is below 3; Rengøring (4) is withheld too, or Kontor = round - Køkken - Rengøring
    for name in ("Kontor", "Rengøring"):
        hidden = groups[name]
        assert hidden["withheld"] is True and hidden["respondents"] is None and hidden["overall_mean"] is None
        assert all(v is None for it in hidden["items"] for v in (it["mean"], it["answered"], *it["counts"].values()))
    # the small group's answers (all 1) show nowhere as a group figure
    assert all(g["overall_mean"] != 1.0 for g in follow_up["groups"])
    only = json.loads(run("summary", workshop, "--round", "Opfølgning", "--json").stdout)
    assert [r["name"] for r in only["rounds"]] == ["Opfølgning"]
    # later imports without --round go to the latest round
    assert run("import-answers", workshop, big, "--group", "Køkken").returncode == 0
    again = json.loads(run("summary", workshop, "--round", "Opfølgning", "--json").stdout)
    assert again["rounds"][0]["respondents"] == 16


def test_summary_text_is_danish_with_decimal_comma(workshop: Path, tmp_path: Path) -> None:
    csv = answers(tmp_path / "svar.csv", ["3;4;3;4;3;4;3;4;3;4"] * 3)
    assert run("import-answers", workshop, csv).returncode == 0
    result = run("summary", workshop)
    assert result.returncode == 0
    assert "Samlet gennemsnit: 3,50" in result.stdout
    assert "Aktivt → Proaktivt" in result.stdout
    assert "3.50" not in result.stdout


def test_bad_answers_file_names_row_and_column_and_stores_nothing(workshop: Path, tmp_path: Path) -> None:
    before = digest(workshop)
    csv = answers(tmp_path / "svar.csv", ["1;2;3;4;5;0;1;2;3;4", "1;2;3;4;5;0;1;2;3;4", "1;2;3;4;5;7;1;2;3;4"])
    result = run("import-answers", workshop, csv)
    assert_error(result, 1, "svar.csv", "row 4", "q6", "'7'")
    assert digest(workshop) == before
    assert not Path(f"{workshop}-wal").exists()
    assert json.loads(run("summary", workshop, "--json").stdout)["rounds"] == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "not a text"),
        (HEADER.encode() + b"\r\n", "no answers"),
        (b"a;b;c\r\n1;2;3\r\n", "lacks the item column"),
    ],
)
def test_unusable_answers_files(workshop: Path, tmp_path: Path, content: bytes, fragment: str) -> None:
    before = digest(workshop)
    csv = tmp_path / "svar.csv"
    csv.write_bytes(content)
    assert_error(run("import-answers", workshop, csv), 1, fragment)
    assert digest(workshop) == before


def test_missing_files_are_one_line_errors(workshop: Path, tmp_path: Path) -> None:
    assert_error(run("import-answers", workshop, tmp_path / "none.csv"), 1, "none.csv")
    assert_error(run("summary", tmp_path / "none.vzw"), 1, "none.vzw", "no such file")
    assert_error(run("summary", workshop, "--round", "Ukendt"), 1, "Ukendt")


def test_not_a_workshop_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.vzw"
    path.write_text("not a workshop")
    csv = answers(tmp_path / "svar.csv", ["1;1;1;1;1;1;1;1;1;1"])
    assert_error(run("import-answers", path, csv), 1, "notes.vzw", "not a workshop file")
    assert_error(run("summary", path), 1, "notes.vzw")
    assert path.read_text() == "not a workshop"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.vzw", "svar.csv"]


def test_broken_pipe_is_quiet(workshop: Path, tmp_path: Path) -> None:
    csv = answers(tmp_path / "svar.csv", ["1;2;3;4;5;0;1;2;3;4"] * 3)
    for name in ("R1", "R2", "R3", "R4"):
        assert run("import-answers", workshop, csv, "--round", name).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "vzworkshop", "summary", str(workshop), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # like `| head -1`
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert first.strip() == b"{"
    assert stderr == ""


def test_python_m_and_module_entry_agree() -> None:
    from vzworkshop.cli import main

    assert main(["summary", "/nonexistent/dir/x.vzw"]) == 1


def test_summary_changes_no_data_and_keeps_what_it_showed(workshop: Path, tmp_path: Path) -> None:
    """The summary prints figures, so it keeps the moment they were shown (the disclosure history, see
    store/result_reads), and nothing else changes; printing the same figures again changes nothing at all."""
    csv = answers(tmp_path / "svar.csv", ["2;2;2;2;2;2;2;2;2;2"] * 3)
    assert run("import-answers", workshop, csv).returncode == 0
    before = _rows_but_moments(workshop)
    assert run("summary", workshop).returncode == 0
    once = digest(workshop)
    assert run("summary", workshop, "--json").returncode == 0
    assert digest(workshop) == once
    assert _rows_but_moments(workshop) == before
    conn = sqlite3.connect(workshop)
    rows = conn.execute("SELECT sizes, groups FROM shown_moment").fetchall()
    assert [tuple(map(json.loads, r)) for r in rows] == [([["", 3]], [])]
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["svar.csv", "ws.vzw"]


def test_workshop_open_elsewhere_is_a_one_line_error(workshop: Path, tmp_path: Path) -> None:
    from vzworkshop.store import WorkshopStore

    csv = answers(tmp_path / "svar.csv", ["2;2;2;2;2;2;2;2;2;2"] * 3)
    with WorkshopStore.open(workshop):  # as if the app had it open
        assert_error(run("import-answers", workshop, csv), 1, "ws.vzw", "already open")
    assert json.loads(run("summary", workshop, "--json").stdout)["rounds"] == []


def test_unexpected_errors_are_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from vzworkshop import cli

    def broken(args: object) -> int:
        raise RuntimeError("boom\nsecond line")

    help_text, configure, _ = cli.COMMANDS["summary"]
    monkeypatch.setitem(cli.COMMANDS, "summary", (help_text, configure, broken))
    monkeypatch.delenv("VZWORKSHOP_DEBUG", raising=False)
    assert cli.main(["summary", "x.vzw"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError: boom second line" in err
    monkeypatch.setenv("VZWORKSHOP_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["summary", "x.vzw"])


def _rows_but_moments(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if t != "shown_moment"]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()
