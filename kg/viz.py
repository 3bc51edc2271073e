"""The interactive graph: one self-contained, offline and safe HTML page (``kg viz``).

networkx aggregates the claims (``kg.graph.claims_graph``) and pyvis holds the vis-network
nodes, edges and options. The page itself is kg's own template (``kg/templates/graph.html``)
and not pyvis's, because pyvis's templates load Bootstrap and vis-network from CDNs and
insert titles and headings as raw HTML. Here:

* vis-network's standalone build (vendored in ``kg/templates/``) and the page's own script
  and style are inlined: the page makes no network request, and a Content-Security-Policy
  with script hashes forbids any other script and any connection;
* everything that comes from an article (sentences, titles, sources, URLs, attributions,
  labels of unknown actors) is data: JSON inside ``<script type="application/json">`` with
  ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, shown with ``textContent`` only; links are
  made only for http(s) URLs;
* the evidence sentences sit in a separate JSON block that the page parses on the first
  click on an edge, so a graph of a large corpus opens fast;
* node positions are seeded by a networkx layout; the browser stabilizes the physics briefly
  and then freezes it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from pathlib import Path

import networkx as nx

from kg.actors import LANGS, DataError, Gazetteer
from kg.records import RELATIONS, STRUCTURAL
from kg.vizcolumns import Column
from kg.vizevidence import ClaimsOf, InlineEvidence
from kg.vizinput import RDF_SUFFIXES, VizError, claims_from_rdf, read_input  # noqa: F401  (kg.viz's API)
from kg.vizmap import map_data
from kg.vizpage import PAGE_JS, TEMPLATES, VIS_JS, VIS_JS_SHA256, page_pieces, script_json  # noqa: F401

LEVELS = ("state", "actor")
SIZE_BY = ("evidence", "degree")
#: The page opens with the minimum evidence raised until at most this many edges show.
MAX_EDGES = 1500

#: Edge colours by quad class: blue for cooperation, red for conflict; darker = material.
QUAD_COLORS = {
    "verbal_cooperation": "#6baed6",
    "material_cooperation": "#2166ac",
    "verbal_conflict": "#f4a261",
    "material_conflict": "#b2182b",
    "structural": "#8c8c8c",
}
QUAD_LABELS = {
    "verbal_cooperation": "verbal cooperation",
    "material_cooperation": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
    "structural": "structural",
}
#: Node colour and shape by actor type (shape too, so the type reads without colour).
TYPE_STYLE = {
    "State": ("#f2c14e", "dot"),
    "Organization": ("#9b72cf", "diamond"),
    "ArmedGroup": ("#555555", "triangle"),
    "Person": ("#4fb3a0", "square"),
    "Place": ("#c9a27e", "hexagon"),
}
OTHER_TYPE_STYLE = ("#b0b0b0", "dot")
#: Claim modalities that do not assert the relation (the graph keeps them as negated evidence).
NOT_ASSERTED = frozenset({"negated", "denied", "hypothetical", "demanded", "question"})
_DERIVED_EDGE_KEYS = frozenset({"color", "width", "dashes", "hidden"})
_HTTP_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_EPOCH = dt.date(1970, 1, 1)


def to_graph(
    claims_or_graph, level: str = "state", gazetteer: Gazetteer | None = None
) -> nx.MultiDiGraph:
    """A ``claims_graph`` from claims (dicts or ``Claim``), or the given graph unchanged."""
    from kg.graph import claims_graph

    if isinstance(claims_or_graph, nx.Graph):
        return claims_or_graph
    if level not in LEVELS:
        raise VizError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    try:
        return claims_graph(claims_or_graph, level=level, gazetteer=gazetteer)
    except DataError:
        raise
    except (KeyError, TypeError, ValueError) as e:
        raise VizError(f"cannot aggregate the claims: {e}") from None


# --- page data ----------------------------------------------------------------------------


def _text(value) -> str | None:
    """A string for the page, or None; lone surrogates become U+FFFD."""
    if value is None or value == "":
        return None
    s = str(value)
    return s.encode("utf-8", "replace").decode("utf-8")


def safe_url(url) -> str | None:
    """The URL if it is http(s), else None: nothing else becomes a link."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _HTTP_URL.match(url) else None


@lru_cache(maxsize=65536)
def _day(published) -> int | None:
    """Days since 1970-01-01 of an ISO date (or datetime, year-month or year) string: the first
    day of the period it names."""
    if not isinstance(published, str):
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![0-9])", published.strip(), re.ASCII)
    if not m:
        return None
    try:
        d = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    return (d - _EPOCH).days


def claim_day(claim: dict) -> int | None:
    """The day a claim is placed at on the page (date filter, timeline strip): the start of its
    event where the text dates it (kg.engine.dates), else its article's date."""
    return _day(claim.get("event_date")) if claim.get("event_date") else _day(claim.get("published"))


def _label(attrs: dict, node_id: str, lang: str) -> str:
    labels = attrs.get("labels") or {}
    for lg in (lang, "en", *LANGS):
        if labels.get(lg):
            return str(labels[lg])
    return str(node_id)


def _is_positive(claim: dict) -> bool:
    return not claim.get("negated") and claim.get("modality") not in NOT_ASSERTED


def _layout(graph: nx.MultiDiGraph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Seed positions (networkx spring layout), scaled to vis-network's pixels."""
    if not nodes:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    for u, v, attrs in graph.edges(data=True):
        w = math.log2(1 + max(attrs.get("weight", 0), 0)) + 0.5
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += w
        else:
            simple.add_edge(u, v, weight=w)
    scale = 90 * math.sqrt(len(nodes)) + 100
    try:
        pos = nx.spring_layout(simple, seed=7, weight="weight", iterations=60)
    except ImportError:  # networkx layouts need numpy; fall back to a circle
        n = len(nodes)
        return {
            nid: (scale * math.cos(2 * math.pi * i / n), scale * math.sin(2 * math.pi * i / n))
            for i, nid in enumerate(nodes)
        }
    return {nid: (float(pos[nid][0]) * scale, float(pos[nid][1]) * scale) for nid in nodes}


def _smooth(index: int, count: int, reversed_: bool):
    """Curvature that keeps parallel edges between two nodes apart."""
    if count == 1:
        return False
    if count % 2 == 1 and index == 0:
        return False
    k = index + 1 if count % 2 == 0 else index
    side = "curvedCW" if k % 2 == 0 else "curvedCCW"
    if reversed_:
        side = "curvedCCW" if side == "curvedCW" else "curvedCW"
    return {"enabled": True, "type": side, "roundness": round(0.12 * ((k + 1) // 2), 3)}


def node_size(value: float) -> float:
    return round(10 + 6 * math.log2(1 + value), 1)


def edge_width(count: int) -> float:
    return round(1 + 1.6 * math.log2(max(count, 1)), 2)


def page_data(
    graph: nx.MultiDiGraph, label_lang: str = "en", size_by: str = "evidence", max_edges: int = MAX_EDGES,
    evidence: InlineEvidence | None = None, claims_of: ClaimsOf | None = None,
) -> tuple[dict, dict]:
    """The page's two JSON blocks: the graph (read at once) and the evidence (read lazily).

    The graph block holds pyvis's vis-network nodes, edges and options plus, per claim, only
    what the filters need (language, day, whether it asserts the relation, the event it counts
    as: edge widths and counts are events, as ``weight`` in the exports). The evidence
    block holds sentences and article metadata, stored once per article; with ``evidence``
    a ``kg.vizevidence.ChunkedEvidence``, they go to side files instead (the block is empty
    and ``meta.evidence`` lists the files). ``claims_of(u, v, key, attrs)`` gives an edge's
    claims (default: its ``claims`` attribute) in canonical order (an article's claims together),
    so that they can come from disk; the per-claim columns are ``kg.vizcolumns.Column`` objects.
    """
    from pyvis.network import Network

    from kg.graph import event_keys

    if label_lang not in LANGS:
        raise VizError(f"label language must be one of {', '.join(LANGS)}, not {label_lang!r}")
    if size_by not in SIZE_BY:
        raise VizError(f"size must be by one of {', '.join(SIZE_BY)}, not {size_by!r}")

    # Claims, articles and the compact per-claim columns (on disk past a size: kg.vizcolumns);
    # the evidence rows go to ``evidence``. An edge's claims are read article by article: an
    # event (kg.graph.event_keys) never spans two articles, so nothing holds a whole edge.
    sink = evidence if evidence is not None else InlineEvidence()
    side = sink.side
    claims_of = claims_of or (lambda _u, _v, _k, attrs: attrs.get("claims") or ())
    langs: list[str] = []
    lang_index: dict[str, int] = {}
    n_claims = 0
    col_lang, col_day, col_pos = Column(), Column(), Column()
    col_event = Column()  # per claim: the event it counts as (kg.graph.event_keys), shared by restatements
    n_events = 0
    day_min: int | None = None
    day_max: int | None = None
    edge_claims: list[range] = []
    edge_events: list[int] = []  # per edge: its asserted events, as the page counts them
    edge_keys: list[tuple[str, str, str, dict]] = []

    for u, v, key, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        first = n_claims
        asserted: set[int] = set()
        for _doc, group in groupby(claims_of(u, v, key, attrs), key=lambda c: str(c.get("doc") or "")):
            article = list(group)
            event_index: dict[tuple, int] = {}  # events of this edge in this article, numbered on
            for c, ev in zip(article, event_keys(article), strict=True):
                lang = str(c.get("lang") or "?")
                if lang not in lang_index:
                    lang_index[lang] = len(langs)
                    langs.append(lang)
                sink.add(c)
                col_lang.append(lang_index[lang])
                day = claim_day(c)
                col_day.append(day)
                if day is not None:
                    day_min = day if day_min is None else min(day_min, day)
                    day_max = day if day_max is None else max(day_max, day)
                positive = _is_positive(c)
                col_pos.append(1 if positive else 0)
                event = event_index.setdefault(ev, n_events + len(event_index))
                col_event.append(event)
                if positive:
                    asserted.add(event)
                n_claims += 1
            n_events += len(event_index)
        sink.end_edge()
        edge_claims.append(range(first, n_claims))  # an edge's claims are numbered in a row
        edge_events.append(len(asserted))
        edge_keys.append((u, v, key, attrs))

    node_ids = sorted(graph.nodes)
    evidence = defaultdict(int)
    degree = defaultdict(set)
    for (u, v, _key, _attrs), n in zip(edge_keys, edge_events, strict=True):
        if n:
            evidence[u] += n
            evidence[v] += n
            degree[u].add(v)
            degree[v].add(u)
    pos = _layout(graph, node_ids)

    net = Network(directed=True, height="100%", width="100%")
    for nid in node_ids:
        attrs = graph.nodes[nid]
        typ = str(attrs.get("type") or "")
        color, shape = TYPE_STYLE.get(typ, OTHER_TYPE_STYLE)
        labels = {lg: _label(attrs, nid, lg) for lg in LANGS}
        ev, deg = evidence[nid], len(degree[nid])
        wikidata = attrs.get("wikidata")
        x, y = pos[nid]
        net.add_node(
            str(nid), label=labels[label_lang], shape=shape, color=color,
            size=node_size(ev if size_by == "evidence" else deg),
            x=round(x, 1), y=round(y, 1),
            labels=labels, kind=_text(typ) or "Actor", code=_text(attrs.get("code")),
            wikidata=wikidata if isinstance(wikidata, str) and _WIKIDATA.match(wikidata) else None,
            ev=ev, deg=deg,
        )

    # Parallel edges between the same two nodes get different curvatures.
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (u, v, _k, _a) in enumerate(edge_keys):
        pairs[tuple(sorted((u, v)))].append(i)
    smooth = {}
    for (a, _b), idx in pairs.items():
        for j, i in enumerate(idx):
            smooth[i] = _smooth(j, len(idx), edge_keys[i][0] != a)

    for i, (u, v, key, attrs) in enumerate(edge_keys):
        relation = str(attrs.get("relation") or key)
        quad = str(attrs.get("quad") or "structural")
        symmetric = bool(attrs.get("symmetric"))
        n = edge_events[i]
        net.add_edge(
            str(u), str(v), id=i, relation=relation, quad=quad, sym=symmetric,
            color=QUAD_COLORS.get(quad, QUAD_COLORS["structural"]),
            width=edge_width(n), arrows="" if symmetric else "to", smooth=smooth[i],
            dashes=n == 0, hidden=n == 0,
            # the claims' numbers: listed inline; as [first, count] with side files (the page
            # expands them), so that a page of millions of claims stays small
            **({"cr": [edge_claims[i].start, len(edge_claims[i])]} if side else {"c": list(edge_claims[i])}),
        )

    big = len(edge_keys) > 800
    net.set_options(json.dumps({
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"scaleFactor": 0.6}},
            "selectionWidth": 0, "hoverWidth": 0.6, "arrowStrikethrough": False,
            "font": {"size": 11, "face": "system-ui, sans-serif", "strokeWidth": 3, "align": "middle"},
            "color": {"inherit": False, "opacity": 0.85},
            "smooth": False,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -70, "centralGravity": 0.01, "springLength": 140,
                "springConstant": 0.05, "avoidOverlap": 0.5, "damping": 0.6,
            },
            "minVelocity": 1.5, "maxVelocity": 60,
            "stabilization": {"enabled": True, "iterations": 120 if big else 250, "updateInterval": 1000,
                              "fit": True},
        },
        "interaction": {
            "hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
            "multiselect": False, "navigationButtons": False, "keyboard": False,
        },
    }))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    # The page derives colour, width, dashes and visibility from the claims and filters.
    edges = [{k: v for k, v in e.items() if k not in _DERIVED_EDGE_KEYS} for e in edges]

    level = graph.graph.get("level", "state")
    data = {
        "meta": {
            "level": level, "labelLang": label_lang, "sizeBy": size_by, "langs": langs,
            "dayMin": day_min, "dayMax": day_max,
            # the totals of the README: every claim read (self-loops and all), and the events of the edges
            "claims": int(graph.graph.get("claims", n_claims)), "articles": sink.articles(),
            "events": sum(int(a.get("weight") or 0) for *_x, a in edge_keys), "maxEdges": max_edges,
            "quadColors": QUAD_COLORS, "quadLabels": QUAD_LABELS,
            "relations": _relation_order({(e["relation"], e["quad"]) for e in edges}),
        },
        "options": json.loads(options),
        "nodes": nodes,
        "edges": edges,
        "claimLang": col_lang,
        "claimDay": col_day,
        "claimPos": col_pos,
        "claimEvent": col_event,
    }
    if sink.meta() is not None:
        data["meta"]["evidence"] = sink.meta()
    return data, sink.block()


def _relation_order(present: set[tuple[str, str]]) -> list[list[str]]:
    """[relation, quad] pairs: quad classes in legend order, relations in RELATIONS order."""
    order = {r: i for i, r in enumerate([*RELATIONS, *STRUCTURAL])}
    quads = {q: i for i, q in enumerate(QUAD_COLORS)}
    ranked = sorted(present, key=lambda rq: (quads.get(rq[1], 99), order.get(rq[0], 99), rq[0]))
    return [[r, q] for r, q in ranked]


# --- the page -----------------------------------------------------------------------------


def _bundled_gazetteer() -> Gazetteer | None:
    """The bundled gazetteer for map positions; None (actors unplaced) if it cannot load."""
    from kg.actors import default_gazetteer

    try:
        return default_gazetteer()
    except DataError:
        return None


def render_html(
    graph: nx.MultiDiGraph, label_lang: str = "en", title: str | None = None, size_by: str = "evidence",
    gazetteer: Gazetteer | None = None, evidence: InlineEvidence | None = None,
    claims_of: ClaimsOf | None = None,
) -> str:
    """The whole page as one string (``gazetteer`` places actors on the map: the bundled one if None).

    With ``evidence`` a ``ChunkedEvidence``, the evidence goes to its side files and the page
    may load scripts from its own origin (``'self'``: the files next to it), and nothing else.
    """
    return "".join(html_pieces(graph, label_lang=label_lang, title=title, size_by=size_by, gazetteer=gazetteer,
                               evidence=evidence, claims_of=claims_of))


def html_pieces(
    graph: nx.MultiDiGraph, label_lang: str = "en", title: str | None = None, size_by: str = "evidence",
    gazetteer: Gazetteer | None = None, evidence: InlineEvidence | None = None,
    claims_of: ClaimsOf | None = None,
) -> Iterator[str]:
    """The page of ``render_html`` in pieces: the graph's JSON block is streamed, its per-claim
    columns read back from disk (``kg.vizcolumns``), never the whole page in memory."""
    data, evidence_block = page_data(graph, label_lang=label_lang, size_by=size_by, evidence=evidence,
                                     claims_of=claims_of)
    data["map"] = map_data(graph, gazetteer if gazetteer is not None else _bundled_gazetteer())
    level = graph.graph.get("level", "state")
    yield from page_pieces(data, evidence_block, title or f"kg graph ({level} level)",
                           quads=[(QUAD_LABELS[q], c) for q, c in QUAD_COLORS.items()],
                           types=[(t, c, s) for t, (c, s) in TYPE_STYLE.items()])


def write_html(
    claims_or_graph: Iterable | nx.MultiDiGraph,
    path: str | Path,
    level: str = "state",
    label_lang: str = "en",
    title: str | None = None,
    size_by: str = "evidence",
    gazetteer: Gazetteer | None = None,
    claims_of: ClaimsOf | None = None,
    side_files: bool = False,
) -> Path:
    """Write the interactive graph of claims (or of a ``claims_graph``) to ``path``; with
    ``side_files`` its evidence goes to the folder ``graph-evidence`` next to it
    (``kg.vizevidence``), read by the page on demand."""
    from kg.vizevidence import SIDE_DIR, ChunkedEvidence

    graph = to_graph(claims_or_graph, level=level, gazetteer=gazetteer)
    evidence = ChunkedEvidence(Path(path).parent / SIDE_DIR) if side_files else None
    pieces = html_pieces(graph, label_lang=label_lang, title=title, size_by=size_by, gazetteer=gazetteer,
                         evidence=evidence, claims_of=claims_of)
    head = next(pieces)  # the page's data is worked out before its first piece
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(head)
            for piece in pieces:
                f.write(piece)
        os.replace(tmp, path)
    except OSError as e:  # name the page asked for, not the temporary file
        raise OSError(e.errno, e.strerror, str(path)) from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # a read-only file system says so even of a file that is not there: the error above counts
            pass
    return path
