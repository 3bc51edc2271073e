"""kg.store: the persistent Oxigraph store beside an export, reused, rebuilt, shared."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from graph_fixtures import build

from kg.cli import main
from kg.store import STATE_DIR, STORE_NAME, ensure_store, open_store

ROOT = Path(__file__).resolve().parent.parent
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(store: ox.Store) -> int:
    return int(next(iter(store.query(COUNT, use_default_graph_as_union=True)))["n"].value)


@pytest.fixture()
def export(tmp_path):
    out, _ = build(tmp_path)
    return out


def test_built_once_then_reused(export):
    path = ensure_store(export)
    assert path == export / STATE_DIR / STORE_NAME
    expected = len(list(ox.parse(path=str(export / "graph.ttl"))))  # the union graph
    store = open_store(export)
    assert _count(store) == expected > 0
    del store
    marker = path / "marker"
    marker.write_text("x")
    assert ensure_store(export) == path and marker.exists()  # reused, not rebuilt


def test_same_content_new_stat_is_reused_changed_content_rebuilt(export):
    path = ensure_store(export)
    marker = path / "marker"
    marker.write_text("x")
    ttl = export / "graph.ttl"  # the store holds the union graph, loaded from graph.ttl
    os.utime(ttl, ns=(1, 1))  # touched: hashed again, same content -> reused
    ensure_store(export)
    assert marker.exists()
    extra = '<https://w3id.org/kg/id/actor/X> <http://www.w3.org/2000/01/rdf-schema#label> "X" .\n'
    ttl.write_bytes(ttl.read_bytes() + extra.encode())
    before = _count(ox.Store.read_only(str(path)))
    ensure_store(export)
    assert not marker.exists()  # rebuilt
    assert _count(open_store(export)) == before + 1


def test_ontology_store_is_separate(export):
    q = "ASK { GRAPH <https://w3id.org/kg/ontology> { ?s ?p ?o } }"
    assert not open_store(export).query(q)
    assert open_store(export, ontology=True).query(q)


def test_two_processes_build_one_store(export):
    code = "import sys; from kg.store import ensure_store; print(ensure_store(sys.argv[1]))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(export)], stdout=subprocess.PIPE, env=env)
             for _ in range(2)]
    outs = [p.communicate(timeout=120)[0].decode().strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outs[0] == outs[1]
    assert _count(open_store(export)) > 0
    leftovers = [p.name for p in (export / STATE_DIR).iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_unwritable_export_folder_uses_the_cache(export, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    real_mkdir = Path.mkdir

    def mkdir(self, *a, **k):
        if self.name == STATE_DIR:
            raise PermissionError(13, "Permission denied")
        return real_mkdir(self, *a, **k)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    path = ensure_store(export)
    assert str(path).startswith(str(tmp_path / "cache"))
    assert _count(open_store(export)) > 0


def test_not_an_export_folder(tmp_path):
    with pytest.raises(ValueError, match="no graph.nq"):
        ensure_store(tmp_path)


def test_cli_query_on_a_folder_uses_the_store(export):
    r = CliRunner().invoke(main, ["query", str(export), "--name", "alliances"])
    assert r.exit_code == 0, r.output
    assert (export / STATE_DIR / STORE_NAME).is_dir()
    r2 = CliRunner().invoke(main, ["query", str(export), "--name", "alliances"])
    assert r2.output == r.output


def test_build_without_the_store_then_the_first_query_loads_it(tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "articles"), "-o", str(out), "--no-store",
                                  "--no-html", "-q", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert (out / "graph.ttl").exists() and not (out / STATE_DIR / STORE_NAME).exists()
    r = CliRunner().invoke(main, ["query", str(out), "--name", "alliances", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("a,b,events") and (out / STATE_DIR / STORE_NAME).exists()


def test_kg_turtle_loads_in_pieces_that_make_the_same_graph():
    from kg.store import turtle_pieces

    src = ROOT / "exports" / "graph.ttl"
    whole = set(ox.parse(path=str(src), format=ox.RdfFormat.TURTLE))
    for size in (64, 5000, 1 << 20):
        pieces = list(turtle_pieces(src, size))
        assert len(pieces) > (1 if size < 10000 else 0)
        got = set()
        for piece in pieces:
            got |= set(ox.parse(input=piece, format=ox.RdfFormat.TURTLE))
        assert got == whole
