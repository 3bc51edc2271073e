"""Claims -> RDF under the kg ontology (``kg/ontologies/kg.ttl``), and back.

The model (see docs/graph.md for the table):

* every actor a claim names, plus what it acts for / is part of / is a member of, is a
  ``kg:State``, ``kg:Person``, ... with labels in pl/en/de, ``kg:code``, ``owl:sameAs`` its
  Wikidata entity, ``kg:actsFor`` / ``kg:partOf`` and ``kg:liftsTo`` (the state or
  organization it counts as at state level, so state-level SPARQL needs no internals);
* every claim is a ``kg:Claim`` node with its subject, relation, object, sentence, offsets,
  language, rule, confidence, modality, attribution and date, ``prov:wasDerivedFrom`` its
  ``kg:Article`` (title, url, date, ``prov:wasAttributedTo`` its ``kg:Source``);
* every positive claim also gives a direct edge ``<actor> kg:<relation> <actor>`` (both ways
  for symmetric relations); negated claims never do;
* every state-level edge with positive claims is a ``kg:Edge`` with its weight across
  articles (computed by ``kg.graph.claims_graph``) and its evidence.

In N-Quads each article's triples (article, claims, their evidence links) are in a named graph
whose name is the article's IRI; actors, sources and aggregated edges are in the default
graph. Turtle and JSON-LD carry the union. Everything is sorted, so the same claims give
byte-identical files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from kg.actors import LANGS, Gazetteer, default_gazetteer
from kg.graph import as_claim_dicts, claims_graph, edge_ends, positive_edges, relation_quad, resolve_actor
from kg.records import SYMMETRIC

ONTOLOGY_DIR = Path(__file__).parent / "ontologies"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = ONTOLOGY_DIR / "queries"

KG = "https://w3id.org/kg/ontology#"
ONTOLOGY_IRI = "https://w3id.org/kg/ontology"
BASE = "https://w3id.org/kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"

PREFIXES = {
    "kg": KG, "actor": BASE + "actor/", "claim": BASE + "claim/", "article": BASE + "article/",
    "source": BASE + "source/", "edge": BASE + "edge/", "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
    "owl": OWL, "prov": PROV, "dcterms": DCTERMS, "wd": WD, "geo": GEO,
}
#: File name extension -> pyoxigraph format, for reading exports.
FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".nq": ox.RdfFormat.N_QUADS, ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD, ".trig": ox.RdfFormat.TRIG,
}
_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T|$)", re.ASCII)
_YEAR = re.compile(r"^\d{4}$", re.ASCII)
_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$", re.ASCII)
#: The precisions a date may have (kg.dates.PRECISIONS).
PRECISIONS = ("year", "month", "week", "day", "hour", "minute")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def segment(value: str) -> str:
    """Percent-encode everything but unreserved characters: safe in any IRI path segment.

    Whatever the id (``../x``, ``<>"{}|\\^``, spaces, any script), the IRI is valid and
    names one resource: ``/`` is encoded, so an id never adds a path level; a segment of
    only dots (``.``, ``..``) is encoded too, so resolving or normalizing the IRI cannot
    remove it; a lone surrogate (not a character) becomes U+FFFD.
    """
    text = str(value).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if text in (".", ".."):
        return "%2E" * len(text)
    return quote(text, safe="-._~")


def actor_iri(actor_id: str) -> ox.NamedNode:
    return _n(BASE + "actor/" + segment(actor_id))


def claim_iri(claim_id: str) -> ox.NamedNode:
    return _n(BASE + "claim/" + segment(claim_id))


def article_iri(doc: str) -> ox.NamedNode:
    return _n(BASE + "article/" + segment(doc))


def source_iri(name: str) -> ox.NamedNode:
    return _n(BASE + "source/" + segment(name))


def curator_iri(name: str) -> ox.NamedNode:
    return _n(BASE + "curator/" + segment(name))


def edge_iri(subject: str, relation: str, obj: str) -> ox.NamedNode:
    return _n(BASE + "edge/" + "/".join(segment(x) for x in (subject, relation, obj)))


def relation_iri(relation: str) -> ox.NamedNode:
    relation_quad(relation)  # unknown relations fail loudly
    return _n(KG + relation)


A = _n(RDF + "type")
LABEL = _n(RDFS + "label")


def _lit(value, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=_n(XSD + datatype))
    return ox.Literal(str(value))


def _bool(value) -> ox.Literal:
    return _lit("true" if value else "false", "boolean")


def _decimal(value) -> str:
    """The XSD 1.1 canonical decimal form (0.8, 1), which rdflib keeps and Oxigraph produces."""
    return f"{float(value or 0):.3f}".rstrip("0").rstrip(".") or "0"


def _date(value) -> ox.Literal | None:
    """An ISO date of any precision as the XSD type of its digits: ``"2024"^^xsd:gYear``,
    ``"2024-08"^^xsd:gYearMonth``, ``"2024-08-06"^^xsd:date`` (a time of day is left out: the
    precision beside it says how precise the date is)."""
    s = str(value or "").strip()
    if _YEAR.match(s):
        return _lit(s, "gYear")
    if _YEAR_MONTH.match(s):
        return _lit(s, "gYearMonth")
    if _DATE.match(s):
        return _lit(s[:10], "date")
    return None


def _time_triples(s: ox.NamedNode, c: dict) -> list[tuple]:
    """When a claim happened, as the text says it: the event date and the end of a span, their
    precisions and words; and the precision of the article date."""
    out = []
    if _date(c.get("published")) is not None and c.get("published_precision") in PRECISIONS:
        out.append((s, _n(KG + "publishedPrecision"), _lit(c["published_precision"])))
    for key, precision_key, prop in (("event_date", "event_precision", "eventDate"),
                                     ("event_end", "event_end_precision", "eventEnd")):
        if (d := _date(c.get(key))) is not None:
            out.append((s, _n(KG + prop), d))
            if c.get(precision_key) in PRECISIONS:
                out.append((s, _n(KG + prop.replace("Date", "") + "Precision"), _lit(c[precision_key])))
    if c.get("event_text"):
        out.append((s, _n(KG + "eventText"), _lit(c["event_text"])))
    return out


def _lang_tag(lang) -> str | None:
    return lang if lang and re.fullmatch(r"[a-zA-Z]{2,3}", str(lang)) else None


def _actor_triples(ids: set[str], refs: dict[str, dict], gazetteer: Gazetteer) -> list[tuple]:
    """Describe every actor in ``ids`` and everything it points to (closure)."""
    out = []
    todo, done = sorted(ids), set()
    while todo:
        aid = todo.pop()
        if aid in done:
            continue
        done.add(aid)
        s = actor_iri(aid)
        links = []
        if aid in gazetteer:
            a = gazetteer[aid]
            out.append((s, A, _n(KG + a.type)))
            for lg in LANGS:
                if a.names.get(lg) or lg in a.labels:
                    out.append((s, LABEL, _lit(a.label(lg), lang=lg)))
            if a.code:
                out.append((s, _n(KG + "code"), _lit(a.code)))
            if _WIKIDATA.fullmatch(a.wikidata or ""):
                out.append((s, _n(OWL + "sameAs"), _n(WD + a.wikidata)))
            if a.role:
                out.append((s, _n(KG + "role"), _lit(a.role, lang="en")))
            if a.position:
                out.append((s, _n(KG + "position"), _lit(a.position)))
            if a.years:
                out.append((s, _n(KG + "years"), _lit(a.years)))
            if a.acts_for:
                links.append(("actsFor", a.acts_for))
            if a.part_of:
                links.append(("partOf", a.part_of))
            links.extend(("memberOf", org) for org in a.member_of)
            ref = refs.get(aid) or a.ref().to_dict()
        else:
            ref = refs.get(aid) or {"id": aid, "label": aid, "type": "Actor", "code": ""}
            typ = ref.get("type") if ref.get("type") in ("State", "Person", "Organization",
                                                          "ArmedGroup", "Place") else "Actor"
            out.append((s, A, _n(KG + typ)))
            out.append((s, LABEL, _lit(ref.get("label") or aid)))
            if ref.get("code"):
                out.append((s, _n(KG + "code"), _lit(ref["code"])))
            if _WIKIDATA.fullmatch(str(ref.get("wikidata") or "")):  # claims may come from anywhere
                out.append((s, _n(OWL + "sameAs"), _n(WD + ref["wikidata"])))
            if ref.get("acts_for"):
                links.append(("actsFor", ref["acts_for"]))
        top, _ = resolve_actor(ref, "state", gazetteer)
        links.append(("liftsTo", top))
        for prop, target in links:
            out.append((s, _n(KG + prop), actor_iri(target)))
            if target not in done:
                todo.append(target)
    return out


def _article_triples(doc: str, claim: dict) -> tuple[list[tuple], list[tuple]]:
    """(triples in the article's graph, triples in the default graph) for one article."""
    s = article_iri(doc)
    mine = [(s, A, _n(KG + "Article")), (s, _n(KG + "docName"), _lit(doc))]
    shared = []
    lang = _lang_tag(claim.get("lang"))
    if claim.get("title"):
        mine.append((s, _n(DCTERMS + "title"), _lit(claim["title"], lang=lang)))
    if claim.get("url"):
        mine.append((s, _n(KG + "url"), _lit(claim["url"], "anyURI")))
    if (d := _date(claim.get("published"))) is not None:
        mine.append((s, _n(DCTERMS + "issued"), d))
        if claim.get("published_precision") in PRECISIONS:
            mine.append((s, _n(KG + "publishedPrecision"), _lit(claim["published_precision"])))
    if lang:
        mine.append((s, _n(DCTERMS + "language"), _lit(lang)))
    if claim.get("source"):
        src = source_iri(claim["source"])
        mine.append((s, _n(PROV + "wasAttributedTo"), src))
        shared += [(src, A, _n(KG + "Source")), (src, LABEL, _lit(claim["source"]))]
    return mine, shared


def _claim_triples(c: dict) -> list[tuple]:
    s = claim_iri(c["id"])
    subj, obj = actor_iri(c["subject"]["id"]), actor_iri(c["object"]["id"])
    rel = relation_iri(c["relation"])
    out = [
        (s, A, _n(KG + "Claim")),
        (s, _n(KG + "claimId"), _lit(c["id"])),
        (s, _n(KG + "subject"), subj),
        (s, _n(KG + "relation"), rel),
        (s, _n(KG + "object"), obj),
        (s, _n(PROV + "wasDerivedFrom"), article_iri(c["doc"])),
        (s, _n(KG + "sentence"), _lit(c.get("sentence") or "", lang=_lang_tag(c.get("lang")))),
        (s, _n(KG + "start"), _lit(int(c.get("start") or 0), "integer")),
        (s, _n(KG + "end"), _lit(int(c.get("end") or 0), "integer")),
        (s, _n(KG + "rule"), _lit(c.get("rule") or "")),
        (s, _n(KG + "confidence"), _lit(_decimal(c.get("confidence")), "decimal")),
        (s, _n(KG + "negated"), _bool(c.get("negated"))),
        (s, _n(KG + "hedged"), _bool(c.get("hedged"))),
        (s, _n(KG + "modality"), _lit(c.get("modality") or ("negated" if c.get("negated") else "asserted"))),
    ]
    if c.get("lang"):
        out.append((s, _n(KG + "language"), _lit(c["lang"])))
    if c.get("trigger"):
        out.append((s, _n(KG + "trigger"), _lit(c["trigger"])))
    if c.get("attributed_to"):
        out.append((s, _n(KG + "attributedTo"), _lit(c["attributed_to"])))
    out += _event_triples(s, c)
    if (d := _date(c.get("published"))) is not None:
        out.append((s, _n(DCTERMS + "date"), d))
    out += _time_triples(s, c)
    for name in c.get("revised_by") or ():  # corrections of kg.curation: who revised the claim, and how
        who = curator_iri(name)
        out += [(s, _n(KG + "wasRevisedBy"), who), (who, A, _n(PROV + "Agent")), (who, LABEL, _lit(name))]
    for text in c.get("revisions") or ():
        out.append((s, _n(KG + "revision"), _lit(text)))
    return out


def _event_triples(s: ox.NamedNode, c: dict) -> list[tuple]:
    """The event a claim reports: its status, CAMEO code with quad class and Goldstein score
    (``kg.cameo``), and its place — a ``kg:Place`` with its name, state and coordinates."""
    from kg.cameo import cameo_table

    out = []
    if c.get("status"):
        out.append((s, _n(KG + "status"), _lit(c["status"])))
    table = cameo_table()
    code = c.get("cameo")
    if code and code in table:
        ev = table[code]
        out += [(s, _n(KG + "eventCode"), _lit(code)),
                (s, _n(KG + "quadClass"), _lit(ev.quad_class, "integer")),
                (s, _n(KG + "goldsteinScale"), _lit(_decimal(ev.goldstein), "decimal"))]
    place = c.get("place")
    if isinstance(place, dict) and place.get("id"):
        p = actor_iri(str(place["id"]))
        out += [(s, _n(KG + "place"), p), (p, A, _n(KG + "Place")),
                (p, LABEL, _lit(place.get("label") or place["id"], lang="en"))]
        if place.get("state"):
            state = actor_iri(str(place["state"]))
            out += [(p, _n(KG + "partOf"), state), (p, _n(KG + "liftsTo"), state)]
        else:
            out.append((p, _n(KG + "liftsTo"), p))
        if isinstance(place.get("lat"), int | float) and isinstance(place.get("lon"), int | float):
            out += [(p, _n(GEO + "lat"), _lit(_decimal(place["lat"]), "decimal")),
                    (p, _n(GEO + "long"), _lit(_decimal(place["lon"]), "decimal"))]
    return out


def direct_edges(c: dict) -> list[tuple]:
    """The direct actor-to-actor edge(s) a positive claim gives (both ways when symmetric)."""
    subj, obj = actor_iri(c["subject"]["id"]), actor_iri(c["object"]["id"])
    if c.get("negated") or subj == obj:
        return []
    rel = relation_iri(c["relation"])
    return [(subj, rel, obj), (obj, rel, subj)] if c["relation"] in SYMMETRIC else [(subj, rel, obj)]


def _edge_triples(graph, evidence: bool = True) -> list[tuple]:
    """kg:Edge nodes of the positive edges; with their kg:evidence when the graph keeps claims."""
    out = []
    for u, v, relation, e in positive_edges(graph):
        s = edge_iri(u, relation, v)
        out += [
            (s, A, _n(KG + "Edge")),
            (s, _n(KG + "subject"), actor_iri(u)),
            (s, _n(KG + "relation"), relation_iri(relation)),
            (s, _n(KG + "object"), actor_iri(v)),
            (s, _n(KG + "weight"), _lit(e["weight"], "integer")),
            (s, _n(KG + "sourceCount"), _lit(e["sources"], "integer")),
            (s, _n(KG + "articleCount"), _lit(e["docs"], "integer")),
            (s, _n(KG + "negatedCount"), _lit(e["negated"], "integer")),
        ]
        if (d := _date(e["first"])) is not None:
            out.append((s, _n(KG + "firstDate"), d))
        if (d := _date(e["last"])) is not None:
            out.append((s, _n(KG + "lastDate"), d))
        if evidence:
            out += [(s, _n(KG + "evidence"), claim_iri(c["id"])) for c in e["claims"]]
    return out


def _term_key(t) -> str:
    return str(t)


def _quad_key(q: ox.Quad) -> tuple:
    g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    p = str(q.predicate)
    return (g, str(q.subject), "" if q.predicate == A else p, str(q.object))


def claims_quads(claims: Iterable, gazetteer: Gazetteer | None = None, graph=None) -> list[ox.Quad]:
    """All quads of the export, sorted: article graphs plus the default graph.

    ``graph`` is the state-level ``claims_graph`` of the same claims when the caller already
    has it (``kg build`` does); it is built here otherwise.
    """
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    claims = as_claim_dicts(claims)
    if graph is None:
        graph = claims_graph(claims, level="state", gazetteer=gazetteer)
    quads: set[ox.Quad] = set()
    default = ox.DefaultGraph()
    refs: dict[str, dict] = {}
    first_of_doc: dict[str, dict] = {}
    positive = {(u, v, rel) for u, v, rel, _ in positive_edges(graph)}
    for c in claims:
        for role in ("subject", "object"):
            refs.setdefault(c[role]["id"], c[role])
        first_of_doc.setdefault(c["doc"], c)
        g = article_iri(c["doc"])
        quads.update(ox.Quad(*t, g) for t in _claim_triples(c))
        quads.update(ox.Quad(*t, default) for t in direct_edges(c))
        key = state_edge(c, gazetteer)
        if key in positive:
            u, v, rel = key
            quads.add(ox.Quad(edge_iri(u, rel, v), _n(KG + "evidence"), claim_iri(c["id"]), g))
    for doc, c in first_of_doc.items():
        mine, shared = _article_triples(doc, c)
        quads.update(ox.Quad(*t, article_iri(doc)) for t in mine)
        quads.update(ox.Quad(*t, default) for t in shared)
    quads.update(ox.Quad(*t, default) for t in _actor_triples(set(refs), refs, gazetteer))
    quads.update(ox.Quad(*t, default) for t in _edge_triples(graph, evidence=False))
    return sorted(quads, key=_quad_key)


def state_edge(claim: dict, gazetteer: Gazetteer) -> tuple[str, str, str] | None:
    """(u, v, relation) of the state-level edge a claim is evidence for; None for a self-loop."""
    u, _ = resolve_actor(claim["subject"], "state", gazetteer)
    v, _ = resolve_actor(claim["object"], "state", gazetteer)
    if u == v:
        return None
    u, v = edge_ends(u, claim["relation"], v)
    return u, v, claim["relation"]


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
        raise ValueError(f"{path}: unknown RDF format (expected {', '.join(sorted(FORMATS))})")
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
