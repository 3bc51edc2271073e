"""The shapes compiled to SPARQL report what pyshacl, the reference validator, reports."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdfio import load_store
from kg.shacl import Unsupported, compile_shapes
from kg.validate import validate_export, validate_store

ROOT = Path(__file__).resolve().parents[1]
KG = "https://w3id.org/kg/ontology#"
A = "https://w3id.org/kg/id/actor/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def lit(value: str, dt: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    return ox.Literal(value, datatype=n(XSD + dt)) if dt else ox.Literal(value)


def one(store: ox.Store, s, p) -> ox.Term:
    return next(iter(store.quads_for_pattern(s, p, None))).object


def first_claim(store: ox.Store, k: int = 0) -> ox.NamedNode:
    claims = sorted({q.subject for q in store.quads_for_pattern(None, n(KG + "claimId"), None)}, key=str)
    return claims[k]


def set_value(store: ox.Store, s, p, value) -> None:
    for q in list(store.quads_for_pattern(s, p, None)):
        store.remove(q)
    store.add(ox.Quad(s, p, value))


def mutations() -> dict[str, callable]:
    """Each breaks one promise of the shapes."""
    def edge(store):
        return sorted({q.subject for q in store.quads_for_pattern(None, n(KG + "weight"), None)}, key=str)[0]

    return {
        "no label": lambda s: [s.remove(q) for q in list(s.quads_for_pattern(n(A + "POL"), RDFS_LABEL, None))],
        "two lifts": lambda s: s.add(ox.Quad(n(A + "POL"), n(KG + "liftsTo"), n(A + "UKR"))),
        "edge without claim": lambda s: s.add(ox.Quad(n(A + "POL"), n(KG + "attacks"), n(A + "JPN"))),
        "ill-formed integer": lambda s: set_value(s, first_claim(s, 0), n(KG + "start"), lit("x", "integer")),
        "negative start": lambda s: set_value(s, first_claim(s, 1), n(KG + "start"), lit("-1", "integer")),
        "bad modality": lambda s: set_value(s, first_claim(s, 2), n(KG + "modality"), lit("maybe")),
        "confidence > 1": lambda s: set_value(s, first_claim(s, 3), n(KG + "confidence"), lit("1.5", "decimal")),
        "undescribed actor": lambda s: set_value(s, first_claim(s, 4), n(KG + "subject"), n(A + "nobody")),
        "weight 0": lambda s: set_value(s, edge(s), n(KG + "weight"), lit("0", "integer")),
        "bad language": lambda s: set_value(s, first_claim(s, 5), n(KG + "language"), lit("english")),
        "bad wikidata": lambda s: s.add(ox.Quad(n(A + "RUS"), n("http://www.w3.org/2002/07/owl#sameAs"),
                                                n("http://example.org/x"))),
        "not from an article": lambda s: set_value(s, first_claim(s, 6), n("http://www.w3.org/ns/prov#wasDerivedFrom"),
                                                   n("https://example.org/not-an-article")),
        "bad actor IRI": lambda s: [s.add(ox.Quad(n("https://example.org/x"), p, o)) for p, o in (
            (n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n(KG + "State")),
            (RDFS_LABEL, lit("X", lang="en")), (n(KG + "liftsTo"), n("https://example.org/x")))],
        "code with a language": lambda s: set_value(s, n(A + "RUS"), n(KG + "code"), lit("RUS", lang="en")),
        "two claim ids": lambda s: s.add(ox.Quad(first_claim(s, 7), n(KG + "claimId"), lit("another"))),
        "dispute half written": lambda s: [s.remove(q) for q in list(s.quads_for_pattern(
            None, n(KG + "disputeAssertedBy"), None))],
        "dispute of no denial": lambda s: [set_value(s, q.subject, q.predicate, lit("0", "integer")) for q in list(
            s.quads_for_pattern(None, n(KG + "disputeDeniedCount"), None))],
        "curator without a name": lambda s: [s.add(ox.Quad(first_claim(s, 8), n(KG + "wasRevisedBy"), n(c))) for c in
                                             ("https://example.org/curator",)],
        "curator not an agent": lambda s: [s.add(ox.Quad(first_claim(s, 9), n(KG + "wasRevisedBy"), n(c)))
                                           for c in ("https://example.org/nobody",)] + [s.add(ox.Quad(
                                               n("https://example.org/nobody"), RDFS_LABEL, lit("Nobody")))],
    }


@pytest.fixture(scope="module")
def base() -> ox.Store:
    return load_store(ROOT / "exports" / "graph.nq")


def copy(store: ox.Store) -> ox.Store:
    out = ox.Store()
    out.extend(store)
    return out


def keys(violations) -> set[tuple[str, str]]:
    return {(v.focus, v.path) for v in violations}


def test_the_examples_conform(base):
    assert validate_store(base) == []


def test_each_broken_promise_is_reported(base):
    for name, breaks in mutations().items():
        store = copy(base)
        breaks(store)
        assert validate_store(store), name


def test_compiled_shapes_report_what_pyshacl_reports(base, tmp_path):
    store = copy(base)
    for breaks in mutations().values():
        breaks(store)
    path = tmp_path / "broken.nq"
    ox.serialize(store, str(path), format=ox.RdfFormat.N_QUADS)
    fast = validate_export(path)
    reference = validate_export(path, engine="pyshacl")
    assert len(keys(fast)) >= len(mutations())
    assert keys(fast) == keys(reference)
    messages = {v.message for v in fast}
    assert "an actor needs a label" in messages
    assert any(m.startswith("direct edge ") and "attacks" in m for m in messages)


def test_shapes_outside_the_compiled_subset_fall_back(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ( ex:a ex:b ) ; sh:minCount 1 ] .
        """, encoding="utf-8")
    with pytest.raises(Unsupported):
        compile_shapes(shapes)


@pytest.mark.parametrize("engine", ["auto", "pyshacl"])
def test_rdf_without_kg_terms_is_no_export_to_pass(tmp_path, engine):
    """The shapes target kg's classes only, so any other RDF would 'conform': kg validate says
    instead that the file is not a kg export. An empty graph (kg build --force of articles
    without claims) still conforms."""
    foreign = tmp_path / "foaf.ttl"
    foreign.write_text("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                       "<http://example.org/ana> a foaf:Person ; foaf:name \"Ana\" .\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"foaf\.ttl: not a kg export .* in its 2 triples"):
        validate_export(foreign, engine=engine)
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    assert validate_export(empty, engine=engine) == []


def test_viz_and_bundled_queries_refuse_rdf_without_kg_terms(tmp_path):
    """The graph page and the bundled queries read kg's vocabulary only: other RDF would give an empty page
    or no rows and no reason. Plain SPARQL on it still runs (kg query is a SPARQL tool too)."""
    from click.testing import CliRunner

    from kg.cli import main

    foreign = tmp_path / "foaf.nq"
    foreign.write_text("<http://example.org/ana> <http://xmlns.com/foaf/0.1/name> \"Ana\" "
                       "<http://example.org/g> .\n", encoding="utf-8")
    run = CliRunner().invoke
    page = run(main, ["viz", str(foreign), "-o", str(tmp_path / "g.html")])
    assert page.exit_code == 1 and "not a kg export" in page.output and not (tmp_path / "g.html").exists()
    named = run(main, ["query", str(foreign), "--name", "who-supports", "--param", "actor=UKR"])
    assert named.exit_code == 1 and "not a kg export" in named.output
    plain = run(main, ["query", str(foreign), "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"])
    assert plain.exit_code == 0 and "http://example.org/ana" in plain.output
