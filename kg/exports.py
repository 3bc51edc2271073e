"""The export files of the aggregated graph (GraphML, CSV), and ``build_exports`` for claims.

``build_exports`` writes ``graph.ttl``, ``graph.jsonld``, ``graph.nq``, ``claims.jsonl``,
``graph.graphml``, ``edges.csv`` and ``graph.html`` with the streaming writer of
``kg build`` (``kg.writer``): into a sibling folder first, swapped in only when every file
has been written, so a failed build leaves the previous exports intact. The same claims, in
any order and under any hash seed, give byte-identical files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.actors import LANGS, Gazetteer
from kg.spreadsheet import csv_cell

EXPORT_FILES = ("claims.jsonl", "graph.ttl", "graph.jsonld", "graph.nq", "graph.graphml", "edges.csv",
                "graph.html")
EDGE_COLUMNS = ("subject", "subject_label", "relation", "object", "object_label", "quad", "symmetric",
                "weight", "sources", "articles", "negated", "hedged", "langs", "first", "last")


def edges_csv_bytes(graph: nx.MultiDiGraph, lang: str = "en") -> bytes:
    """One row per edge of the graph (negated-only edges included, with weight 0); cells that a
    spreadsheet would run as formulas are neutralized (``kg.spreadsheet``)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for u, v, rel, e in graph.edges(keys=True, data=True):
        w.writerow([csv_cell(x) for x in (
            u, graph.nodes[u]["labels"][lang], rel, v, graph.nodes[v]["labels"][lang], e["quad"],
            str(e["symmetric"]).lower(), e["weight"], e["sources"], e["docs"], e["negated"], e["hedged"],
            " ".join(e["langs"]), e["first"] or "", e["last"] or "",
        )])
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
    """Write all exports of ``claims`` into ``out_dir``; returns {file name: path}.

    The same streaming writer as ``kg build`` (``kg.build.build_claims``): staged in a
    sibling folder and swapped in atomically, so a failed build leaves the old exports.
    """
    from kg.build import build_claims

    res = build_claims(claims, out_dir, gazetteer=gazetteer, html=html)
    out = Path(out_dir)
    return {name: out / name for name in EXPORT_FILES if name in res.files}
