"""kg.query and ``kg query``: the bundled queries on the fixture export, parameters, formats."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from graph_fixtures import build

from kg.cli import main
from kg.query import (
    QueryError,
    _cell,
    format_result,
    get_query,
    named_queries,
    resolve_actor_param,
    run_query,
)
from kg.rdfio import load_store

BUNDLED = ("who-supports", "deployments", "alliances", "attacks", "by-source", "between", "disputed")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    out, gaz = build(tmp_path_factory.mktemp("query"))
    return out, load_store(out / "graph.nq"), gaz


def rows(env, name, **params):
    _, store, gaz = env
    res = run_query(store, get_query(name=name), params, gazetteer=gaz)
    return [dict(zip(res.variables, [_cell(t) for t in r], strict=True)) for r in res.rows]


def test_bundled_queries_are_documented():
    qs = named_queries()
    assert set(BUNDLED) <= set(qs)
    for q in qs.values():
        assert len(q.description) > 40, q.name
        for p, (kind, desc) in q.params.items():
            assert kind in ("actor", "string", "date") and desc, (q.name, p)
            assert f"?{p}" in q.text.split("WHERE")[0], f"{q.name}: parameter ?{p} must be projected"
    assert set(qs["between"].params) == {"a", "b"}
    assert set(qs["who-supports"].params) == {"actor"}


def test_who_supports_lifts_persons_to_states(env):
    for name in ("Rosja", "RUS", "vladimir-putin", "Putin", "Russland"):
        r = rows(env, "who-supports", actor=name)
        assert [x["supporter"] for x in r] == ["actor:PRK"], name
    (r,) = rows(env, "who-supports", actor="Russia")
    assert r["events"] == "5"
    assert set(r["relations"].split()) == {"supports", "suppliesWeaponsTo", "deploysTroopsTo", "alliedWith",
                                            "signsAgreementWith"}
    # symmetric relations count both ways: Russia is allied with North Korea too
    (r,) = rows(env, "who-supports", actor="Korea Północna")
    assert r["supporter"] == "actor:RUS"
    assert set(r["relations"].split()) == {"alliedWith", "signsAgreementWith"}


def test_deployments(env):
    r = rows(env, "deployments")
    assert [(x["first"], x["from"], x["relation"], x["to"], x["events"], x["hedged"], x["negated"]) for x in r] == [
        ("2024-10-18", "actor:PRK", "deploysTroopsTo", "actor:RUS", "1", "0", "1"),
        ("2024-11-02", "actor:PRK", "suppliesWeaponsTo", "actor:RUS", "1", "1", "0"),
    ]
    # only denied: no row (the edge has weight 0), but its claims are there for `between`
    assert all(x["from"] != "actor:CHN" for x in r)


def test_alliances_and_attacks(env):
    r = rows(env, "alliances")
    assert [(x["a"], x["b"], x["events"]) for x in r] == [("actor:PRK", "actor:RUS", "1")]
    (a,) = rows(env, "attacks")
    assert (a["first"], a["last"], a["attacker"], a["target"], a["events"], a["articles"]) == (
        "2024-08-07", "2024-08-07", "actor:UKR", "actor:RUS", "1", "1")


def test_by_source(env):
    r = {(x["source"], x["attributedTo"]): x for x in rows(env, "by-source")}
    assert r[("Reuters", "officials")]["hedged"] == "1"
    assert r[("PAP", "Kreml")]["negated"] == "1"
    assert sum(int(x["claims"]) for x in r.values()) == 15


def test_between_both_ways_with_negations(env):
    r = rows(env, "between", a="Chiny", b="Rosja")
    assert [(x["subject"], x["relation"], x["negated"]) for x in r] == [
        ("actor:CHN", "suppliesWeaponsTo", "true"), ("actor:CHN", "suppliesWeaponsTo", "true")]
    r = rows(env, "between", a="RUS", b="PRK")
    assert {x["relation"] for x in r} == {"deploysTroopsTo", "supports", "signsAgreementWith", "alliedWith",
                                          "suppliesWeaponsTo", "accuses"} - {"accuses"}
    assert all(x["a"] == "actor:RUS" and x["b"] == "actor:PRK" for x in r)


def test_disputed(env):
    (r,) = rows(env, "disputed")
    assert (r["subject"], r["relation"], r["object"], r["asserted"], r["denied"]) == (
        "actor:PRK", "deploysTroopsTo", "actor:RUS", "1", "1")
    assert r["denial"].startswith("Kreml zaprzecza")


def test_parameters_are_bound_not_spliced(env):
    _, store, gaz = env
    evil = 'RUS> } } SELECT * WHERE { ?s ?p ?o } #'
    with pytest.raises(QueryError, match="unknown actor"):
        resolve_actor_param(evil, store, gaz)
    q = get_query(text='PREFIX kg: <https://w3id.org/kg/ontology#>\n'
                       '# param s (string): a string\n'
                       'SELECT ?s ?n WHERE { ?a kg:docName ?n FILTER (?n = ?s) }')
    q = type(q)(q.name, q.path, q.text, q.description, {"s": ("string", "x")})
    res = run_query(store, q, {"s": 'en-b.txt" || true || "'}, gazetteer=gaz)
    assert res.rows == []
    res = run_query(store, q, {"s": "en-b.txt"}, gazetteer=gaz)
    assert len(res.rows) == 1


def test_parameter_errors(env):
    _, store, gaz = env
    with pytest.raises(QueryError, match="needs --param actor"):
        run_query(store, get_query(name="who-supports"), {}, gazetteer=gaz)
    with pytest.raises(QueryError, match="no parameter x"):
        run_query(store, get_query(name="alliances"), {"x": "1"}, gazetteer=gaz)
    with pytest.raises(QueryError, match="no bundled query"):
        get_query(name="nope")


def test_a_bundled_query_name_given_as_sparql_says_to_use_name(tmp_path):
    """A new user types the query's name where SPARQL goes: say so, not 'SPARQL syntax error'."""
    result = CliRunner().invoke(main, ["query", str(tmp_path), "who-supports"])
    assert result.exit_code == 2
    assert "--name who-supports" in result.output


def test_an_update_or_a_bad_query_file_is_named_in_its_error(env, tmp_path):
    """An update is refused as such (the parser alone says 'expected CONSTRUCT'); a file's error names the file."""
    _, store, gaz = env
    with pytest.raises(QueryError, match=r"a SPARQL update \(DELETE\); kg query runs read-only"):
        run_query(store, get_query(text="PREFIX x: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }"), gazetteer=gaz)
    bad = tmp_path / "broken.rq"
    bad.write_text("SELECT ?s WHERE { ?s ?p }\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.rq: SPARQL syntax error"):
        run_query(store, get_query(file=bad), gazetteer=gaz)


def test_an_unknown_prefix_is_named_not_listed_as_character_ranges(env):
    """Oxigraph says "expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | …" for a prefix nobody declared:
    the error names the prefix, the ones kg declares, and stays one line."""
    _, store, gaz = env
    text = "SELECT ?s WHERE {\n  ?s a kg:State ;\n     foaf:name ?n }"
    with pytest.raises(QueryError) as e:
        run_query(store, get_query(text=text), gazetteer=gaz)
    message = str(e.value)
    assert "error at 3:15: unknown prefix 'foaf:' (kg declares actor, " in message, message
    assert "declare others with PREFIX" in message and "\n" not in message and "'%'" not in message


def test_unknown_actor_of_the_gazetteer_is_found_in_the_export(env):
    _, store, gaz = env
    assert resolve_actor_param("Wagner Group", store, gaz).value.endswith("/actor/wagner")


def test_formats(env):
    _, store, gaz = env
    res = run_query(store, get_query(name="alliances"), {}, gazetteer=gaz)
    table = format_result(res, "table")
    assert table.splitlines()[0].split() == ["a", "b", "events", "sources", "first", "last"]
    assert table.endswith("(1 row)")
    assert format_result(res, "csv").splitlines() == [
        "a,b,events,sources,first,last", "actor:PRK,actor:RUS,1,1,2024-10-18,2024-10-18"]
    js = json.loads(format_result(res, "json"))
    assert js["head"]["vars"][:2] == ["a", "b"]
    assert js["results"]["bindings"][0]["events"] == {
        "type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_cli_query(env, monkeypatch):
    out, _, gaz = env
    monkeypatch.setattr("kg.actors.default_gazetteer", lambda: gaz)
    runner = CliRunner()
    r = runner.invoke(main, ["query", str(out), "--name", "who-supports", "--param", "actor=RUS",
                             "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].startswith("actor:RUS,actor:PRK,North Korea,")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }"
    r = runner.invoke(main, ["query", str(out / "graph.ttl"), count, "--format", "csv"])
    assert r.exit_code == 0 and r.output.split() == ["n", "15"], r.output
    r = runner.invoke(main, ["query", "--list"])
    assert r.exit_code == 0 and all(n in r.output for n in BUNDLED)
    r = runner.invoke(main, ["query", str(out), "--name", "between", "--param", "a"])
    assert r.exit_code == 2 and "KEY=VALUE" in r.output
    r = runner.invoke(main, ["query", str(out), "SELECT nonsense"])
    assert r.exit_code == 1 and "syntax error" in r.output
    r = runner.invoke(main, ["query", str(out / "nope.ttl"), "--name", "alliances"])
    assert r.exit_code == 1 and "no such file" in r.output


def test_cli_query_with_the_ontology(env):
    out, _, _ = env
    q = ("SELECT ?p WHERE { ?p rdfs:subPropertyOf kg:materialCooperation } ORDER BY ?p")
    r = CliRunner().invoke(main, ["query", str(out), q, "--ontology", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.split() == ["p", "kg:deploysTroopsTo", "kg:providesAidTo", "kg:suppliesWeaponsTo"]


@pytest.mark.parametrize("content,why", [
    (b"\xff\xfeS\x00E\x00", "not UTF-8 text"),
    (None, "no such file"),
])
def test_a_query_file_that_cannot_be_read_is_named(env, tmp_path, content, why):
    """``--file`` names the file, in one line, whatever is wrong with it (issue 9)."""
    out, _, _ = env
    q = tmp_path / "my-query.rq"
    if content is not None:
        q.write_bytes(content)
    for args in (["query", str(out), "--file", str(q)],
                 ["query", "--endpoint", "http://127.0.0.1:9/q", "--file", str(q)]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 1, r.output
        assert r.output.startswith(f"kg: error: {q}: {why}") and r.output.count("\n") == 1, r.output

def test_parameters_are_also_bound_where_the_planner_sees_them():
    """Oxigraph applies substitutions after planning; kg adds the same binding as a VALUES block
    at the top of the outer WHERE (not in a comment, not in a sub-query), and nothing else."""
    import pyoxigraph as ox

    from kg.query import with_values

    text = ("# a comment that says WHERE { is fine\nSELECT ?x WHERE {\n  { SELECT ?y WHERE { ?y ?p ?o } }\n"
            "  ?x ?p ?y }")
    subs = {ox.Variable("a"): ox.NamedNode("https://example.org/a"), ox.Variable("d"): ox.Literal("2024")}
    out = with_values(text, subs)
    block = ' VALUES (?a ?d) { (<https://example.org/a> "2024") }'
    assert out == text.replace("SELECT ?x WHERE {", "SELECT ?x WHERE {" + block)
    assert with_values(text, {}) == text
    assert with_values("ASK { ?s ?p ?o }", subs) == "ASK { ?s ?p ?o }"
