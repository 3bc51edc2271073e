"""kg.viz and `kg viz` without a browser: page structure, data, escaping, CLI."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import pytest
import viz_data
from click.testing import CliRunner

from kg import viz
from kg.cli import main


@pytest.fixture(scope="module")
def gaz():
    return viz_data.gazetteer()


@pytest.fixture(scope="module")
def claims():
    return viz_data.claims()


@pytest.fixture(scope="module")
def page(claims, gaz, tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    viz.write_html(claims, path, gazetteer=gaz)
    return path.read_text(encoding="utf-8")


def blocks(html: str) -> dict:
    """The JSON blocks of a page, parsed."""
    out = {}
    for m in re.finditer(r'<script type="application/json" id="([^"]+)">(.*?)</script>', html, re.S):
        out[m[1]] = json.loads(m[2])
    return out


def scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


# --- the page is one self-contained file --------------------------------------------------


def test_page_loads_nothing_from_elsewhere(page):
    assert not re.search(r"<script[^>]*\ssrc=", page)
    assert "<link" not in page
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", page)
    assert "cdnjs" not in page and "jsdelivr" not in page and "unpkg" not in page


def test_page_declares_utf8_and_keeps_polish_text(page):
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page[:200]
    ev = blocks(page)["kg-evidence"]
    assert viz_data.POLISH in [row[1] for row in ev["claims"]]
    assert "Zażółć gęślą jaźń" in page  # raw UTF-8, not \u escapes


def test_csp_forbids_other_scripts_and_connections(page):
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)[1])
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for code in scripts(page):
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_vendored_vis_network_is_unchanged():
    assert hashlib.sha256(viz.VIS_JS.read_bytes()).hexdigest() == viz.VIS_JS_SHA256
    assert (viz.TEMPLATES / "vis-network.LICENSE-MIT").exists()


# --- escaping -----------------------------------------------------------------------------


def test_script_json_escapes_what_could_end_a_script():
    value = {"s": "</script><!-- & \u2028\u2029 <b>", "n": [1, None, True]}
    out = viz.script_json(value)
    for ch in ("<", ">", "&", "\u2028", "\u2029"):
        assert ch not in out
    assert json.loads(out) == value


def test_hostile_article_text_never_reaches_the_markup(page):
    assert "onerror" not in page.split('id="kg-evidence">')[0]  # not in the markup or graph data
    for raw in (viz_data.HOSTILE_SENTENCE, viz_data.HOSTILE_TITLE, viz_data.HOSTILE_SOURCE):
        assert raw not in page
    assert "<img" not in page and "<svg" not in page
    assert page.count("</script>") == len(scripts(page)) + len(blocks(page))
    ev = blocks(page)["kg-evidence"]
    assert viz_data.HOSTILE_SENTENCE in [row[1] for row in ev["claims"]]  # kept, as data
    assert any(d[0] == viz_data.HOSTILE_TITLE for d in ev["docs"])


def test_only_http_urls_become_links():
    assert viz.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert viz.safe_url(" http://example.org ") == "http://example.org"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example", "ftp://x",
                "http://exa mple.org", None, 42):
        assert viz.safe_url(bad) is None


def test_hostile_url_is_dropped(page):
    ev = blocks(page)["kg-evidence"]
    urls = [d[3] for d in ev["docs"]]
    assert viz_data.HOSTILE_URL not in urls
    assert all(u is None or u.startswith("https://") for u in urls)


def test_title_is_escaped(claims, gaz):
    page = viz.render_html(viz.to_graph(claims, gazetteer=gaz), title="<script>alert(1)</script> Łódź")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; Łódź</title>" in page


# --- data ---------------------------------------------------------------------------------


def test_state_level_rolls_persons_up(claims, gaz):
    data, evidence = viz.page_data(viz.to_graph(claims, level="state", gazetteer=gaz))
    assert len(data["nodes"]) == viz_data.STATE_NODES
    assert len(data["edges"]) == viz_data.STATE_EDGES
    assert {n["id"] for n in data["nodes"]} == {"RUS", "UKR", "PRK", "POL", "USA", "NATO", "HAMAS"}
    attacks = [e for e in data["edges"] if e["relation"] == "attacks"]
    assert len(attacks) == 1 and len(attacks[0]["c"]) == 3
    assert len(evidence["claims"]) == len(claims)


def test_actor_level_keeps_persons(claims, gaz):
    data, _ = viz.page_data(viz.to_graph(claims, level="actor", gazetteer=gaz))
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == viz_data.ACTOR_NODES
    assert {"putin", "kim_jong_un"} <= ids
    assert {n["id"]: n["kind"] for n in data["nodes"]}["putin"] == "Person"


def test_nodes_carry_labels_in_every_language(claims, gaz):
    data, _ = viz.page_data(viz.to_graph(claims, gazetteer=gaz), label_lang="pl")
    prk = next(n for n in data["nodes"] if n["id"] == "PRK")
    assert prk["label"] == "Korea Północna"
    assert prk["labels"] == {"pl": "Korea Północna", "en": "North Korea", "de": "Nordkorea"}
    rus = next(n for n in data["nodes"] if n["id"] == "RUS")
    assert rus["wikidata"] == "Q159" and rus["shape"] == "dot"
    assert next(n for n in data["nodes"] if n["id"] == "NATO")["shape"] == "diamond"


def test_edges_arrows_and_negated_claims(claims, gaz):
    data, _ = viz.page_data(viz.to_graph(claims, gazetteer=gaz))
    by_rel = {(e["from"], e["relation"], e["to"]): e for e in data["edges"]}
    assert by_rel[("POL", "meetsWith", "USA")]["arrows"] == ""
    assert by_rel[("RUS", "attacks", "UKR")]["arrows"] == "to"
    negated = by_rel[("PRK", "suppliesWeaponsTo", "RUS")]
    assert [data["claimPos"][i] for i in negated["c"]] == [0]
    assert sum(data["claimPos"]) == len(claims) - 1
    assert data["meta"]["langs"] == sorted(data["meta"]["langs"], key=data["meta"]["langs"].index)
    assert set(data["meta"]["langs"]) == {"en", "pl", "de"}
    # quad classes in legend order, relations in RELATIONS order
    assert [r for r, _ in data["meta"]["relations"]][:2] == ["supports", "meetsWith"]


def test_dates_become_days_and_undated_stays_none(claims, gaz):
    data, _ = viz.page_data(viz.to_graph(claims, gazetteer=gaz))
    assert data["meta"]["dayMin"] == 19047  # 2022-02-24
    assert None in data["claimDay"]
    assert viz._day("2024-03-01T10:00:00Z") == viz._day("2024-03-01")
    assert viz._day("2024-03") == viz._day("2024-03-01")
    assert viz._day("yesterday") is None and viz._day("2024-02-30") is None


def test_parallel_edges_are_curved_apart(gaz):
    base = viz_data.claims()
    data, _ = viz.page_data(viz.to_graph(base, gazetteer=gaz))
    between = [e for e in data["edges"] if {e["from"], e["to"]} == {"RUS", "UKR"}]
    assert len(between) == 2  # attacks, accuses

    def geometry(e):  # curvedCW from B to A bends to the same side as curvedCCW from A to B
        sm = e["smooth"]
        if not sm:
            return "straight"
        flip = e["from"] > e["to"]
        cw = (sm["type"] == "curvedCW") != flip
        return ("cw" if cw else "ccw", sm["roundness"])

    assert len({geometry(e) for e in between}) == 2


def test_write_html_accepts_a_graph_and_rejects_bad_options(claims, gaz, tmp_path):
    graph = viz.to_graph(claims, gazetteer=gaz)
    assert viz.write_html(graph, tmp_path / "sub" / "g.html").exists()
    with pytest.raises(viz.VizError):
        viz.write_html(claims, tmp_path / "x.html", level="planet", gazetteer=gaz)
    with pytest.raises(viz.VizError):
        viz.write_html(graph, tmp_path / "x.html", label_lang="fr")


def test_empty_input_gives_a_page(tmp_path, gaz):
    page = viz.write_html([], tmp_path / "empty.html", gazetteer=gaz).read_text(encoding="utf-8")
    assert blocks(page)["kg-graph"]["nodes"] == []


def test_bad_lines_are_reported_with_their_number(tmp_path):
    p = tmp_path / "claims.jsonl"
    p.write_text('{"relation": "supports", "subject": {"id": "A"}, "object": {"id": "B"}}\nnot json\n',
                 encoding="utf-8")
    with pytest.raises(viz.VizError, match=r"claims.jsonl:2"):
        viz.read_input(p)
    p.write_text('{"id": 1}\n', encoding="utf-8")  # JSON, but not a claim
    with pytest.raises(viz.VizError, match=r"claims.jsonl:1: not a kg claim"):
        viz.read_input(p)


# --- CLI ----------------------------------------------------------------------------------


@pytest.fixture()
def claims_file(tmp_path, claims):
    p = tmp_path / "claims.jsonl"
    p.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), encoding="utf-8")
    return p


@pytest.fixture()
def fixed_gazetteer(monkeypatch, gaz):
    """`kg viz` uses the bundled gazetteer; the tests use the fixture's."""
    import kg.graph

    monkeypatch.setattr(kg.graph, "default_gazetteer", lambda: gaz)


def test_cli_writes_the_page(claims_file, tmp_path, fixed_gazetteer):
    out = tmp_path / "out.html"
    r = CliRunner().invoke(main, ["viz", str(claims_file), "-o", str(out), "--label-lang", "pl"])
    assert r.exit_code == 0, r.output
    assert "7 actors, 8 edges (and 1 only negated)" in r.output
    data = blocks(out.read_text(encoding="utf-8"))["kg-graph"]
    assert data["meta"]["labelLang"] == "pl"
    assert {n["label"] for n in data["nodes"]} >= {"Rosja", "Korea Północna"}


def test_cli_reads_an_export_directory_and_actor_level(claims_file, tmp_path, fixed_gazetteer):
    out = tmp_path / "actors.html"
    r = CliRunner().invoke(main, ["viz", str(claims_file.parent), "-o", str(out), "--level", "actor"])
    assert r.exit_code == 0, r.output
    assert len(blocks(out.read_text(encoding="utf-8"))["kg-graph"]["nodes"]) == viz_data.ACTOR_NODES


def test_cli_reads_stdin(claims_file, tmp_path, fixed_gazetteer):
    out = tmp_path / "stdin.html"
    r = CliRunner().invoke(main, ["viz", "-", "-o", str(out)],
                           input=claims_file.read_text(encoding="utf-8"))
    assert r.exit_code == 0, r.output
    assert out.exists()


def test_cli_errors_are_one_line(tmp_path):
    r = CliRunner().invoke(main, ["viz", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1
    assert "no such file" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["viz", str(tmp_path), "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and "no claims.jsonl" in r.output
    # a folder of articles given where claims go: say what makes claims of it
    assert f"for a folder of articles, `kg build {tmp_path} -o DIR` makes one" in r.output


def test_reads_claims_back_from_an_rdf_export(claims, gaz, tmp_path):
    rdf = pytest.importorskip("kg.rdfio")
    quads = rdf.claims_quads(claims, gazetteer=gaz)
    (tmp_path / "graph.ttl").write_bytes(rdf.turtle_bytes(rdf.triples_of(quads)))
    (tmp_path / "graph.nq").write_bytes(rdf.nquads_bytes(quads))

    def key(c):
        return c["id"], c["relation"], c["subject"]["id"], c["object"]["id"], c["negated"]

    for name in ("graph.ttl", "graph.nq"):
        back = viz.read_input(tmp_path / name)
        assert sorted(map(key, back)) == sorted(map(key, claims))
        by_id = {c["id"]: c for c in back}
        assert by_id["c01"]["sentence"] == viz_data.POLISH and by_id["c01"]["published"] == "2023-01-02"
        assert by_id["c03"]["sentence"] == viz_data.HOSTILE_SENTENCE
        data, _ = viz.page_data(viz.to_graph(back, gazetteer=gaz))
        assert len(data["nodes"]) == viz_data.STATE_NODES and len(data["edges"]) == viz_data.STATE_EDGES


def _resolved(block: dict, start: int = 0) -> dict[int, tuple]:
    """Evidence rows with their article and interned strings spelled out, by claim index."""
    out = {}
    for n, row in enumerate(block["claims"]):
        strings = [block["strings"][k] for k in row[2:5] + row[6:]]
        out[start + n] = (tuple(block["docs"][row[0]]), row[1], row[5], *strings)
    return out


def test_a_large_build_puts_the_evidence_in_side_files(claims, gaz, tmp_path, monkeypatch):
    """Above the inline limit, kg build streams every claim of every edge to graph-evidence/,
    edge by edge from disk; the page and its rows are those of the inline page."""
    from kg import writer
    from kg.build import build_claims
    from kg.graph import claims_graph

    monkeypatch.setattr(writer, "INLINE_EVIDENCE_CLAIMS", 3)
    monkeypatch.setattr("kg.vizevidence.CHUNK_CLAIMS", 2)
    out = tmp_path / "out"
    build_claims(claims, out, gazetteer=gaz)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert viz_data.POLISH not in page and "NATO backs Ukraine." not in page
    data = json.loads(re.search(r'id="kg-graph">(.*?)</script>', page, re.S).group(1))
    side = data["meta"].pop("evidence")
    assert side["dir"] == "graph-evidence" and len(side["chunks"]) > 1
    rows = {}
    for k, (start, end) in enumerate(side["chunks"]):
        text = (out / "graph-evidence" / f"{k:06d}.js").read_text(encoding="utf-8")
        assert text.startswith(f"kgEvidence({k},") and text.endswith(");\n")
        block = json.loads(text[len(f"kgEvidence({k},"):-3])
        assert len(block["claims"]) == end - start
        rows.update(_resolved(block, start))
    inline_data, inline_ev = viz.page_data(claims_graph(claims, gazetteer=gaz))
    assert rows == _resolved(inline_ev)
    for e in data["edges"]:  # an edge's claims as [first, count]: the page expands them
        first, count = e.pop("cr")
        e["c"] = list(range(first, first + count))
    assert data["edges"] == inline_data["edges"] and data["claimDay"] == inline_data["claimDay"]
    assert not (out / ".kg" / "evidence.sqlite").exists()


def test_cli_counts_the_edges_the_page_and_the_build_count(tmp_path):
    """`kg viz` reports the asserted edges, as `kg build` and the page's legend do; edges whose
    every claim is negated are drawn dashed and counted apart."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "exports"
    import csv

    rows = list(csv.DictReader((root / "edges.csv").open(encoding="utf-8")))
    asserted = len(rows)
    r = CliRunner().invoke(main, ["viz", str(root / "claims.jsonl"), "-o", str(tmp_path / "g.html")])
    assert r.exit_code == 0, r.output
    m = re.search(r": (\d+) actors, (\d+) edges \(and (\d+) only negated\) from (\d+) claims", r.output)
    assert m, r.output
    assert int(m.group(2)) == asserted
    assert int(m.group(1)) == len({r["subject"] for r in rows} | {r["object"] for r in rows})  # the page's actors
    assert int(m.group(3)) > 0


def test_cli_refuses_empty_stdin_and_points_from_an_article_to_the_claims(tmp_path):
    """An empty pipe is a mistake, as in `kg extract -`; an article given where claims are expected says how to
    make claims of it. Neither writes a page."""
    out = tmp_path / "g.html"
    empty = CliRunner().invoke(main, ["viz", "-", "-o", str(out)], input="")
    assert empty.exit_code == 1 and "<stdin>: no claims (empty input)" in empty.output and not out.exists()
    article = tmp_path / "a.txt"
    article.write_text("Chile poparło Peru.\n", encoding="utf-8")
    wrong = CliRunner().invoke(main, ["viz", str(article), "-o", str(out)])
    assert wrong.exit_code == 1 and "kg extract FILE --format jsonl" in wrong.output and not out.exists()


def test_a_page_that_cannot_be_written_is_named_not_its_temporary_file(tmp_path, monkeypatch):
    import os

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(os, "replace", refuse)
    page = tmp_path / "graph.html"
    with pytest.raises(PermissionError) as e:
        viz.write_html(viz_data.claims(), page)
    assert e.value.filename == str(page)
    assert not list(tmp_path.glob(".*.tmp"))
