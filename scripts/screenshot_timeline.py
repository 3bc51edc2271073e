"""A screenshot of the timeline strip under the graph, for the README.

    python scripts/screenshot_timeline.py [ARTICLES_OR_CLAIMS...] [-o docs/timeline.png] [--actor ID]
                                          [--drag FROM TO]

Extracts claims from ``examples/articles`` (or reads a claims.jsonl / export given instead),
writes the state-level page, opens it in headless Chromium (Debian's /usr/bin/chromium, driven by
playwright) at 1300x760 with every network request blocked, selects ``--actor`` (default: the
actor with the most dated claims), drags across the strip from month FROM to month TO
(``YYYY-MM``; default: the first and last month with claims of the actor) and saves the PNG.
Fails if the page logs an error or tries to fetch anything.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screenshot import ARGS, CHROMIUM, load_claims  # noqa: E402

from kg.viz import write_html  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "examples" / "articles"])
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "timeline.png")
    ap.add_argument("--actor", help="the actor to select (an id of the state-level graph)")
    ap.add_argument("--drag", nargs=2, metavar=("FROM", "TO"), help="months to drag across (YYYY-MM)")
    a = ap.parse_args()
    claims = [c.to_dict() if hasattr(c, "to_dict") else c for c in load_claims(a.inputs)]
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_file = write_html(claims, Path(tmp) / "graph.html")
        uri = page_file.resolve().as_uri()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            pg = browser.new_page(viewport={"width": 1300, "height": 760})
            requests, errors = [], []
            pg.on("request", lambda r: requests.append(r.url))
            pg.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
            pg.on("pageerror", lambda e: errors.append(str(e)))
            pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
            pg.goto(uri)
            pg.wait_for_selector("body[data-ready='1']", timeout=30000)
            actor = a.actor or _busiest(pg)
            pg.evaluate("(id) => window.kgView.openNode(id)", actor)
            bins = pg.evaluate("window.kgTimeline.bins()")
            labels = [b["label"] for b in bins]
            months = a.drag or [next(b["label"] for b in bins if b["count"]),
                                next(b["label"] for b in reversed(bins) if b["count"])]
            boxes = [pg.query_selector_all("#timeline .tl-bin")[labels.index(m)].bounding_box() for m in months]
            (x0, y0), (x1, y1) = [(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2) for b in boxes]
            pg.mouse.move(x0, y0)
            pg.mouse.down()
            pg.mouse.move(x1, y1, steps=6)
            pg.mouse.up()
            pg.wait_for_timeout(300)
            a.output.parent.mkdir(parents=True, exist_ok=True)
            pg.screenshot(path=str(a.output))
            browser.close()
    if errors or requests != [uri]:
        sys.exit(f"screenshot: the page logged {errors} or fetched {requests[1:]}")
    print(f"wrote {a.output} ({actor}, {months[0]} to {months[1]})")


def _busiest(pg) -> str:
    """The node with the most dated claims."""
    data = pg.evaluate("""() => { const d = window.kgView.data;
        return d.edges.map(e => [e.from, e.to, e.c.filter(i => d.claimDay[i] !== null).length]); }""")
    count: Counter = Counter()
    for u, v, n in data:
        count[u] += n
        count[v] += n
    return count.most_common(1)[0][0]


if __name__ == "__main__":
    main()
