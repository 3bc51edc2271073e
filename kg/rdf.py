"""Claims -> RDF under the kg ontology (``kg/ontologies/kg.ttl``), and back.

The model (see docs/graph.md for the table):

* every actor a claim names, plus what it acts for / is part of / is a member of, is a
  ``kg:State``, ``kg:Person``, ... with labels in pl/en/de, ``kg:code``, ``owl:sameAs`` its
  Wikidata entity, ``kg:actsFor`` / ``kg:partOf`` and ``kg:liftsTo`` (the state or
  organization it counts as at state level, so state-level SPARQL needs no internals);
* every claim is a ``kg:Claim`` node with its subject, relation, object, sentence (tagged
  with its language), offsets, rule, confidence, polarity, modality, trigger, attribution
  and the event it reports (status, CAMEO code, place), ``prov:wasDerivedFrom`` its ``kg:Article``, which
  holds what the article's claims share: title, url, date, language and
  ``prov:wasAttributedTo`` its ``kg:Source``;
* every positive claim also gives a direct edge ``<actor> kg:<relation> <actor>`` (both ways
  for symmetric relations); negated claims never do;
* every state-level edge is a ``kg:Edge`` with its counts across articles (computed by
  ``kg.graph.GraphAggregator``: weight = positive claims, negated claims, articles,
  sources, first and last date, one denial, and what disputes it: ``kg.disputes``) and every
  claim behind it, positive or negated, as ``kg:evidence``; an edge with only negated claims
  has weight 0;
* ``kg:Tally`` nodes count the claims by outlet and attribution.

Queries start from these aggregated nodes, so that they stay fast on a large export.
In N-Quads each article's triples (article, claims, their evidence links) are in a named
graph whose name is the article's IRI; actors, sources, edges and tallies are in the
default graph. Turtle and JSON-LD carry the union. Everything is in a fixed order, so the
same claims give byte-identical files. The text of every file is written by
``kg.ntriples`` (string formatting, not term objects: it is the build's hot path).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from kg import ntriples as nt
from kg.actors import LANGS, Gazetteer
from kg.graph import edge_ends, relation_quad, resolve_actor
from kg.records import SYMMETRIC, xsd_date

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


def _decimal(value) -> str:
    """The XSD 1.1 canonical decimal form (0.8, 1), which rdflib keeps and Oxigraph produces."""
    return f"{float(value or 0):.3f}".rstrip("0").rstrip(".") or "0"


def _lang_tag(lang) -> str | None:
    return lang if lang and re.fullmatch(r"[a-zA-Z]{2,3}", str(lang)) else None


# --- the model, as plain terms (kg.ntriples): what every export writes ------------------------
#
# IRIs are str, literals nt.Lit; a node is (subject, [(predicate, object), ...]) in the order
# it is written. Claim and article nodes are rendered in the worker that extracted the
# article (kg.fragments); actors, sources, edges and tallies by the writer (kg.writer).

TYPE, RDFS_LABEL = RDF + "type", RDFS + "label"
NS = nt.Namespaces(PREFIXES)
_TRUE, _FALSE = nt.lit("true", "boolean"), nt.lit("false", "boolean")


def _k(name: str) -> str:
    return KG + name


def actor_ref(actor_id: str) -> str:
    return BASE + "actor/" + segment(actor_id)


def claim_ref(claim_id: str) -> str:
    return BASE + "claim/" + segment(claim_id)


def article_ref(doc: str) -> str:
    return BASE + "article/" + segment(doc)


def source_ref(name: str) -> str:
    return BASE + "source/" + segment(name)


def edge_ref(subject: str, relation: str, obj: str) -> str:
    return BASE + "edge/" + "/".join(segment(x) for x in (subject, relation, obj))


def tally_ref(source: str | None, attributed_to: str | None) -> str:
    key = json.dumps([source, attributed_to], ensure_ascii=False).encode("utf-8", "surrogatepass")
    return BASE + "tally/" + hashlib.sha256(key).hexdigest()[:20]


def relation_ref(relation: str) -> str:
    relation_quad(relation)  # unknown relations fail loudly
    return KG + relation


def _date(value) -> nt.Lit | None:
    """An ISO date of any precision as the XSD type of its digits: ``"2024"^^xsd:gYear``,
    ``"2024-08"^^xsd:gYearMonth``, ``"2024-08-06"^^xsd:date`` (a time of day is left out: the
    precision beside it says how precise the date is; ``kg.records.xsd_date``)."""
    found = xsd_date(value)
    return None if found is None else nt.lit(*found)


def _time_props(c: dict) -> list[tuple]:
    """When a claim happened, as the text says it: the event date and the end of a span, their
    precisions and words (the article's date and its precision are the article's)."""
    out = []
    for key, precision_key, prop in (("event_date", "event_precision", "eventDate"),
                                     ("event_end", "event_end_precision", "eventEnd")):
        if (d := _date(c.get(key))) is not None:
            out.append((_k(prop), d))
            if c.get(precision_key) in PRECISIONS:
                out.append((_k(prop.replace("Date", "") + "Precision"), nt.lit(c[precision_key])))
    if c.get("event_text"):
        out.append((_k("eventText"), nt.lit(c["event_text"])))
    return out


def _int(n) -> nt.Lit:
    return nt.lit(int(n), "integer")


def _actor_triples(ids: set[str], refs: dict[str, dict], gazetteer: Gazetteer) -> list[tuple]:
    """Describe every actor in ``ids`` and everything it points to (closure)."""
    out = []
    todo, done = sorted(ids), set()
    while todo:
        aid = todo.pop()
        if aid in done:
            continue
        done.add(aid)
        s = actor_ref(aid)
        links = []
        if aid in gazetteer:
            a = gazetteer[aid]
            out.append((s, TYPE, _k(a.type)))
            for lg in LANGS:
                if a.names.get(lg) or lg in a.labels:
                    out.append((s, RDFS_LABEL, nt.lit(a.label(lg), lang=lg)))
            if a.code:
                out.append((s, _k("code"), nt.lit(a.code)))
            if _WIKIDATA.fullmatch(a.wikidata or ""):
                out.append((s, OWL + "sameAs", WD + a.wikidata))
            if a.role:
                out.append((s, _k("role"), nt.lit(a.role, lang="en")))
            if a.position:
                out.append((s, _k("position"), nt.lit(a.position)))
            if a.years:
                out.append((s, _k("years"), nt.lit(a.years)))
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
            out.append((s, TYPE, _k(typ)))
            out.append((s, RDFS_LABEL, nt.lit(ref.get("label") or aid)))
            if ref.get("code"):
                out.append((s, _k("code"), nt.lit(ref["code"])))
            if _WIKIDATA.fullmatch(str(ref.get("wikidata") or "")):  # claims may come from anywhere
                out.append((s, OWL + "sameAs", WD + ref["wikidata"]))
            if ref.get("acts_for"):
                links.append(("actsFor", ref["acts_for"]))
        top, _ = resolve_actor(ref, "state", gazetteer)
        links.append(("liftsTo", top))
        for prop, target in links:
            out.append((s, _k(prop), actor_ref(target)))
            if target not in done:
                todo.append(target)
    return out


def _source_triples(name: str) -> list[tuple]:
    src = source_ref(name)
    return [(src, TYPE, _k("Source")), (src, RDFS_LABEL, nt.lit(name))]


def _article_node(doc: str, claim: dict) -> nt.Node:
    """The article (its date, language, title and outlet: what its claims share)."""
    props: list[tuple] = [(TYPE, _k("Article")), (_k("docName"), nt.lit(doc))]
    lang = _lang_tag(claim.get("lang"))
    if claim.get("title"):
        props.append((DCTERMS + "title", nt.lit(claim["title"], lang=lang)))
    if claim.get("url"):
        props.append((_k("url"), nt.lit(claim["url"], "anyURI")))
    if (d := _date(claim.get("published"))) is not None:
        props.append((DCTERMS + "issued", d))
        if claim.get("published_precision") in PRECISIONS:
            props.append((_k("publishedPrecision"), nt.lit(claim["published_precision"])))
    if lang:
        props.append((DCTERMS + "language", nt.lit(lang)))
    if claim.get("source"):
        props.append((PROV + "wasAttributedTo", source_ref(claim["source"])))
    return article_ref(doc), props


def _claim_node(c: dict, article: str) -> nt.Node:
    """A claim: what it says, where and how sure, and the event it reports. Its date,
    language and outlet are its article's (``prov:wasDerivedFrom``), not repeated per claim."""
    negated = bool(c.get("negated"))
    props = [
        (TYPE, _k("Claim")),
        (_k("claimId"), nt.lit(c["id"])),
        (_k("subject"), actor_ref(c["subject"]["id"])),
        (_k("relation"), relation_ref(c["relation"])),
        (_k("object"), actor_ref(c["object"]["id"])),
        (PROV + "wasDerivedFrom", article),
        (_k("sentence"), nt.lit(c.get("sentence") or "", lang=_lang_tag(c.get("lang")))),
        (_k("start"), _int(c.get("start") or 0)),
        (_k("end"), _int(c.get("end") or 0)),
        (_k("rule"), nt.lit(c.get("rule") or "")),
        (_k("confidence"), nt.lit(_decimal(c.get("confidence")), "decimal")),
        (_k("negated"), _TRUE if negated else _FALSE),
        (_k("hedged"), _TRUE if c.get("hedged") else _FALSE),
    ]
    props.append((_k("modality"), nt.lit(c.get("modality") or ("negated" if negated else "asserted"))))
    if c.get("trigger"):
        props.append((_k("trigger"), nt.lit(c["trigger"])))
    if c.get("attributed_to"):
        props.append((_k("attributedTo"), nt.lit(c["attributed_to"])))
    props += _event_props(c)[0]
    props += _time_props(c)
    for name in c.get("revised_by") or ():  # corrections of kg.curation: who revised the claim, and how
        props.append((_k("wasRevisedBy"), BASE + "curator/" + segment(name)))
    for text in c.get("revisions") or ():
        props.append((_k("revision"), nt.lit(text)))
    return claim_ref(c["id"]), props


def _claim_extra_triples(c: dict) -> list[tuple]:
    """What a claim points to that lives in its article's graph: its curators, its place."""
    out = []
    for name in c.get("revised_by") or ():
        who = BASE + "curator/" + segment(name)
        out += [(who, TYPE, PROV + "Agent"), (who, RDFS_LABEL, nt.lit(name))]
    return out + _event_props(c)[1]


def _event_props(c: dict) -> tuple[list[tuple], list[tuple]]:
    """The event a claim reports: (the claim's properties: its status, CAMEO code with quad
    class and Goldstein score (``kg.cameo``), its place; the place's triples: a ``kg:Place``
    with its name, state and coordinates)."""
    from kg.cameo import cameo_table

    props, place_triples = [], []
    if c.get("status"):
        props.append((_k("status"), nt.lit(c["status"])))
    table = cameo_table()
    code = c.get("cameo")
    if code and code in table:
        ev = table[code]
        props += [(_k("eventCode"), nt.lit(code)), (_k("quadClass"), _int(ev.quad_class)),
                  (_k("goldsteinScale"), nt.lit(_decimal(ev.goldstein), "decimal"))]
    place = c.get("place")
    if isinstance(place, dict) and place.get("id"):
        p = actor_ref(str(place["id"]))
        props.append((_k("place"), p))
        place_triples += [(p, TYPE, _k("Place")), (p, RDFS_LABEL, nt.lit(place.get("label") or place["id"], lang="en"))]
        if place.get("state"):
            state = actor_ref(str(place["state"]))
            place_triples += [(p, _k("partOf"), state), (p, _k("liftsTo"), state)]
        else:
            place_triples.append((p, _k("liftsTo"), p))
        if isinstance(place.get("lat"), int | float) and isinstance(place.get("lon"), int | float):
            place_triples += [(p, GEO + "lat", nt.lit(_decimal(place["lat"]), "decimal")),
                              (p, GEO + "long", nt.lit(_decimal(place["lon"]), "decimal"))]
    return props, place_triples


def direct_edges(c: dict) -> list[tuple]:
    """The direct actor-to-actor edge(s) a positive claim gives (both ways when symmetric)."""
    subj, obj = actor_ref(c["subject"]["id"]), actor_ref(c["object"]["id"])
    if c.get("negated") or subj == obj:
        return []
    rel = relation_ref(c["relation"])
    return [(subj, rel, obj), (obj, rel, subj)] if c["relation"] in SYMMETRIC else [(subj, rel, obj)]


def _edge_triples(u: str, v: str, relation: str, e: dict) -> list[tuple]:
    """A kg:Edge: every claim of one relation between two state-level actors, positive or
    negated, with its counts (its evidence links are in the articles' graphs)."""
    s = edge_ref(u, relation, v)
    out = [
        (s, TYPE, _k("Edge")),
        (s, _k("subject"), actor_ref(u)),
        (s, _k("relation"), relation_ref(relation)),
        (s, _k("object"), actor_ref(v)),
        # the same three under properties only edges have: a store finds a state's edges by
        # them without reading the claims, which share kg:subject, kg:relation and kg:object
        (s, _k("edgeSubject"), actor_ref(u)),
        (s, _k("edgeRelation"), relation_ref(relation)),
        (s, _k("edgeObject"), actor_ref(v)),
        (s, _k("weight"), _int(e["weight"])),
        (s, _k("sourceCount"), _int(e["sources"])),
        (s, _k("articleCount"), _int(e["docs"])),
        (s, _k("negatedCount"), _int(e["negated"])),
        (s, _k("hedgedCount"), _int(e["hedged"])),
    ]
    if (d := _date(e["first"])) is not None:
        out.append((s, _k("firstDate"), d))
    if (d := _date(e["last"])) is not None:
        out.append((s, _k("lastDate"), d))
    if (d := _date(e.get("first_event"))) is not None:
        out.append((s, _k("firstEventDate"), d))
    if e.get("denial"):
        out.append((s, _k("denial"), claim_ref(e["denial"])))
    if dispute := e.get("dispute"):  # kg.disputes: what ``kg query --name disputed`` lists
        out += [
            (s, _k("disputeDeniedCount"), _int(dispute["denied"])),
            (s, _k("disputeAssertedCount"), _int(dispute["asserted"])),
            (s, _k("disputeAssertedBy"), nt.lit(dispute["asserted_by"])),
            (s, _k("disputeDenial"), claim_ref(dispute["denial"])),
            (s, _k("disputeAccused"), _TRUE if dispute["accused"] else _FALSE),
        ]
    return out


def _tally_triples(source: str | None, attributed_to: str | None, counts: list[int]) -> list[tuple]:
    """Claims counted by outlet and attribution (``kg query --name by-source`` reads these)."""
    s = tally_ref(source, attributed_to)
    out = [(s, TYPE, _k("Tally"))]
    if source:
        out.append((s, _k("source"), source_ref(source)))
    if attributed_to:
        out.append((s, _k("attributedTo"), nt.lit(attributed_to)))
    for name, n in zip(("claimCount", "positiveCount", "hedgedCount", "negatedCount"), counts, strict=True):
        out.append((s, _k(name), _int(n)))
    return out


def state_edge(claim: dict, gazetteer: Gazetteer) -> tuple[str, str, str] | None:
    """(u, v, relation) of the state-level edge a claim is evidence for; None for a self-loop."""
    u, _ = resolve_actor(claim["subject"], "state", gazetteer)
    v, _ = resolve_actor(claim["object"], "state", gazetteer)
    if u == v:
        return None
    u, v = edge_ends(u, claim["relation"], v)
    return u, v, claim["relation"]
