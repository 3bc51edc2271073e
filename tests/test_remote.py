"""Parameters for remote endpoints: VALUES blocks in the right place, never spliced text."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import QueryError, bind_params, named_queries, run_query
from kg.rdf import PREFIXES
from kg.rdfio import load_store
from kg.remote import bind_values, query_text, where_brace

ROOT = Path(__file__).resolve().parents[1]
V = ox.Variable


@pytest.mark.parametrize("query, before", [
    ("SELECT ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE "),
    ("SELECT * { ?x ?p ?o }", "SELECT * "),
    ("PREFIX ex: <http://ex.org/{where}#> # a { comment } WHERE\nSELECT ?x WHERE { ?x ex:p '{' }", "WHERE "),
    ("SELECT ?x (EXISTS { ?x ?p ?o } AS ?e) WHERE { ?x ?q ?r }", "AS ?e) WHERE "),
    ("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } } }", "SELECT ?x WHERE "),
    ("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", "} WHERE "),
    ("ASK { ?x ?p \"\"\"a } b\"\"\" }", "ASK "),
    ("SELECT ?where WHERE { ?where ?p ?o }", "SELECT ?where WHERE "),
])
def test_values_go_first_in_the_top_level_where_group(query, before):
    at = where_brace(query)
    assert query[at] == "{"
    assert query[:at].endswith(before)


def test_bound_text_keeps_hostile_values_inside_a_literal():
    hostile = 'x" } ; DROP ALL # \\ \n'
    text = bind_values("SELECT ?v WHERE { ?s ?p ?o }", {V("v"): ox.Literal(hostile)})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
    rows = list(store.query(text))
    assert [r["v"].value for r in rows] == [hostile]
    with pytest.raises(QueryError):
        where_brace("DROP ALL")


def test_values_binding_gives_what_substitution_gives():
    store = load_store(ROOT / "exports" / "graph.nq")
    params = {"who-supports": {"actor": "Ukraina"}, "between": {"a": "Polska", "b": "Ukraina"}}
    queries = named_queries()
    assert set(params) <= set(queries)
    for name, ps in params.items():
        q = queries[name]
        expected = run_query(store, q, ps)
        subs = bind_params(q, ps, store)
        text = bind_values(query_text(q.text, PREFIXES), subs)
        got = store.query(text, use_default_graph_as_union=True)
        rows = [[sol[v] for v in expected.variables] for sol in got]
        assert sorted(map(str, rows)) == sorted(map(str, expected.rows)), name
        assert expected.rows, name
