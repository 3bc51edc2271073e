"""One article's share of every export, rendered where the article is extracted.

A build streams: each article's claims are turned, in the worker that extracted them, into
the lines it contributes to ``claims.jsonl``, ``events.csv``, ``graph.nq`` (its named graph),
``graph.ttl`` and ``graph.jsonld``, plus the state-level edge each claim is evidence for. The main
process
only stores these fragments (compressed, keyed by article) and, at the end, concatenates
them in article order after the default graph (actors, sources, aggregated edges, direct
edges), which it renders from the aggregated graph. The evidence links
(``edge kg:evidence claim``, in the article's graph) are rendered last, because only then
is it known which edges have a positive claim.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

import pyoxigraph as ox

from kg.actors import Gazetteer
from kg.events import events_csv_rows
from kg.graph import claim_sort_key
from kg.rdf import (
    KG,
    PREFIXES,
    _article_triples,
    _claim_triples,
    _compact,
    article_iri,
    claim_iri,
    edge_iri,
    jsonld_nodes,
    state_edge,
    triple_key,
)

SECTIONS = ("jsonl", "nq", "ttl", "jsonld", "evidence", "events")
EVIDENCE = "<" + KG + "evidence>"


@dataclass
class Fragment:
    """The rendered share of one article (bytes per section; empty when it has no claims)."""

    jsonl: bytes = b""
    nq: bytes = b""
    ttl: bytes = b""
    jsonld: bytes = b""
    evidence: bytes = b""  # lines "u \\x1f v \\x1f relation \\x1f claim id"
    events: bytes = b""  # the article's rows of events.csv (kg.events)

    def pack(self) -> bytes:
        parts = [getattr(self, s) for s in SECTIONS]
        head = struct.pack(f"<{len(parts)}I", *(len(p) for p in parts))
        return zlib.compress(head + b"".join(parts), 1)

    @classmethod
    def unpack(cls, blob: bytes) -> Fragment:
        raw = zlib.decompress(blob)
        n = len(SECTIONS)
        sizes = struct.unpack(f"<{n}I", raw[: 4 * n])
        out, pos = {}, 4 * n
        for name, size in zip(SECTIONS, sizes, strict=True):
            out[name] = raw[pos: pos + size]
            pos += size
        return cls(**out)

    def claims(self) -> list[dict]:
        # split on "\n" only: U+2028 and other separators may sit inside JSON strings
        return [json.loads(line) for line in self.jsonl.decode("utf-8").split("\n") if line]


def claims_jsonl_bytes(claims: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims).encode("utf-8")


def turtle_body(triples: list[ox.Triple]) -> bytes:
    """Turtle of the triples with the kg prefixes, without the prefix lines."""
    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    lines = text.split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    return "\n".join(lines).encode("utf-8")


def render_article(claims: list[dict], gazetteer: Gazetteer) -> Fragment:
    """The fragment of one article's claims (all with the same ``doc``)."""
    if not claims:
        return Fragment()
    claims = sorted(claims, key=claim_sort_key)
    doc = claims[0]["doc"]
    mine, _shared = _article_triples(doc, claims[0])  # outlets go to the default graph
    triples = set(mine)
    evidence = []
    for c in claims:
        triples.update(_claim_triples(c))
        key = state_edge(c, gazetteer)
        if key is not None:
            evidence.append(json.dumps([*key, c["id"]], ensure_ascii=False))  # any id, even with \n or \x1f
    ordered = sorted((ox.Triple(*t) for t in triples), key=triple_key)
    g = article_iri(doc)
    return Fragment(
        jsonl=claims_jsonl_bytes(claims),
        nq=ox.serialize([ox.Quad(t.subject, t.predicate, t.object, g) for t in ordered],
                        format=ox.RdfFormat.N_QUADS),
        ttl=turtle_body(ordered),
        jsonld="\n".join(jsonld_nodes(ordered)).encode("utf-8"),
        evidence="\n".join(evidence).encode("utf-8"),
        events=events_csv_rows(claims, gazetteer),
    )


@dataclass
class EvidenceLines:
    """The evidence links of one article, rendered in the three RDF formats."""

    nq: bytes
    ttl: bytes
    jsonld: list[str]


def render_evidence(fragment: Fragment, doc: str, keep) -> EvidenceLines:
    """``edge kg:evidence claim`` in the article's graph, for the edges ``keep`` contains."""
    by_edge: dict[tuple[str, str, str], list[str]] = {}
    for line in fragment.evidence.decode("utf-8").split("\n"):
        if not line:
            continue
        u, v, rel, cid = json.loads(line)
        if (u, v, rel) in keep:
            by_edge.setdefault((u, v, rel), []).append(cid)
    if not by_edge:
        return EvidenceLines(b"", b"", [])
    g = article_iri(doc).value
    nq, ttl, jsonld = [], [], []
    for (u, v, rel), cids in sorted(by_edge.items()):
        e = edge_iri(u, rel, v).value
        iris = sorted(claim_iri(c).value for c in cids)
        nq += [f"<{e}> {EVIDENCE} <{c}> <{g}> .\n" for c in iris]
        ttl.append(f"<{e}> kg:evidence " + " , ".join(f"<{c}>" for c in iris) + " .\n")
        jsonld.append(json.dumps({"@id": _compact(e), "kg:evidence": [{"@id": _compact(c)} for c in iris]},
                                 ensure_ascii=False))
    return EvidenceLines("".join(nq).encode("utf-8"), "".join(ttl).encode("utf-8"), jsonld)
