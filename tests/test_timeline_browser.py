"""The timeline strip and the event-date filter of the graph page, in headless Chromium (Debian's
package, driven by playwright, as tests/test_viz_browser.py does). Skipped without Chromium."""

from __future__ import annotations

from pathlib import Path

import chromium
import pytest
import viz_data

from kg import viz

ROOT = Path(__file__).resolve().parents[1]

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
pytestmark = chromium.REQUIRED

REF = {"RUS": ("Russia", "State", "RUS"), "PRK": ("North Korea", "State", "PRK"), "UKR": ("Ukraine", "State", "UKR"),
       "POL": ("Poland", "State", "POL")}


def _claim(n, s, relation, o, published, event=None, precision=None, doc="a.txt", negated=False) -> dict:
    def ref(a):
        label, typ, code = REF[a]
        return {"id": a, "label": label, "type": typ, "code": code}
    return {"id": f"c{n:03d}", "doc": doc, "relation": relation, "subject": ref(s), "object": ref(o),
            "negated": negated, "hedged": False, "modality": "negated" if negated else "asserted",
            "sentence": f"Sentence {n}.", "start": n * 10, "end": n * 10 + 9, "lang": "en", "rule": "en:test",
            "confidence": 0.8, "published": published, "published_precision": "day",
            "event_date": event, "event_precision": precision}


#: Russia and North Korea through 2024-2025 (event dates), Poland and Ukraine in 2025 (article dates).
CLAIMS = [
    _claim(1, "PRK", "supports", "RUS", "2025-07-13", "2024-06-19", "day"),
    _claim(2, "PRK", "signsAgreementWith", "RUS", "2025-07-13", "2024-06", "month"),
    _claim(3, "PRK", "deploysTroopsTo", "RUS", "2025-07-13", "2024-10", "month"),
    _claim(4, "PRK", "deploysTroopsTo", "RUS", "2025-07-13", "2024-11-02", "day", doc="b.txt"),
    _claim(5, "RUS", "meetsWith", "PRK", "2025-07-13", "2025-07-12", "day"),
    _claim(6, "UKR", "attacks", "RUS", "2025-07-13", "2024-08", "month"),
    _claim(7, "POL", "supports", "UKR", "2025-03-04"),
    _claim(8, "POL", "supports", "UKR", "2025-05-20", doc="c.txt"),
    _claim(9, "POL", "supports", "UKR", None, doc="d.txt"),
]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "graph.html"
    return viz.write_html(CLAIMS, path, gazetteer=viz_data.gazetteer())


@pytest.fixture()
def page(browser, graph_file):
    uri = graph_file.resolve().as_uri()
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url))
    pg.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
    pg.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(uri)
    pg.wait_for_selector("body[data-ready='1']", timeout=15000)
    pg.requests, pg.errors, pg.uri = requests, errors, uri
    yield pg
    ctx.close()


def _counts(pg) -> dict[str, int]:
    return {b["label"]: b["count"] for b in pg.evaluate("window.kgTimeline.bins()") if b["count"]}


def _visible_edges(pg) -> int:
    return int(pg.get_attribute("body", "data-visible-edges"))


def _drag(pg, a: str, b: str) -> None:
    """Drag across the strip from the bin labelled ``a`` to the one labelled ``b``."""
    labels = [x["label"] for x in pg.evaluate("window.kgTimeline.bins()")]
    bins = pg.query_selector_all("#timeline .tl-bin")
    boxes = [bins[labels.index(x)].bounding_box() for x in (a, b)]
    (x0, y0), (x1, y1) = [(bx["x"] + bx["width"] / 2, bx["y"] + bx["height"] / 2) for bx in boxes]
    pg.mouse.move(x0, y0)
    pg.mouse.down()
    pg.mouse.move((x0 + x1) / 2, y0, steps=4)
    pg.mouse.move(x1, y1, steps=4)
    pg.mouse.up()


def test_the_strip_counts_claims_per_month_at_their_event_date(page):
    assert page.is_visible("#timeline")
    assert _counts(page) == {"2024-06": 2, "2024-08": 1, "2024-10": 1, "2024-11": 1, "2025-03": 1, "2025-05": 1,
                             "2025-07": 1}
    assert page.text_content("#timeline .tl-head") == "Claims per month: all actors"
    assert "1 undated claim" in page.text_content("#timeline .tl-note")
    assert page.requests == [page.uri] and page.errors == []


def test_the_page_filters_by_event_date_where_known(page):
    days = page.evaluate("window.kgView.data.claimDay")
    iso = page.evaluate("(ds) => ds.map(d => d === null ? null : new Date(d * 86400000).toISOString().slice(0, 10))",
                        days)
    assert sorted(x for x in iso if x) == ["2024-06-01", "2024-06-19", "2024-08-01", "2024-10-01", "2024-11-02",
                                          "2025-03-04", "2025-05-20", "2025-07-12"]
    total = _visible_edges(page)
    page.evaluate("""() => { const f = document.getElementById('date-from'), t = document.getElementById('date-to');
        f.value = '2024-06-01'; t.value = '2024-06-30';
        f.dispatchEvent(new Event('change')); t.dispatchEvent(new Event('change')); }""")
    assert _visible_edges(page) == 3  # supports and signs agreement, both PRK-RUS in June 2024, and an undated one
    page.click("#undated")
    assert _visible_edges(page) == 2
    outside = page.evaluate("Array.from(document.querySelectorAll('#timeline .tl-bin.out')).length")
    assert outside == len(page.evaluate("window.kgTimeline.bins()")) - 1, "the strip shows the range"
    page.click("#undated")
    page.click("#tl-clear")
    assert _visible_edges(page) == total
    assert page.input_value("#date-from") == "" and page.input_value("#date-to") == ""


def test_the_strip_follows_the_selected_actor_and_edge(page):
    page.evaluate("window.kgView.openNode('POL')")
    assert page.text_content("#timeline .tl-head") == "Claims per month: Poland"
    assert _counts(page) == {"2025-03": 1, "2025-05": 1}
    edge = page.evaluate("""() => window.kgView.data.edges.find(
        e => e.from === 'PRK' && e.relation === 'deploysTroopsTo').id""")
    page.evaluate("(id) => window.kgView.openEdge(id)", edge)
    assert "North Korea" in page.text_content("#timeline .tl-head")
    assert _counts(page) == {"2024-10": 1, "2024-11": 1}


def test_dragging_across_the_strip_sets_the_date_filter(page):
    total = _visible_edges(page)
    _drag(page, "2024-08", "2024-11")
    assert page.input_value("#date-from") == "2024-08-01"
    assert page.input_value("#date-to") == "2024-11-30"
    state = page.evaluate("""() => { const s = window.kgView.state();
        return [s.dayFrom, s.dayTo].map(d => new Date(d * 86400000).toISOString().slice(0, 10)); }""")
    assert state == ["2024-08-01", "2024-11-30"]
    assert _visible_edges(page) == 3  # UKR attacks RUS, PRK deploys troops to RUS, and POL's undated claim
    assert "2024-08-01 – 2024-11-30" in page.text_content("#timeline .tl-note")
    _drag(page, "2025-07", "2025-03")  # right to left works too
    assert (page.input_value("#date-from"), page.input_value("#date-to")) == ("2025-03-01", "2025-07-12")
    page.click("#tl-clear")
    assert _visible_edges(page) == total
    assert page.errors == []


def test_a_page_without_dates_has_no_strip(browser, tmp_path):
    undated = [dict(c, published=None, event_date=None) for c in CLAIMS]
    path = viz.write_html(undated, tmp_path / "g.html", gazetteer=viz_data.gazetteer())
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.goto(path.resolve().as_uri())
    pg.wait_for_selector("body[data-ready='1']", timeout=15000)
    assert pg.query_selector("#timeline") is None
    assert "has-timeline" not in (pg.get_attribute("body", "class") or "")
    ctx.close()


def test_month_labels_stay_inside_the_strip(browser):
    """No month label is cut off at the strip's right edge, whatever the window's width (the
    examples' page at 1280 px showed '2025-0')."""
    path = ROOT / "exports" / "graph.html"
    for width in range(1000, 1480, 40):
        ctx = browser.new_context(viewport={"width": width, "height": 800})
        pg = ctx.new_page()
        pg.goto(path.resolve().as_uri())
        pg.wait_for_selector("body[data-ready='1']", timeout=15000)
        cut = pg.evaluate("""() => {
            const axis = document.querySelector('#timeline .tl-axis'), right = axis.getBoundingClientRect().right;
            return [...axis.children].filter(t => t.textContent).map(t => {
                const r = document.createRange(); r.selectNodeContents(t);
                return [t.textContent, r.getBoundingClientRect().right - right]; }).filter(x => x[1] > 0.5); }""")
        ctx.close()
        assert cut == [], (width, cut)
