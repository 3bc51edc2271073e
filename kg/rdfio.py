"""Serializing and reading kg's RDF exports: canonical triple order, Turtle, N-Quads and JSON-LD
writers, and loading an export (or the ontology) into Oxigraph or rdflib.

kg.rdf says what the graph is (vocabulary, IRIs, the triples of actors, claims and edges); this
module only moves it to and from files, so the vocabulary does not depend on any format.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.actors import Gazetteer
from kg.rdf import FORMATS, KG, ONTOLOGY_FILE, ONTOLOGY_IRI, PREFIXES, XSD, A, _n


def _quad_key(q: ox.Quad) -> tuple:
    g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    p = str(q.predicate)
    return (g, str(q.subject), "" if q.predicate == A else p, str(q.object))


def claims_quads(claims: Iterable, gazetteer: Gazetteer | None = None) -> list[ox.Quad]:
    """All quads of the export of ``claims`` (written by ``kg build``'s writer), sorted."""
    import tempfile

    from kg.build import build_claims

    with tempfile.TemporaryDirectory(prefix="kg-quads-") as tmp:
        build_claims(claims, Path(tmp) / "out", gazetteer=gazetteer, html=False)
        quads = list(ox.parse(path=str(Path(tmp) / "out" / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    return sorted(quads, key=_quad_key)


def triple_key(t: ox.Triple) -> tuple:
    """The canonical order of triples: by subject, rdf:type first, then predicate and object."""
    return (str(t.subject), "" if t.predicate == A else str(t.predicate), str(t.object))


def triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union graph of a dataset as sorted, distinct triples."""
    seen = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    return sorted(seen, key=triple_key)


# --- writers --------------------------------------------------------------------------------

_HEADER = "# kg export: see https://w3id.org/kg/ontology (kg/ontologies/kg.ttl)\n"


def turtle_bytes(triples: list[ox.Triple]) -> bytes:
    """Turtle of sorted triples (``triples_of``), with the kg prefixes."""
    body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    # the prefix lines in our order, whatever order the serializer chose
    lines = body.split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    return (_HEADER + header + "\n" + "\n".join(lines)).encode("utf-8")


def nquads_bytes(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS)


@lru_cache(maxsize=65536)
def _compact(iri: str) -> str:
    best = None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(PREFIXES[best])):
            best = prefix
    if best is None:
        return iri
    rest = iri[len(PREFIXES[best]):]
    return f"{best}:{rest}" if rest and not rest.startswith("//") else iri


def _jsonld_value(term) -> dict | str:
    if isinstance(term, ox.NamedNode):
        return {"@id": _compact(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD + "string":
        return term.value
    return {"@value": term.value, "@type": _compact(term.datatype.value)}


def jsonld_nodes(triples: Iterable[ox.Triple]) -> list[str]:
    """One compact JSON-LD node object per subject, one line each, sorted by id."""
    nodes: dict[str, dict] = {}
    for t in triples:
        sid = _compact(t.subject.value)
        node = nodes.setdefault(sid, {"@id": sid})
        if t.predicate == A and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(t.object.value))
        else:
            node.setdefault(_compact(t.predicate.value), []).append(_jsonld_value(t.object))
    return [json.dumps(nodes[k], ensure_ascii=False) for k in sorted(nodes)]


def jsonld_head() -> str:
    context = json.dumps(dict(PREFIXES), ensure_ascii=False, indent=1).replace("\n", "\n ")
    return f'{{\n "@context": {context},\n "@graph": [\n'


JSONLD_TAIL = "\n ]\n}\n"


def jsonld_bytes(triples: list[ox.Triple]) -> bytes:
    """JSON-LD of sorted triples with a context of the kg prefixes: one node object per
    subject, one line each (diffable, and fast to write with the C JSON encoder)."""
    return (jsonld_head() + ",\n".join(jsonld_nodes(triples)) + JSONLD_TAIL).encode()


def turtle_head() -> bytes:
    return (_HEADER + "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + "\n").encode()


# --- readers --------------------------------------------------------------------------------


def export_file(path: str | Path) -> Path:
    """An export file from a path: a directory means its graph.nq (else graph.ttl)."""
    path = Path(path)
    if path.is_dir():
        for name in ("graph.nq", "graph.ttl", "graph.jsonld"):
            if (path / name).exists():
                return path / name
        raise ValueError(f"{path}: no graph.nq, graph.ttl or graph.jsonld in this directory")
    if not path.exists():
        raise ValueError(f"{path}: no such file")
    if path.suffix not in FORMATS:
        raise ValueError(f"{path}: unknown RDF format (expected {', '.join(sorted(FORMATS))}, "
                         "or an export folder)")
    return path


def load_store(path: str | Path, store: ox.Store | None = None) -> ox.Store:
    """Parse an export (Turtle, N-Quads, JSON-LD, ...) into an in-memory Oxigraph store."""
    path = export_file(path)
    store = store if store is not None else ox.Store()
    try:
        store.bulk_load(path=str(path), format=FORMATS[path.suffix])
    except SyntaxError as e:
        raise ValueError(f"{path}: {e}") from None
    return store


#: Whether a store says anything in kg's vocabulary (a kg property, or a kg class or value), in any graph.
_ASK_KG = f"""ASK {{ {{ ?s ?p ?o FILTER(STRSTARTS(STR(?p), "{KG}")) }}
UNION {{ ?s ?p ?o FILTER(ISIRI(?o) && STRSTARTS(STR(?o), "{KG}")) }} }}"""


def require_kg_vocabulary(path: str | Path, triples: int, has_kg: bool) -> None:
    """Refuse a non-empty file that uses none of kg's vocabulary: kg's shapes, bundled queries and graph
    page only look at kg's terms, so any other RDF would 'conform', answer nothing or draw an empty
    page, and say nothing of why. (An empty export, written by ``kg build --force`` from articles
    without claims, is kg's.)"""
    if triples and not has_kg:
        raise ValueError(f"{path}: not a kg export (no term of kg's vocabulary {KG} in its {triples} "
                         f"triple{'s' if triples != 1 else ''})")


def check_store(path: str | Path, store: ox.Store) -> ox.Store:
    """``store`` (loaded from ``path``) if it is empty or uses kg's vocabulary; ValueError otherwise."""
    require_kg_vocabulary(path, len(store), bool(store.query(_ASK_KG, use_default_graph_as_union=True)))
    return store


def load_ontology(store: ox.Store) -> ox.Store:
    """Add the bundled ontology to ``store`` in the named graph <https://w3id.org/kg/ontology>."""
    store.bulk_load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE, to_graph=_n(ONTOLOGY_IRI))
    return store


def load_rdflib(path: str | Path):
    """Parse an export with rdflib (a Dataset for N-Quads, a Graph otherwise)."""
    import rdflib

    path = export_file(path)
    fmt = {".ttl": "turtle", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
           ".trig": "trig"}[path.suffix]
    g = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
    try:
        g.parse(path, format=fmt)
    except OSError:
        raise
    except Exception as e:  # rdflib's parsers fail in many ways on a damaged file (even IndexError)
        detail = " ".join(str(e).split())[:200]
        raise ValueError(f"{path}: not valid {fmt} ({type(e).__name__}{': ' + detail if detail else ''})") from None
    return g
