"""The schema guards itself: CHECK constraints and foreign keys refuse bad rows written directly."""

from __future__ import annotations

import sqlite3

import pytest

from vzworkshop.store import WorkshopStore


def _refused(store: WorkshopStore, sql: str, params: list[object]) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(sql, params)
    store.db.conn.rollback()


@pytest.fixture
def group_id(store: WorkshopStore) -> int:
    rnd = store.add_round("R1")
    assert rnd.id is not None
    gid = store.groups(rnd.id)[0].id
    assert gid is not None
    return gid


def test_a_new_group_has_all_sixty_tally_rows_at_zero(store: WorkshopStore, group_id: int) -> None:
    rows = store.db.execute("SELECT item, value, count FROM tally WHERE group_id = ?", [group_id]).fetchall()
    assert sorted((r[0], r[1]) for r in rows) == [(i, v) for i in range(1, 11) for v in range(6)]
    assert {r[2] for r in rows} == {0}


@pytest.mark.parametrize(("item", "value", "count"), [(1, 6, 0), (1, -1, 0), (0, 3, 0), (11, 3, 0)])
def test_tally_refuses_values_outside_range(store: WorkshopStore, group_id: int, item: int, value: int,
                                            count: int) -> None:
    _refused(store, "INSERT INTO tally (group_id, item, value, count) VALUES (?, ?, ?, ?)",
             [group_id, item, value, count])


def test_tally_refuses_negative_counts(store: WorkshopStore, group_id: int) -> None:
    _refused(store, "UPDATE tally SET count = -1 WHERE group_id = ? AND item = 1 AND value = 3", [group_id])
    _refused(store, "UPDATE round_group SET ballots = -1 WHERE id = ?", [group_id])


def test_tally_refuses_unknown_group(store: WorkshopStore) -> None:
    _refused(store, "INSERT INTO tally (group_id, item, value, count) VALUES (999, 1, 1, 1)", [])


def test_group_refuses_unknown_round(store: WorkshopStore) -> None:
    _refused(store, "INSERT INTO round_group (round_id, name) VALUES (999, 'X')", [])


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        ("UPDATE workshop SET min_group_size = 1", []),
        ("UPDATE workshop SET language = 'de'", []),
        ("UPDATE workshop SET organisation = '  '", []),
        ("INSERT INTO workshop (id, organisation) VALUES (2, 'Second')", []),
        ("INSERT INTO round (name) VALUES ('')", []),
        ("INSERT INTO round (name, kind) VALUES ('X', 'other')", []),
        ("INSERT INTO problem (ease) VALUES (6)", []),
        ("INSERT INTO problem (items) VALUES ('not json')", []),
        ("INSERT INTO item_assessment (round_id, item) VALUES (999, 1)", []),
        ("INSERT INTO action_item (status) VALUES ('lost')", []),
        ("INSERT INTO action_note (action_id) VALUES (999)", []),
    ],
)
def test_other_tables_refuse_bad_rows(store: WorkshopStore, sql: str, params: list[object]) -> None:
    _refused(store, sql, params)


def test_deleting_a_round_removes_its_groups_and_tallies(store: WorkshopStore, group_id: int) -> None:
    rnd = store.rounds()[0]
    with store.db.atomic():
        store.db.execute("DELETE FROM round WHERE id = ?", [rnd.id])
    assert store.db.execute("SELECT COUNT(*) FROM round_group").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM tally").fetchone()[0] == 0
