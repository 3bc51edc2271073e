"""kg.graph: claims folded into the state- and actor-level graph."""

from __future__ import annotations

import json
import random

import networkx as nx
import pytest
from graph_fixtures import claim_dicts, claims, gazetteer, pick

from kg.graph import claims_graph, positive_edges, read_claims


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return gazetteer(tmp_path_factory.mktemp("gaz"))


def test_state_level_rolls_persons_bodies_and_places_up(gaz):
    g = claims_graph(claim_dicts(), gazetteer=gaz)
    assert g.graph["level"] == "state"
    assert "vladimir-putin" not in g and "kursk-oblast" not in g
    assert g.has_edge("PRK", "RUS", "supports")  # Kim -> Putin
    assert g.has_edge("UKR", "RUS", "attacks")  # Ukraine -> Kursk Oblast
    assert g.nodes["RUS"]["labels"] == {"pl": "Rosja", "en": "Russia", "de": "Russland"}
    assert g.nodes["RUS"]["wikidata"] == "Q159"
    assert g.nodes["RUS"]["actors"] == ["RUS", "kursk-oblast", "russia-mfa", "vladimir-putin"]
    assert g.nodes["nato"]["labels"]["pl"] == "Sojusz Północnoatlantycki"
    # "leaderOf" Kim -> PRK and nothing else lifts to a self-loop
    assert g.graph["self_loops"] == 1
    assert not any(u == v for u, v in g.edges())


def test_unknown_actor_falls_back_to_the_claims_own_ref(gaz):
    g = claims_graph(claim_dicts(), gazetteer=gaz)
    assert g.has_edge("RUS", "wagner", "praises")
    assert g.nodes["wagner"]["type"] == "ArmedGroup"
    assert g.nodes["wagner"]["labels"]["de"] == "Wagner Group"


def test_unknown_id_with_known_code_goes_to_the_code(gaz):
    c = pick("accuses", "USA", "RUS").to_dict()
    c["subject"] = {"id": "us-state-dept", "label": "State Department", "type": "Organization", "code": "USA"}
    g = claims_graph([c], gazetteer=gaz)
    assert list(g.edges(keys=True)) == [("USA", "RUS", "accuses")]


def test_edge_attributes(gaz):
    g = claims_graph(claim_dicts(), gazetteer=gaz)
    e = g.edges["PRK", "RUS", "suppliesWeaponsTo"]
    assert e["quad"] == "material_cooperation" and e["symmetric"] is False
    assert e["weight"] == 1 and e["negated"] == 0 and e["hedged"] == 1
    assert e["langs"] == ["en"] and e["first"] == e["last"] == "2024-11-02"
    e = g.edges["PRK", "RUS", "deploysTroopsTo"]
    assert e["sources"] == 1 and e["claims"][0]["attributed_to"] == "KOR intelligence"


def test_negated_only_edge_has_weight_zero_and_keeps_its_claims(gaz):
    g = claims_graph(claim_dicts(), gazetteer=gaz)
    e = g.edges["CHN", "RUS", "suppliesWeaponsTo"]
    assert e["weight"] == 0 and e["negated"] == 2 and e["sources"] == 0
    assert [c["doc"] for c in e["claims"]] == ["en-c.txt", "pl-a.txt"]
    assert ("CHN", "RUS", "suppliesWeaponsTo") not in {(u, v, k) for u, v, k, _ in positive_edges(g)}


def test_symmetric_relations_are_stored_once_in_sorted_order(gaz):
    g = claims_graph(claim_dicts(), gazetteer=gaz)
    assert g.has_edge("PRK", "RUS", "signsAgreementWith")
    assert not g.has_edge("RUS", "PRK", "signsAgreementWith")
    assert g.edges["PRK", "RUS", "alliedWith"]["symmetric"] is True
    assert g.has_edge("KOR", "nato", "meetsWith")
    g = claims_graph(claim_dicts(), level="actor", gazetteer=gaz)
    assert g.has_edge("kim-jong-un", "vladimir-putin", "signsAgreementWith")


def test_weights_across_articles(gaz):
    cs = claim_dicts()
    more = pick("accuses", "USA", "RUS")  # again, from another outlet
    extra = more.to_dict() | {"id": "x1", "doc": "en-c.txt", "source": "AP", "published": "2024-08-07"}
    same_outlet = more.to_dict() | {"id": "x2", "doc": "en-d.txt", "source": "Reuters",
                                    "published": "2025-01-01"}
    g = claims_graph([*cs, extra, same_outlet], gazetteer=gaz)
    e = g.edges["USA", "RUS", "accuses"]
    assert e["weight"] == 3 and e["sources"] == 2 and e["docs"] == 3
    assert (e["first"], e["last"]) == ("2024-08-07", "2025-01-01")


def test_actor_level_keeps_actors(gaz):
    g = claims_graph(claims(), level="actor", gazetteer=gaz)  # Claim objects are accepted too
    assert g.has_edge("kim-jong-un", "vladimir-putin", "supports")
    assert g.has_edge("kim-jong-un", "PRK", "leaderOf")
    assert g.edges["kim-jong-un", "PRK", "leaderOf"]["quad"] == "structural"
    assert g.nodes["vladimir-putin"]["labels"]["pl"] == "Władimir Putin"


def test_deterministic_whatever_the_input_order(gaz):
    cs = claim_dicts()
    ref = claims_graph(cs, gazetteer=gaz)
    for seed in range(3):
        shuffled = cs[:]
        random.Random(seed).shuffle(shuffled)
        g = claims_graph(shuffled, gazetteer=gaz)
        assert list(g.nodes(data=True)) == list(ref.nodes(data=True))
        assert list(g.edges(keys=True, data=True)) == list(ref.edges(keys=True, data=True))


def test_unknown_relation_and_level_fail_loudly(gaz):
    c = pick("accuses", "USA", "RUS").to_dict() | {"relation": "loves"}
    with pytest.raises(ValueError, match="loves"):
        claims_graph([c], gazetteer=gaz)
    with pytest.raises(ValueError, match="level"):
        claims_graph([], level="galaxy", gazetteer=gaz)


def test_empty_input_gives_an_empty_graph(gaz):
    g = claims_graph([], gazetteer=gaz)
    assert isinstance(g, nx.MultiDiGraph) and len(g) == 0


def test_read_claims(tmp_path):
    cs = claim_dicts()
    (tmp_path / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in reversed(cs)) + "\n")
    assert read_claims(tmp_path) == sorted(cs, key=lambda c: (c["doc"], c["start"], c["id"]))
    (tmp_path / "bad.jsonl").write_text("{nope\n")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        read_claims(tmp_path / "bad.jsonl")
