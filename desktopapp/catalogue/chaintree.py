"""The chain hierarchy (system → chain → segment) as a tree, whatever a catalogue file says.

`parent_id` is untrusted: a chain may name itself, a loop of chains, a missing entity or one that is not a
chain as its parent. Every walk over the hierarchy (the detail pane's position, a chain's members, the chain
facet's tree, the chain map, brochures, imports) goes through `parents()`, in which such links are cut, so
that every walk ends.
"""

from __future__ import annotations

import sqlite3

from desktopapp.catalogue.values import integer


def parents(conn: sqlite3.Connection) -> dict[int, int | None]:
    """Each chain's parent chain (None: a root). A parent that is missing, not a chain or the chain itself
    is None; in a loop of chains, the one with the smallest id becomes a root."""
    raw: dict[int, int | None] = {}
    for cid, pid in conn.execute("SELECT id, parent_id FROM entities WHERE kind = 'chain'"):
        cid = integer(cid)
        if cid is not None:
            raw[cid] = integer(pid)
    out = {c: (p if p in raw and p != c else None) for c, p in raw.items()}
    done: set[int] = set()
    for start in out:
        path: list[int] = []
        on_path: set[int] = set()
        node = start
        while node is not None and node not in done:
            if node in on_path:  # a loop: cut it at its smallest id
                loop = path[path.index(node):]
                out[min(loop)] = None
                break
            on_path.add(node)
            path.append(node)
            node = out[node]
        done.update(path)
    return out


def children(tree: dict[int, int | None]) -> dict[int | None, list[int]]:
    """Parent → its chains' ids (None: the roots), ascending."""
    out: dict[int | None, list[int]] = {}
    for cid in sorted(tree):
        out.setdefault(tree[cid], []).append(cid)
    return out


def path(tree: dict[int, int | None], chain_id: int) -> list[int]:
    """Ids from the root down to `chain_id` (empty if it is not a chain)."""
    out: list[int] = []
    node = chain_id if chain_id in tree else None
    while node is not None:
        out.append(node)
        node = tree[node]
    return out[::-1]


def descendants(tree: dict[int, int | None], chain_id: int) -> list[int]:
    """`chain_id` and every chain below it."""
    below = children(tree)
    out, todo = [], [chain_id]
    while todo:
        cid = todo.pop()
        out.append(cid)
        todo.extend(below.get(cid, ()))
    return out
