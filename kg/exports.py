"""The export files of the aggregated graph (GraphML, CSV), and ``build_exports`` for claims.

``build_exports`` writes ``graph.ttl``, ``graph.jsonld``, ``graph.nq``, ``claims.jsonl``,
``events.csv``, ``graph.graphml``, ``edges.csv`` and ``graph.html`` with the streaming writer of
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

EXPORT_FILES = ("claims.jsonl", "events.csv", "graph.ttl", "graph.jsonld", "graph.nq", "graph.graphml",
                "edges.csv", "graph.html")
#: edges.csv: ``weight`` is the number of distinct asserted events (``kg.graph.event_keys``), of which
#: ``pledged`` and ``hedged``; ``negated`` counts the events not asserted, of which ``denied``.
EDGE_COLUMNS = ("subject", "subject_label", "relation", "object", "object_label", "quad", "symmetric",
                "weight", "pledged", "hedged", "sources", "articles", "negated", "denied", "langs", "first",
                "last")


def shown_edges(graph: nx.MultiDiGraph, include_negated: bool = False):
    """(u, v, relation, attrs) of the edges an export lists: those with an asserted event, and with
    ``include_negated`` also those whose every claim is negated or denied (weight 0)."""
    for u, v, rel, e in graph.edges(keys=True, data=True):
        if e["weight"] > 0 or include_negated:
            yield u, v, rel, e


def edges_csv_bytes(graph: nx.MultiDiGraph, lang: str = "en", include_negated: bool = False) -> bytes:
    """One row per edge with an asserted event (negated-only edges too, weight 0, with ``include_negated``);
    cells that a spreadsheet would run as formulas are neutralized (``kg.spreadsheet``)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for u, v, rel, e in shown_edges(graph, include_negated):
        w.writerow([csv_cell(x) for x in (
            u, graph.nodes[u]["labels"][lang], rel, v, graph.nodes[v]["labels"][lang], e["quad"],
            str(e["symmetric"]).lower(), e["weight"], e["pledged"], e["hedged"], e["sources"], e["docs"],
            e["negated"], e["denied"], " ".join(e["langs"]), e["first"] or "", e["last"] or "",
        )])
    return buf.getvalue().encode("utf-8")


def graphml_bytes(graph: nx.MultiDiGraph, include_negated: bool = False) -> bytes:
    """GraphML for Gephi: scalar attributes only (labels per language, counts, dates); the edges of
    ``shown_edges``, and the actors they join."""
    edges = list(shown_edges(graph, include_negated))
    used = {n for u, v, _k, _e in edges for n in (u, v)}
    flat = nx.MultiDiGraph()
    for n, a in graph.nodes(data=True):
        if n not in used:
            continue
        attrs = {"label": a["labels"]["en"], "type": a["type"], "code": a["code"]}
        attrs.update({f"label_{lg}": a["labels"][lg] for lg in LANGS})
        if a.get("wikidata"):
            attrs["wikidata"] = a["wikidata"]
        flat.add_node(n, **attrs)
    for u, v, k, e in edges:
        flat.add_edge(u, v, key=k, relation=k, quad=e["quad"], symmetric=e["symmetric"],
                      weight=e["weight"], pledged=e["pledged"], hedged=e["hedged"], sources=e["sources"],
                      articles=e["docs"], negated=e["negated"], denied=e["denied"], langs=" ".join(e["langs"]),
                      first=e["first"] or "", last=e["last"] or "")
    buf = io.BytesIO()
    nx.write_graphml_xml(flat, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def _write_html(graph: nx.MultiDiGraph, path: Path, gazetteer: Gazetteer) -> None:
    from kg.viz import write_html

    write_html(graph, path, gazetteer=gazetteer)


def build_exports(
    claims: Iterable, out_dir: str | Path, gazetteer: Gazetteer | None = None, html: bool = True,
    include_negated: bool = False,
) -> dict[str, Path]:
    """Write all exports of ``claims`` into ``out_dir``; returns {file name: path}.

    The same streaming writer as ``kg build`` (``kg.build.build_claims``): staged in a
    sibling folder and swapped in atomically, so a failed build leaves the old exports.
    """
    from kg.build import build_claims

    res = build_claims(claims, out_dir, gazetteer=gazetteer, html=html, include_negated=include_negated)
    out = Path(out_dir)
    return {name: out / name for name in EXPORT_FILES if name in res.files}
