"""Exploring the page in Chromium: emphasis, fitting, labels, map, focus, downloads.

Shares the fixture and the Page helper of test_viz_browser.py; skipped the same way when
Chromium or playwright is missing.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import chromium
import pytest
import viz_data
from test_viz_browser import Page  # skips like it without playwright

from kg import viz, vizmap

ROOT = Path(__file__).resolve().parents[1]
pytestmark = chromium.REQUIRED


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz-explore") / "graph.html"
    return viz.write_html(viz_data.claims(), path, gazetteer=viz_data.gazetteer())


@pytest.fixture()
def page(browser, graph_file):
    p = Page(browser, graph_file)
    yield p
    p.close()


def canvas_pixel(page: Page, x: float, y: float) -> list[int]:
    """RGBA of the graph canvas at page coordinates."""
    return page.js("""([x, y]) => {
        const c = document.querySelector('#graph canvas'), r = c.getBoundingClientRect();
        const k = c.width / r.width;
        return Array.from(c.getContext('2d').getImageData(Math.round((x - r.left) * k),
            Math.round((y - r.top) * k), 1, 1).data); }""", [x, y])


def edge_style(page: Page, eid: int) -> dict:
    return page.js("(id) => { const e = window.kgView.edges.get(id); return {color: e.color, width: e.width}; }", eid)


# --- emphasis ------------------------------------------------------------------------------


def test_a_selected_actor_keeps_relation_colours_and_fades_the_rest(page):
    attacks = page.edge_id("USA", "sanctions", "RUS")  # straight: its middle is on the line
    threat = page.edge_id("HAMAS", "threatens", "USA")
    before = edge_style(page, attacks)
    x, y = page.node_point("RUS")
    page.page.mouse.click(x, y)
    page.page.wait_for_selector("#panel[data-kind=node]")
    after = edge_style(page, attacks)
    red = viz.QUAD_COLORS["material_conflict"]
    assert after["color"]["color"] == red and after["color"]["highlight"] == red  # never black
    assert after["width"] > before["width"]  # emphasis by width
    assert edge_style(page, threat)["color"]["opacity"] < 0.2  # not Russia's: faded
    assert page.js("window.kgView.nodes.get('HAMAS').opacity") < 0.5
    # what Chromium drew in the middle of the selected edge is its colour, not black
    px = canvas_pixel(page, *page.edge_point(attacks))
    assert px[0] > px[2] + 60 and px[0] > 120, px
    page.page.click("#panel-close")
    assert edge_style(page, attacks) == before
    assert edge_style(page, threat)["color"]["opacity"] > 0.8
    assert page.js("window.kgView.network.getSelectedNodes()") == []


def test_a_clicked_edge_is_restored_when_its_panel_closes(page):
    eid = page.edge_id("NATO", "supports", "UKR")
    before = edge_style(page, eid)
    page.page.mouse.click(*page.edge_point(eid))
    page.page.wait_for_selector("#panel[data-kind=edge]")
    assert edge_style(page, eid)["width"] > before["width"]
    assert edge_style(page, eid)["color"]["color"] == before["color"]["color"]
    page.page.click("#panel-close")
    assert edge_style(page, eid) == before
    assert page.js("window.kgView.network.getSelectedEdges()") == []
    assert page.page.get_attribute("body", "data-selection") == ""


def test_tooltips_do_not_linger(page):
    x, y = page.node_point("RUS")
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("#tip:not([hidden])")
    assert page.page.inner_text("#tip").startswith("Russia")
    page.page.mouse.move(100, 450)  # straight onto the sidebar
    assert page.page.is_hidden("#tip")
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("#tip:not([hidden])")
    page.page.mouse.click(x, y)  # a click opens the panel and drops the tooltip
    assert page.page.is_hidden("#tip")


def test_lists_name_both_ends(page):
    page.js("window.kgView.openNode('RUS')")
    items = page.js("[...document.querySelectorAll('#panel ul.node-edges li')].map(li => li.textContent)")
    assert len(items) == 4
    for text in items:
        assert "Russia" in text and ("→" in text or "—" in text)
        assert text.replace("Russia", "", 1).strip(" →—()0123456789") not in ("", "attacks")
    assert any(t.startswith("United States → sanctions → Russia") for t in items)
    assert any(t.startswith("Ukraine → accuses → Russia") for t in items)


# --- filters: the view and the panels follow -------------------------------------------------


def visible_on_screen(page: Page) -> bool:
    return page.js("""() => {
        const v = window.kgView, c = document.querySelector('#graph canvas').getBoundingClientRect();
        return v.visibleNodes().every(id => {
            const d = v.network.canvasToDOM(v.network.getPositions([id])[id]);
            return d.x > 0 && d.y > 0 && d.x < c.width && d.y < c.height; }); }""")


def test_filters_fit_the_view_and_recompute_the_open_panel(page):
    page.js("window.kgView.openNode('USA')")
    assert "4 relations shown" in page.page.inner_text("#panel")
    page.js("""() => { const v = window.kgView;  // far away from everything, zoomed in
        v.network.moveTo({position: {x: 5000, y: 5000}, scale: 3}); }""")
    assert not visible_on_screen(page)
    page.page.click("input[data-relation=sanctions]")
    assert visible_on_screen(page)
    assert "3 relations shown" in page.page.inner_text("#panel")
    page.page.click("input[data-quad=material_cooperation]")
    assert "2 relations shown" in page.page.inner_text("#panel")
    assert visible_on_screen(page)
    assert page.js("window.kgView.network.getScale()") < 3


# --- labels ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def actor_page_file(tmp_path_factory):
    """The examples at actor level (exports/claims.jsonl is kept current by a test)."""
    claims = viz.read_input(ROOT / "exports" / "claims.jsonl")
    return viz.write_html(claims, tmp_path_factory.mktemp("actors") / "actors.html", level="actor")


def overlaps(page: Page) -> list:
    return page.js("""() => {
        const v = window.kgView, ids = v.visibleNodes(), out = [];
        const bb = ids.map(id => v.network.getBoundingBox(id));
        for (let i = 0; i < bb.length; i++) for (let j = i + 1; j < bb.length; j++) {
            const a = bb[i], b = bb[j];
            const hit = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            if (hit) out.push([ids[i], ids[j]]);
        }
        return out; }""")


def test_actor_level_labels_do_not_overlap(browser, actor_page_file):
    p = Page(browser, actor_page_file)
    try:
        assert p.visible()[0] > 30
        assert overlaps(p) == []  # measured from vis-network's bounding boxes (shape + label)
        labels = p.js("window.kgView.nodes.get().map(n => n.label)")
        assert max(map(len, labels)) <= 21
        full = p.js("window.kgView.data.nodes.map(n => n.labels.en)")
        long = [name for name in full if len(name) > 21]
        assert long, "the examples have long names to shorten"
        p.page.select_option("#label-lang", "pl")  # other labels, other widths: still apart
        assert overlaps(p) == []
        assert p.errors == []
    finally:
        p.close()


def test_long_names_are_shortened_with_the_full_name_on_hover(browser, tmp_path):
    claims = viz_data.claims()
    gaz = viz_data.gazetteer()
    long_name = "Dowództwo Operacyjne Rodzajów Sił Zbrojnych"
    claims[4] = {**claims[4], "subject": {**claims[4]["subject"], "id": "dorsz", "label": long_name,
                                         "code": "POL", "type": "Organization"}}
    path = viz.write_html(claims, tmp_path / "long.html", level="actor", gazetteer=gaz)
    p = Page(browser, path)
    try:
        short = p.js("window.kgView.nodes.get('dorsz').label")
        assert short == "Dowództwo Operacyjne…"
        p.page.mouse.move(*p.node_point("dorsz"))
        p.page.wait_for_selector("#tip:not([hidden])")
        assert p.page.inner_text("#tip").startswith(long_name)
    finally:
        p.close()


def test_edge_labels_toggle(page):
    assert page.js("window.kgView.edges.get().every(e => !e.label)")
    page.page.click("#edge-labels")
    labels = page.js("window.kgView.edges.get().map(e => e.label)")
    assert "supplies weapons to" in labels and all(labels)
    page.page.click("#edge-labels")
    assert page.js("window.kgView.edges.get().every(e => !e.label)")


def test_legend_and_buttons_are_in_view_and_the_sidebar_collapses(page):
    for sel in ("#legend", "#fit", "#reset", "#layout-map"):
        box = page.page.locator(sel).bounding_box()
        assert box and box["y"] + box["height"] <= 900, sel
        assert page.page.is_visible(sel)
    width = page.js("document.querySelector('#graph canvas').getBoundingClientRect().width")
    page.page.click("#toggle-sidebar")
    assert page.page.is_hidden("#sidebar")
    page.page.wait_for_timeout(100)
    assert page.js("document.querySelector('#graph canvas').getBoundingClientRect().width") > width + 200
    page.page.click("#toggle-sidebar")
    assert page.page.is_visible("#legend")


# --- the map ---------------------------------------------------------------------------------


def test_map_puts_every_state_at_its_capital(page):
    gaz = viz_data.gazetteer()
    page.page.click("#layout-map")
    assert page.page.get_attribute("body", "data-layout") == "map"
    pos = page.js("window.kgView.network.getPositions()")
    states = [a for a in gaz.actors.values() if a.type == "State" and a.id in pos]
    assert len(states) == 5
    for a in states:
        x, y = vizmap.equal_earth(*a.at)
        assert abs(pos[a.id]["x"] - x) <= 1 and abs(pos[a.id]["y"] - y) <= 1, a.id  # vis rounds
    # NATO beside its seat (a few pixels on screen), not on it
    nx_, ny_ = vizmap.equal_earth(50.88, 4.42)
    scale = page.js("window.kgView.network.getScale()")
    d = ((pos["NATO"]["x"] - nx_) ** 2 + (pos["NATO"]["y"] - ny_) ** 2) ** 0.5 * scale
    assert 10 < d < 60
    # the outline is drawn: land colour on the canvas
    land = page.js("""() => { const c = document.querySelector('#graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] === 0xf6 && d[i+1] === 0xf3 && d[i+2] === 0xea) n++;
        return n; }""")
    assert land > 20000
    # same colours and filters as the graph
    eid = page.edge_id("RUS", "attacks", "UKR")
    assert edge_style(page, eid)["color"]["color"] == viz.QUAD_COLORS["material_conflict"]
    page.page.click("input[data-relation=attacks]")
    assert page.visible()[1] == viz_data.STATE_VISIBLE_EDGES - 1
    page.page.click("#layout-graph")
    assert page.page.get_attribute("body", "data-layout") == "graph"
    assert page.requests == [page.uri] and page.errors == []


def test_map_of_the_examples_places_every_state(browser, tmp_path):
    from kg.actors import default_gazetteer

    claims = viz.read_input(ROOT / "exports" / "claims.jsonl")
    path = viz.write_html(claims, tmp_path / "map.html")
    p = Page(browser, path)
    try:
        p.js("window.kgView.setLayout('map')")
        pos = p.js("window.kgView.network.getPositions()")
        gaz = default_gazetteer()
        states = [n for n in pos if n in gaz.actors and gaz[n].type == "State"]
        assert len(states) >= 10
        for sid in states:
            x, y = vizmap.equal_earth(*gaz[sid].at)
            assert abs(pos[sid]["x"] - x) <= 1 and abs(pos[sid]["y"] - y) <= 1, sid
        assert p.errors == []
    finally:
        p.close()


# --- focus -----------------------------------------------------------------------------------


def test_double_click_focuses_a_neighbourhood_with_a_breadcrumb_back(page):
    assert page.page.is_hidden("#crumbs")
    page.page.mouse.dblclick(*page.node_point("NATO"))
    page.page.wait_for_selector("#crumbs:not([hidden])")
    assert sorted(page.js("window.kgView.visibleNodes()")) == ["NATO", "UKR"]
    assert "All actors" in page.page.inner_text("#crumbs") and "NATO" in page.page.inner_text("#crumbs")
    assert visible_on_screen(page)
    page.page.select_option("#crumbs select", "2")  # Ukraine's partners too
    assert sorted(page.js("window.kgView.visibleNodes()")) == ["NATO", "RUS", "UKR", "USA"]
    page.page.mouse.dblclick(*page.node_point("RUS"))  # deeper: a second crumb
    assert page.page.inner_text("#crumbs").count("›") == 2
    page.page.click("#crumbs button.link >> text=NATO")  # back one step
    assert page.page.inner_text("#crumbs").count("›") == 1
    page.page.click("#crumbs button.link >> text=All actors")
    assert page.page.is_hidden("#crumbs")
    assert page.visible() == (viz_data.STATE_NODES, viz_data.STATE_VISIBLE_EDGES)


# --- downloads -------------------------------------------------------------------------------


def download(page: Page, button: str) -> bytes:
    with page.page.expect_download() as info:
        page.page.click(button)
    return Path(info.value.path()).read_bytes()


@pytest.fixture()
def dl_page(browser, graph_file):
    p = Page(browser, graph_file, accept_downloads=True)
    yield p
    p.close()


def test_png_and_svg_of_the_current_view(dl_page):
    page = dl_page
    png = download(page, "#dl-png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
    svg = download(page, "#dl-svg")
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert {"Russia", "Ukraine", "North Korea", "NATO"} <= set(texts)
    assert len(list(root.iter(f"{ns}path"))) == viz_data.STATE_VISIBLE_EDGES
    page.page.click("input[data-relation=attacks]")
    page.page.click("#layout-map")
    svg = ET.fromstring(download(page, "#dl-svg"))
    paths = list(svg.iter(f"{ns}path"))
    assert len(paths) > 200  # the world outline, and the edges still shown
    assert page.js("document.querySelectorAll('svg, img').length") == 0  # nothing left in the page
    assert page.errors == []


def test_csv_of_the_visible_edges_neutralizes_formulas(browser, tmp_path):
    claims = viz_data.claims()
    hostile = "=HYPERLINK(\"http://evil.example\",\"x\")"
    claims[7] = {**claims[7], "subject": {"id": "@grp", "label": hostile, "type": "ArmedGroup", "code": "+X"}}
    path = viz.write_html(claims, tmp_path / "csv.html", gazetteer=viz_data.gazetteer())
    p = Page(browser, path, accept_downloads=True)
    try:
        p.page.click("input[data-relation=sanctions]")
        rows = list(csv.reader(io.StringIO(download(p, "#dl-csv").decode("utf-8"))))
        assert rows[0][:5] == ["subject", "subject_label", "relation", "object", "object_label"]
        assert len(rows) - 1 == p.visible()[1]
        assert "sanctions" not in [r[2] for r in rows]
        grp = next(r for r in rows if r[2] == "threatens")
        assert grp[0] == "'@grp" and grp[1] == "'" + hostile
        assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    finally:
        p.close()


def test_page_data_places_the_map(graph_file):
    import re

    html = graph_file.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-graph">(.*?)</script>', html, re.S)[1])
    at = data["map"]["at"]
    assert at["UKR"][2:] == [0.0, 0.0]  # a state: on its capital
    assert at["NATO"][2:] != [0.0, 0.0]  # beside its seat
    assert at["HAMAS"][1] > vizmap.equal_earth(-60, 0)[1]  # no seat in the fixture: under the map
    assert len(data["map"]["outline"]) > 200


def test_an_actor_introduced_by_an_article_sits_beside_its_state_on_the_map():
    """A person the gazetteer lacks but an article introduced ("ukraiński minister … Witalij Kowal")
    acts for a state: on the map it sits beside that state, not in the row of the unplaced."""
    from kg.actors import default_gazetteer
    from kg.extract import extract
    from kg.graph import claims_graph

    gaz = default_gazetteer()
    claims = [c.to_dict() for c in extract(
        "Rozmowy w Lublinie\n\nMinister rolnictwa spotkał się w czwartek w Lublinie z ukraińskim ministrem "
        "polityki rolnej Witalijem Kowalem. Kowal podziękował Polsce za pomoc.\n", lang="pl", doc="a.txt")]
    person = next(c["subject"]["id"] for c in claims if c["relation"] == "praises")
    assert person not in gaz and gaz.by_code("UKR") is not None, "the test needs an introduced person"
    at = vizmap.map_layout(claims_graph(claims, "actor", gaz), gaz)
    kyiv = vizmap.equal_earth(*gaz[gaz.by_code("UKR").id].at)
    assert at[person][:2] == [round(kyiv[0], 1), round(kyiv[1], 1)] and at[person][2:] != [0.0, 0.0], at[person]


# --- totals: the page counts what the exports count (issue 8) --------------------------------
def test_the_pages_counts_are_the_exports_counts(browser):
    """On the examples' page the statistics say "of N edges" with N the rows of edges.csv, and each
    relation's count in the sidebar is its number of edges.csv rows: negated-only edges, hidden by
    default, are not counted until they are shown."""
    rows = list(csv.DictReader((ROOT / "exports" / "edges.csv").open(encoding="utf-8")))
    per_relation: dict[str, int] = {}
    for r in rows:
        per_relation[r["relation"]] = per_relation.get(r["relation"], 0) + 1
    events = sum(int(r["weight"]) for r in rows)
    p = Page(browser, ROOT / "exports" / "graph.html")
    try:
        n_all = p.js("window.kgView.data.edges.length")
        assert n_all > len(rows), "the examples need a negated-only edge for this test"
        stats = p.js("document.getElementById('stats').textContent")
        assert f" of {len(rows)} edges, {events} events" in stats, stats
        shown = p.js("""() => Object.fromEntries(
            [...document.querySelectorAll('#relation-filters input[data-relation]')]
            .map(cb => [cb.dataset.relation, +cb.parentElement.querySelector('.count').textContent]))""")
        assert {r: n for r, n in shown.items() if n} == per_relation
        p.page.check("#show-negated")
        stats = p.js("document.getElementById('stats').textContent")
        assert f"{n_all} of {n_all} edges" in stats, stats
        assert sum(p.js("""() => [...document.querySelectorAll('#relation-filters .count')]
            .map(c => +c.textContent)""")) == n_all
        assert not p.errors
    finally:
        p.close()
