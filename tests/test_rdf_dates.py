"""Dates in the RDF: typed literals of their precision (xsd:gYear, xsd:gYearMonth, xsd:date), their
precisions and words, and the SHACL shapes that check them, with both validators."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.rdfio import claims_quads, load_store
from kg.records import ActorRef, Claim
from kg.validate import validate_export, validate_store

KG = "https://w3id.org/kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
POL = ActorRef("POL", "Poland", "State", "POL", wikidata="Q36")
UKR = ActorRef("UKR", "Ukraine", "State", "UKR", wikidata="Q212")
LTU = ActorRef("LTU", "Lithuania", "State", "LTU", wikidata="Q37")


def _claim(doc, start, relation, s, o, **dates) -> dict:
    c = Claim(doc=doc, relation=relation, subject=s, object=o, sentence="…", start=start, end=start + 1, lang="pl",
              rule="pl:test", published=dates.pop("published", "2025-07-13T04:00"),
              published_precision=dates.pop("published_precision", "hour"), **dates)
    return c.to_dict()


CLAIMS = [
    _claim("a.txt", 0, "supports", POL, UKR),
    _claim("a.txt", 10, "suppliesWeaponsTo", POL, UKR, event_date="2022-02", event_precision="month",
           event_end="2025-07-13", event_end_precision="day", event_text="od lutego 2022 r."),
    _claim("a.txt", 20, "signsAgreementWith", POL, LTU, event_date="2024", event_precision="year",
           event_text="w ubiegłym roku"),
    _claim("b.txt", 0, "meetsWith", POL, LTU, event_date="2025-07-12", event_precision="day", event_text="w sobotę",
           published="2025-07", published_precision="month"),
    _claim("c.txt", 0, "supports", LTU, UKR, event_text="on Saturday", published=None, published_precision=None),
]


def _store(claims=CLAIMS) -> ox.Store:
    store = ox.Store()
    store.extend(claims_quads(claims))
    return store


def _typed(value: str, dt: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + dt))


def _objects(store: ox.Store, claim: dict, prop: str) -> list[ox.Term]:
    s = ox.NamedNode("https://w3id.org/kg/id/claim/" + claim["id"])
    return [q.object for q in store.quads_for_pattern(s, ox.NamedNode(prop), None)]


def test_dates_are_typed_by_their_precision():
    store = _store()
    weapons, agreement, meeting, undated = CLAIMS[1], CLAIMS[2], CLAIMS[3], CLAIMS[4]
    assert _objects(store, weapons, KG + "eventDate") == [_typed("2022-02", "gYearMonth")]
    assert _objects(store, weapons, KG + "eventEnd") == [_typed("2025-07-13", "date")]
    assert [t.value for t in _objects(store, weapons, KG + "eventEndPrecision")] == ["day"]
    assert _objects(store, agreement, KG + "eventDate") == [_typed("2024", "gYear")]
    assert [t.value for t in _objects(store, agreement, KG + "eventText")] == ["w ubiegłym roku"]
    assert _article(store, "b.txt", DCTERMS + "issued") == [_typed("2025-07", "gYearMonth")]
    assert [t.value for t in _article(store, "b.txt", KG + "publishedPrecision")] == ["month"]
    assert _article(store, "a.txt", DCTERMS + "issued") == [_typed("2025-07-13", "date")]
    assert [t.value for t in _article(store, "a.txt", KG + "publishedPrecision")] == ["hour"]
    assert _objects(store, meeting, DCTERMS + "date") == []
    assert _objects(store, meeting, KG + "publishedPrecision") == []
    assert _objects(store, undated, KG + "eventDate") == [] and _article(store, "c.txt", DCTERMS + "issued") == []
    assert [t.value for t in _objects(store, undated, KG + "eventText")] == ["on Saturday"]


def test_the_dated_export_conforms():
    assert validate_store(_store()) == []


def _article(store: ox.Store, doc: str, prop: str) -> list[ox.Term]:
    """What an article says of itself: its date and the date's precision are said once, there,
    not on each of its claims."""
    s = ox.NamedNode("https://w3id.org/kg/id/article/" + doc)
    return [q.object for q in store.quads_for_pattern(s, ox.NamedNode(prop), None)]


def _set(store: ox.Store, claim: dict, prop: str, value: ox.Term | None) -> None:
    local = f"claim/{claim['id']}" if "id" in claim else f"article/{claim['doc']}"
    s = ox.NamedNode("https://w3id.org/kg/id/" + local)
    for q in list(store.quads_for_pattern(s, ox.NamedNode(prop), None)):
        store.remove(q)
    if value is not None:
        store.add(ox.Quad(s, ox.NamedNode(prop), value, ox.NamedNode("https://w3id.org/kg/id/article/a.txt")))


BROKEN = {
    "a year typed as a date": (CLAIMS[2], KG + "eventDate", _typed("2024-01-01", "date")),
    "a month that is not one": (CLAIMS[1], KG + "eventDate", _typed("2022-13", "gYearMonth")),
    "a plain string": (CLAIMS[1], KG + "eventEnd", ox.Literal("2025-07-13")),
    "an unknown precision": (CLAIMS[2], KG + "eventPrecision", ox.Literal("decade")),
    "a date without its precision": (CLAIMS[2], KG + "eventPrecision", None),
    "an end before the start": (CLAIMS[1], KG + "eventEnd", _typed("2021", "gYear")),
    "an article date of the wrong precision": ({"doc": "a.txt"}, DCTERMS + "issued", _typed("2025", "gYear")),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_date_is_reported(name):
    store = _store()
    _set(store, *BROKEN[name])
    assert validate_store(store), name


def test_both_validators_report_the_broken_dates(tmp_path):
    store = _store()
    for broken in BROKEN.values():
        _set(store, *broken)
    path = tmp_path / "broken.nq"
    ox.serialize(store, str(path), format=ox.RdfFormat.N_QUADS)
    fast = validate_export(path)
    reference = validate_export(path, engine="pyshacl")
    focus = {v.focus for v in fast}
    assert focus == {v.focus for v in reference}
    assert len(focus) == 3  # the two claims and the article broken


def test_a_build_of_the_examples_carries_event_dates(tmp_path):
    from kg.build import build

    out = tmp_path / "exports"
    build(["examples/articles"], out, jobs=1)
    store = load_store(out / "graph.nq")
    rows = list(store.query(f"SELECT ?d WHERE {{ ?c <{KG}eventDate> ?d }}", use_default_graph_as_union=True))
    assert rows and {r["d"].datatype.value.rsplit("#")[-1] for r in rows} <= {"gYear", "gYearMonth", "date"}
    assert validate_export(out / "graph.nq") == []
