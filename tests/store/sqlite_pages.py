"""Read a SQLite file and its WAL as raw pages, to check what the bytes on disk could reveal."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def main_pages(path: Path) -> dict[int, bytes]:
    data = path.read_bytes()
    size = page_size(data)
    return {n + 1: data[n * size:(n + 1) * size] for n in range(len(data) // size)}


def wal_frames(path: Path) -> list[tuple[int, bytes]]:
    """(page number, page image) of every frame in the WAL beside `path`, valid or not."""
    wal = Path(f"{path}-wal")
    if not wal.exists():
        return []
    data = wal.read_bytes()
    if len(data) < 32:
        return []
    size = int.from_bytes(data[8:12], "big")
    frames = []
    offset = 32
    while offset + 24 + size <= len(data):
        frames.append((int.from_bytes(data[offset:offset + 4], "big"), data[offset + 24:offset + 24 + size]))
        offset += 24 + size
    return frames


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def tree_pages(pages: dict[int, bytes], root: int) -> list[int]:
    """Page numbers of a b-tree (table or index), walked from its root."""
    out = []
    todo = [root]
    while todo:
        number = todo.pop()
        out.append(number)
        page = pages[number]
        head = 100 if number == 1 else 0
        kind = page[head]
        if kind in (0x02, 0x05):  # interior index / interior table page
            cells = int.from_bytes(page[head + 3:head + 5], "big")
            todo.append(int.from_bytes(page[head + 8:head + 12], "big"))
            for i in range(cells):
                ptr = int.from_bytes(page[head + 12 + 2 * i:head + 14 + 2 * i], "big")
                todo.append(int.from_bytes(page[ptr:ptr + 4], "big"))
    return out


def _max_local(usable: int, kind: int) -> int:
    return usable - 35 if kind == 0x0D else (usable - 12) * 64 // 255 - 23


def _local_payload(payload: int, usable: int, kind: int) -> int:
    """How much of a cell's payload is on the page itself (the rest is on overflow pages)."""
    most = _max_local(usable, kind)
    if payload <= most:
        return payload
    least = (usable - 12) * 32 // 255 - 23
    k = least + (payload - least) % (usable - 4)
    return k if k <= most else least


def free_content_bytes(page: bytes, first_page: bool = False) -> bytes:
    """The bytes of a b-tree page's cell content area that hold no live cell (freeblocks and fragments), where
    deleted or replaced cells were. secure_delete zeroes them. (The gap below the content area only ever holds
    cell pointers: SQLite leaves stale 2-byte offsets there, which are not content.)"""
    head = 100 if first_page else 0
    kind = page[head]
    header = 12 if kind in (0x02, 0x05) else 8
    cells = int.from_bytes(page[head + 3:head + 5], "big")
    content_start = int.from_bytes(page[head + 5:head + 7], "big") or 65536
    used = bytearray(len(page))
    for i in range(min(content_start, len(page))):
        used[i] = 1
    for i in range(cells):
        ptr = int.from_bytes(page[head + header + 2 * i:head + header + 2 * i + 2], "big")
        at = ptr + (4 if kind in (0x02, 0x05) else 0)
        if kind == 0x05:  # interior table cell: child pointer + rowid varint
            _, end = _varint(page, at)
        else:
            payload, at = _varint(page, at)
            if kind == 0x0D:  # leaf table cell has a rowid too
                _, at = _varint(page, at)
            end = at + _local_payload(payload, len(page), kind) + (4 if payload > _max_local(len(page), kind) else 0)
        for j in range(ptr, end):
            used[j] = 1
    block = int.from_bytes(page[head + 1:head + 3], "big")
    while block:  # a freeblock's own 4-byte header (next, size) is structure, not content
        for j in range(block, block + 4):
            used[j] = 1
        block = int.from_bytes(page[block:block + 2], "big")
    return bytes(b for b, u in zip(page, used, strict=True) if not u)


def root_pages(path: Path) -> dict[str, int]:
    """Root page of every table and index by name (sqlite_master itself is page 1)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0").fetchall()
    finally:
        conn.close()
    return {"sqlite_master": 1, **{name: int(root) for name, root in rows}}


def stale_bytes(path: Path) -> dict[int, int]:
    """Page number -> count of non-zero bytes that hold no live data: in the free space of b-tree pages and in
    free pages. With secure_delete on, deleted or overwritten content is zeroed, so this is empty."""
    pages = main_pages(path)
    found: dict[int, int] = {}
    for root in root_pages(path).values():
        for number in tree_pages(pages, root):
            left = sum(1 for b in free_content_bytes(pages[number], number == 1) if b)
            if left:
                found[number] = left
    trunk = int.from_bytes(pages[1][32:36], "big")
    while trunk:
        page = pages[trunk]
        count = int.from_bytes(page[4:8], "big")
        left = sum(1 for b in page[8 + 4 * count:] if b)
        if left:
            found[trunk] = left
        for i in range(count):
            leaf = int.from_bytes(page[8 + 4 * i:12 + 4 * i], "big")
            left = sum(1 for b in pages[leaf] if b)
            if left:
                found[leaf] = left
        trunk = int.from_bytes(page[0:4], "big")
    return found
