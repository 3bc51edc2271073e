"""One article's share of every export, rendered where the article is extracted.

A build streams: each article's claims are turned, in the worker that extracted them, into
the text it contributes to ``claims.jsonl``, ``events.csv``, ``graph.nq`` (its named graph),
``graph.ttl`` and ``graph.jsonld``: the article, its claims, and the evidence links
``edge kg:evidence claim`` of the state-level edge each claim counts for (every edge has
a ``kg:Edge`` node, whether its claims are positive or negated, so the links are known
here). The text is written by string formatting (``kg.ntriples``). The main process only
stores these fragments (compressed, keyed by article) and, at the end, concatenates them
in article order after the default graph (actors, sources, aggregated edges, tallies,
direct edges), which it renders from the aggregated graph.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from kg import ntriples as nt
from kg.actors import Gazetteer
from kg.events import events_csv_rows
from kg.graph import claim_sort_key
from kg.rdf import (
    KG,
    NS,
    _article_node,
    _claim_extra_triples,
    _claim_node,
    article_ref,
    claim_ref,
    edge_ref,
    state_edge,
)

SECTIONS = ("jsonl", "nq", "ttl", "jsonld", "events")
EVIDENCE = KG + "evidence"


@dataclass
class Fragment:
    """The rendered share of one article (bytes per section; empty when it has no claims)."""

    jsonl: bytes = b""
    nq: bytes = b""
    ttl: bytes = b""
    jsonld: bytes = b""  # node objects, one a line
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


def article_nodes(claims: list[dict], gazetteer: Gazetteer) -> list[nt.Node]:
    """The nodes of one article's graph, in their written order: the article, its claims
    (by IRI), their curators and places, then the evidence links of each edge (by edge IRI)."""
    doc = claims[0]["doc"]
    art = article_ref(doc)
    by_iri: dict[str, nt.Node] = {}
    extra: set[tuple] = set()
    evidence: dict[str, set[str]] = {}
    for c in claims:
        node = _claim_node(c, art)
        by_iri.setdefault(node[0], node)  # one node per claim IRI, the first in canonical order
        extra.update(_claim_extra_triples(c))
        key = state_edge(c, gazetteer)
        if key is not None:
            evidence.setdefault(edge_ref(key[0], key[2], key[1]), set()).add(claim_ref(c["id"]))
    nodes = [_article_node(doc, claims[0])]
    nodes += [by_iri[k] for k in sorted(by_iri)]
    nodes += nt.group(extra)
    nodes += [(e, [(EVIDENCE, c) for c in sorted(evidence[e])]) for e in sorted(evidence)]
    return nodes


def render_article(claims: list[dict], gazetteer: Gazetteer) -> Fragment:
    """The fragment of one article's claims (all with the same ``doc``)."""
    if not claims:
        return Fragment()
    claims = sorted(claims, key=claim_sort_key)
    nodes = article_nodes(claims, gazetteer)
    return Fragment(
        jsonl=claims_jsonl_bytes(claims),
        nq=nt.nquads(nodes, article_ref(claims[0]["doc"])).encode("utf-8"),
        ttl=nt.turtle(nodes, NS).encode("utf-8"),
        jsonld="\n".join(nt.jsonld(nodes, NS)).encode("utf-8"),
        events=events_csv_rows(claims, gazetteer),
    )
