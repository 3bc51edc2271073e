"""Screenshot of the examples' interactive graph, for the README (docs/graph.png).

    python scripts/screenshot.py [ARTICLES_OR_CLAIMS...] [-o docs/graph.png] [--html FILE]

Extracts claims from ``examples/articles`` (or reads a claims.jsonl / export given instead),
writes the state-level page with ``kg.viz.write_html``, opens it in headless Chromium
(Debian's /usr/bin/chromium, driven by playwright) with every network request blocked,
opens the evidence panel of the best-supported edge and saves a PNG. Fails if the page
logs an error or tries to fetch anything.
"""

from __future__ import annotations

import argparse
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


def shoot(html: Path, png: Path, width: int = 1400, height: int = 820) -> None:
    from playwright.sync_api import sync_playwright

    uri = html.resolve().as_uri()
    requests, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.on("request", lambda r: r.url != uri and requests.append(r.url))
        page.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(uri)
        page.wait_for_selector("body[data-ready='1']", timeout=30000)
        page.evaluate("""() => {
            const v = window.kgView, pos = v.data.claimPos;
            const score = e => e.c.reduce((n, i) => n + pos[i], 0);
            const best = v.data.edges.filter(e => v.edges.get(e.id))
                .reduce((a, b) => (!a || score(b) > score(a)) ? b : a, null);
            if (best) { v.network.selectEdges([best.id]); v.openEdge(best.id); }
            v.network.fit({animation: false});
        }""")
        page.wait_for_timeout(300)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    if requests or errors:
        raise SystemExit(f"screenshot: the page fetched {requests} or logged errors {errors}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "examples" / "articles"])
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "graph.png")
    ap.add_argument("--html", type=Path, default=None, help="Keep the page here (default: a temp file).")
    ap.add_argument("--label-lang", default="en", choices=["pl", "en", "de"])
    args = ap.parse_args()
    claims = load_claims(args.inputs)
    if not claims:
        raise SystemExit("screenshot: no claims in the input")
    html = args.html or Path(tempfile.mkdtemp(prefix="kg-shot-")) / "graph.html"
    write_html(claims, html, label_lang=args.label_lang, title="kg: examples/articles")
    shoot(html, args.output)
    print(f"wrote {args.output} from {len(claims)} claims ({html})")


if __name__ == "__main__":
    main()
