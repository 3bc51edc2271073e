"""Disputes worked out at build time (kg.disputes): every kg:Edge says what disputes it, and the
bundled query ``disputed`` reads only that. Checked against the definition of a dispute computed
claim by claim (every denial against every assertion), on claims made by hand and on random
corpora added in any order.
"""

from __future__ import annotations

import random
from itertools import groupby
from urllib.parse import unquote

import pytest

from kg.actors import default_gazetteer
from kg.disputes import Smallest, Spread
from kg.exports import build_exports
from kg.graph import GraphAggregator, claim_sort_key, edge_ends, resolve_actor
from kg.query import get_query, run_query
from kg.rdfio import load_store

GAZ = default_gazetteer()


def claim(cid: str, doc: str, start: int, sentence: str, relation: str, subject: str, obj: str,
          modality: str = "asserted", attributed_to: str | None = None, source: str | None = None) -> dict:
    def ref(aid: str) -> dict:
        return {"id": aid, "label": aid, "type": "State", "code": "", "wikidata": None}

    return {"id": cid, "doc": doc, "relation": relation, "subject": ref(subject), "object": ref(obj),
            "negated": modality != "asserted", "hedged": False, "modality": modality,
            "attributed_to": attributed_to, "status": "done", "cameo": None, "place": None,
            "sentence": sentence, "start": start, "end": start + len(sentence), "trigger": "", "lang": "en",
            "rule": "test", "confidence": 0.9, "title": None, "url": None, "published": "2025-01-02",
            "published_precision": "day", "source": source}


def by_definition(claims: list[dict]) -> dict[tuple[str, str, str], tuple]:
    """(u, relation, v) -> (asserted, denied, asserted by, denial sentence, accused), claim by claim:
    each denial against each assertion, as the query on the claims used to do."""
    def lift(ref: dict) -> str:
        return resolve_actor(ref, "state", GAZ)[0]

    outlet = {}
    for c in sorted(claims, key=claim_sort_key):
        outlet.setdefault(c["doc"], c.get("source"))
    found: dict[tuple, dict] = {}
    for d in claims:
        if d["modality"] != "denied" or lift(d["subject"]) == lift(d["object"]):
            continue
        s, o = lift(d["subject"]), lift(d["object"])
        u, v = edge_ends(s, d["relation"], o)
        for a in claims:
            if a["modality"] != "asserted":
                continue
            same = (a["doc"], a["start"]) == (d["doc"], d["start"])
            ends = edge_ends(lift(a["subject"]), a["relation"], lift(a["object"]))
            if a["relation"] == d["relation"] and not same and ends == (u, v):
                by, accused = a["attributed_to"] or outlet[a["doc"]] or a["doc"], False
            elif a["relation"] == "accuses" and same and lift(a["object"]) == s:
                by, accused = a["attributed_to"] or d["attributed_to"] or outlet[a["doc"]] or a["doc"], True
            else:
                continue
            row = found.setdefault((u, d["relation"], v), {"a": set(), "d": set(), "by": set(), "s": set(),
                                                           "accused": False})
            row["a"].add(a["id"])
            row["d"].add(d["id"])
            row["by"].add(by)
            row["s"].add(d["sentence"])
            row["accused"] |= accused
    return {e: (len(r["a"]), len(r["d"]), min(r["by"]), min(r["s"]), r["accused"]) for e, r in found.items()}


def aggregated(claims: list[dict], seed: int | None = None) -> dict[tuple[str, str, str], tuple]:
    """The same, from the aggregator, the articles added in a shuffled order."""
    articles = [list(g) for _d, g in groupby(sorted(claims, key=claim_sort_key), key=lambda c: c["doc"])]
    random.Random(seed).shuffle(articles)
    agg = GraphAggregator(level="state", gazetteer=GAZ)
    for art in articles:
        agg.add_article(list(reversed(art)) if seed and seed % 2 else art)
    text = {c["id"]: c["sentence"] for c in claims}
    out = {}
    for u, v, rel, e in agg.graph().edges(keys=True, data=True):
        if (d := e["dispute"]) is not None:
            out[(u, rel, v)] = (d["asserted"], d["denied"], d["asserted_by"], text[d["denial"]], d["accused"])
    return out


def disputed_rows(folder) -> dict[tuple[str, str, str], tuple]:
    res = run_query(load_store(folder / "graph.nq"), get_query("disputed"))
    assert res.variables == ["subject", "relation", "object", "asserted", "denied", "asserted_by", "denial"]
    out = {}
    for s, rel, o, a, d, by, text in res.rows:
        key = (unquote(s.value.rsplit("/", 1)[-1]), rel.value, unquote(o.value.rsplit("/", 1)[-1]))
        assert key not in out  # one row per edge
        out[key] = (int(a.value), int(d.value), by.value, text.value)
    return out


# --- made by hand ---------------------------------------------------------------------------------

def test_a_denial_in_the_sentence_of_the_assertion_disputes_nothing(tmp_path):
    s = "Iran sent drones to Russia, which Tehran denies."
    claims = [claim("a1", "a.txt", 0, s, "suppliesWeaponsTo", "IRN", "RUS"),
              claim("d1", "a.txt", 0, s, "suppliesWeaponsTo", "IRN", "RUS", "denied")]
    assert aggregated(claims) == by_definition(claims) == {}
    # an assertion in another sentence of the same article is a dispute; the one beside the denial is not counted
    other = "Drones from Iran reached Russia."
    claims.append(claim("a2", "a.txt", 60, other, "suppliesWeaponsTo", "IRN", "RUS", source="Wire"))
    want = {("IRN", "suppliesWeaponsTo", "RUS"): (1, 1, "a.txt", s, False)}
    assert aggregated(claims) == by_definition(claims) == want
    build_exports(claims, tmp_path, html=False)
    assert disputed_rows(tmp_path) == {k: v[:4] for k, v in want.items()}


def test_an_accusation_and_the_accused_denial_in_one_sentence_is_a_dispute(tmp_path):
    s = "Washington accused Tehran of arming the Houthis, which Iran denies."
    claims = [claim("acc", "w.txt", 0, s, "accuses", "USA", "IRN"),
              claim("den", "w.txt", 0, s, "suppliesWeaponsTo", "IRN", "houthis", "denied", "United States")]
    want = {("IRN", "suppliesWeaponsTo", "houthis"): (1, 1, "United States", s, True)}
    assert aggregated(claims) == by_definition(claims) == want
    build_exports(claims, tmp_path, html=False)
    assert disputed_rows(tmp_path) == {k: v[:4] for k, v in want.items()}
    # the accusation in another sentence, or against another state, disputes nothing
    moved = [claims[0] | {"start": 80}, claims[1]]
    assert aggregated(moved) == by_definition(moved) == {}
    other = [claims[0] | {"object": claims[0]["object"] | {"id": "RUS"}}, claims[1]]
    assert aggregated(other) == by_definition(other) == {}
    # the accused is the state the denial's subject lifts to: Lavrov denies for Russia
    s2 = "Kyiv accused Moscow of shelling Kharkiv; Lavrov denied attacking Ukraine."
    lifted = [claim("acc2", "k.txt", 0, s2, "accuses", "UKR", "RUS", attributed_to="Kyiv"),
              claim("den2", "k.txt", 0, s2, "attacks", "sergey-lavrov", "UKR", "denied")]
    assert aggregated(lifted) == by_definition(lifted) == {("RUS", "attacks", "UKR"): (1, 1, "Kyiv", s2, True)}


def test_symmetric_relations_either_way_and_one_row_per_edge(tmp_path):
    met, denied, denied2 = ("Putin met Zelensky's envoy.", "Kyiv denies meeting Moscow.",
                            "Moscow denies any meeting with Kyiv.")
    claims = [claim("m", "a.txt", 0, met, "meetsWith", "RUS", "UKR", source="Herald"),
              claim("d", "b.txt", 0, denied, "meetsWith", "UKR", "RUS", "denied"),
              claim("d2", "c.txt", 0, denied2, "meetsWith", "RUS", "UKR", "denied")]
    want = {("RUS", "meetsWith", "UKR"): (1, 2, "Herald", denied, False)}  # edge order: RUS < UKR
    assert aggregated(claims) == by_definition(claims) == want
    build_exports(claims, tmp_path / "sym", html=False)
    assert disputed_rows(tmp_path / "sym") == {k: v[:4] for k, v in want.items()}
    # not for a directed relation: Ukraine attacking Russia is not what Russia denies
    directed = [c | {"relation": "attacks"} for c in claims[:2]]
    assert aggregated(directed) == by_definition(directed) == {}


def test_counts_when_denials_and_assertions_share_sentences():
    # assertions in sentences 1 and 2, denials in 1 and 3: every assertion is disputed (by the denial in 3
    # or in 1), every denial too (by an assertion in another sentence)
    claims = [claim("a1", "x.txt", 0, "one", "attacks", "RUS", "UKR", attributed_to="Zeta"),
              claim("d1", "x.txt", 0, "one", "attacks", "RUS", "UKR", "denied"),
              claim("a2", "x.txt", 10, "two", "attacks", "RUS", "UKR"),
              claim("d3", "y.txt", 0, "three", "attacks", "RUS", "UKR", "denied")]
    assert aggregated(claims) == by_definition(claims) == {("RUS", "attacks", "UKR"): (2, 2, "Zeta", "one", False)}
    # with the assertions in sentence 1 only, the denial there disputes nothing, the one in 3 disputes both
    only = [c for c in claims if c["id"] != "a2"] + [claim("a3", "x.txt", 0, "one", "attacks", "RUS", "UKR")]
    assert aggregated(only) == by_definition(only) == {("RUS", "attacks", "UKR"): (2, 1, "Zeta", "three", False)}
    # with every denial in sentence 1, its assertions are not disputed, the other one is
    same = [c for c in claims if c["id"] != "d3"]
    assert aggregated(same) == by_definition(same) == {("RUS", "attacks", "UKR"): (1, 1, "x.txt", "one", False)}


def test_smallest_outside_a_sentence():
    best = Smallest()
    for value, sentence in (("m", ("a", 0)), ("k", ("b", 0)), ("c", ("b", 0)), ("z", ("c", 0)), ("d", ("a", 0))):
        best.add(value, sentence)
    assert (best.outside(None), best.outside(("b", 0)), best.outside(("a", 0)), best.outside(("c", 0))) == (
        "c", "d", "c", "c")
    spread = Spread()
    assert spread.add(("a", 0)) and spread.only() == ("a", 0)
    assert not spread.add(("b", 0)) and spread.only() is None


# --- random corpora --------------------------------------------------------------------------------

ACTORS = ("RUS", "UKR", "IRN", "USA", "houthis", "sergey-lavrov", "vladimir-putin")
RELATIONS = ("attacks", "meetsWith", "accuses", "suppliesWeaponsTo")
MODALITIES = ("asserted", "asserted", "asserted", "denied", "denied", "negated", "hypothetical")


def random_corpus(rng: random.Random) -> list[dict]:
    claims = []
    for a in range(rng.randint(1, 6)):
        doc, source = f"art-{a}.txt", rng.choice((None, "Wire", "Herald"))
        for s in range(rng.randint(1, 4)):
            text = f"{rng.choice('bkmx')} sentence {s} of {doc}"
            for k in range(rng.randint(1, 5)):
                subject, obj = rng.sample(ACTORS, 2)
                claims.append(claim(f"{doc}-{s}-{k}", doc, 100 * s, text, rng.choice(RELATIONS), subject, obj,
                                    rng.choice(MODALITIES), rng.choice((None, None, "Reuters", "Kyiv")), source))
    return claims


@pytest.mark.parametrize("seed", range(120))
def test_random_corpora_in_any_order(seed):
    claims = random_corpus(random.Random(seed))
    want = by_definition(claims)
    assert aggregated(claims, seed) == want
    assert aggregated(claims, seed + 1000) == want


def test_the_query_gives_the_definition_on_a_random_corpus(tmp_path):
    rng = random.Random(7)
    claims = [c | {"id": f"{i}-{c['id']}", "doc": f"{i}-{c['doc']}"}  # six corpora as one
              for i in range(6) for c in random_corpus(rng)]
    want = by_definition(claims)
    assert len(want) >= 5
    build_exports(claims, tmp_path, html=False)
    assert disputed_rows(tmp_path) == {k: v[:4] for k, v in want.items()}
