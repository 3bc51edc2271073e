"""Streaming export writer: article fragments in, every export file out, memory flat.

``ExportWriter.add(doc, content_hash, fragment)`` stores an article's fragment in a SQLite
table keyed by the article (on disk, compressed) and folds its claims into the aggregated
graph (``kg.graph.GraphAggregator``) and the few things the default graph needs: the
actors named, the outlets and the direct actor-to-actor edges, all bounded by the size of
the graph, not by the number of articles. ``finish()`` writes the exports, each in one
streaming pass over the articles in the order of their ``doc`` (SQLite's primary key), so
the same articles give byte-identical files whatever the order they came in, the number of
workers, or whether they were re-extracted or reused from an earlier build.

The SQLite table stays in the export folder (``.kg/articles.sqlite``, with the content hash
of every article and a fingerprint of kg's code and data): ``kg build --update`` reuses the
fragments of unchanged articles from it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.actors import Gazetteer
from kg.events import events_header
from kg.fragments import Fragment, render_evidence, turtle_body
from kg.graph import GraphAggregator, claim_sort_key
from kg.rdf import (
    JSONLD_TAIL,
    KG,
    LABEL,
    _actor_triples,
    _edge_triples,
    _lit,
    _n,
    _quad_key,
    direct_edges,
    jsonld_head,
    jsonld_nodes,
    source_iri,
    turtle_head,
)
from kg.rdf import A as RDF_TYPE

STATE_DB = "articles.sqlite"
#: Up to this many claims graph.html is written, with every claim's evidence inlined (the
#: page opens in about a second at 75k claims, benchmarks/bench_viz.py). Above, it is not
#: written (``kg viz`` draws a subset): its evidence would have to be read on demand from a
#: side file, which the page cannot do yet.
INLINE_EVIDENCE_CLAIMS = 100_000


@dataclass
class BuildStats:
    articles: int = 0
    claims: int = 0
    positive: int = 0  # claims asserted (not negated, denied, hypothetical, demanded or asked)
    edges: int = 0  # state-level edges with an asserted event: the rows of edges.csv
    events: int = 0  # distinct asserted events: the sum of the edges' weights (kg.graph.event_keys)
    duplicates: int = 0


class StateDB:
    """Articles' fragments on disk: doc -> (content hash, compressed fragment)."""

    def __init__(self, path: Path, fingerprint: str):
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16000;"
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS articles (doc TEXT PRIMARY KEY, hash TEXT NOT NULL, blob BLOB NOT NULL);")
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))

    def add(self, doc: str, content_hash: str, blob: bytes) -> bool:
        """Store an article; False when an article with this doc is already stored."""
        cur = self.db.execute("INSERT OR IGNORE INTO articles VALUES (?, ?, ?)", (doc, content_hash, blob))
        return cur.rowcount == 1

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        cur = self.db.execute("SELECT doc, blob FROM articles ORDER BY doc")
        while rows := cur.fetchmany(256):
            yield from rows

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()


class PreviousState:
    """The fragments of an earlier build (``--update``), when made by the same kg code and data."""

    def __init__(self, path: Path, fingerprint: str):
        self.db = None
        if path.exists():
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            except sqlite3.DatabaseError:
                row = None
            if row and row[0] == fingerprint:
                self.db = db
            else:
                db.close()

    def get(self, doc: str, content_hash: str) -> bytes | None:
        if self.db is None:
            return None
        row = self.db.execute("SELECT blob FROM articles WHERE doc = ? AND hash = ?", (doc, content_hash)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


class _HashingFile:
    """A binary file that also hashes what is written (the query store's stamp needs it)."""

    def __init__(self, path: Path):
        self.f = open(path, "wb", buffering=1 << 20)  # noqa: SIM115
        self.sha = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.sha.update(data)
        self.f.write(data)

    def close(self) -> None:
        self.f.close()


class ExportWriter:
    """Collect article fragments, then write every export into ``out_dir`` (see the module doc)."""

    def __init__(self, out_dir: Path, gazetteer: Gazetteer, fingerprint: str, include_negated: bool = False):
        self.out = out_dir
        self.include_negated = include_negated  # edges.csv and GraphML list negated-only edges too
        self.gaz = gazetteer
        (out_dir / ".kg").mkdir(parents=True, exist_ok=True)
        self.state = StateDB(out_dir / ".kg" / STATE_DB, fingerprint)
        self.agg = GraphAggregator(level="state", gazetteer=gazetteer)
        self.refs: dict[str, tuple[tuple, dict]] = {}
        self.direct: set[tuple] = set()
        self.sources: set[str] = set()
        self.stats = BuildStats()
        self.nq_sha256: str | None = None
        self.html_skipped = False

    def add(self, doc: str, content_hash: str, blob: bytes, fragment: Fragment | None = None) -> bool:
        """Add one article; False (and nothing added) when its doc was already added."""
        if not self.state.add(doc, content_hash, blob):
            self.stats.duplicates += 1
            return False
        fragment = fragment or Fragment.unpack(blob)
        claims = fragment.claims()
        self.stats.articles += 1
        self.stats.claims += len(claims)
        self.agg.add_article(claims)
        for c in claims:
            key = claim_sort_key(c)
            for role in ("subject", "object"):
                ref = c[role]
                known = self.refs.get(ref["id"])
                if known is None or key < known[0]:
                    self.refs[ref["id"]] = (key, ref)
            if not c.get("negated"):
                self.stats.positive += 1
                self.direct.update(direct_edges(c))
            if c.get("source"):
                self.sources.add(c["source"])
        return True

    # --- writing ---------------------------------------------------------------------------

    def _default_quads(self, graph) -> list[ox.Quad]:
        default = ox.DefaultGraph()
        triples = set(self.direct)
        for name in self.sources:
            src = source_iri(name)
            triples.update([(src, RDF_TYPE, _n(KG + "Source")), (src, LABEL, _lit(name))])
        refs = {aid: ref for aid, (_k, ref) in self.refs.items()}
        triples.update(_actor_triples(set(refs), refs, self.gaz))
        triples.update(_edge_triples(graph, evidence=False))
        return sorted((ox.Quad(*t, default) for t in triples), key=_quad_key)

    def finish(self, html: bool = True, progress: Callable[[int], None] | None = None) -> nx.MultiDiGraph:
        """Write claims.jsonl, events.csv, graph.nq, graph.ttl, graph.jsonld, graph.graphml, edges.csv
        (and graph.html); returns the aggregated graph."""
        from kg.exports import edges_csv_bytes, graphml_bytes

        self.state.commit()
        graph = self.agg.graph()
        self.stats.edges = sum(1 for *_x, e in graph.edges(keys=True, data=True) if e["weight"] > 0)
        self.stats.events = sum(e["weight"] for *_x, e in graph.edges(keys=True, data=True))
        keep = {(u, v, k) for u, v, k, e in graph.edges(keys=True, data=True) if e["weight"] > 0}
        default = self._default_quads(graph)
        default_triples = [q.triple for q in default]

        jsonl = open(self.out / "claims.jsonl", "wb", buffering=1 << 20)  # noqa: SIM115
        events = open(self.out / "events.csv", "wb", buffering=1 << 20)  # noqa: SIM115
        nq = _HashingFile(self.out / "graph.nq")
        ttl = open(self.out / "graph.ttl", "wb", buffering=1 << 20)  # noqa: SIM115
        jld = open(self.out / "graph.jsonld", "wb", buffering=1 << 20)  # noqa: SIM115
        try:
            events.write(events_header())
            nq.write(ox.serialize(default, format=ox.RdfFormat.N_QUADS))
            ttl.write(turtle_head())
            ttl.write(turtle_body(default_triples))
            jld.write(jsonld_head().encode("utf-8"))
            first = True

            def nodes(lines) -> None:
                nonlocal first
                for line in lines:
                    jld.write(line.encode("utf-8") if first else b",\n" + line.encode("utf-8"))
                    first = False

            nodes(jsonld_nodes(default_triples))
            done = 0
            for doc, blob in self.state:
                frag = Fragment.unpack(blob)
                done += 1
                if progress:
                    progress(done)
                if not frag.jsonl:
                    continue
                ev = render_evidence(frag, doc, keep)
                jsonl.write(frag.jsonl)
                events.write(frag.events)
                nq.write(frag.nq + ev.nq)
                ttl.write(frag.ttl + ev.ttl)
                nodes(frag.jsonld.decode("utf-8").split("\n"))
                nodes(ev.jsonld)
            jld.write(JSONLD_TAIL.encode("utf-8"))
        finally:
            for f in (jsonl, events, nq, ttl, jld):
                f.close()
        self.nq_sha256 = nq.sha.hexdigest()
        (self.out / "graph.graphml").write_bytes(graphml_bytes(graph, include_negated=self.include_negated))
        (self.out / "edges.csv").write_bytes(edges_csv_bytes(graph, include_negated=self.include_negated))
        self.html_skipped = html and not self._write_html(graph)
        return graph

    def iter_claims(self) -> Iterator[list[dict]]:
        """The claims of every article, article by article in doc order."""
        for _doc, blob in self.state:
            frag = Fragment.unpack(blob)
            if frag.jsonl:
                yield frag.claims()

    def _write_html(self, graph) -> bool:
        """graph.html with its evidence inlined, up to INLINE_EVIDENCE_CLAIMS claims; False
        (nothing written) above, where the page would hold every claim in memory."""
        from kg.viz import write_html

        if self.stats.claims > INLINE_EVIDENCE_CLAIMS:
            return False
        full = GraphAggregator(level="state", gazetteer=self.gaz, keep_claims=True)
        for claims in self.iter_claims():
            full.add_article(claims)
        write_html(full.graph(), self.out / "graph.html", gazetteer=self.gaz)
        return True

    def write_store(self) -> None:
        """Load graph.nq into the persistent query store (``kg.store``), stamped with its hash."""
        from kg.store import STORE_NAME, load_file_into, stamp_for, write_stamp

        path = self.out / ".kg" / STORE_NAME
        store = ox.Store(str(path))
        load_file_into(store, self.out / "graph.nq")
        store.flush()
        store.optimize()
        del store
        write_stamp(path, stamp_for(self.out / "graph.nq", self.nq_sha256))

    def close(self) -> None:
        self.state.close()


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
