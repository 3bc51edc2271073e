"""Claims -> an aggregated actor graph (networkx), the shape every export starts from.

``claims_graph`` folds the claims of ``kg extract`` (``Claim.to_dict()`` dicts) into a
``networkx.MultiDiGraph``:

* one node per actor id; at ``level="state"`` persons, bodies and places are rolled up to
  the state or organization they act for (``Gazetteer.top``), so "Kim Jong Un supports
  Russia" and "Pyongyang supports the Kremlin" are the same edge ``PRK -> RUS``;
* one edge per (subject, relation, object), key = relation; symmetric relations are stored
  once, with the two ids in sorted order;
* each edge carries its evidence (``claims``, positive and negated) and its weight across
  articles (``weight`` = positive claims, ``sources`` = distinct outlets, ``docs``).

Negated claims (denials, hypotheticals, demands) are kept on the edge for explanation, but
an edge with only negated claims has ``weight == 0``: views hide it and RDF emits no direct
edge for it. Edges whose two ends lift to the same node ("the Russian MFA thanked Russian
soldiers") are left out of the graph; their claims stay in ``claims.jsonl`` and RDF.

The result does not depend on the order of the input or on the hash seed: claims, nodes
and edges are inserted in sorted order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.actors import LANGS, Actor, Gazetteer, default_gazetteer
from kg.records import RELATIONS, STRUCTURAL, SYMMETRIC

LEVELS = ("state", "actor")
#: Quad class of the structural relations (leaderOf, officialOf, memberOf, actsFor).
STRUCTURAL_QUAD = "structural"


def relation_quad(relation: str) -> str:
    """The CAMEO/PLOVER quad class of a relation ("structural" for structural ones)."""
    if relation in RELATIONS:
        return RELATIONS[relation]
    if relation in STRUCTURAL:
        return STRUCTURAL_QUAD
    raise ValueError(f"unknown relation '{relation}'")


def claim_sort_key(claim: dict) -> tuple:
    """The canonical order of claims: by article, then position, then id."""
    return (str(claim.get("doc") or ""), int(claim.get("start") or 0), str(claim.get("id") or ""))


def as_claim_dicts(claims: Iterable) -> list[dict]:
    """Claim dicts (``Claim`` objects are converted) in canonical order."""
    out = [c.to_dict() if hasattr(c, "to_dict") else c for c in claims]
    return sorted(out, key=claim_sort_key)


def read_claims(path: str | Path) -> list[dict]:
    """Read claims from a ``claims.jsonl`` file or an export directory holding one."""
    path = Path(path)
    if path.is_dir():
        path = path / "claims.jsonl"
    claims = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                claims.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not a JSON claim ({e.msg})") from None
    return sorted(claims, key=claim_sort_key)


def _node_from_actor(actor: Actor) -> dict:
    return {
        "type": actor.type,
        "code": actor.code,
        "labels": {lg: actor.label(lg) for lg in LANGS},
        "wikidata": actor.wikidata,
    }


def _node_from_ref(ref: dict) -> dict:
    label = ref.get("label") or ref["id"]
    return {
        "type": ref.get("type") or "Actor",
        "code": ref.get("code") or "",
        "labels": {lg: label for lg in LANGS},
        "wikidata": ref.get("wikidata"),
    }


def resolve_actor(ref: dict, level: str, gazetteer: Gazetteer) -> tuple[str, dict]:
    """The node (id, attributes) that an ``ActorRef`` dict stands for at ``level``.

    At "state" level: the gazetteer's top actor of the id; failing that, of ``acts_for``;
    failing that, the top-level actor with the claim's ``code``; else the claim's own actor.
    At "actor" level: the actor itself (labels from the gazetteer when it knows the id).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    aid = ref["id"]
    if level == "actor":
        if aid in gazetteer:
            return aid, _node_from_actor(gazetteer[aid])
        return aid, _node_from_ref(ref)
    if aid in gazetteer:
        top = gazetteer.top(gazetteer[aid])
        return top.id, _node_from_actor(top)
    parent = ref.get("acts_for")
    if parent and parent in gazetteer:
        top = gazetteer.top(gazetteer[parent])
        return top.id, _node_from_actor(top)
    if ref.get("code") and (top := gazetteer.by_code(ref["code"])) is not None:
        return top.id, _node_from_actor(top)
    return aid, _node_from_ref(ref)


def edge_ends(subject: str, relation: str, obj: str) -> tuple[str, str]:
    """Edge direction as stored: symmetric relations in sorted order."""
    if relation in SYMMETRIC and obj < subject:
        return obj, subject
    return subject, obj


def _edge_attrs(relation: str, claims: list[dict]) -> dict:
    claims = sorted(claims, key=claim_sort_key)
    positive = [c for c in claims if not c.get("negated")]
    dated = [c["published"] for c in (positive or claims) if c.get("published")]
    return {
        "relation": relation,
        "quad": relation_quad(relation),
        "symmetric": relation in SYMMETRIC,
        "claims": claims,
        "weight": len(positive),
        "sources": len({c.get("source") or c.get("doc") for c in positive}),
        "docs": len({c.get("doc") for c in positive}),
        "negated": len(claims) - len(positive),
        "hedged": sum(1 for c in positive if c.get("hedged")),
        "langs": sorted({c["lang"] for c in claims if c.get("lang")}),
        "first": min(dated) if dated else None,
        "last": max(dated) if dated else None,
    }


def claims_graph(
    claims: Iterable, level: str = "state", gazetteer: Gazetteer | None = None
) -> nx.MultiDiGraph:
    """Aggregate claims into an actor graph (see the module docstring for the shape).

    Node attributes: ``type``, ``code``, ``labels`` ({"pl", "en", "de"}), ``wikidata``,
    ``actors`` (the claim actor ids rolled into the node). Edge attributes: ``relation``,
    ``quad``, ``symmetric``, ``claims``, ``weight``, ``sources``, ``docs``, ``negated``,
    ``hedged``, ``langs``, ``first``, ``last``. Graph attributes: ``level``, ``claims``
    (number of input claims), ``self_loops`` (claims left out because both ends lifted to
    the same node).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    claims = as_claim_dicts(claims)
    nodes: dict[str, dict] = {}
    members: dict[str, set[str]] = {}
    edges: dict[tuple[str, str, str], list[dict]] = {}
    self_loops = 0
    for claim in claims:
        relation = claim["relation"]
        relation_quad(relation)  # unknown relations fail loudly, naming the relation
        ends = []
        for role in ("subject", "object"):
            ref = claim[role]
            nid, attrs = resolve_actor(ref, level, gazetteer)
            nodes.setdefault(nid, attrs)  # first claim in canonical order wins for unknown ids
            members.setdefault(nid, set()).add(ref["id"])
            ends.append(nid)
        if ends[0] == ends[1]:
            self_loops += 1
            continue
        u, v = edge_ends(ends[0], relation, ends[1])
        edges.setdefault((u, v, relation), []).append(claim)

    used = {n for u, v, _ in edges for n in (u, v)}
    graph = nx.MultiDiGraph(level=level, claims=len(claims), self_loops=self_loops)
    for nid in sorted(used):
        graph.add_node(nid, **nodes[nid], actors=sorted(members[nid]))
    for u, v, relation in sorted(edges):
        graph.add_edge(u, v, key=relation, **_edge_attrs(relation, edges[(u, v, relation)]))
    return graph


def positive_edges(graph: nx.MultiDiGraph) -> Iterable[tuple[str, str, str, dict]]:
    """(u, v, relation, attrs) of the edges with at least one positive claim, in order."""
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if attrs["weight"] > 0:
            yield u, v, key, attrs
