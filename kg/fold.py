"""What a build folds from every article's claims, in pieces that merge.

``Fold.add(claims)`` takes one article's claims (as ``claims.jsonl`` has them) into the
aggregated graph (``kg.graph.GraphAggregator``) and the few things the default graph needs:
the actors named (each with the reference of the first claim naming it), the outlets, the
direct actor-to-actor edges and the tallies per outlet and attribution, plus the counts of
the build's summary. All of it is bounded by the size of the graph, not by the number of
articles, and none of it depends on the order of the articles.

``Fold.merge(other)`` adds a fold of other articles: the same as adding them here. A worker
of ``kg build`` folds the articles of a batch where it extracts them and sends the fold with
their fragments, so that the process writing the exports merges one fold per batch instead
of unpacking and folding every article beside the workers (``kg.writer.ExportWriter``).
"""

from __future__ import annotations

from kg.actors import Gazetteer
from kg.graph import GraphAggregator, claim_sort_key
from kg.rdf import direct_edges


class Fold:
    def __init__(self, gazetteer: Gazetteer | None, resolved: dict | None = None):
        self.agg = GraphAggregator(level="state", gazetteer=gazetteer, resolved=resolved)
        self.refs: dict[str, tuple[tuple, dict]] = {}  # actor id -> (claim sort key, its reference)
        self.direct: set[tuple] = set()
        self.sources: set[str] = set()
        self.tallies: dict[tuple[str | None, str | None], list[int]] = {}  # claims, positive, hedged, negated
        self.articles = 0
        self.claims = 0
        self.positive = 0

    def add(self, claims: list[dict]) -> None:
        """Fold one article's claims (in canonical order, as its fragment holds them)."""
        self.articles += 1
        self.claims += len(claims)
        self.agg.add_article(claims)
        refs, tallies = self.refs, self.tallies
        for c in claims:
            key = claim_sort_key(c)
            for role in ("subject", "object"):
                ref = c[role]
                known = refs.get(ref["id"])
                if known is None or key < known[0]:
                    refs[ref["id"]] = (key, ref)
            negated = bool(c.get("negated"))
            if not negated:
                self.positive += 1
                self.direct.update(direct_edges(c))
            if c.get("source"):
                self.sources.add(c["source"])
            tally = tallies.setdefault((c.get("source") or None, c.get("attributed_to") or None), [0, 0, 0, 0])
            tally[0] += 1
            tally[3 if negated else 1] += 1
            tally[2] += 1 if c.get("hedged") and not negated else 0

    def merge(self, other: Fold) -> None:
        """Add the fold of other articles (none of them added here too)."""
        self.agg.merge(other.agg)
        for aid, (key, ref) in other.refs.items():
            known = self.refs.get(aid)
            if known is None or key < known[0]:
                self.refs[aid] = (key, ref)
        self.direct |= other.direct
        self.sources |= other.sources
        for key, counts in other.tallies.items():
            mine = self.tallies.get(key)
            if mine is None:
                self.tallies[key] = counts
            else:
                for i, n in enumerate(counts):
                    mine[i] += n
        self.articles += other.articles
        self.claims += other.claims
        self.positive += other.positive
