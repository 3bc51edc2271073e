"""Benchmark: the state-level graph of a synthetic 10k-article corpus, opened in Chromium.

    python benchmarks/bench_viz.py [--articles 10000] [--claims-per-article 8] [--out DIR]

Synthesizes claims (actors drawn with a Zipf-like popularity over ~200 states,
organizations and groups, 12 relations, pl/en/de, four years of dates, ~8% negated),
writes ``graph.html`` with ``kg.viz.write_html`` and opens it from a ``file://`` URL in
headless Chromium with every network request blocked. Prints, as JSON: Python build time,
page size, time until the graph is laid out, frozen and drawn (``data-ready``), time of a
filter change and of an edge click (evidence parsed lazily on that first click).

Needs Debian's chromium (/usr/bin/chromium) and the playwright Python package.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.actors import Actor, Gazetteer  # noqa: E402
from kg.records import RELATIONS  # noqa: E402
from kg.viz import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
WORDS = ("government", "minister", "said", "troops", "border", "talks", "sanctions", "missiles", "aid",
         "według", "rząd", "żołnierzy", "granicy", "Regierung", "Truppen", "Grenze", "über", "ministerstwo")


def actors(n_states: int = 190) -> list[dict]:
    rng = random.Random(1)
    out = []
    for i in range(n_states):
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + str(i)
        out.append({"id": code, "label": f"State {code} Łódź", "type": "State", "code": code})
    for name in ("NATO", "EU", "UN", "IAEA", "G7", "OSCE", "CSTO", "BRICS", "ASEAN", "AU"):
        out.append({"id": name, "label": name, "type": "Organization", "code": name})
    for name in ("HAMAS", "HEZBOLLAH", "HOUTHIS", "WAGNER", "TALIBAN"):
        out.append({"id": name, "label": name.title(), "type": "ArmedGroup", "code": name})
    return out


def synth_claims(articles: int, per_article: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    pool = actors()
    weights = [1 / (i + 1) ** 1.1 for i in range(len(pool))]
    persons = {}
    relations = list(RELATIONS)
    claims = []
    for a in range(articles):
        lang = rng.choice(("pl", "en", "en", "de"))
        day = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = f"{lang}-{a:05d}"
        title = f"Article {a}: " + " ".join(rng.choice(WORDS) for _ in range(6))
        for k in range(rng.randint(max(1, per_article - 4), per_article + 4)):
            s, o = rng.choices(pool, weights=weights, k=2)
            if s["id"] == o["id"]:
                continue
            if rng.random() < 0.3:  # a person acting for the state: rolled up at state level
                pid = f"{s['id']}-leader"
                s = persons.setdefault(pid, {"id": pid, "label": f"Leader of {s['id']}", "type": "Person",
                                             "code": s["code"], "acts_for": s["id"]})
            rel = rng.choice(relations)
            neg = rng.random() < 0.08
            sentence = " ".join(rng.choice(WORDS) for _ in range(22)) + "."
            claims.append({
                "id": f"{doc}-{k}", "doc": doc, "relation": rel, "subject": s, "object": o,
                "negated": neg, "hedged": rng.random() < 0.1, "modality": "denied" if neg else "asserted",
                "attributed_to": "Reuters" if rng.random() < 0.1 else None, "sentence": sentence,
                "start": k * 200, "end": k * 200 + len(sentence), "trigger": "said", "lang": lang,
                "rule": "bench", "confidence": 0.8, "title": title, "url": f"https://news.example/{doc}",
                "published": day, "source": rng.choice(("PAP", "Reuters", "DW", "TVN24", "BBC")),
            })
    return claims


def gazetteer(claims: list[dict]) -> Gazetteer:
    """A gazetteer that knows every synthetic actor, so that persons roll up to their state."""
    refs = {}
    for c in claims:
        for role in ("subject", "object"):
            refs[c[role]["id"]] = c[role]
    return Gazetteer([
        Actor(id=r["id"], type=r["type"], code=r["code"], names={"en": (r["label"],)},
              labels={"pl": r["label"], "en": r["label"], "de": r["label"]}, acts_for=r.get("acts_for"))
        for r in refs.values()
    ], [])


def measure(path: Path) -> dict:
    from playwright.sync_api import sync_playwright

    result: dict = {}
    requests, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def route(r):
            requests.append(r.request.url)
            return r.continue_() if r.request.url == path.as_uri() else r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit")
        page.wait_for_selector("body[data-ready='1']", timeout=60000)
        result["open_to_ready_s"] = round(time.perf_counter() - t0, 3)
        page.wait_for_load_state("load")
        result["open_to_loaded_s"] = round(time.perf_counter() - t0, 3)
        result["load_event_after_navigation_start_ms"] = round(page.evaluate(
            "performance.getEntriesByType('navigation')[0].loadEventEnd"), 1)
        result["ready_after_navigation_start_ms"] = round(page.evaluate(
            "window.kgView.readyMs"), 1)
        result["layout_ms"] = round(page.evaluate("window.kgView.layoutMs"), 1)
        result["page_times_ms"] = {k: round(v, 1) for k, v in page.evaluate("window.kgView.times").items()}
        page.screenshot(path=str(path.with_suffix(".png")))
        result["nodes"] = page.evaluate("window.kgView.nodes.length")
        result["edges"] = page.evaluate("window.kgView.edges.length")
        t = page.evaluate("""() => { const t = performance.now();
            document.querySelector('input[data-relation=attacks]').click();
            return performance.now() - t; }""")
        result["filter_change_ms"] = round(t, 1)
        t = page.evaluate("""() => { const t = performance.now();
            const e = window.kgView.data.edges.reduce((a, b) => b.c.length > a.c.length ? b : a);
            window.kgView.openEdge(e.id); return performance.now() - t; }""")
        result["first_edge_click_ms"] = round(t, 1)
        result["evidence_items_rendered"] = page.evaluate(
            "document.querySelectorAll('#panel li.claim').length")
        t = page.evaluate("""() => { const t = performance.now();
            window.kgView.network.moveTo({scale: 1.5}); window.kgView.network.redraw();
            return performance.now() - t; }""")
        result["redraw_ms"] = round(t, 1)
        result["requests_blocked"] = [u for u in requests if u != path.as_uri()]
        result["console_errors"] = errors
        browser.close()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--claims-per-article", type=int, default=8)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-viz-"))
    out.mkdir(parents=True, exist_ok=True)
    claims = synth_claims(args.articles, args.claims_per_article)
    t0 = time.perf_counter()
    path = write_html(claims, out / "graph.html", level="state", gazetteer=gazetteer(claims))
    build = time.perf_counter() - t0
    report = {"articles": args.articles, "claims": len(claims), "python_build_s": round(build, 2),
              "page_mb": round(path.stat().st_size / 1e6, 2), "page": str(path)}
    report.update(measure(path.resolve()))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
