"""The whole workshop as one JSON document (format "vzworkshop-workshop", version 1), and back.

See docs/workshop-json.md. The full export is a backup: it holds every group's tallies, also those of
groups too small to be shown. `shareable=True` applies the threshold instead (withheld groups merged, or
left out) and leaves out the facilitator's private notes. Records are written without their database ids
and positions: lists are in order, and links between records (an action's problem, a note's action) are
1-based indexes into those lists. Export, import, export gives the same JSON.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from vzworkshop.core.disclosure_history import Shown
from vzworkshop.core.results import round_result
from vzworkshop.core.tally import ITEM_COUNT, Tally, pooled
from vzworkshop.reports.tallies_csv import COMBINED
from vzworkshop.store import WorkshopStore
from vzworkshop.store import errors as store_errors
from vzworkshop.store.records import (
    ActionItem,
    ActionNote,
    AgendaBlock,
    Commitment,
    Evaluation,
    HazardSelection,
    ItemAssessment,
    Plan,
    Problem,
    Round,
    StepNote,
    TeamMember,
    Workshop,
)

FORMAT = "vzworkshop-workshop"
VERSION = 2  # 2: rounds carry "shown", the moments their figures were shown (the disclosure history)
READABLE = (1, 2)
_SKIP = {"id", "position", "round_id", "action_id", "problem_id", "carried_from"}


class WorkshopJsonError(ValueError):
    """The JSON file cannot be imported; the message names the place in the file."""


def _plain(record: Any, skip: set[str] = _SKIP) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name not in skip}


def _tally_json(tally: Tally) -> dict[str, Any]:
    return {"ballots": tally.ballots, "counts": {str(it.item): list(it.counts) for it in tally.items}}


def _round_json(store: WorkshopStore, rnd: Round, shareable: bool) -> dict[str, Any]:
    assert rnd.id is not None
    ws = store.workshop()
    tallies = store.group_tallies(rnd.id)
    groups: list[dict[str, Any]] = []
    out = _plain(rnd)
    if not shareable:
        groups = [{"name": g.name, **_tally_json(t)} for g, t in tallies]
        # the moments the round's figures were shown (counts only), so that the restored workshop does not
        # show figures that could be compared with them (`core.disclosure_history`)
        out["shown"] = [{"sizes": [[name, n] for name, n in m.sizes], "groups": sorted(m.groups)}
                        for m in store.shown_history(rnd.id)]
    else:
        result = store.round_result(rnd.id)
        out["respondents"] = result.respondents
        out["withheld"] = result.withheld
        if not result.withheld:
            if not result.groups:  # not split: the round's one group is the round
                groups = [{"name": g.name, **_tally_json(t)} for g, t in tallies]
            hidden = {g.name for g in result.groups if g.withheld}
            for g, t in tallies:
                if result.groups and g.name not in hidden:
                    groups.append({"name": g.name, **_tally_json(t)})
            if hidden:
                combined = pooled(t for g, t in tallies if g.name in hidden)
                name = COMBINED[ws.language]
                if not round_result(name, [(name, combined)], ws.min_group_size).withheld:
                    groups.append({"name": name, **_tally_json(combined)})
    out["groups"] = groups
    out["assessments"] = [_plain(a) for a in store.list(ItemAssessment, round_id=rnd.id)]
    return out


def workshop_json(store: WorkshopStore, shareable: bool = False) -> dict[str, Any]:
    problems = store.list(Problem)
    problem_ref = {p.id: i for i, p in enumerate(problems, start=1)}
    actions = store.list(ActionItem)
    action_ref = {a.id: i for i, a in enumerate(actions, start=1)}
    notes: dict[int, list[dict[str, Any]]] = {}
    for n in store.list(ActionNote):
        notes.setdefault(n.action_id, []).append(_plain(n))
    step_skip = _SKIP | ({"facilitator_notes"} if shareable else set())
    return {
        "format": FORMAT,
        "version": VERSION,
        "shareable": shareable,
        "workshop": _plain(store.workshop()),
        "commitment": _plain(store.get(Commitment)),
        "team": [_plain(m) for m in store.list(TeamMember)],
        "step_notes": [_plain(n, step_skip) for n in store.list(StepNote)],
        "rounds": [_round_json(store, r, shareable) for r in store.rounds()],
        "hazards": [_plain(h) for h in store.list(HazardSelection)],
        "problems": [_plain(p) for p in problems],
        "plan": _plain(store.get(Plan)),
        "actions": [
            {**_plain(a), "problem": problem_ref.get(a.problem_id), "carried_from": action_ref.get(a.carried_from),
             "notes": notes.get(a.id or 0, [])}
            for a in actions
        ],
        "evaluation": _plain(store.get(Evaluation)),
        "agenda": [_plain(b) for b in store.list(AgendaBlock)],
    }


def dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading back --------------------------------------------------------------------------------------


def _check_value(where: str, annotation: str, value: Any) -> None:
    optional = "None" in annotation
    if value is None:
        if not optional:
            raise WorkshopJsonError(f"{where}: must not be empty (null)")
        return
    base = annotation.replace(" | None", "")
    ok = {
        "str": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "list[int]": isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value),
        "list[str]": isinstance(value, list) and all(isinstance(v, str) for v in value),
    }.get(base)
    if ok is None:
        raise WorkshopJsonError(f"{where}: unsupported field type {annotation}")
    if not ok:
        raise WorkshopJsonError(f"{where}: {json.dumps(value, ensure_ascii=False)[:40]} is not a {base}")


def _record(cls: type[Any], raw: Any, where: str, extra: tuple[str, ...] = ()) -> Any:
    if not isinstance(raw, dict):
        raise WorkshopJsonError(f"{where}: expected an object")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in _SKIP}
    unknown = set(raw) - set(fields) - set(extra)
    if unknown:
        raise WorkshopJsonError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        if name not in raw:
            continue  # a field added after the file was written takes its default
        _check_value(f"{where}.{name}", str(f.type), raw[name])
        values[name] = raw[name]
    try:
        return cls(**values)
    except TypeError as exc:
        raise WorkshopJsonError(f"{where}: {exc}") from exc


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise WorkshopJsonError(f"{key}: expected a list")
    return value


def _tally(raw: dict[str, Any], where: str) -> Tally:
    ballots = raw.get("ballots")
    counts = raw.get("counts")
    if not isinstance(ballots, int) or isinstance(ballots, bool) or ballots < 0:
        raise WorkshopJsonError(f"{where}.ballots: expected a whole number of ballots")
    if not isinstance(counts, dict) or set(counts) != {str(i) for i in range(1, ITEM_COUNT + 1)}:
        raise WorkshopJsonError(f"{where}.counts: expected counts for items 1-{ITEM_COUNT}")
    flat: dict[tuple[int, int], int] = {}
    for item, row in counts.items():
        if (not isinstance(row, list) or len(row) != 6
                or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in row)):
            raise WorkshopJsonError(f"{where}.counts.{item}: expected six counts (answers 0-5)")
        for value, n in enumerate(row):
            flat[(int(item), value)] = n
    try:
        return Tally.from_counts(ballots, flat)
    except ValueError as exc:
        raise WorkshopJsonError(f"{where}: {exc}") from exc


def _shown(raw: Any, ballots: dict[str, int], where: str) -> list[Shown]:
    """A round's shown moments: each group's count then (never more than later, nor than the group holds)
    and the groups shown; in order."""
    if not isinstance(raw, list):
        raise WorkshopJsonError(f"{where}: expected a list")
    out: list[Shown] = []
    before: dict[str, int] = {}
    for i, m in enumerate(raw):
        here = f"{where}[{i}]"
        sizes, groups = (m.get("sizes"), m.get("groups", [])) if isinstance(m, dict) else (None, None)
        if (not isinstance(m, dict) or set(m) - {"sizes", "groups"} or not isinstance(sizes, list)
                or not all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and isinstance(p[1], int)
                           and not isinstance(p[1], bool) and p[1] >= 0 for p in sizes)
                or not isinstance(groups, list) or not all(isinstance(g, str) for g in groups)):
            raise WorkshopJsonError(f"{here}: expected sizes [[group, count], ...] and groups [group, ...]")
        now = {name.strip(): n for name, n in sizes}
        if (set(now) - set(ballots) or set(groups) - set(now)
                or any(n > ballots[g] or n < before.get(g, 0) for g, n in now.items())):
            raise WorkshopJsonError(f"{here}: the counts do not fit the round's groups")
        before = now
        out.append(Shown(tuple(now.items()), frozenset(g.strip() for g in groups)))
    return out


def _ref(value: Any, size: int, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= size:
        raise WorkshopJsonError(f"{where}: {value!r} does not point into a list of {size}")
    return value


def parse(data: Any) -> dict[str, Any]:
    """Check the whole document and turn it into records; nothing is written."""
    if not isinstance(data, dict):
        raise WorkshopJsonError("the file is not a vzworkshop workshop (expected a JSON object)")
    if data.get("format") != FORMAT:
        raise WorkshopJsonError(f"the file is not a vzworkshop workshop (format is not '{FORMAT}')")
    if data.get("version") not in READABLE:
        raise WorkshopJsonError(f"the file has format version {data.get('version')!r}; this version reads "
                                f"{' and '.join(map(str, READABLE))}")
    ws = _record(Workshop, data.get("workshop"), "workshop")
    out: dict[str, Any] = {"workshop": ws, "shareable": data.get("shareable") is True}
    for key, cls in (("commitment", Commitment), ("plan", Plan), ("evaluation", Evaluation)):
        out[key] = _record(cls, data.get(key, {}), key)
    out["team"] = [_record(TeamMember, r, f"team[{i}]") for i, r in enumerate(_list(data, "team"))]
    out["step_notes"] = [_record(StepNote, r, f"step_notes[{i}]") for i, r in enumerate(_list(data, "step_notes"))]
    out["hazards"] = [_record(HazardSelection, r, f"hazards[{i}]") for i, r in enumerate(_list(data, "hazards"))]
    out["agenda"] = [_record(AgendaBlock, r, f"agenda[{i}]") for i, r in enumerate(_list(data, "agenda"))]
    problems = [_record(Problem, r, f"problems[{i}]") for i, r in enumerate(_list(data, "problems"))]
    out["problems"] = problems
    rounds = []
    for i, raw in enumerate(_list(data, "rounds")):
        where = f"rounds[{i}]"
        rnd = _record(Round, raw, where, extra=("groups", "assessments", "respondents", "withheld", "shown"))
        groups = []
        for j, g in enumerate(raw.get("groups", [])):
            if not isinstance(g, dict) or not isinstance(g.get("name"), str):
                raise WorkshopJsonError(f"{where}.groups[{j}]: expected an object with a name")
            groups.append((g["name"], _tally(g, f"{where}.groups[{j}]")))
        names = [n.strip() for n, _ in groups]
        if len(set(names)) != len(names):
            raise WorkshopJsonError(f"{where}: two groups have the same name")
        assessments = [_record(ItemAssessment, a, f"{where}.assessments[{j}]")
                       for j, a in enumerate(raw.get("assessments", []))]
        shown = _shown(raw.get("shown", []), {n.strip(): t.ballots for n, t in groups}, f"{where}.shown")
        rounds.append((rnd, groups, assessments, shown))
    if len({r.name.strip() for r, _, _, _ in rounds}) != len(rounds):
        raise WorkshopJsonError("rounds: two rounds have the same name")
    out["rounds"] = rounds
    actions = []
    raw_actions = _list(data, "actions")
    for i, raw in enumerate(raw_actions):
        where = f"actions[{i}]"
        action = _record(ActionItem, raw, where, extra=("problem", "carried_from", "notes"))
        problem = _ref(raw.get("problem"), len(problems), f"{where}.problem")
        carried = _ref(raw.get("carried_from"), len(raw_actions), f"{where}.carried_from")
        notes = [_record(ActionNote, n, f"{where}.notes[{j}]") for j, n in enumerate(raw.get("notes", []))]
        actions.append((action, problem, carried, notes))
    out["actions"] = actions
    return out


def read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkshopJsonError("the file is not UTF-8 text") from exc
    except OSError as exc:
        raise WorkshopJsonError(f"the file cannot be read ({exc.strerror})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise WorkshopJsonError(f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") \
            from exc
    return parse(data)


def _fill(store: WorkshopStore, parsed: dict[str, Any]) -> None:
    for key in ("commitment", "plan", "evaluation"):
        store.save(parsed[key])
    for member in parsed["team"]:
        store.add(member)
    for note in parsed["step_notes"]:
        store.upsert(note)
    for rnd, groups, assessments, shown in parsed["rounds"]:
        new = store.add_round(rnd.name, kind=rnd.kind, groups=(), date=rnd.date)
        assert new.id is not None
        if rnd.notes:
            new.notes = rnd.notes
            store.save(new)
        for name, tally in groups:
            store.add_group_tally(new.id, name, tally)
        if parsed["shareable"] and groups:  # a shareable file's figures were seen: as one moment, all groups
            shown = [Shown(tuple((g.name, g.ballots) for g in store.groups(new.id)),
                           frozenset(n.strip() for n, _ in groups))]
        for moment in shown:
            store.record_shown(new.id, moment)
        for a in assessments:
            a.round_id = new.id
            store.upsert(a)
    for hazard in parsed["hazards"]:
        store.upsert(hazard)
    problem_ids = [store.add(p).id for p in parsed["problems"]]
    action_ids: list[int | None] = []
    for action, problem, _, notes in parsed["actions"]:
        action.problem_id = problem_ids[problem - 1] if problem else None
        added = store.add(action)
        action_ids.append(added.id)
        for note in notes:
            note.action_id = added.id
            store.add(note)
    for (action, _, carried, _), new_id in zip(parsed["actions"], action_ids, strict=True):
        if carried:
            action.id = new_id
            action.carried_from = action_ids[carried - 1]
            store.save(action)
    for block in parsed["agenda"]:
        store.add(block)


def import_workshop(json_path: Path, target: Path) -> None:
    """Recreate a workshop file from JSON; validates everything first and never overwrites a file."""
    parsed = read(json_path)
    if target.exists():
        raise store_errors.WorkshopExists(target)
    tmp = target.with_name(f".{target.name}.importing")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        with WorkshopStore.create(tmp, parsed["workshop"]) as store:
            _fill(store, parsed)
        try:
            os.link(tmp, target)  # refuses, atomically, to replace a file that appeared meanwhile
        except FileExistsError as exc:
            raise store_errors.WorkshopExists(target) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
