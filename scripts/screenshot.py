"""Screenshots of the examples' interactive graph and map, for the README.

    python scripts/screenshot.py [ARTICLES_OR_CLAIMS...] [-o docs/graph.png] [--map docs/map.png] [--html FILE]

With -o and no --map, the map goes beside the graph's shot (OUTPUT-map.png).

Extracts claims from ``examples/articles`` (or reads a claims.jsonl / export given instead),
writes the state-level page with ``kg.viz.write_html``, opens it in headless Chromium
(Debian's /usr/bin/chromium, driven by playwright) at 1400x900 with every network request
blocked, and saves two PNGs: the graph with the best-connected actor selected (its relations
in their colours, the rest faded, its panel open), and the Map layout. Fails if the page
logs an error or tries to fetch anything.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.viz import RDF_SUFFIXES, read_input, write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def load_claims(paths: list[Path]) -> list:
    one = paths[0] if len(paths) == 1 else None
    if one and (one.suffix in (".jsonl", *RDF_SUFFIXES) or (one / "claims.jsonl").exists()):
        return read_input(one)
    from kg.extract import extract_paths

    claims, errors = extract_paths([str(p) for p in paths])
    for e in errors:
        print(f"screenshot: {e}", file=sys.stderr)
    return claims


GRAPH_VIEW = """() => {
    const v = window.kgView, deg = {};
    v.edges.get().forEach(e => { deg[e.from] = (deg[e.from] || 0) + 1; deg[e.to] = (deg[e.to] || 0) + 1; });
    const best = Object.keys(deg).sort((a, b) => deg[b] - deg[a] || (a < b ? -1 : 1))[0];
    if (best) { v.network.selectNodes([best]); v.openNode(best); }
}"""

def map_view() -> str:
    """The Map layout, zoomed on Europe and the Middle East when enough actors are there."""
    from kg.vizmap import equal_earth

    x0, _ = equal_earth(45, -12)
    x1, _ = equal_earth(45, 62)
    _, y0 = equal_earth(68, 20)
    _, y1 = equal_earth(12, 20)
    box = json.dumps([round(x0, 1), round(x1, 1), round(y0, 1), round(y1, 1)])
    return """() => {
        const v = window.kgView; v.setLayout('map');
        const pos = v.network.getPositions(v.visibleNodes()), box = BOX;
        const near = Object.keys(pos).filter(id => pos[id].x > box[0] && pos[id].x < box[1] &&
            pos[id].y > box[2] && pos[id].y < box[3]);
        if (near.length >= 4) { v.network.fit({nodes: near, animation: false}); v.network.emit('zoom', {}); }
    }""".replace("BOX", box)


def shoot(html: Path, shots: list[tuple[str, Path]], width: int = 1400, height: int = 900) -> None:
    """Open the page once per view and save a PNG of each."""
    from playwright.sync_api import sync_playwright

    uri = html.resolve().as_uri()
    requests, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for view, png in shots:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.on("request", lambda r: r.url != uri and requests.append(r.url))
            page.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(uri)
            page.wait_for_selector("body[data-ready='1']", timeout=30000)
            page.evaluate(view)
            page.wait_for_timeout(400)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
            page.close()
        browser.close()
    if requests or errors:
        raise SystemExit(f"screenshot: the page fetched {requests} or logged errors {errors}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "examples" / "articles"])
    ap.add_argument("-o", "--output", type=Path, default=None, help="The graph's screenshot (default: docs/graph.png).")
    ap.add_argument("--map", type=Path, default=None,
                    help="The Map layout's screenshot (default: docs/map.png, or OUTPUT-map.png beside -o).")
    ap.add_argument("--html", type=Path, default=None, help="Keep the page here (default: a temp file).")
    ap.add_argument("--label-lang", default="en", choices=["pl", "en", "de"])
    args = ap.parse_args()
    if args.map is None:  # a shot taken elsewhere does not overwrite the repository's docs/map.png
        args.map = ROOT / "docs" / "map.png" if args.output is None else \
            args.output.with_name(f"{args.output.stem}-map{args.output.suffix}")
    args.output = args.output or ROOT / "docs" / "graph.png"
    claims = load_claims(args.inputs)
    if not claims:
        raise SystemExit("screenshot: no claims in the input")
    html = args.html or Path(tempfile.mkdtemp(prefix="kg-shot-")) / "graph.html"
    names = [p.name if p.name not in ("", ".") else str(p) for p in args.inputs]
    title = "kg: examples/articles" if args.inputs == [ROOT / "examples" / "articles"] else f"kg: {', '.join(names)}"
    write_html(claims, html, label_lang=args.label_lang, title=title)
    shoot(html, [(GRAPH_VIEW, args.output), (map_view(), args.map)])
    print(f"wrote {args.output} and {args.map} from {len(claims)} claims ({html})")


if __name__ == "__main__":
    main()
