"""Write every export of a set of claims into a directory, deterministically and atomically.

``build_exports`` writes ``graph.ttl``, ``graph.jsonld``, ``graph.nq``, ``claims.jsonl``,
``graph.graphml``, ``edges.csv`` and ``graph.html``. All files are written into a temporary
directory next to the target first and moved into place only when every one of them has
been written, so a failed build leaves the previous exports intact. The same claims, in
any order and under any hash seed, give byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.actors import LANGS, Gazetteer, default_gazetteer
from kg.graph import as_claim_dicts, claims_graph
from kg.rdf import claims_quads, jsonld_bytes, nquads_bytes, triples_of, turtle_bytes

EXPORT_FILES = ("claims.jsonl", "graph.ttl", "graph.jsonld", "graph.nq", "graph.graphml", "edges.csv",
                "graph.html")
EDGE_COLUMNS = ("subject", "subject_label", "relation", "object", "object_label", "quad", "symmetric",
                "weight", "sources", "articles", "negated", "hedged", "langs", "first", "last")


def claims_jsonl_bytes(claims: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims).encode("utf-8")


def edges_csv_bytes(graph: nx.MultiDiGraph, lang: str = "en") -> bytes:
    """One row per edge of the graph (negated-only edges included, with weight 0)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for u, v, rel, e in graph.edges(keys=True, data=True):
        w.writerow([
            u, graph.nodes[u]["labels"][lang], rel, v, graph.nodes[v]["labels"][lang], e["quad"],
            str(e["symmetric"]).lower(), e["weight"], e["sources"], e["docs"], e["negated"], e["hedged"],
            " ".join(e["langs"]), e["first"] or "", e["last"] or "",
        ])
    return buf.getvalue().encode("utf-8")


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """GraphML for Gephi: scalar attributes only (labels per language, counts, dates)."""
    flat = nx.MultiDiGraph()
    for n, a in graph.nodes(data=True):
        attrs = {"label": a["labels"]["en"], "type": a["type"], "code": a["code"]}
        attrs.update({f"label_{lg}": a["labels"][lg] for lg in LANGS})
        if a.get("wikidata"):
            attrs["wikidata"] = a["wikidata"]
        flat.add_node(n, **attrs)
    for u, v, k, e in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, relation=k, quad=e["quad"], symmetric=e["symmetric"],
                      weight=e["weight"], sources=e["sources"], articles=e["docs"], negated=e["negated"],
                      hedged=e["hedged"], langs=" ".join(e["langs"]), first=e["first"] or "",
                      last=e["last"] or "")
    buf = io.BytesIO()
    nx.write_graphml_xml(flat, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def _write_html(graph: nx.MultiDiGraph, path: Path, gazetteer: Gazetteer) -> None:
    from kg.viz import write_html

    write_html(graph, path, gazetteer=gazetteer)


def build_exports(
    claims: Iterable, out_dir: str | Path, gazetteer: Gazetteer | None = None, html: bool = True
) -> dict[str, Path]:
    """Write all exports of ``claims`` into ``out_dir``; returns {file name: path}."""
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    claims = as_claim_dicts(claims)
    graph = claims_graph(claims, level="state", gazetteer=gazetteer)
    quads = claims_quads(claims, gazetteer=gazetteer, graph=graph)
    triples = triples_of(quads)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out_dir))
    try:
        files = {
            "claims.jsonl": claims_jsonl_bytes(claims),
            "graph.ttl": turtle_bytes(triples),
            "graph.jsonld": jsonld_bytes(triples),
            "graph.nq": nquads_bytes(quads),
            "graph.graphml": graphml_bytes(graph),
            "edges.csv": edges_csv_bytes(graph),
        }
        for name, data in files.items():
            (tmp / name).write_bytes(data)
        if html:
            _write_html(graph, tmp / "graph.html", gazetteer)
        written = {}
        for name in EXPORT_FILES:
            if (tmp / name).exists():
                os.replace(tmp / name, out_dir / name)
                written[name] = out_dir / name
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
