"""Hostile names and text through every export (issue 9): minted IRIs are valid, every export
parses back with the text unchanged and validates, CSV cells cannot run as formulas, and
SPARQL parameters are bound as terms, never spliced into the query."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from graph_fixtures import build, gazetteer
from hostile import HOSTILE_IDS, PAYLOADS, hostile_claims

from kg.cli import main
from kg.exports import build_exports
from kg.query import get_query, run_query
from kg.rdf import BASE, KG, actor_iri, article_iri, claim_iri, edge_iri, segment, source_iri
from kg.rdfio import load_store
from kg.spreadsheet import csv_cell, csv_value
from kg.validate import validate_export

IRI_OK = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%/:#")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    out = tmp / "out"
    build_exports(hostile_claims(), out, gazetteer=gazetteer(tmp), html=True)
    return out


@pytest.mark.parametrize("value", HOSTILE_IDS + PAYLOADS + ["\ud800lone", ""])
def test_minted_iris_are_valid(value):
    for iri in (actor_iri(value), claim_iri(value), article_iri(value), source_iri(value),
                edge_iri(value, "supports", value)):
        assert set(iri.value) <= IRI_OK, iri.value
        ox.NamedNode(iri.value)  # pyoxigraph checks IRI syntax
        rdflib.URIRef(iri.value)
    assert "/" not in segment(value) and "." != segment(value) != ".."


def test_nothing_is_written_outside_the_export_folder(export):
    # beside it only the gazetteer of the test and the build's lock file
    assert sorted(p.name for p in export.parent.iterdir() if not p.name.startswith(".out.kg-")) == ["actors", "out"]
    assert {p.name for p in export.iterdir()} >= {"graph.ttl", "graph.nq", "graph.jsonld", "claims.jsonl"}
    assert all(p.parent == export or export in p.parents for p in export.rglob("*"))


def _rdflib(path, fmt):
    g = rdflib.Dataset() if fmt == "nquads" else rdflib.Graph()
    g.parse(path, format=fmt)
    return g


@pytest.mark.parametrize("name, fmt", [("graph.ttl", "turtle"), ("graph.jsonld", "json-ld"), ("graph.nq", "nquads")])
def test_every_rdf_export_parses_back_with_the_text_unchanged(export, name, fmt):
    g = _rdflib(export / name, fmt)

    def values(pred) -> set[str]:  # in every graph of a dataset
        return {str(q[2]) for q in g.quads((None, rdflib.URIRef(pred), None, None))} if fmt == "nquads" \
            else {str(o) for o in g.objects(None, rdflib.URIRef(pred))}

    sentences, triggers = values(KG + "sentence"), values(KG + "trigger")
    attributed, labels = values(KG + "attributedTo"), values(str(rdflib.RDFS.label))
    titles, doc_names = values("http://purl.org/dc/terms/title"), values(KG + "docName")
    claims = hostile_claims()
    assert sentences == {c.sentence for c in claims}
    assert triggers == set(PAYLOADS) and attributed == set(PAYLOADS)
    assert {c.subject.label for c in claims} | {c.object.label for c in claims} <= labels
    assert titles == {c.title for c in claims}
    assert doc_names == {c.doc for c in claims}
    # and pyoxigraph reads the same
    store = load_store(export / name)
    assert len(store) > 0


def test_the_export_validates(export):
    assert validate_export(export / "graph.nq") == []


def test_claims_jsonl_is_unchanged(export):
    text = (export / "claims.jsonl").read_text(encoding="utf-8")
    got = [json.loads(line) for line in text.split("\n") if line]  # not splitlines(): U+2028 is inside strings
    want = sorted((c.to_dict() for c in hostile_claims()), key=lambda d: (d["doc"], d["start"], d["id"]))
    assert got == want


def test_graphml_keeps_labels(export):
    g = nx.read_graphml(export / "graph.graphml")
    labels = {a["label"] for _, a in g.nodes(data=True)}
    want = {c.subject.label for c in hostile_claims()} | {c.object.label for c in hostile_claims()}
    assert labels <= want and labels


def test_csv_cells_cannot_run_as_formulas(export):
    text = (export / "edges.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r") or _is_number(cell), cell
    # the neutralization is undone exactly by csv_value
    labels = {csv_value(r[1]) for r in rows[1:]} | {csv_value(r[4]) for r in rows[1:]}
    want = {c.subject.label for c in hostile_claims()} | {c.object.label for c in hostile_claims()}
    assert labels <= want and labels


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


@pytest.mark.parametrize("value, cell", [
    ("=1+1", "'=1+1"), ("+1", "+1"), ("-2", "-2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("'x", "'x"), ("x=1", "x=1"), ("", ""), (None, ""),
    (3, "3"), ("-", "'-"), ("+", "'+"),
])
def test_csv_cell(value, cell):
    assert csv_cell(value) == cell
    if value is not None:
        assert csv_value(csv_cell(value)) == str(value)


def test_query_csv_is_neutralized_too(export):
    r = CliRunner().invoke(main, ["query", str(export / "graph.ttl"), "--format", "csv",
                                  "SELECT ?l WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?l }"])
    assert r.exit_code == 0, r.output
    cells = [row[0] for row in csv.reader(io.StringIO(r.stdout))][1:]
    assert cells and not [c for c in cells if c[:1] in "=+-@"]
    assert any(csv_value(c).startswith("=") for c in [csv_cell(p + " Object") for p in PAYLOADS])


# --- SPARQL parameters ----------------------------------------------------------------------------
INJECTIONS = ['" } ; DROP ALL #', "x\" . ?s ?p ?o } #", "') } UNION { ?s ?p ?o } #", "<http://evil/> ",
              "\\\" } #", "Ukraina\n} #"]


@pytest.fixture(scope="module")
def fixture_export(tmp_path_factory):
    out, _ = build(tmp_path_factory.mktemp("inject"))
    return out


@pytest.mark.parametrize("value", INJECTIONS)
def test_actor_parameters_that_try_to_inject_are_refused_as_unknown_actors(fixture_export, value):
    r = CliRunner().invoke(main, ["query", str(fixture_export / "graph.ttl"), "--name", "who-supports",
                                  "--param", f"actor={value}"])
    assert r.exit_code == 1, r.output
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "unknown actor" in lines[0], r.output


@pytest.mark.parametrize("value", INJECTIONS)
def test_string_parameters_are_bound_as_literals(fixture_export, tmp_path, value):
    rq = tmp_path / "echo.rq"
    rq.write_text("# param text (string): any text\nSELECT ?text ?n WHERE {\n"
                  "  { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } }\n}\n", encoding="utf-8")
    store = load_store(fixture_export / "graph.ttl")
    before = len(store)
    res = run_query(store, get_query(file=rq), {"text": value})
    assert len(res.rows) == 1
    text, n = res.rows[0]
    assert isinstance(text, ox.Literal) and text.value == value  # the very string, as one literal
    assert int(n.value) == before == len(store)


@pytest.mark.parametrize("value", INJECTIONS)
def test_remote_values_binding_is_a_literal(value):
    from kg.remote import bind_values

    q = "SELECT ?text WHERE { ?s ?p ?o }"
    bound = bind_values(q, {ox.Variable("text"): ox.Literal(value)})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(BASE + "a"), ox.NamedNode(BASE + "b"), ox.Literal("c")))
    rows = list(store.query(bound))
    assert [r["text"].value for r in rows] == [value]
