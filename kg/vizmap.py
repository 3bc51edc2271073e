"""The page's Map layout: states at their capitals over a world outline, offline.

Positions come from the gazetteer (``capital_at`` of states, ``seat_at`` of organizations
and armed groups, see kg/data/README.md), projected with the Equal Earth projection (an
equal-area world projection with straight parallels, pleasant for a whole-world view). The
outline is Natural Earth's 1:110m countries (public domain), shipped with the package as
``kg/templates/world-110m.json`` (see ``scripts/make_world.py`` and ``VENDOR.md``).

Every node gets an anchor in map units and an offset in screen pixels: states sit exactly
at their capitals (no offset); an organization or armed group sits beside its seat, a
person or a state body beside what it acts for, an organization without a seat beside the
centre of its members; several actors at one anchor are spread around it. The page keeps
offsets constant on screen whatever the zoom, so "beside" stays beside. Actors that cannot
be placed line up in a row under the map.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import networkx as nx

from kg.actors import Gazetteer

WORLD = Path(__file__).parent / "templates" / "world-110m.json"
#: Half the width of the world in map units (the page's canvas units at zoom 1).
HALF_WIDTH = 2000.0
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
_X_MAX = math.pi / (_M * _A1)  # x of longitude 180 on the equator
#: Screen distance (px) of an actor from its anchor, and between actors around one anchor.
BESIDE = 26.0


def equal_earth(lat: float, lon: float) -> tuple[float, float]:
    """Map units of a point: x east, y south (canvas orientation), the world 2*HALF_WIDTH wide."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    k = HALF_WIDTH / _X_MAX
    return x * k, -y * k


@lru_cache(maxsize=1)
def world_outline() -> tuple[tuple[int, ...], ...]:
    """The projected outline: rings as (x0, y0, dx1, dy1, ...) in whole map units."""
    doc = json.loads(WORLD.read_text(encoding="utf-8"))
    rings = []
    for enc in doc["rings"]:
        lon, lat = enc[0], enc[1]
        flat: list[int] = []
        px = py = 0
        for i in range(0, len(enc), 2):
            if i:
                lon, lat = lon + enc[i], lat + enc[i + 1]
            x, y = equal_earth(lat / 10, lon / 10)
            x, y = round(x), round(y)
            if i and (x, y) == (px, py):
                continue
            flat += [x, y] if not flat else [x - px, y - py]
            px, py = x, y
        if len(flat) >= 6:
            rings.append(tuple(flat))
    return tuple(rings)


def _spread(n: int) -> list[tuple[float, float]]:
    """Screen offsets for n actors beside one anchor: on circles, right side first."""
    out = []
    for i in range(n):
        ring, k = divmod(i, 8)
        r = BESIDE * (1 + ring)
        a = math.pi / 4 * k + (math.pi / 8 if ring % 2 else 0)
        out.append((round(r * math.cos(a), 1), round(r * math.sin(a), 1)))
    return out


def map_layout(graph: nx.MultiDiGraph, gazetteer: Gazetteer | None) -> dict[str, list[float]]:
    """Node id -> [x, y, dx, dy]: anchor in map units, offset in screen pixels."""
    anchors: dict[str, tuple[float, float]] = {}
    nodes = sorted(graph.nodes)
    actors = gazetteer.actors if gazetteer is not None else {}

    def own(aid: str) -> tuple[float, float] | None:
        a = actors.get(aid)
        return equal_earth(*a.at) if a is not None and a.at else None

    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for a in actors.values():
        if a.type == "State" and a.at:
            for org in a.member_of:
                members[org].append(equal_earth(*a.at))

    def anchor(aid: str, seen: frozenset = frozenset()) -> tuple[tuple[float, float] | None, bool]:
        """(where, exact): an actor's own point, else its parent's, else its members' centre."""
        if (p := own(aid)) is not None:
            return p, True
        a = actors.get(aid)
        if a is None and aid not in seen and gazetteer is not None and aid in graph.nodes:
            # an actor an article introduced ("Witalij Kowal", a minister of Ukraine): beside the
            # state its claims name with their code
            top = gazetteer.by_code(graph.nodes[aid].get("code") or "")
            if top is not None and top.id != aid:
                p, _ = anchor(top.id, seen | {aid})
                return p, False
        if a is None or aid in seen:
            return None, False
        parent = a.acts_for or a.part_of
        if parent:
            p, _ = anchor(parent, seen | {aid})
            if p is not None:
                return p, False
        pts = [own(m) for m in a.members] if a.members else members.get(aid, [])
        pts = [p for p in pts if p is not None]
        if pts:
            return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)), False
        return None, False

    out: dict[str, list[float]] = {}
    beside: dict[tuple[float, float], list[str]] = defaultdict(list)
    unplaced = []
    for nid in nodes:
        p, exact = anchor(nid)
        if p is None:
            unplaced.append(nid)
            continue
        anchors[nid] = p
        typ = graph.nodes[nid].get("type")
        if exact and typ == "State":
            out[nid] = [round(p[0], 1), round(p[1], 1), 0.0, 0.0]
        else:
            beside[(round(p[0]), round(p[1]))].append(nid)
    for _key, ids in sorted(beside.items()):
        offsets = _spread(len(ids))
        for nid, (dx, dy) in zip(ids, offsets, strict=True):
            x, y = anchors[nid]
            out[nid] = [round(x, 1), round(y, 1), dx, dy]
    # A row under the map (below 60°S) for actors without a place.
    _, bottom = equal_earth(-62, 0)
    left, _ = equal_earth(-62, -170)
    for i, nid in enumerate(unplaced):
        out[nid] = [round(left, 1), round(bottom, 1), 90.0 * i, 0.0]
    return out


def map_data(graph: nx.MultiDiGraph, gazetteer: Gazetteer | None) -> dict:
    """The page's map block: the projected outline and every node's anchor and offset."""
    return {"outline": [list(r) for r in world_outline()], "at": map_layout(graph, gazetteer)}
