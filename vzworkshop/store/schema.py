"""The workshop file's schema and its migrations.

Answers exist only as tallies: (group, item, value) -> count, and a ballot count per group. All 60 tally rows
of a group are created with the group, so the number of rows never depends on how many answered or what.
"""

from __future__ import annotations

from vzworkshop.store.sqldb import Executes, MigrationSet

APPLICATION_ID = 0x565A5753  # "VZWS": tags a SQLite file as a vzworkshop workshop (header offset 68)

migrations = MigrationSet("vzworkshop")

_INITIAL = """
CREATE TABLE workshop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
    min_group_size INTEGER NOT NULL DEFAULT 3 CHECK (min_group_size BETWEEN 2 AND 20),
    agenda_start TEXT NOT NULL DEFAULT ''
);
CREATE TABLE commitment (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    committed_by TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    team_women INTEGER CHECK (team_women IS NULL OR team_women >= 0),
    team_men INTEGER CHECK (team_men IS NULL OR team_men >= 0),
    team_other INTEGER CHECK (team_other IS NULL OR team_other >= 0)
);
CREATE TABLE team_member (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1)),
    is_worker_rep INTEGER NOT NULL DEFAULT 0 CHECK (is_worker_rep IN (0, 1))
);
CREATE TABLE step_note (
    step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 5),
    notes TEXT NOT NULL DEFAULT '',
    data_sources TEXT NOT NULL DEFAULT '',
    facilitator_notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'baseline' CHECK (kind IN ('baseline', 'follow_up')),
    date TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE round_group (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    ballots INTEGER NOT NULL DEFAULT 0 CHECK (ballots >= 0),
    UNIQUE (round_id, name)
);
CREATE TABLE tally (
    group_id INTEGER NOT NULL REFERENCES round_group(id) ON DELETE CASCADE,
    item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 10),
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),
    count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (group_id, item, value)
) WITHOUT ROWID;
CREATE TABLE item_assessment (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 10),
    agreed_level INTEGER CHECK (agreed_level IS NULL OR agreed_level BETWEEN 0 AND 5),
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, item)
);
CREATE TABLE hazard_selection (
    hazard_key TEXT PRIMARY KEY,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE problem (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items)),
    hazards TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hazards)),
    has_solution INTEGER CHECK (has_solution IS NULL OR has_solution IN (0, 1)),
    ease INTEGER CHECK (ease IS NULL OR ease BETWEEN 1 AND 5),
    cost_of_ignoring INTEGER CHECK (cost_of_ignoring IS NULL OR cost_of_ignoring BETWEEN 1 AND 5),
    dot_votes INTEGER NOT NULL DEFAULT 0 CHECK (dot_votes >= 0),
    rank_override INTEGER CHECK (rank_override IS NULL OR rank_override >= 1)
);
CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    long_term_goals TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT ''
);
CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    problem_id INTEGER REFERENCES problem(id) ON DELETE SET NULL,
    what TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT '',
    prevention_level TEXT NOT NULL DEFAULT 'primary'
        CHECK (prevention_level IN ('primary', 'secondary', 'tertiary')),
    horizon TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'medium', 'long')),
    owner TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    budget TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    evaluation_method TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    obstacles TEXT NOT NULL DEFAULT '',
    happened INTEGER CHECK (happened IS NULL OR happened IN (0, 1)),
    effect TEXT NOT NULL DEFAULT '',
    indicator_values TEXT NOT NULL DEFAULT '',
    carried_from INTEGER REFERENCES action_item(id) ON DELETE SET NULL,
    cycle INTEGER NOT NULL DEFAULT 1 CHECK (cycle >= 1)
);
CREATE TABLE action_note (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
    date TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE evaluation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    lessons TEXT NOT NULL DEFAULT '',
    next_cycle TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agenda_block (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    step INTEGER CHECK (step IS NULL OR step BETWEEN 1 AND 5),
    planned_minutes INTEGER NOT NULL DEFAULT 10 CHECK (planned_minutes BETWEEN 0 AND 1440),
    notes TEXT NOT NULL DEFAULT '',
    actual_seconds INTEGER CHECK (actual_seconds IS NULL OR actual_seconds >= 0)
);
CREATE INDEX round_group_round ON round_group(round_id);
CREATE INDEX action_note_action ON action_note(action_id);
CREATE TRIGGER round_group_tallies AFTER INSERT ON round_group BEGIN
    INSERT INTO tally (group_id, item, value)
    SELECT NEW.id, i.item, v.value
    FROM (WITH RECURSIVE n(item) AS (SELECT 1 UNION ALL SELECT item + 1 FROM n WHERE item < 10)
          SELECT item FROM n) AS i,
         (WITH RECURSIVE m(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM m WHERE value < 5)
          SELECT value FROM m) AS v;
END;
"""


@migrations()
def m001_initial(db: Executes) -> None:
    for statement in _split(_INITIAL):
        db.execute(statement)
    db.execute("INSERT INTO commitment (id) VALUES (1)")
    db.execute("INSERT INTO plan (id) VALUES (1)")
    db.execute("INSERT INTO evaluation (id) VALUES (1)")
    for step in range(1, 6):
        db.execute("INSERT INTO step_note (step) VALUES (?)", [step])
    db.execute("PRAGMA user_version = 1")


# Each round's tally (its groups' tallies added up), kept by triggers on every change of a group's tally, so a
# summary of every round reads 60 counts a round instead of adding up every group's. Like `tally`: all 60 rows
# made with the round, so the rows never depend on how many answered or what.
_ROUND_TALLY = """
CREATE TABLE round_tally (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 10),
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),
    count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (round_id, item, value)
) WITHOUT ROWID;
INSERT INTO round_tally (round_id, item, value, count)
    SELECT r.id, i.item, v.value,
           COALESCE((SELECT SUM(t.count) FROM tally t JOIN round_group g ON g.id = t.group_id
                     WHERE g.round_id = r.id AND t.item = i.item AND t.value = v.value), 0)
    FROM round AS r,
         (WITH RECURSIVE n(item) AS (SELECT 1 UNION ALL SELECT item + 1 FROM n WHERE item < 10)
          SELECT item FROM n) AS i,
         (WITH RECURSIVE m(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM m WHERE value < 5)
          SELECT value FROM m) AS v;
CREATE TRIGGER round_tallies AFTER INSERT ON round BEGIN
    INSERT INTO round_tally (round_id, item, value)
    SELECT NEW.id, i.item, v.value
    FROM (WITH RECURSIVE n(item) AS (SELECT 1 UNION ALL SELECT item + 1 FROM n WHERE item < 10)
          SELECT item FROM n) AS i,
         (WITH RECURSIVE m(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM m WHERE value < 5)
          SELECT value FROM m) AS v;
END;
CREATE TRIGGER tally_added AFTER INSERT ON tally BEGIN
    UPDATE round_tally SET count = count + NEW.count
    WHERE round_id = (SELECT round_id FROM round_group WHERE id = NEW.group_id)
      AND item = NEW.item AND value = NEW.value;
END;
CREATE TRIGGER tally_counted AFTER UPDATE ON tally
WHEN NEW.group_id = OLD.group_id AND NEW.item = OLD.item AND NEW.value = OLD.value BEGIN
    UPDATE round_tally SET count = count + NEW.count - OLD.count
    WHERE round_id = (SELECT round_id FROM round_group WHERE id = NEW.group_id)
      AND item = NEW.item AND value = NEW.value;
END;
CREATE TRIGGER tally_moved AFTER UPDATE ON tally
WHEN NOT (NEW.group_id = OLD.group_id AND NEW.item = OLD.item AND NEW.value = OLD.value) BEGIN
    UPDATE round_tally SET count = count - OLD.count
    WHERE round_id = (SELECT round_id FROM round_group WHERE id = OLD.group_id)
      AND item = OLD.item AND value = OLD.value;
    UPDATE round_tally SET count = count + NEW.count
    WHERE round_id = (SELECT round_id FROM round_group WHERE id = NEW.group_id)
      AND item = NEW.item AND value = NEW.value;
END;
CREATE TRIGGER tally_removed AFTER DELETE ON tally BEGIN
    UPDATE round_tally SET count = count - OLD.count
    WHERE round_id = (SELECT round_id FROM round_group WHERE id = OLD.group_id)
      AND item = OLD.item AND value = OLD.value;
END;
CREATE TRIGGER round_group_removed BEFORE DELETE ON round_group BEGIN
    DELETE FROM tally WHERE group_id = OLD.id;
END;
CREATE TRIGGER round_group_moved AFTER UPDATE OF round_id ON round_group
WHEN NEW.round_id IS NOT OLD.round_id BEGIN
    UPDATE round_tally SET count = count - COALESCE((SELECT t.count FROM tally t WHERE t.group_id = NEW.id
                                                     AND t.item = round_tally.item AND t.value = round_tally.value), 0)
    WHERE round_id = OLD.round_id;
    UPDATE round_tally SET count = count + COALESCE((SELECT t.count FROM tally t WHERE t.group_id = NEW.id
                                                     AND t.item = round_tally.item AND t.value = round_tally.value), 0)
    WHERE round_id = NEW.round_id;
END;
"""


@migrations()
def m002_round_tally(db: Executes) -> None:
    for statement in _split(_ROUND_TALLY):
        db.execute(statement)
    db.execute("PRAGMA user_version = 2")


# The moments a round's figures were shown (screen, projector, PDF, export), so that figures shown after a restart
# cannot be compared with those shown before to work out the latest answers (`core.disclosure_history`). Counts
# only: each moment's ballot count per group (`sizes`, JSON [[group, count], ...] in the groups' order) and the
# groups whose own figures were shown (`groups`, JSON [group, ...]); nothing of an answer, no time. `moment`
# numbers a round's moments from 0. A round's moments go with it (ON DELETE CASCADE; foreign keys are on).
_SHOWN_MOMENTS = """
CREATE TABLE shown_moment (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    moment INTEGER NOT NULL CHECK (moment >= 0),
    sizes TEXT NOT NULL CHECK (json_valid(sizes) AND json_type(sizes) = 'array'),
    groups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(groups) AND json_type(groups) = 'array'),
    PRIMARY KEY (round_id, moment)
) WITHOUT ROWID;
"""


@migrations()
def m003_shown_moments(db: Executes) -> None:
    for statement in _split(_SHOWN_MOMENTS):
        db.execute(statement)
    db.execute("PRAGMA user_version = 3")


# Whether the projector follows the answers live (1) or hides the result until the facilitator reveals it (0,
# the default: live figures count as shown, so a live round's final figures may have to wait for more answers).
@migrations()
def m004_projector_live(db: Executes) -> None:
    db.execute("ALTER TABLE workshop ADD COLUMN projector_live INTEGER NOT NULL DEFAULT 0 "
               "CHECK (projector_live IN (0, 1))")
    db.execute("PRAGMA user_version = 4")


def _split(script: str) -> list[str]:
    """Split on ';' at line ends, keeping trigger bodies (which end in 'END;') whole."""
    out: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in script.strip().splitlines():
        buf.append(line)
        stripped = line.strip()
        if stripped.startswith("CREATE TRIGGER"):
            in_trigger = True
        if stripped.endswith(";") and (not in_trigger or stripped == "END;"):
            out.append("\n".join(buf))
            buf = []
            in_trigger = False
    return out


SCHEMA_VERSION = len(migrations._migrations)
MIGRATION_NAMES = tuple(m.name for m in migrations._migrations)
