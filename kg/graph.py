"""Claims -> an aggregated actor graph (networkx), the shape every export starts from.

``claims_graph`` folds the claims of ``kg extract`` (``Claim.to_dict()`` dicts) into a
``networkx.MultiDiGraph``:

* one node per actor id; at ``level="state"`` persons, bodies and places are rolled up to
  the state or organization they act for (``Gazetteer.top``), so "Kim Jong Un supports
  Russia" and "Pyongyang supports the Kremlin" are the same edge ``PRK -> RUS``;
* one edge per (subject, relation, object), key = relation; symmetric relations are stored
  once, with the two ids in sorted order;
* each edge carries its evidence (``claims``, positive and negated) and its counts across
  articles: ``weight`` = distinct asserted events (``event_keys``: one per sentence, the
  headline once with the sentence restating it), ``pledged`` and ``hedged`` of those,
  ``docs`` = articles, ``sources`` = distinct outlets, ``negated``/``denied`` = events not
  asserted.

Negated claims (denials, hypotheticals, demands) are kept on the edge for explanation, but
an edge with only negated claims has ``weight == 0``: exports leave it out unless asked
(``include_negated``), views hide it and RDF emits no direct edge for it. Edges whose two
ends lift to the same node ("the Russian MFA thanked Russian soldiers") are left out of
the graph; their claims stay in ``claims.jsonl`` and RDF.

The result does not depend on the order of the input or on the hash seed: claims, nodes
and edges are inserted in sorted order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from kg.actors import LANGS, Actor, Gazetteer, default_gazetteer
from kg.disputes import Dispute, accusations_by_sentence, modality, sentence_of
from kg.records import RELATIONS, STRUCTURAL, SYMMETRIC, is_headline, xsd_date

if TYPE_CHECKING:  # networkx is imported where a graph is made: kg query and kg.rdf never need it
    import networkx as nx

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


def claim_problem(obj) -> str | None:
    """Why ``obj`` (a parsed JSON line) is not a kg claim, or None when it is one.

    Claims files come from anywhere; checking the shape here lets every reader fail with
    one line naming the line instead of deep inside aggregation."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    if not isinstance(obj.get("relation"), str):
        return "no 'relation'"
    for role in ("subject", "object"):
        ref = obj.get(role)
        if not isinstance(ref, dict) or not isinstance(ref.get("id"), str) or not ref["id"]:
            return f"'{role}' must be an object with an 'id'"
    for key in ("start", "end"):
        if obj.get(key) is not None and (isinstance(obj[key], bool) or not isinstance(obj[key], int)):
            return f"'{key}' must be a whole number"
    for key in ("doc", "sentence", "id"):
        if obj.get(key) is not None and not isinstance(obj[key], str | int):
            return f"'{key}' must be a string"
    return None


def parse_claim_line(line: str, where: str) -> dict:
    """One line of a claims file as a claim dict; ValueError naming ``where`` otherwise."""
    try:
        obj = json.loads(line)
    except ValueError as e:
        raise ValueError(f"{where}: not a JSON claim ({getattr(e, 'msg', e)})") from None
    except RecursionError:
        raise ValueError(f"{where}: not a JSON claim (nested too deeply)") from None
    problem = claim_problem(obj)
    if problem:
        raise ValueError(f"{where}: not a kg claim ({problem})")
    return obj


def read_claims(path: str | Path) -> list[dict]:
    """Read claims from a ``claims.jsonl`` file or an export directory holding one."""
    path = Path(path)
    if path.is_dir():
        path = path / "claims.jsonl"
    claims = []
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    claims.append(parse_claim_line(line, f"{path}:{n}"))
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text (a claims file is JSON Lines)") from None
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


# --- actor-level aggregation: the one place where claims become edge counts ----------------
#
# Every export that shows edges (RDF kg:Edge nodes, GraphML, edges.csv, the HTML page) reads
# the counts made here. They are folded one article at a time, so a corpus of any size is
# aggregated in memory bounded by the graph itself (its nodes, edges, outlets and languages),
# never by the number of articles or claims.


def event_keys(claims: list[dict]) -> list[tuple[str, int, bool]]:
    """The event each claim of one edge counts as: (article, sentence start, negated).

    This is the one definition of a reported event (issue 8): one per sentence per edge —
    two people of the same two states in one meeting sentence are one meeting, not four —
    with the headline counted once with the sentence that restates it: a headline claim
    of an edge that a sentence of the article body also states counts as that sentence's
    event (the first of them). Across articles events add up; articles and outlets are
    counted apart (``docs``, ``sources``). Asserted and negated claims never share an event.
    """
    body: dict[tuple[str, bool], int] = {}
    heads = []
    for c in claims:
        doc, start, neg = str(c.get("doc") or ""), int(c.get("start") or 0), bool(c.get("negated"))
        head = is_headline(c.get("title"), str(c.get("sentence") or ""), start)
        heads.append(head)
        if not head and ((doc, neg) not in body or start < body[(doc, neg)]):
            body[(doc, neg)] = start
    out = []
    for c, head in zip(claims, heads, strict=True):
        doc, start, neg = str(c.get("doc") or ""), int(c.get("start") or 0), bool(c.get("negated"))
        out.append((doc, body[(doc, neg)] if head and (doc, neg) in body else start, neg))
    return out


@dataclass
class EdgeCounts:
    """What an edge knows about its claims, folded one article at a time (counts are events)."""

    weight: int = 0  # distinct asserted events (``event_keys``)
    negated: int = 0  # distinct events negated, denied, hypothetical, demanded or asked
    denied: int = 0  # of those, events some claim of which is a denial
    hedged: int = 0  # asserted events all of whose claims are hedged
    pledged: int = 0  # asserted events all of whose claims are pledges (promised, announced, decided)
    docs: int = 0  # distinct articles with an asserted event
    outlets: set = field(default_factory=set)  # named outlets with an asserted event
    unsourced_docs: int = 0  # articles without an outlet with an asserted event (each its own source)
    langs: set = field(default_factory=set)
    first_pos: str | None = None
    last_pos: str | None = None
    first_any: str | None = None
    last_any: str | None = None
    first_event: str | None = None  # the smallest event date (its digits, kg.records.xsd_date) of the asserted claims
    denial: tuple[str, str] | None = None  # (sentence, claim id) of the negated claim whose sentence sorts first
    dispute: Dispute = field(default_factory=Dispute)  # what disputes the edge (kg.disputes)

    def merge(self, other: EdgeCounts) -> None:
        """Add the counts of the same edge folded from other articles."""
        self.weight += other.weight
        self.negated += other.negated
        self.denied += other.denied
        self.hedged += other.hedged
        self.pledged += other.pledged
        self.docs += other.docs
        self.outlets |= other.outlets
        self.unsourced_docs += other.unsourced_docs
        self.langs |= other.langs
        self.first_pos, self.last_pos = _min(self.first_pos, other.first_pos), _max(self.last_pos, other.last_pos)
        self.first_any, self.last_any = _min(self.first_any, other.first_any), _max(self.last_any, other.last_any)
        self.first_event = _min(self.first_event, other.first_event)
        self.denial = _min(self.denial, other.denial)
        self.dispute.merge(other.dispute)

    def attrs(self, relation: str) -> dict:
        first, last = (self.first_pos, self.last_pos) if self.weight else (self.first_any, self.last_any)
        return {
            "relation": relation,
            "quad": relation_quad(relation),
            "symmetric": relation in SYMMETRIC,
            "weight": self.weight,
            "pledged": self.pledged,
            "hedged": self.hedged,
            "sources": len(self.outlets) + self.unsourced_docs,
            "docs": self.docs,
            "negated": self.negated,
            "denied": self.denied,
            "langs": sorted(self.langs),
            "first": first,
            "last": last,
            "first_event": self.first_event,
            "denial": self.denial[1] if self.denial else None,
            "dispute": self.dispute.result(),
        }


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None or (b is not None and b < a) else a


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None or (b is not None and b > a) else a


class GraphAggregator:
    """Fold articles' claims into the actor graph of ``claims_graph``, article by article.

    ``add_article(claims)`` takes all the claims of one article (so that distinct articles
    and sources are counted without remembering the articles); ``graph()`` returns the
    ``networkx.MultiDiGraph``. With ``keep_claims`` each edge also keeps its claims (for
    views of small corpora); without, memory does not grow with the number of claims.
    The result does not depend on the order of the articles, nor on whether they were added
    here or to other aggregators merged into this one (``merge``).
    """

    def __init__(self, level: str = "state", gazetteer: Gazetteer | None = None, keep_claims: bool = False,
                 resolved: dict | None = None):
        if level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
        self.level = level
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.keep_claims = keep_claims
        self.nodes: dict[str, tuple[tuple, dict]] = {}  # id -> (sort key of the claim it came from, attrs)
        self.members: dict[str, set[str]] = {}
        self.edges: dict[tuple[str, str, str], EdgeCounts] = {}
        self.evidence: dict[tuple[str, str, str], list[dict]] = {}
        self.claims = 0
        self.self_loops = 0
        # resolve()'s answers; aggregators of the same level and gazetteer may share them
        self._resolved: dict[tuple, tuple[str, dict]] = {} if resolved is None else resolved

    def resolve(self, ref: dict) -> tuple[str, dict]:
        key = (ref["id"], ref.get("acts_for"), ref.get("code"), ref.get("label"), ref.get("type"),
               ref.get("wikidata"))
        hit = self._resolved.get(key)
        if hit is None:
            hit = self._resolved[key] = resolve_actor(ref, self.level, self.gazetteer)
        return hit

    def edge_key(self, claim: dict) -> tuple[str, str, str] | None:
        """(u, v, relation) of the edge a claim counts for, or None when both ends are one node."""
        u, _ = self.resolve(claim["subject"])
        v, _ = self.resolve(claim["object"])
        if u == v:
            return None
        u, v = edge_ends(u, claim["relation"], v)
        return u, v, claim["relation"]

    def add_article(self, claims: Iterable[dict]) -> None:
        """Add the claims of one article (or of several, when ``docs`` counts are not needed)."""
        by_edge: dict[tuple[str, str, str], list[dict]] = {}
        accusations: list[tuple[dict, str]] = []  # asserted accusations, with the state accused
        first: tuple[tuple, dict] | None = None  # the article's first claim, which names its outlet
        for claim in claims:
            relation = claim["relation"]
            relation_quad(relation)  # unknown relations fail loudly, naming the relation
            self.claims += 1
            key = claim_sort_key(claim)
            if first is None or key < first[0]:
                first = (key, claim)
            ends = []
            for role in ("subject", "object"):
                ref = claim[role]
                nid, attrs = self.resolve(ref)
                known = self.nodes.get(nid)
                if known is None or key < known[0]:  # the first claim in canonical order names the node
                    self.nodes[nid] = (key, attrs)
                self.members.setdefault(nid, set()).add(ref["id"])
                ends.append(nid)
            if relation == "accuses" and modality(claim) == "asserted":
                accusations.append((claim, ends[1]))
            if ends[0] == ends[1]:
                self.self_loops += 1
                continue
            u, v = edge_ends(ends[0], relation, ends[1])
            by_edge.setdefault((u, v, relation), []).append(claim)
            if self.keep_claims:
                self.evidence.setdefault((u, v, relation), []).append(claim)
        accused = accusations_by_sentence(accusations)
        outlet = (first[1].get("source") or None) if first else None
        for edge, found in by_edge.items():
            e = self.edges.get(edge)
            if e is None:
                e = self.edges[edge] = EdgeCounts()
            self._add_dispute(e.dispute, found, accused, outlet)
            events: dict[tuple, list[dict]] = {}
            for claim, ev in zip(found, event_keys(found), strict=True):
                events.setdefault(ev, []).append(claim)
                date = claim.get("published") or None
                if claim.get("lang"):
                    e.langs.add(claim["lang"])
                e.first_any, e.last_any = _min(e.first_any, date), _max(e.last_any, date)
                if not claim.get("negated"):
                    e.first_pos, e.last_pos = _min(e.first_pos, date), _max(e.last_pos, date)
                    if (event := xsd_date(claim.get("event_date"))) is not None:
                        e.first_event = _min(e.first_event, event[0])
                else:
                    mine = (str(claim.get("sentence") or ""), str(claim.get("id") or ""))
                    if e.denial is None or mine < e.denial:
                        e.denial = mine
            sources: dict[str, str | None] = {}
            for (doc, _start, negated), group in events.items():
                if negated:
                    e.negated += 1
                    e.denied += any(c.get("modality") == "denied" for c in group)
                    continue
                e.weight += 1
                e.hedged += all(c.get("hedged") for c in group)
                e.pledged += all(c.get("status") == "pledged" for c in group)
                sources.setdefault(doc, group[0].get("source") or None)
            for source in sources.values():
                e.docs += 1
                if source:
                    e.outlets.add(source)
                else:
                    e.unsourced_docs += 1

    def merge(self, other: GraphAggregator) -> None:
        """Add what ``other`` folded from other articles (none of them added here too): the same
        as adding those articles here, in any order. With it, workers fold their articles and
        the process that writes the exports only merges what they send."""
        if other.level != self.level:
            raise ValueError(f"cannot merge a {other.level}-level aggregation into a {self.level}-level one")
        for nid, (key, attrs) in other.nodes.items():
            known = self.nodes.get(nid)
            if known is None or key < known[0]:
                self.nodes[nid] = (key, attrs)
        for nid, ids in other.members.items():
            self.members.setdefault(nid, set()).update(ids)
        for edge, counts in other.edges.items():
            mine = self.edges.get(edge)
            if mine is None:
                self.edges[edge] = counts
            else:
                mine.merge(counts)
        for edge, claims in other.evidence.items():
            self.evidence.setdefault(edge, []).extend(claims)
        self.claims += other.claims
        self.self_loops += other.self_loops

    def __getstate__(self) -> dict:  # sent between processes without the gazetteer and the cache
        return {k: v for k, v in self.__dict__.items() if k not in ("gazetteer", "_resolved")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, gazetteer=None, _resolved={})

    def _add_dispute(self, dispute: Dispute, found: list[dict], accused: dict, outlet: str | None) -> None:
        """Fold one article's claims of an edge into its dispute, sentence by sentence."""
        sentences: dict[tuple[str, int], list[dict]] = {}
        for claim in found:
            sentences.setdefault(sentence_of(claim), []).append(claim)
        for sentence, group in sentences.items():
            dispute.add_sentence(sentence, group, outlet,
                                 lambda d, s=sentence: accused.get((s, self.resolve(d["subject"])[0]), []))

    def graph(self) -> nx.MultiDiGraph:
        import networkx as nx

        used = {n for u, v, _ in self.edges for n in (u, v)}
        graph = nx.MultiDiGraph(level=self.level, claims=self.claims, self_loops=self.self_loops)
        for nid in sorted(used):
            graph.add_node(nid, **self.nodes[nid][1], actors=sorted(self.members[nid]))
        for u, v, relation in sorted(self.edges):
            attrs = self.edges[(u, v, relation)].attrs(relation)
            if self.keep_claims:
                attrs["claims"] = sorted(self.evidence.get((u, v, relation), []), key=claim_sort_key)
            graph.add_edge(u, v, key=relation, **attrs)
        return graph


def claims_graph(
    claims: Iterable, level: str = "state", gazetteer: Gazetteer | None = None
) -> nx.MultiDiGraph:
    """Aggregate claims into an actor graph (see the module docstring for the shape).

    Node attributes: ``type``, ``code``, ``labels`` ({"pl", "en", "de"}), ``wikidata``,
    ``actors`` (the claim actor ids rolled into the node). Edge attributes: ``relation``,
    ``quad``, ``symmetric``, ``claims``, ``weight``, ``pledged``, ``hedged``, ``sources``, ``docs``,
    ``negated``, ``denied``, ``langs``, ``first``, ``last``, ``first_event`` (the smallest event
    date of the asserted claims, or None), ``denial`` (the id of the negated
    claim whose sentence sorts first, or None), ``dispute`` (what disputes the edge, or None:
    ``kg.disputes.Dispute.result``). Graph attributes: ``level``, ``claims``
    (number of input claims), ``self_loops`` (claims left out because both ends lifted to
    the same node).
    """
    agg = GraphAggregator(level=level, gazetteer=gazetteer, keep_claims=True)
    for _doc, group in groupby(as_claim_dicts(claims), key=lambda c: str(c.get("doc") or "")):
        agg.add_article(group)
    return agg.graph()


def positive_edges(graph: nx.MultiDiGraph) -> Iterable[tuple[str, str, str, dict]]:
    """(u, v, relation, attrs) of the edges with at least one positive claim, in order."""
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if attrs["weight"] > 0:
            yield u, v, key, attrs
