"""Property tests (hypothesis) for issue 9.

* The extractor never raises on arbitrary Unicode text, in any language, and every claim's
  ``start``/``end`` slice its sentence out of the article text exactly. The texts mix
  random characters with actor names, trigger words, cue words and punctuation, so that
  claims actually come out of them.
* Reading never raises on arbitrary bytes: every input is an article or a one-line error.
* Any actor label and evidence sentence kg can hold (any text, cleaned as ingest cleans it)
  survives a round trip through every export: Turtle, JSON-LD, N-Quads, GraphML, CSV and
  claims.jsonl.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import networkx as nx
import rdflib
from graph_fixtures import gazetteer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.decoding import clean_text
from kg.exports import build_exports
from kg.extract import extract_article
from kg.ingest import read_bytes
from kg.records import ActorRef, Article, Claim
from kg.spreadsheet import csv_value

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    # actors (pl, en, de), in a few cases
    "Polska", "Polski", "Polskę", "Ukraina", "Ukrainę", "Ukrainy", "Rosja", "Rosji", "Rosję", "Niemcy", "USA",
    "Putin", "Putina", "Kim Dzong Un", "NATO", "Russia", "Ukraine", "Germany", "North Korea", "the Kremlin",
    "Russland", "Deutschland", "Nordkorea", "Moskwa", "Kijów", "Pekin", "Chiny", "China", "Iran",
    # triggers and cues
    "poparła", "poparł", "zaatakowała", "wysłała", "żołnierzy", "sankcje", "nałożyła", "spotkał się z",
    "supported", "attacked", "sent troops to", "sanctions", "met", "accused", "threatened",
    "unterstützte", "griff", "an", "schickte", "Soldaten", "nach",
    "nie", "not", "nicht", "denied", "zaprzeczył", "jakoby", "that", "że", "według", "according to", "Reuters",
    "may", "może", "could", "if", "jeśli", "wenn", "and", "i", "oraz", "und", "or", "both countries", "oba kraje",
    "he", "on", "ona", "er", "it", "the regime", "the alliance", "which", "który",
    # punctuation and layout
    ".", ",", ";", ":", "?", "!", "…", "„", "”", "\"", "'", "(", ")", "-", "–", "\n", "\n\n", " ", "  ", "\t",
    "U.S.", "m.in.", "gen.", "Dr.", "J. D.",
]

#: Sentences that give claims, to be cut up and mixed with noise.
CLAUSES = [
    ("Polska", "Rosja", "Niemcy", "Chiny", "Korea Północna", "Władimir Putin", "Kreml"),
    ("poparła", "zaatakowała", "wysłała żołnierzy do", "nałożyła sankcje na", "skrytykowała", "nie poparła"),
    ("Ukrainę", "Gruzję", "Polskę", "Rosji", "Litwy", "Chin"),
    ("Poland", "Russia", "Germany", "China", "North Korea", "Vladimir Putin", "the Kremlin", "Beijing"),
    ("supported", "attacked", "sent troops to", "imposed sanctions on", "accused", "did not support", "met"),
    ("Ukraine", "Georgia", "Poland", "Russia", "Lithuania", "Taiwan"),
    ("Deutschland", "Russland", "China", "Polen"),
    ("unterstützte", "griff", "schickte Soldaten nach", "verhängte Sanktionen gegen", "kritisierte"),
    ("die Ukraine", "Georgien", "Polen", "Litauen"),
]
clause = st.integers(0, 2).flatmap(lambda k: st.tuples(
    st.sampled_from(CLAUSES[3 * k]), st.sampled_from(CLAUSES[3 * k + 1]), st.sampled_from(CLAUSES[3 * k + 2]),
    st.sampled_from([".", ",", ";", "", "?", " and", " i", " und"]),
)).map(lambda t: f"{t[0]} {t[1]} {t[2]}{t[3]}")
pieces = st.one_of(clause, clause, st.sampled_from(WORDS), st.text(max_size=12))
texts = st.lists(pieces, max_size=30).map(" ".join)


@SETTINGS
@given(text=texts, lang=st.sampled_from([None, "pl", "en", "de"]))
def test_the_extractor_never_raises_and_offsets_slice_the_text(text, lang):
    art = Article(doc="prop", text=text, lang=lang)
    for c in extract_article(art):
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.sentence
        assert c.sentence.strip() == c.sentence and c.sentence
        json.dumps(c.to_dict(), ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(text=st.text(max_size=300))
def test_arbitrary_unicode_through_ingest_and_extraction(text):
    for item in read_bytes(text.encode("utf-8", "surrogatepass"), "prop.txt", ".txt", warn=lambda m: None):
        if isinstance(item, str):
            assert "\n" not in item and item.startswith("prop.txt")
            continue
        assert clean_text(item.text) == item.text
        for c in extract_article(item):
            assert item.text[c.start:c.end] == c.sentence


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400), suffix=st.sampled_from(["", ".txt", ".html", ".jsonl", ".bin"]))
def test_reading_never_raises_on_arbitrary_bytes(data, suffix):
    for item in read_bytes(data, "blob", suffix, warn=lambda m: None):
        if isinstance(item, str):
            assert "\n" not in item and item.startswith("blob")
        else:
            assert isinstance(item, Article) and item.text.strip()
            assert clean_text(item.text) == item.text


# --- round trips through the exports ----------------------------------------------------------
#: Any text kg holds: what ingest leaves of arbitrary text (no control, format or surrogate
#: characters; ``\n`` line breaks). Labels and sentences are never empty.
holdable = st.text(min_size=1, max_size=40).map(clean_text).filter(lambda s: s.strip() != "")

with tempfile.TemporaryDirectory(prefix="kg-prop-") as _gaz_dir:  # loaded once; nothing left in /tmp
    _GAZ = gazetteer(Path(_gaz_dir))


def _claim(label_a: str, label_b: str, sentence: str) -> Claim:
    a = ActorRef("prop-a", label_a, "Organization", "PA")
    b = ActorRef("prop-b", label_b, "ArmedGroup", "PB")
    return Claim(doc="prop-doc", relation="supports", subject=a, object=b, sentence=sentence, start=0,
                 end=len(sentence), lang="en", rule="en:prop", trigger="supports", attributed_to=sentence,
                 title=sentence, source="Prop News")


def _values(g, pred: str, nquads: bool = False) -> set[str]:
    p = rdflib.URIRef(pred)
    if nquads:
        return {str(q[2]) for q in g.quads((None, p, None, None))}
    return {str(o) for o in g.objects(None, p)}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(label_a=holdable, label_b=holdable, sentence=holdable)
def test_labels_and_evidence_survive_every_export(tmp_path, label_a, label_b, sentence):
    out = Path(tempfile.mkdtemp(dir=tmp_path))
    build_exports([_claim(label_a, label_b, sentence)], out, gazetteer=_GAZ, html=False)
    kg_ns, label = "https://w3id.org/kg/ontology#", str(rdflib.RDFS.label)

    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld"), ("graph.nq", "nquads")):
        g = rdflib.Dataset() if fmt == "nquads" else rdflib.Graph()
        g.parse(out / name, format=fmt)
        nq = fmt == "nquads"
        assert {label_a, label_b} <= _values(g, label, nq), name
        assert _values(g, kg_ns + "sentence", nq) == {sentence}, name
        assert _values(g, kg_ns + "attributedTo", nq) == {sentence}, name

    gml = nx.read_graphml(out / "graph.graphml")
    assert {a["label"] for _, a in gml.nodes(data=True)} == {label_a, label_b}

    rows = list(csv.DictReader(io.StringIO((out / "edges.csv").read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 1
    assert (csv_value(rows[0]["subject_label"]), csv_value(rows[0]["object_label"])) == (label_a, label_b)

    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").split("\n") if x]
    assert [(c["subject"]["label"], c["object"]["label"], c["sentence"]) for c in claims] == [
        (label_a, label_b, sentence)]
