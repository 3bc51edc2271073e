"""kg.fold and ``GraphAggregator.merge``: what workers fold from their batches, merged in any order,
is what one fold of all the articles gives (the exports' bytes depend on it: ``kg build --jobs``)."""

from __future__ import annotations

import pickle
import random
from itertools import groupby, permutations

import pytest
from test_build import EXAMPLES
from test_disputes import GAZ, by_definition, claim, random_corpus

from kg import extract_paths
from kg.fold import Fold
from kg.graph import claim_sort_key


def articles_of(claims: list[dict]) -> list[list[dict]]:
    return [list(g) for _d, g in groupby(sorted(claims, key=claim_sort_key), key=lambda c: c["doc"])]


def state(fold: Fold) -> tuple:
    """Everything a fold hands the writer, as comparable values."""
    g = fold.agg.graph()
    return (g.graph, sorted(g.nodes(data=True)), list(g.edges(keys=True, data=True)), fold.refs, fold.direct,
            fold.sources, fold.tallies, (fold.articles, fold.claims, fold.positive))


def merged(articles: list[list[dict]], rng: random.Random) -> Fold:
    """Random pieces of the articles in a random order, each folded apart (and sent through pickle,
    as from a worker) and merged, or folded article by article (as the writer does with a batch
    that held a duplicate)."""
    articles = articles[:]
    rng.shuffle(articles)
    whole = Fold(GAZ)
    while articles:
        k = rng.randint(1, 4)
        if rng.random() < 0.25:
            for art in articles[:k]:
                whole.add(art)
        else:
            piece = Fold(GAZ)
            for art in articles[:k]:
                piece.add(art)
            whole.merge(pickle.loads(pickle.dumps(piece)))
        articles = articles[k:]
    return whole


def one_fold(articles: list[list[dict]]) -> Fold:
    fold = Fold(GAZ)
    for art in articles:
        fold.add(art)
    return fold


@pytest.mark.parametrize("seed", range(60))
def test_random_corpora_merged_from_pieces(seed):
    articles = articles_of(random_corpus(random.Random(seed)))
    want = one_fold(articles)
    got = merged(articles, random.Random(seed))
    assert state(got) == state(want)
    disputes = {(u, rel, v): e["dispute"] for u, v, rel, e in got.agg.graph().edges(keys=True, data=True)
                if e["dispute"] is not None}
    assert {k: (d["asserted"], d["denied"]) for k, d in disputes.items()} == {
        k: v[:2] for k, v in by_definition([c for a in articles for c in a]).items()}


def dense_corpus(rng: random.Random) -> list[dict]:
    """Many short articles on a few edges, so that pieces share edges and sentences hold assertions,
    denials and accusations together."""
    claims = []
    for a in range(rng.randint(4, 12)):
        doc, source = f"d{a}", rng.choice((None, "Wire", "Herald"))
        for s in range(rng.randint(1, 3)):
            text = f"{rng.choice('bkmx')} sentence {s}"
            for k in range(rng.randint(1, 4)):
                relation = rng.choice(("attacks", "accuses"))
                pair = ("RUS", "UKR") if relation == "attacks" else rng.sample(("RUS", "UKR", "vladimir-putin"), 2)
                subject, obj = pair
                claims.append(claim(f"{doc}-{s}-{k}", doc, 10 * s, text, relation, subject, obj,
                                    rng.choice(("asserted", "asserted", "denied", "negated")),
                                    rng.choice((None, "Reuters", "Kyiv", "Moscow")), source))
    return claims


@pytest.mark.parametrize("seed", range(80))
def test_dense_corpora_merged_from_pieces(seed):
    articles = articles_of(dense_corpus(random.Random(seed)))
    assert state(merged(articles, random.Random(seed))) == state(one_fold(articles))


def test_disputes_merged_in_every_order():
    """The dispute of one edge from articles merged in every order: an assertion with a denial beside it
    in one sentence, a denial elsewhere, a denial beside an accusation of its subject."""
    s, t = "Russia attacked Ukraine, Moscow denies.", "Ukraine accuses Russia of the attack, which Moscow denies."
    articles = [
        [claim("a1", "x", 0, s, "attacks", "RUS", "UKR", attributed_to="Zeta"),
         claim("d1", "x", 0, s, "attacks", "RUS", "UKR", "denied")],
        [claim("d2", "y", 0, "Moscow denies the attack.", "attacks", "RUS", "UKR", "denied", source="Wire")],
        [claim("c3", "z", 5, t, "accuses", "UKR", "RUS"), claim("d3", "z", 5, t, "attacks", "RUS", "UKR", "denied")],
        [claim("n4", "w", 0, "Russia did not attack Ukraine.", "attacks", "RUS", "UKR", "negated")],
    ]
    for k in range(1, len(articles) + 1):
        for chosen in permutations(articles, k):
            want = one_fold(list(chosen))
            for split in range(1, k):  # two pieces, each folded apart, merged
                got = Fold(GAZ)
                for piece in (chosen[:split], chosen[split:]):
                    got.merge(pickle.loads(pickle.dumps(one_fold(list(piece)))))
                assert state(got) == state(want), (k, split, [a[0]["doc"] for a in chosen])


def test_the_example_articles_merged_from_pieces():
    claims = [c.to_dict() for c in extract_paths([EXAMPLES])[0]]
    articles = articles_of(claims)
    assert len(articles) >= 5
    want = state(one_fold(articles))
    for seed in range(5):
        assert state(merged(articles, random.Random(seed))) == want


def test_a_fold_travels_without_the_gazetteer():
    fold = Fold(GAZ)
    fold.add(articles_of(random_corpus(random.Random(3)))[0])
    blob = pickle.dumps(fold)
    assert len(blob) < 20_000 and pickle.loads(blob).agg.gazetteer is None
