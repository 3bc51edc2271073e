"""Streaming export writer: article fragments in, every export file out, memory flat.

``ExportWriter.add(doc, content_hash, fragment)`` stores an article's fragment in a SQLite
table keyed by the article (on disk, compressed) and folds its claims into the aggregated
graph and the few things the default graph needs (``kg.fold``: the actors named, the outlets,
the direct actor-to-actor edges and the tallies), all bounded by the size of the graph, not by
the number of articles. ``add_batch`` stores a batch's fragments and merges the fold its worker
made of their claims, so that this process does not unpack them. ``finish()`` writes the
exports, each in one streaming pass over the articles in the order of their ``doc`` (SQLite's
primary key), so the same articles give byte-identical files whatever the order they came in,
the number of workers, or whether they were re-extracted or reused from an earlier build.

The SQLite table stays in the export folder (``.kg/articles.sqlite``, with the content hash
of every article and a fingerprint of kg's code and data): ``kg build --update`` reuses the
fragments of unchanged articles from it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg import ntriples as nt
from kg.actors import Gazetteer
from kg.events import events_header
from kg.fold import Fold
from kg.fragments import Fragment
from kg.graph import GraphAggregator
from kg.rdf import NS, _actor_triples, _edge_triples, _source_triples, _tally_triples
from kg.rdfio import JSONLD_TAIL, jsonld_head, turtle_head
from kg.vizevidence import INLINE_EVIDENCE_CLAIMS

STATE_DB = "articles.sqlite"


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
        self.path = path
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

    def missing(self, docs: Container[str]) -> int:
        """How many articles of the earlier build (whatever code made it) are not among ``docs``: an update
        from only some of the inputs drops the others from the exports."""
        if not self.path.exists():
            return 0
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return sum(doc not in docs for (doc,) in db.execute("SELECT doc FROM articles"))
        except sqlite3.DatabaseError:
            return 0
        finally:
            db.close()

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
        self.fold = Fold(gazetteer)  # the aggregated graph and what the default graph needs (kg.fold)
        self.agg = self.fold.agg
        self.stats = BuildStats()
        self.ttl_sha256: str | None = None  # of graph.ttl, the query store's source

    def add(self, doc: str, content_hash: str, blob: bytes, fragment: Fragment | None = None) -> bool:
        """Add one article; False (and nothing added) when its doc was already added."""
        if not self.state.add(doc, content_hash, blob):
            self.stats.duplicates += 1
            return False
        self.fold.add((fragment or Fragment.unpack(blob)).claims())
        self._count()
        return True

    def add_batch(self, rows: list[tuple[str, str, bytes]], fold: Fold | None) -> list[bool]:
        """Add the articles (doc, content hash, packed fragment) of a batch and ``fold``, the fold of
        their claims made where they were extracted; whether each was added (False: its doc already
        was). When one was not, the fold counts it too: the others are unpacked and folded here."""
        added = [self.state.add(doc, h, blob) for doc, h, blob in rows]
        if fold is not None and all(added):
            self.fold.merge(fold)
        else:
            for (_doc, _h, blob), new in zip(rows, added, strict=True):
                if new:
                    self.fold.add(Fragment.unpack(blob).claims())
        self.stats.duplicates += added.count(False)
        self._count()
        return added

    def _count(self) -> None:
        self.stats.articles, self.stats.claims, self.stats.positive = (
            self.fold.articles, self.fold.claims, self.fold.positive)

    # --- writing ---------------------------------------------------------------------------

    def _default_nodes(self, graph) -> list[nt.Node]:
        """Actors, outlets, direct edges, every aggregated edge and the tallies, grouped by
        subject in IRI order."""
        fold = self.fold
        triples = set(fold.direct)
        for name in fold.sources:
            triples.update(_source_triples(name))
        refs = {aid: ref for aid, (_k, ref) in fold.refs.items()}
        triples.update(_actor_triples(set(refs), refs, self.gaz))
        for u, v, relation, e in graph.edges(keys=True, data=True):
            triples.update(_edge_triples(u, v, relation, e))
        for (source, attributed), counts in fold.tallies.items():
            triples.update(_tally_triples(source, attributed, counts))
        return nt.group(triples)

    def finish(self, html: bool = True, progress: Callable[[int], None] | None = None,
               ttl_done: Callable[[], None] | None = None) -> nx.MultiDiGraph:
        """Write claims.jsonl, events.csv, graph.nq, graph.ttl, graph.jsonld, graph.graphml, edges.csv
        (and graph.html); returns the aggregated graph. ``ttl_done`` is called as soon as graph.ttl is
        complete, before GraphML, CSV and the page are written (the query store can load meanwhile)."""
        from kg.exports import edges_csv_bytes, graphml_bytes

        self.state.commit()
        graph = self.agg.graph()
        self.stats.edges = sum(1 for *_x, e in graph.edges(keys=True, data=True) if e["weight"] > 0)
        self.stats.events = sum(e["weight"] for *_x, e in graph.edges(keys=True, data=True))
        default = self._default_nodes(graph)

        jsonl = open(self.out / "claims.jsonl", "wb", buffering=1 << 20)  # noqa: SIM115
        events = open(self.out / "events.csv", "wb", buffering=1 << 20)  # noqa: SIM115
        nq = open(self.out / "graph.nq", "wb", buffering=1 << 20)  # noqa: SIM115
        ttl = _HashingFile(self.out / "graph.ttl")
        jld = open(self.out / "graph.jsonld", "wb", buffering=1 << 20)  # noqa: SIM115
        try:
            events.write(events_header())
            nq.write(nt.nquads(default).encode("utf-8"))
            ttl.write(turtle_head())
            ttl.write(nt.turtle(default, NS).encode("utf-8"))
            jld.write(jsonld_head().encode("utf-8"))
            lines = nt.jsonld(default, NS)
            jld.write(",\n".join(lines).encode("utf-8"))
            first = not lines
            done = 0
            for _doc, blob in self.state:
                frag = Fragment.unpack(blob)
                done += 1
                if progress:
                    progress(done)
                if not frag.jsonl:
                    continue
                jsonl.write(frag.jsonl)
                events.write(frag.events)
                nq.write(frag.nq)
                ttl.write(frag.ttl)
                nodes = frag.jsonld.replace(b"\n", b",\n")
                jld.write(nodes if first else b",\n" + nodes)
                first = False
            jld.write(JSONLD_TAIL.encode("utf-8"))
        finally:
            for f in (jsonl, events, nq, ttl, jld):
                f.close()
        self.ttl_sha256 = ttl.sha.hexdigest()
        if ttl_done is not None:
            ttl_done()
        (self.out / "graph.graphml").write_bytes(graphml_bytes(graph, include_negated=self.include_negated))
        (self.out / "edges.csv").write_bytes(edges_csv_bytes(graph, include_negated=self.include_negated))
        if html:
            self._write_html(graph)
        return graph

    def iter_claims(self) -> Iterator[list[dict]]:
        """The claims of every article, article by article in doc order."""
        for _doc, blob in self.state:
            frag = Fragment.unpack(blob)
            if frag.jsonl:
                yield frag.claims()

    def _write_html(self, graph) -> None:
        """graph.html: up to INLINE_EVIDENCE_CLAIMS claims with its evidence inlined; above,
        with the evidence in side files (``kg.vizevidence``), the claims streamed to them edge
        by edge from disk, never all in memory."""
        from kg.viz import write_html
        from kg.vizevidence import EdgeClaims

        if self.stats.claims <= INLINE_EVIDENCE_CLAIMS:
            full = GraphAggregator(level="state", gazetteer=self.gaz, keep_claims=True)
            for claims in self.iter_claims():
                full.add_article(claims)
            write_html(full.graph(), self.out / "graph.html", gazetteer=self.gaz)
            return
        by_edge = EdgeClaims(self.out / ".kg" / "evidence.sqlite", graph.edges(keys=True))
        try:
            for _doc, blob in self.state:
                for line in Fragment.unpack(blob).jsonl.decode("utf-8").split("\n"):
                    if line:
                        by_edge.add(self.agg.edge_key(json.loads(line)), line)
            by_edge.finish()
            write_html(graph, self.out / "graph.html", gazetteer=self.gaz, claims_of=by_edge.claims_of,
                       side_files=True)
        finally:
            by_edge.close()

    def write_store(self) -> None:
        """Load graph.ttl into the persistent query store (``kg.store``), stamped with its hash."""
        from kg.store import STORE_NAME, fill_store

        fill_store(self.out / ".kg" / STORE_NAME, self.out / "graph.ttl", self.ttl_sha256)

    def start_store(self) -> subprocess.Popen:
        """Load the query store in a second process while this one writes the other exports: with two
        cores the export phase's largest step runs beside the rest. A fresh interpreter (``python -m
        kg.store``), not a fork or a multiprocessing spawn: a fork of a process whose threads hold locks
        can hang, and a spawn re-imports the caller's ``__main__`` (a script without a main guard would
        run its build again)."""
        from kg.store import STORE_NAME

        args = [sys.executable, "-m", "kg.store", str(self.out / ".kg" / STORE_NAME), str(self.out / "graph.ttl"),
                self.ttl_sha256]
        return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def wait_store(self, proc: subprocess.Popen) -> None:
        """Wait for the store ``start_store`` loads; if that process failed, load it again here (a failure
        surfaces as this process's own error, with its message)."""
        from kg.store import STORE_NAME

        proc.communicate()
        if proc.returncode != 0:
            shutil.rmtree(self.out / ".kg" / STORE_NAME, ignore_errors=True)
            self.write_store()

    def close(self) -> None:
        self.state.close()


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
