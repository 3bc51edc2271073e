"""kg.rdf, the ontology and the SHACL shapes: what the exports say, and that they say it right."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from graph_fixtures import build
from rdflib.compare import isomorphic

from kg.graph import STRUCTURAL_QUAD
from kg.rdf import KG, ONTOLOGY_FILE, SHAPES_FILE, actor_iri, article_iri, segment
from kg.rdfio import load_rdflib, load_store
from kg.records import RELATIONS, STRUCTURAL, SYMMETRIC
from kg.validate import validate_export

K = rdflib.Namespace(KG)
A = rdflib.Namespace("https://w3id.org/kg/id/actor/")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    out, _ = build(tmp_path_factory.mktemp("rdf"))
    return out


def _ox_as_rdflib(path) -> rdflib.Graph:
    """Parse with pyoxigraph, hand the union graph to rdflib through N-Triples."""
    store = load_store(path)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
    return rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def _union(parsed) -> rdflib.Graph:
    g = rdflib.Graph()
    for t in parsed.triples((None, None, None)) if not isinstance(parsed, rdflib.Dataset) else (
            (s, p, o) for s, p, o, _ in parsed.quads((None, None, None, None))):
        g.add(t)
    return g


def test_iris_are_percent_encoded():
    assert segment("a b/c?d#e") == "a%20b%2Fc%3Fd%23e"
    assert actor_iri("RUS").value == "https://w3id.org/kg/id/actor/RUS"
    assert article_iri("pl 1/ą.txt").value == "https://w3id.org/kg/id/article/pl%201%2F%C4%85.txt"


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nq", "graph.jsonld"])
def test_rdflib_and_pyoxigraph_parse_alike(export, name):
    assert isomorphic(_union(load_rdflib(export / name)), _ox_as_rdflib(export / name))


def test_turtle_jsonld_and_nquads_carry_the_same_triples(export):
    ttl = _union(load_rdflib(export / "graph.ttl"))
    assert len(ttl) > 300
    assert isomorphic(ttl, _union(load_rdflib(export / "graph.jsonld")))
    assert isomorphic(ttl, _union(load_rdflib(export / "graph.nq")))


def test_nquads_have_one_named_graph_per_article(export):
    store = load_store(export / "graph.nq")
    assert sorted(g.value for g in store.named_graphs()) == [
        article_iri(d).value for d in ("en-b.txt", "en-c.txt", "pl-a.txt")]
    claims_in = {q.subject.value for q in store.quads_for_pattern(
        None, ox.NamedNode(KG + "claimId"), None, article_iri("en-c.txt"))}
    assert len(claims_in) == 3


def test_direct_edges_only_for_positive_claims(export):
    g = _union(load_rdflib(export / "graph.ttl"))
    assert (A["kim-jong-un"], K.supports, A["vladimir-putin"]) in g
    assert (A["UKR"], K.attacks, A["kursk-oblast"]) in g
    assert (A.CHN, K.suppliesWeaponsTo, A.RUS) not in g  # denied twice, never asserted
    negated = list(g.subjects(K.negated, rdflib.Literal(True)))
    assert len(negated) == 3
    for c in negated:
        assert (c, rdflib.RDF.type, K.Claim) in g


def test_symmetric_relations_both_ways(export):
    g = _union(load_rdflib(export / "graph.ttl"))
    assert (A["kim-jong-un"], K.alliedWith, A["vladimir-putin"]) in g
    assert (A["vladimir-putin"], K.alliedWith, A["kim-jong-un"]) in g


def test_actors_link_to_their_state(export):
    g = _union(load_rdflib(export / "graph.ttl"))
    assert (A["vladimir-putin"], K.actsFor, A.RUS) in g
    assert (A["kursk-oblast"], K.partOf, A.RUS) in g
    assert (A["kursk-oblast"], K.liftsTo, A.RUS) in g
    assert (A.RUS, K.liftsTo, A.RUS) in g
    assert (A.RUS, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q159")) in g
    assert (A.RUS, rdflib.RDFS.label, rdflib.Literal("Rosja", lang="pl")) in g
    assert (A.wagner, K.liftsTo, A.wagner) in g  # unknown to the gazetteer: stands for itself


def test_claim_nodes_carry_their_evidence(export):
    g = _union(load_rdflib(export / "graph.ttl"))
    (c,) = (s for s in g.subjects(K.attributedTo, rdflib.Literal("officials")) if (s, rdflib.RDF.type, K.Claim) in g)
    assert g.value(c, K.relation) == K.suppliesWeaponsTo
    assert g.value(c, K.hedged).toPython() is True
    assert g.value(c, K.sentence).language == "en"
    art = g.value(c, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert str(g.value(art, K.url)) == "https://example.org/en-b?x=1&y=2"
    # what the article's claims share is said once, on the article
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    assert str(g.value(art, dcterms.issued)) == "2024-11-02"
    assert str(g.value(art, dcterms.language)) == "en"
    assert g.value(c, dcterms.date) is None and g.value(c, K.language) is None
    assert str(g.value(c, K.modality)) == "asserted"


def test_tallies_count_claims_by_outlet_and_attribution(export):
    g = _union(load_rdflib(export / "graph.ttl"))
    claims = list(g.subjects(rdflib.RDF.type, K.Claim))
    tallies = list(g.subjects(rdflib.RDF.type, K.Tally))
    assert sum(g.value(t, K.claimCount).toPython() for t in tallies) == len(claims)
    negated = sum(g.value(t, K.negatedCount).toPython() for t in tallies)
    assert negated == len(list(g.subjects(K.negated, rdflib.Literal(True))))
    (t,) = (s for s in g.subjects(K.attributedTo, rdflib.Literal("officials")) if (s, rdflib.RDF.type, K.Tally) in g)
    assert g.value(t, K.claimCount).toPython() == 1 and g.value(t, K.hedgedCount).toPython() == 1


def test_aggregated_edges_have_weights(export):
    g = _union(load_rdflib(export / "graph.ttl"))
    e = rdflib.URIRef("https://w3id.org/kg/id/edge/PRK/deploysTroopsTo/RUS")
    assert (e, rdflib.RDF.type, K.Edge) in g
    assert g.value(e, K.weight).toPython() == 1
    assert g.value(e, K.negatedCount).toPython() == 1
    assert len(list(g.objects(e, K.evidence))) == 2
    # only negated claims: an edge of weight 0 that carries them (and no direct edge)
    denied = rdflib.URIRef("https://w3id.org/kg/id/edge/CHN/suppliesWeaponsTo/RUS")
    assert (denied, rdflib.RDF.type, K.Edge) in g
    assert g.value(denied, K.weight).toPython() == 0 and g.value(denied, K.negatedCount).toPython() == 2
    assert len(list(g.objects(denied, K.evidence))) == 2
    assert g.value(g.value(denied, K.denial), K.negated).toPython() is True


def test_exports_validate(export):
    for name in ("graph.ttl", "graph.nq", "graph.jsonld"):
        assert validate_export(export / name) == []


def test_a_broken_graph_fails_validation(export, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text((export / "graph.ttl").read_text(encoding="utf-8") + (
        "\nactor:CHN kg:suppliesWeaponsTo actor:RUS .\n"  # a direct edge only denials stand behind
        "claim:bad a kg:Claim ; kg:claimId 'bad' ; kg:subject actor:ghost .\n"), encoding="utf-8")
    found = {(v.focus, v.path) for v in validate_export(broken)}
    assert ("actor:CHN", "") in found
    assert ("claim:bad", "kg:subject") in found
    assert ("claim:bad", "prov:wasDerivedFrom") in found


def test_ontology_declares_every_relation():
    g = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    quad_prop = {"verbal_cooperation": K.verbalCooperation, "material_cooperation": K.materialCooperation,
                 "verbal_conflict": K.verbalConflict, "material_conflict": K.materialConflict}
    for rel in [*RELATIONS, *STRUCTURAL]:
        p = K[rel]
        assert (p, rdflib.RDF.type, rdflib.OWL.ObjectProperty) in g, rel
        langs = {lit.language for lit in g.objects(p, rdflib.RDFS.label)}
        assert langs == {"en", "pl", "de"}, rel
        defs = {lit.language for lit in g.objects(p, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#definition"))}
        assert defs == {"en", "pl", "de"}, rel
        if rel in RELATIONS:
            assert (p, rdflib.RDFS.subPropertyOf, quad_prop[RELATIONS[rel]]) in g, rel
            assert g.value(p, K.cameoCode) is not None and g.value(p, K.ploverEvent) is not None, rel
        assert ((p, rdflib.RDF.type, rdflib.OWL.SymmetricProperty) in g) == (rel in SYMMETRIC), rel
    assert STRUCTURAL_QUAD == "structural"
    for cls in ("Actor", "State", "Person", "Organization", "ArmedGroup", "Article", "Claim"):
        assert (K[cls], rdflib.RDF.type, rdflib.OWL.Class) in g


def test_ontology_files_ship_inside_the_package():
    import kg

    pkg = Path(kg.__file__).parent / "ontologies"
    assert ONTOLOGY_FILE.parent == pkg and SHAPES_FILE.exists()
    assert {p.stem for p in (pkg / "queries").glob("*.rq")} >= {
        "who-supports", "deployments", "alliances", "attacks", "by-source", "between", "disputed"}
    top = Path(kg.__file__).parent.parent / "ontologies"
    if top.exists():  # a source checkout: the top-level folder is the same files
        assert (top / "kg.ttl").resolve() == ONTOLOGY_FILE.resolve()
