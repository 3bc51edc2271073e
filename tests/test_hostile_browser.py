"""Hostile text is inert in the graph page, end to end, in headless Chromium (issue 9).

Two pages: one built by ``kg build`` from articles whose text, titles, URLs and outlets carry
script, markup, ``javascript:`` URLs and template syntax; one from claims whose actors
(unknown to the gazetteer) have hostile names. Every edge and node is opened, the search is
fed a payload, and the page's CSV and SVG downloads are generated: nothing runs, nothing is
fetched, no element is added from the text, and the text shows literally.
"""

from __future__ import annotations

import json
from pathlib import Path

import chromium
import pytest
from click.testing import CliRunner
from graph_fixtures import gazetteer
from hostile import PAYLOADS, hostile_claims

from kg import viz
from kg.cli import main

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
pytestmark = chromium.REQUIRED

TITLE = "</title><script>window.__pwned = 'title'</script>{{7*7}}"


def _open(browser, path: Path):
    uri = path.resolve().as_uri()
    context = browser.new_context(viewport={"width": 1300, "height": 850})
    page = context.new_page()
    seen = {"requests": [], "errors": [], "dialogs": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(uri)
    page.wait_for_selector("body[data-ready='1']", timeout=15000)
    return context, page, seen, uri


_EXERCISE = """() => {
    const v = window.kgView, seen = [];
    const before = document.querySelectorAll('script, img, iframe, object, embed, a[href^=javascript]').length;
    for (const e of v.data.edges) { v.openEdge(e.id); seen.push(document.getElementById('panel').textContent); }
    for (const n of v.data.nodes) { v.openNode(n.id); seen.push(document.getElementById('panel').textContent); }
    return {before, seen, after: document.querySelectorAll('script, img, iframe, object, embed').length,
            jsLinks: document.querySelectorAll('a[href^="javascript"]').length,
            hrefs: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))};
}"""


def _check_inert(page, seen, uri):
    result = page.evaluate(_EXERCISE)
    for payload in PAYLOADS[:7]:
        page.evaluate("(q) => window.kgView.search(q)", payload)
    csv = page.evaluate("window.kgView.csvText()")
    svg = page.evaluate("window.kgView.svgText()")
    svg_check = page.evaluate("""(s) => { const d = new DOMParser().parseFromString(s, 'image/svg+xml');
        return {err: d.querySelector('parsererror') !== null, scripts: d.querySelectorAll('script').length,
                handlers: [...d.querySelectorAll('*')].filter(e => [...e.attributes].some(
                    a => a.name.startsWith('on'))).length}; }""", svg)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert seen["dialogs"] == [] and seen["errors"] == []
    assert seen["requests"] == [uri], "the page fetched something"
    assert result["after"] == result["before"], "an element was created from article text"
    assert result["jsLinks"] == 0
    assert all(h.startswith(("http://", "https://", "#")) for h in result["hrefs"]), result["hrefs"]
    assert svg_check == {"err": False, "scripts": 0, "handlers": 0}
    return result, csv


def test_hostile_articles_through_kg_build(browser, tmp_path):
    lines = []
    for i, payload in enumerate(PAYLOADS[:7]):
        lines.append({"id": f"doc-{i}", "lang": "pl", "title": f"{payload} tytuł", "source": payload,
                      "url": payload if i % 2 else f"https://example.org/{i}?q={payload}",
                      "text": f"Polska poparła Ukrainę {payload}. Rosja zaatakowała Gruzję, {payload}."})
    feed = tmp_path / "hostile.jsonl"
    feed.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(feed), "-o", str(out)])
    assert r.exit_code == 0, r.output
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").split("\n") if x]
    assert {c["doc"] for c in claims} == {x["id"] for x in lines}
    # literal in the claims
    assert any("<script>window.__pwned = 1</script>" in c["sentence"] for c in claims)
    context, page, seen, uri = _open(browser, out / "graph.html")
    try:
        result, _ = _check_inert(page, seen, uri)
        text = "\n".join(result["seen"])
        assert "<script>window.__pwned = 1</script>" in text  # shown as text
        assert "{{constructor.constructor('window.__pwned = 6')()}}" in text
    finally:
        context.close()


def test_hostile_actor_names_and_page_title(browser, tmp_path):
    path = viz.write_html(hostile_claims(), tmp_path / "graph.html", gazetteer=gazetteer(tmp_path), title=TITLE,
                          level="actor")
    html = path.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    context, page, seen, uri = _open(browser, path)
    try:
        assert page.title() == TITLE
        result, csv = _check_inert(page, seen, uri)
        text = "\n".join(result["seen"])
        for payload in PAYLOADS[:7]:
            assert f"Actor {payload}" in text
        for line in csv.splitlines()[1:]:
            for cell in line.split(","):
                assert cell.lstrip('"')[:1] not in ("=", "+", "-", "@"), cell
    finally:
        context.close()
