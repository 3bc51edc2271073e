"""``kg push`` against a real Oxigraph server, started and stopped here."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from graph_fixtures import build

from kg.cli import main
from kg.push import PushError, graph_url, push_export
from kg.rdfio import load_store

OXIGRAPH = shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    data = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail("oxigraph exited: " + proc.stderr.read().decode(errors="replace"))
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph did not start")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    out, _ = build(tmp_path_factory.mktemp("push"))
    return out


def count(base: str, where: str) -> int:
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    req = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": q}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return int(json.load(r)["results"]["bindings"][0]["n"]["value"])


def n_triples(path) -> int:
    return len({(q.subject, q.predicate, q.object) for q in load_store(path)})


def test_graph_url():
    assert graph_url("http://h/store", None) == "http://h/store?default"
    assert graph_url("http://h/store", "https://x/g?a=1") == "http://h/store?graph=https%3A%2F%2Fx%2Fg%3Fa%3D1"
    assert graph_url("http://h/ds?x=1", None) == "http://h/ds?x=1&default"


def test_push_into_a_named_graph(server, export):
    g = "https://w3id.org/kg/graph/test"
    args = ["push", str(export / "graph.ttl"), "--endpoint", server + "/store", "--graph", g]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    expected = n_triples(export / "graph.ttl")
    assert f"pushed {expected} triples" in r.output
    assert count(server, f"GRAPH <{g}> {{ ?s ?p ?o }}") == expected
    # PUT replaces: pushing again does not duplicate, and the other exports carry the same triples
    push_export(export / "graph.jsonld", server + "/store", graph=g)
    push_export(export / "graph.nq", server + "/store", graph=g)
    assert count(server, f"GRAPH <{g}> {{ ?s ?p ?o }}") == expected
    claims = count(server, f"GRAPH <{g}> {{ ?c a <https://w3id.org/kg/ontology#Claim> }}")
    assert claims == 15


def test_push_named_graphs_keeps_one_graph_per_article(server, export):
    res = push_export(export / "graph.nq", server + "/store", named_graphs=True)
    assert res.graphs == 4  # the default graph and three articles
    n = count(server, "GRAPH ?g { ?s ?p ?o FILTER (STRSTARTS(STR(?g), 'https://w3id.org/kg/id/article/')) }")
    d = count(server, "?s ?p ?o")  # the store's default graph
    assert n + d == res.triples == len(list(load_store(export / "graph.nq")))


def test_push_errors(export):
    with pytest.raises(PushError, match="cannot reach"):
        push_export(export / "graph.ttl", f"http://127.0.0.1:{_free_port()}/store", timeout=2)
    with pytest.raises(PushError, match="http"):
        push_export(export / "graph.ttl", "ftp://example.org/store")
    with pytest.raises(PushError, match="absolute IRI"):
        push_export(export / "graph.ttl", "http://127.0.0.1:1/store", graph="not an iri")


def test_push_http_error_is_reported(server, export):
    r = CliRunner().invoke(main, ["push", str(export / "graph.ttl"), "--endpoint", server + "/nope"])
    assert r.exit_code == 1 and "HTTP 404" in r.output


def test_cli_reports_the_article_graphs_and_refuses_named_graphs_of_turtle(server, export):
    r = CliRunner().invoke(main, ["push", str(export / "graph.nq"), "--endpoint", server + "/store",
                                  "--named-graphs"])
    assert r.exit_code == 0, r.output
    assert "in 4 graphs" in r.output and "(the default graph and 3 article graphs)" in r.output
    r = CliRunner().invoke(main, ["push", str(export / "graph.nq"), "--endpoint", server + "/store",
                                  "--graph", "https://example.org/kg", "--named-graphs"])
    assert "(<https://example.org/kg> and 3 article graphs)" in r.output
    r = CliRunner().invoke(main, ["push", str(export / "graph.ttl"), "--endpoint", server + "/store",
                                  "--named-graphs"])
    assert r.exit_code == 1 and "one named graph per article" in r.output and "Traceback" not in r.output
