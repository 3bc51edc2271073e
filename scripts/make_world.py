"""Make kg/templates/world-110m.json, the map's world outline, from Natural Earth 1:110m.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_world.py package/countries-110m.json

world-atlas ships Natural Earth's 1:110m admin-0 countries (public domain) as TopoJSON.
This decodes its arcs into one closed ring per polygon part, drops Antarctica, makes
longitudes continuous across the antimeridian, rounds coordinates to 0.1 degree, drops
repeated points and rings smaller than a few points, and writes each ring as
[lon0, lat0, dlon1, dlat1, ...] in tenths of a degree (delta-encoded integers keep the
file small). kg/vizmap.py projects it when it writes a page.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "templates" / "world-110m.json"
ANTARCTICA = "Antarctica"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def unwrap(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous along a ring that crosses the antimeridian (Russia, Fiji):
    the ring then overhangs the map's edge a little instead of striking across the world."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in pts:
        if out and abs(lon + shift - out[-1][0]) > 180:
            shift += -360.0 if lon + shift > out[-1][0] else 360.0
        out.append((lon + shift, lat))
    if out and sum(x for x, _ in out) / len(out) > 180:  # keep most of the ring on the map
        out = [(x - 360, y) for x, y in out]
    return out


def encode(pts: list[tuple[float, float]]) -> list[int] | None:
    q = []
    for lon, lat in unwrap(pts):
        p = (round(lon * 10), round(lat * 10))
        if not q or q[-1] != p:
            q.append(p)
    if len(q) > 1 and q[0] == q[-1]:
        q.pop()
    if len(q) < 3:
        return None
    flat = [q[0][0], q[0][1]]
    for (x0, y0), (x1, y1) in zip(q, q[1:], strict=False):
        flat += [x1 - x0, y1 - y0]
    return flat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topojson", type=Path, help="countries-110m.json of the world-atlas npm package")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    rings = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if (geom.get("properties") or {}).get("name") == ANTARCTICA:
            continue
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]] if geom["type"] == "Polygon" else []
        for poly in polys:
            for r in poly[:1]:  # outer rings only: the 1:110m lakes and holes are not worth drawing
                if (enc := encode(ring(arcs, r))) is not None:
                    rings.append(enc)
    doc = {
        "about": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2; "
                 "outer rings in tenths of a degree, [lon0, lat0, dlon, dlat, ...]; made by scripts/make_world.py",
        "rings": rings,
    }
    args.output.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(rings)} rings, {sum(len(r) // 2 for r in rings)} points, "
          f"{args.output.stat().st_size} bytes")


if __name__ == "__main__":
    main()
