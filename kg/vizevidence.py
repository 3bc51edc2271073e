"""The evidence of the interactive graph: inlined in the page, or in side files read on demand.

The page (``kg.viz``) shows, for a clicked edge, the sentences behind it. Up to
``INLINE_EVIDENCE_CLAIMS`` claims they sit in a JSON block of the page, parsed on the first
click (``InlineEvidence``). Above, a page holding every sentence would not open, and making
it would hold every claim in memory; so ``kg build`` writes the evidence as numbered script
files in a folder next to ``graph.html`` (``graph-evidence/000000.js`` ...), each holding the
claims of a run of consecutive edges (``ChunkedEvidence``), and the page loads the file of an
edge when the edge is clicked. Files are plain scripts (``kgEvidence(k, {...})``) because a
page opened from disk may load a script next to it but may not fetch a file; the page's
Content-Security-Policy allows them with ``'self'``.

The claims reach the page edge by edge in the order of the page's edges. ``stream_edges``
gets that order from a build's articles without holding them: claims go to a temporary
SQLite table keyed by edge, read back one edge at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

#: Up to this many claims a page inlines its evidence (it opens in about a second at 75k
#: claims, benchmarks/bench_viz.py); above, the evidence goes to side files.
INLINE_EVIDENCE_CLAIMS = 100_000
#: Claims per side file (a file holds whole edges, so one large edge makes a larger file).
CHUNK_CLAIMS = 20_000
SIDE_DIR = "graph-evidence"


def _text(value) -> str | None:
    from kg.viz import _text as text

    return text(value)


class InlineEvidence:
    """Evidence rows kept for the page's own JSON block: articles and repeated strings once."""

    side = False  # the rows go to side files

    def __init__(self):
        self._reset()
        self.doc_names: set = set()

    def _reset(self) -> None:
        self.docs: list[list] = []
        self.doc_index: dict[tuple, int] = {}
        self.strings: list[str | None] = [None]  # repeated short strings (labels, rules...), 0 = none
        self.string_index: dict[str, int] = {}
        self.claims: list[list] = []

    def intern(self, value) -> int:
        if isinstance(value, str) and value in self.string_index:  # most repeat: labels, rules, attributions
            return self.string_index[value]
        value = _text(value)
        if value is None:
            return 0
        if value not in self.string_index:
            self.string_index[value] = len(self.strings)
            self.strings.append(value)
        return self.string_index[value]

    def add(self, c: dict) -> None:
        from kg.viz import safe_url

        dkey = (c.get("doc"), c.get("url"), c.get("title"))
        if dkey not in self.doc_index:
            self.doc_index[dkey] = len(self.docs)
            self.docs.append([
                _text(c.get("title")), _text(c.get("source")), _text(c.get("published")),
                safe_url(c.get("url")), _text(c.get("doc")),
            ])
        self.doc_names.add(dkey)
        subj, obj = c.get("subject") or {}, c.get("object") or {}
        modality = _text(c.get("modality"))
        intern = self.intern
        self.claims.append([
            self.doc_index[dkey], _text(c.get("sentence")) or "", intern(c.get("trigger")),
            intern(c.get("attributed_to")), intern(None if modality == "asserted" else modality),
            1 if c.get("hedged") else 0, intern(subj.get("label") or subj.get("id")),
            intern(obj.get("label") or obj.get("id")), intern(c.get("rule")),
        ])

    def end_edge(self) -> None:
        pass

    def articles(self) -> int:
        return len(self.doc_names)

    def block(self) -> dict:
        """The page's evidence block."""
        return {"docs": self.docs, "strings": self.strings, "claims": self.claims}

    def meta(self) -> dict | None:
        return None


class ChunkedEvidence(InlineEvidence):
    """Evidence rows written to numbered side files of at most about ``chunk`` claims each."""

    side = True

    def __init__(self, folder: Path, chunk: int | None = None):
        super().__init__()
        self.folder = folder
        self.chunk = chunk or CHUNK_CLAIMS
        self.ranges: list[list[int]] = []  # [first claim, end] per file
        self.start = 0
        folder.mkdir(parents=True, exist_ok=True)

    def end_edge(self) -> None:
        if len(self.claims) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        from kg.vizpage import script_json

        if not self.claims:
            return
        k = len(self.ranges)
        body = f"kgEvidence({k},{script_json(InlineEvidence.block(self))});\n"
        (self.folder / f"{k:06d}.js").write_text(body, encoding="utf-8")
        self.ranges.append([self.start, self.start + len(self.claims)])
        self.start += len(self.claims)
        self._reset()

    def block(self) -> dict:
        self.flush()
        return {}

    def meta(self) -> dict:
        self.flush()
        return {"dir": self.folder.name, "chunks": self.ranges}


class EdgeClaims:
    """Claims grouped by edge, from claims that come article by article: a temporary SQLite
    table on disk (``path``), so that memory does not grow with the number of claims."""

    def __init__(self, path: Path, edges: Iterable[tuple[str, str, str]]):
        self.order = {key: i for i, key in enumerate(sorted(edges))}
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE ev (edge INTEGER NOT NULL, seq INTEGER NOT NULL, claim TEXT NOT NULL);")
        self.seq = 0

    def add(self, key: tuple[str, str, str] | None, line: str) -> None:
        """A claim (its JSON line) of the edge ``key`` (None: a self-loop, in no edge)."""
        if key is None or key not in self.order:
            return
        self.db.execute("INSERT INTO ev VALUES (?, ?, ?)", (self.order[key], self.seq, line))
        self.seq += 1

    def finish(self) -> None:
        self.db.execute("CREATE INDEX ev_edge ON ev (edge, seq)")
        self.db.commit()

    def claims_of(self, u: str, v: str, key: str, _attrs: dict) -> Iterator[dict]:
        i = self.order.get((u, v, key))
        if i is None:
            return
        for (line,) in self.db.execute("SELECT claim FROM ev WHERE edge = ? ORDER BY seq", (i,)):
            yield json.loads(line)

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


ClaimsOf = Callable[[str, str, str, dict], Iterable[dict]]
