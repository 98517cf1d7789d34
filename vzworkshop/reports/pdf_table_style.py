"""The style commands of reportlab's platypus Table that `GridTable` (pdf_table.py) draws itself: each cell's
style, cell ranges made absolute, and the commands of the two parts of a split table worked out as
reportlab's Table works them out (`_splitLineCmds`, `_cr_0`, `_cr_1_1`, `_cr_1_0`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors

STYLE_OPS = frozenset({"FONT", "FONTNAME", "FACE", "FONTSIZE", "SIZE", "LEADING", "TEXTCOLOR", "ALIGN",
                        "ALIGNMENT", "VALIGN", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"})
LINE_OPS = frozenset({"LINEBELOW", "LINEABOVE"})
_ALIGNS = frozenset({"LEFT", "RIGHT", "CENTER", "CENTRE"})
_VALIGNS = frozenset({"TOP", "MIDDLE", "BOTTOM"})


@dataclass(slots=True)
class CellStyle:
    """reportlab's CellStyle defaults."""

    fontname: str = "Helvetica"
    fontsize: float = 10
    leading: float = 12
    color: Any = colors.black
    alignment: str = "LEFT"
    valign: str = "BOTTOM"
    left: float = 6
    right: float = 6
    top: float = 3
    bottom: float = 3


# A style command with its cell range made absolute: (operation, first col, first row, last col, last row, args)
Command = tuple[str, int, int, int, int, tuple[Any, ...]]


def _apply(style: CellStyle, op: str, values: tuple[Any, ...]) -> None:
    """As reportlab's `_setCellStyle`."""
    if op == "FONT":
        style.fontname = values[0]
        if len(values) > 1:
            style.fontsize = values[1]
            style.leading = values[2] if len(values) > 2 else values[1] * 1.2
    elif op in ("FONTNAME", "FACE"):
        style.fontname = values[0]
    elif op in ("FONTSIZE", "SIZE"):
        style.fontsize = values[0]
    elif op == "LEADING":
        style.leading = values[0]
    elif op == "TEXTCOLOR":
        style.color = colors.toColor(values[0], colors.Color(0, 0, 0))
    elif op in ("ALIGN", "ALIGNMENT"):
        style.alignment = values[0]
    elif op == "VALIGN":
        style.valign = values[0]
    elif op == "LEFTPADDING":
        style.left = values[0]
    elif op == "RIGHTPADDING":
        style.right = values[0]
    elif op == "TOPPADDING":
        style.top = values[0]
    elif op == "BOTTOMPADDING":
        style.bottom = values[0]


def absolute(cmd: Sequence[Any], ncols: int, nrows: int) -> Command | None:
    """The command with negative indices counted from the end, or None when GridTable cannot do it."""
    op = cmd[0]
    if len(cmd) < 3 or not all(isinstance(v, int) for v in (*cmd[1], *cmd[2])):
        return None
    (sc, sr), (ec, er) = cmd[1], cmd[2]
    sc, ec = sc + ncols if sc < 0 else sc, ec + ncols if ec < 0 else ec
    sr, er = sr + nrows if sr < 0 else sr, er + nrows if er < 0 else er
    args = tuple(cmd[3:])
    if op in LINE_OPS:
        if len(args) != 2 or not isinstance(args[0], (int, float)):
            return None  # caps, dashes, joins, double lines: left to reportlab
        return op, sc, sr, ec, er, (args[0], colors.toColor(args[1]))
    if op == "BACKGROUND":
        if len(args) != 1 or isinstance(args[0], (list, tuple)) or callable(args[0]):
            return None  # gradients and drawing callbacks
        return op, sc, sr, ec, er, (colors.toColorOrNone(args[0]),)
    if op == "SPAN":
        sc, ec = min(sc, ec), max(sc, ec)
        return (op, sc, sr, ec, er, ()) if sr == er and not args else None  # column spans within a row
    if op in STYLE_OPS:
        if not args or (op in ("ALIGN", "ALIGNMENT") and args[0] not in _ALIGNS):
            return None
        if op == "VALIGN" and args[0] not in _VALIGNS:
            return None
        return op, sc, sr, ec, er, args
    return None


def _signature(index: int, cmd: Command) -> Any:
    """What a style command does to the cells of a row it covers (its index when its values cannot be compared)."""
    op, sc, _, ec, _, values = cmd
    try:
        hash(values)
    except TypeError:
        return index
    return op, sc, ec, values


def row_styles(nrows: int, ncols: int, cmds: list[Command]) -> list[list[CellStyle]]:
    """Each cell's style; rows the same commands cover share one list of styles."""
    shared: dict[tuple[Any, ...], list[CellStyle]] = {}
    out: list[list[CellStyle]] = []
    spans = [(max(0, cmd[2]), min(nrows - 1, cmd[4])) for cmd in cmds]
    signatures = [_signature(i, cmd) for i, cmd in enumerate(cmds)]  # equal commands on other rows: equal styles
    # the commands covering a row change only where a command starts or ends: one key per stretch of rows
    cuts = sorted({c for c in (0, nrows, *(a for a, _ in spans), *(b + 1 for _, b in spans)) if 0 <= c <= nrows})
    for start, end in itertools.pairwise(cuts):
        key = tuple(signatures[i] for i, (a, b) in enumerate(spans) if a <= start <= b)
        row = shared.get(key)
        if row is None:
            row = [CellStyle() for _ in range(ncols)]
            for i, (a, b) in enumerate(spans):
                if not a <= start <= b:
                    continue
                op, sc, _, ec, _, values = cmds[i]
                for c in range(max(0, sc), min(ncols - 1, ec) + 1):
                    _apply(row[c], op, values)
            shared[key] = row
        out.extend([row] * (end - start))
    return out


def first_part(n: int, cmds: list[Command]) -> list[Command]:
    """reportlab's Table._cr_0: the commands of the rows before the split."""
    return [(op, sc, sr, ec, min(er, n - 1), a) for op, sc, sr, ec, er, a in cmds if sr < n]


def rest_part(n: int, repeat: int, cmds: list[Command]) -> list[Command]:
    """reportlab's Table._cr_1_1 (repeated header rows) and _cr_1_0 (none): the commands of the rest."""
    out: list[Command] = []
    for op, sc, sr, ec, er, a in cmds:
        if repeat:
            if sr < repeat:
                out.append((op, sc, sr, ec, min(er, repeat - 1), a))
            if er >= n:
                out.append((op, sc, max(sr - n, 0) + repeat, ec, max(er - n, 0) + repeat, a))
        elif er >= n:
            out.append((op, sc, 0 if sr < n else sr - n, ec, er - n, a))
    return out


def split_lines(n: int, cmds: list[Command]) -> list[Command]:
    """reportlab's Table._splitLineCmds for rules below and above rows."""
    out: list[Command] = []
    for cmd in cmds:
        op, sc, sr, ec, er, a = cmd
        if op == "LINEBELOW" and sr < n and er >= n - 1:
            out.append(("LINEABOVE", sc, n, ec, n, a))
        elif op == "LINEABOVE" and sr <= n and er >= n:
            out.append(("LINEBELOW", sc, n - 1, ec, n - 1, a))
        out.append(cmd)
    return out
