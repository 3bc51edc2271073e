"""`kg serve` end to end (Oxigraph's real server) and `kg query --endpoint` against it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.serve import ServeError, oxigraph_binary

ROOT = Path(__file__).resolve().parents[1]

try:
    oxigraph_binary()
    HAVE_OXIGRAPH = True
except ServeError:
    HAVE_OXIGRAPH = False
pytestmark = pytest.mark.skipif(not HAVE_OXIGRAPH, reason="the oxigraph server is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`kg serve` in its own process, as a user runs it."""

    def __init__(self, export: Path, port: int, *extra: str):
        self.port = port
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())", "serve", str(export),
             "--port", str(port), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"kg serve ended: {self.proc.stderr.read()}")
            self.lines.append(line.rstrip("\n"))
            if line.startswith("Interactive graph:"):  # the last line kg serve prints
                break
        self.url = next(x.split(": ", 1)[1].strip() for x in self.lines if x.startswith("SPARQL query endpoint"))

    def text(self) -> str:
        return "\n".join(self.lines)

    def stop(self, sig=signal.SIGINT) -> tuple[int, str]:
        self.proc.send_signal(sig)
        try:
            code = self.proc.wait(20)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
        return code, self.proc.stderr.read()


def http(method: str, url: str, body: bytes | None = None, ctype: str | None = None, accept: str | None = None):
    req = urllib.request.Request(url, data=body, method=method)
    if ctype:
        req.add_header("Content-Type", ctype)
    if accept:
        req.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def sparql(url: str, query: str) -> dict:
    status, body = http("POST", url, urllib.parse.urlencode({"query": query}).encode(),
                        "application/x-www-form-urlencoded", "application/sparql-results+json")
    assert status == 200, body
    return json.loads(body)


def port_closed(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serve") / "exports"
    shutil.copytree(ROOT / "exports", out, ignore=shutil.ignore_patterns(".kg"))
    return out


@pytest.fixture(scope="module")
def server(export):
    s = Server(export, free_port())
    yield s
    if s.proc.poll() is None:
        s.stop(signal.SIGTERM)


def test_serve_answers_sparql_over_http_read_only(server, export):
    text = server.text()
    assert f"http://localhost:{server.port}/query" in text
    assert "SPARQL update:         off" in text
    assert f"http://localhost:{server.port}/store" in text
    assert (export / "graph.html").resolve().as_uri() in text
    n = sparql(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(n["results"]["bindings"][0]["n"]["value"]) > 1000
    # the default graph is the union of the article graphs, as for kg query
    claims = sparql(server.url, "PREFIX kg: <https://w3id.org/kg/ontology#> "
                                "SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }")
    lines = (export / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert int(claims["results"]["bindings"][0]["n"]["value"]) == len(lines)
    # no writes: neither SPARQL update nor the Graph Store
    status, _ = http("POST", f"http://localhost:{server.port}/update", b"DROP ALL",
                     "application/sparql-update")
    assert status >= 400
    status, _ = http("PUT", f"http://localhost:{server.port}/store?default", b"<urn:a> <urn:b> <urn:c> .\n",
                     "application/n-triples")
    assert status >= 400


def test_query_endpoint_gives_what_a_local_query_gives(server, export):
    runner = CliRunner()
    for args in (["--name", "who-supports", "--param", "actor=Ukraina"],
                 ["--name", "between", "--param", "a=Polska", "--param", "b=Ukraina"],
                 ["--name", "disputed"], ["--name", "alliances"]):
        remote = runner.invoke(main, ["query", "--endpoint", server.url, *args, "--format", "json"])
        local = runner.invoke(main, ["query", str(export), *args, "--format", "json"])
        assert remote.exit_code == 0, remote.output
        assert local.exit_code == 0, local.output
        r, lo = json.loads(remote.output), json.loads(local.output)
        assert r["head"] == lo["head"]
        key = lambda b: json.dumps(b, sort_keys=True)  # noqa: E731
        assert sorted(map(key, r["results"]["bindings"])) == sorted(map(key, lo["results"]["bindings"])), args
    table = runner.invoke(main, ["query", "--endpoint", server.url, "--name", "who-supports", "--param",
                                 "actor=Ukraina", "--label-lang", "pl"])
    assert "actor:UKR (Ukraina)" in table.output and "actor:POL (Polska)" in table.output


def test_query_endpoint_binds_hostile_values_as_literals(server, tmp_path):
    q = tmp_path / "echo.rq"
    q.write_text("# An echo of the parameter.\n# param text (string): anything\n"
                 "SELECT ?text (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?text\n", encoding="utf-8")
    hostile = '" } ; DROP ALL # \\ \n {{ }} <script>'
    r = CliRunner().invoke(main, ["query", "--endpoint", server.url, "--file", str(q), "--param",
                                  f"text={hostile}", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)["results"]["bindings"]
    assert rows[0]["text"]["value"] == hostile and int(rows[0]["n"]["value"]) > 1000
    bad = CliRunner().invoke(main, ["query", "--endpoint", server.url, "--name", "between", "--param",
                                    f"a={hostile}", "--param", "b=Polska"])
    assert bad.exit_code == 1 and "unknown actor" in bad.output and "Traceback" not in bad.output
    still = sparql(server.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(still["results"]["bindings"][0]["n"]["value"]) > 1000


def test_stop_and_restart_reuse_the_store_of_an_unchanged_export(export):
    port = free_port()
    first = Server(export, port)
    try:
        stamp = export / ".kg" / "store" / "kg-store.json"
        before = stamp.stat().st_mtime_ns
        code, err = first.stop(signal.SIGINT)  # Ctrl-C
        assert code == 0 and "stopped" in err and "Traceback" not in err
        assert port_closed(port)
        second = Server(export, port)  # same port: the first one let it go
        try:
            assert "reused: the export is unchanged" in second.text()
            assert stamp.stat().st_mtime_ns == before
            n = sparql(second.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            assert int(n["results"]["bindings"][0]["n"]["value"]) > 1000
        finally:
            code, _ = second.stop(signal.SIGTERM)
        assert code == 0 and port_closed(port)
        with open(export / "graph.ttl", "a", encoding="utf-8") as f:  # the export changes: loaded again
            f.write('<https://example.org/a> <https://example.org/b> "c" .\n')
        third = Server(export, port)
        try:
            assert "(loaded)" in third.text()
            ask = sparql(third.url, 'ASK { <https://example.org/a> <https://example.org/b> "c" }')
            assert ask["boolean"] is True
        finally:
            third.stop()
    finally:
        if first.proc.poll() is None:
            first.stop(signal.SIGKILL)


def test_serve_errors_are_one_line(tmp_path, export):
    r = CliRunner().invoke(main, ["serve", str(tmp_path / "nowhere")])
    assert r.exit_code == 1 and "no such file" in r.output
    r = CliRunner().invoke(main, ["serve", str(tmp_path)])
    assert r.exit_code == 1 and "not an export folder" in r.output
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        r = CliRunner().invoke(main, ["serve", str(export), "--port", str(s.getsockname()[1])])
    assert r.exit_code == 1 and "in use" in r.output and "Traceback" not in r.output


def test_update_writes_to_a_working_copy_not_to_the_exports_store(export):
    import pyoxigraph as ox

    port = free_port()
    srv = Server(export, port, "--update")
    try:
        assert f"http://localhost:{port}/update" in srv.text()
        status, body = http("POST", f"http://localhost:{port}/update",
                            b'INSERT DATA { <https://example.org/u> <https://example.org/p> "written" }',
                            "application/sparql-update")
        assert status in (200, 204), body
        assert sparql(srv.url, 'ASK { <https://example.org/u> ?p "written" }')["boolean"] is True
    finally:
        code, _ = srv.stop()
    assert code == 0
    store = ox.Store.read_only(str(export / ".kg" / "store"))
    assert not store.query('ASK { <https://example.org/u> ?p "written" }')


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_killed_kg_serve_takes_its_server_with_it(export):
    """``kill -9`` of kg serve (which cannot clean up) must not leave Oxigraph running and holding the
    port: the next ``kg serve`` would find it "in use"."""
    port = free_port()
    srv = Server(export, port)
    try:
        children = Path(f"/proc/{srv.proc.pid}/task/{srv.proc.pid}/children").read_text().split()
        assert children, "kg serve runs Oxigraph as its child"
        os.kill(srv.proc.pid, signal.SIGKILL)  # only kg serve, not its process group
        srv.proc.wait(20)

        def alive(pid: str) -> bool:  # a zombie (dead, not yet reaped by init) is not running
            try:
                return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
            except OSError:
                return False

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (any(alive(c) for c in children) or not port_closed(port)):
            time.sleep(0.1)  # the kernel may close the dead server's socket a moment after it dies
        assert not any(alive(c) for c in children), "Oxigraph outlived kg serve"
        assert port_closed(port), "the port is still taken after kg serve was killed"
    finally:
        if srv.proc.poll() is None:
            os.killpg(srv.proc.pid, signal.SIGKILL)
        for c in locals().get("children", []):
            try:
                os.kill(int(c), signal.SIGKILL)
            except (ProcessLookupError, ValueError):
                pass
