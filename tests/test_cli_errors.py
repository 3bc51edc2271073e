"""Exit codes and one-line errors of every command (issue 9; README "Errors and exit codes").

0 success, 1 some inputs failed (or the command could not do its job), 2 usage error; no
command shows a Python traceback, whatever happens inside it.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from graph_fixtures import build

from kg.cli import main

KG = shutil.which("kg")
KG_CMD = [KG] if KG else [sys.executable, "-c", "from kg.cli import main; main()"]
GOOD = "Nagłówek\n\nPolska poparła Ukrainę. Rosja zaatakowała Gruzję.\n"


def _run(args, input=None, env=None):
    result = CliRunner(env=env).invoke(main, [str(a) for a in args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def _errors(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    out, _ = build(tmp_path_factory.mktemp("cli-errors"))
    return out


# --- 2: usage errors ----------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    [],
    ["no-such-command"],
    ["extract"],
    ["extract", "x.txt", "--format", "xml"],
    ["extract", "x.txt", "--lang", "xx"],
    ["extract", "x.txt", "--no-such-option"],
    ["build"],
    ["query"],
    ["push", "x.ttl"],
    ["push", "x.ttl", "--endpoint", "http://h/", "--retries", "-1"],
    ["push", "x.ttl", "--endpoint", "http://h/", "--timeout", "0"],
    ["viz"],
    ["viz", "x.jsonl", "--level", "planet"],
    ["explain"],
    ["--bogus"],
    ["query", "x.ttl", "--format", "yaml"],
    ["validate", "x.ttl", "--engine", "fast"],
    ["actors", "--bogus"],
])
def test_usage_errors_exit_2(args):
    result = _run(args)
    assert result.exit_code == 2
    if args:  # (kg alone shows its help)
        (line,) = _errors(result)  # one line, like every other error, not click's usage block
        assert line.startswith("kg: error: ") and line.endswith(" --help)"), line


@pytest.mark.parametrize("extra", [
    [],  # no query at all
    ["--name", "no-such-query"],
    ["--name", "who-supports"],  # its --param actor is missing
    ["--name", "alliances", "--param", "actor=RUS"],  # a parameter it does not have
    ["--name", "alliances", "SELECT * WHERE {}"],  # two queries
])
def test_queries_asked_for_wrongly_exit_2(export, extra):
    result = _run(["query", export, *extra])
    assert result.exit_code == 2, result.output
    assert len(_errors(result)) == 1 and _errors(result)[0].startswith("kg: error: ")


# --- 1: inputs that failed ----------------------------------------------------------------------
def test_missing_inputs_exit_1_with_one_line_each(tmp_path, export):
    missing = tmp_path / "missing"
    for args in (["extract", missing], ["query", missing, "--name", "alliances"], ["validate", missing],
                 ["push", missing, "--endpoint", "http://127.0.0.1:1/"], ["viz", missing],
                 ["explain", "--doc", missing]):
        result = _run(args)
        assert result.exit_code == 1, (args, result.output)
        errs = _errors(result)
        assert len(errs) == 1 and errs[0].startswith("kg: error: ") and "missing" in errs[0], (args, errs)


def test_build_with_missing_inputs_exits_1(tmp_path):
    result = _run(["build", tmp_path / "missing", "-o", tmp_path / "out"])
    assert result.exit_code == 1
    assert any("missing: no such file or directory" in ln for ln in _errors(result))


def test_exports_that_do_not_parse(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <x> .\n:a :b", encoding="utf-8")
    for args in (["query", bad, "SELECT * WHERE { ?s ?p ?o }"], ["validate", bad],
                 ["push", bad, "--endpoint", "http://127.0.0.1:1/"], ["viz", bad]):
        result = _run(args)
        assert result.exit_code == 1, (args, result.output)
        errs = _errors(result)
        assert len(errs) == 1 and "bad.ttl" in errs[0], (args, errs)


def test_a_sparql_syntax_error_exits_1(export):
    result = _run(["query", export, "SELECT WHERE {"])
    assert result.exit_code == 1 and "syntax error" in _errors(result)[0]


def test_bad_claims_for_viz(tmp_path):
    bad = tmp_path / "claims.jsonl"
    bad.write_text('{"id": 1}\n{not json\n', encoding="utf-8")
    result = _run(["viz", bad, "-o", tmp_path / "g.html"])
    assert result.exit_code == 1 and len(_errors(result)) == 1


def test_outputs_that_cannot_be_written(tmp_path, export):
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    result = _run(["viz", export, "-o", a_file / "graph.html"])
    assert result.exit_code == 1
    assert _errors(result) == [f"kg: error: {a_file}: exists and is not a folder"]


def test_a_page_on_a_read_only_file_system_is_named(tmp_path, export, monkeypatch):
    """On a read-only file system removing the temporary page fails too (EROFS even for a file that is not
    there): the error names the page asked for, not the temporary file beside it."""
    import errno
    from pathlib import Path

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(args[0]))

    monkeypatch.setattr("kg.viz.open", read_only, raising=False)
    monkeypatch.setattr(Path, "unlink", read_only)
    page = tmp_path / "x.html"
    result = _run(["viz", export, "-o", page])
    assert result.exit_code == 1
    assert _errors(result) == [f"kg: error: {page}: read-only file system"]


def test_a_mount_point_is_refused_as_output_before_the_build(tmp_path, monkeypatch):
    """A mount point (a container's volume) cannot be renamed, so the staged export could never be swapped in
    ('device or resource busy' after the whole build): it is refused at once, saying where to build instead."""
    import os.path

    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    volume = tmp_path / "volume"
    volume.mkdir()
    real = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda p: str(p) == str(volume) or real(p))
    result = _run(["build", art, "-o", volume])
    assert result.exit_code == 2
    assert _errors(result) == [f"kg: error: {volume}: is a mount point, which a build cannot replace in one step; "
                               f"build into a folder inside it (-o {volume / 'exports'})"]
    assert not list(volume.iterdir()) and not list(tmp_path.glob(".volume.kg-new-*"))


def test_ctrl_c_is_one_line_and_exit_status_130(tmp_path, monkeypatch):
    """Ctrl-C says so in kg's form, not click's "Aborted!" with exit status 1 (that of a failed input)."""
    import kg.build

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "build", interrupted)
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    result = _run(["build", art, "-o", tmp_path / "out"])
    assert result.exit_code == 130
    assert _errors(result) == ["kg: error: interrupted (Ctrl-C)"]


def test_an_export_file_that_is_not_rdf_points_to_the_folder(export):
    """``kg validate exports/claims.jsonl`` (or ``kg query``): the error says a folder would do, not only suffixes."""
    for cmd in (["validate"], ["query", "--name", "alliances"]):
        result = _run([*cmd, export / "claims.jsonl"])
        assert result.exit_code == 1
        assert _errors(result) == [f"kg: error: {export / 'claims.jsonl'}: unknown RDF format (expected .json, "
                                   ".jsonld, .nq, .nt, .trig, .ttl, or an export folder)"]


def test_validate_violations_exit_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/kg/ontology#> .\n<https://w3id.org/kg/id/claim/x> a kg:Claim .\n",
                   encoding="utf-8")
    assert _run(["validate", bad]).exit_code == 1


# --- 0 ----------------------------------------------------------------------------------------
def test_success_exits_0(tmp_path, export):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert _run(["extract", good]).exit_code == 0
    assert _run(["query", export, "--name", "alliances"]).exit_code == 0
    assert _run(["validate", export / "graph.ttl"]).exit_code == 0
    assert _run(["viz", export, "-o", tmp_path / "g.html"]).exit_code == 0
    notices = _run(["extract", good, tmp_path])  # the folder holds g.html... and good.txt again
    assert notices.exit_code == 0


# --- no traceback, ever ------------------------------------------------------------------------
def test_an_unexpected_error_is_one_line(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")

    def boom(article):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(importlib.import_module("kg.extract"), "extract_article", boom)
    result = _run(["extract", good])
    assert result.exit_code == 1
    assert _errors(result) == ["kg: error: unexpected RuntimeError: boom second line "
                               "(this is a bug in kg; KG_DEBUG=1 shows the traceback)"]
    debug = CliRunner(env={"KG_DEBUG": "1"}).invoke(main, ["extract", str(good)])
    assert isinstance(debug.exception, RuntimeError)


@pytest.mark.parametrize("exc, message", [
    (MemoryError(), "out of memory"),
    (PermissionError(13, "Permission denied", "/x/y"), "/x/y: permission denied"),
    (OSError(28, "No space left on device", "out/claims.jsonl"), "out/claims.jsonl: no space left on the device"),
    (RecursionError(), "recursion limit"),
])
def test_unexpected_system_errors_are_one_line(tmp_path, monkeypatch, exc, message):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")

    def boom(article):
        raise exc

    monkeypatch.setattr(importlib.import_module("kg.extract"), "extract_article", boom)
    result = _run(["extract", good])
    assert result.exit_code == 1
    errs = _errors(result)
    assert len(errs) == 1 and message in errs[0], errs


def test_a_closed_pipe_is_not_a_traceback(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{i}", "text": "Polska poparła Ukrainę. Rosja zaatakowała Gruzję."},
                                       ensure_ascii=False) + "\n" for i in range(3000)), encoding="utf-8")
    proc = subprocess.Popen([*KG_CMD, "extract", str(feed), "--format", "jsonl", "--lang", "pl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    proc.stdout.readline()
    proc.stdout.close()  # like `kg extract ... | head -1`
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert proc.returncode in (0, 1)


def test_bad_input_in_a_real_process(tmp_path):
    png = tmp_path / "p.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    proc = subprocess.run([*KG_CMD, "extract", str(png), str(tmp_path / "nope.txt")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"kg: error: {png}: binary file (a PNG image), not text",
                                        f"kg: error: {tmp_path}/nope.txt: no such file or directory"]


@pytest.mark.parametrize("line, why", [
    ('{"doc": 5, "relation": "nope", "subject": 3}', "'subject' must be an object with an 'id'"),
    ("[1, 2]", "not a JSON object"),
    ('{"relation": "supports", "subject": {"id": "A"}, "object": {"id": "B"}, "start": "x"}',
     "'start' must be a whole number"),
    ('{"subject": {"id": "A"}, "object": {"id": "B"}}', "no 'relation'"),
])
def test_claims_that_are_not_claims(tmp_path, line, why):
    bad = tmp_path / "claims.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    for args in (["viz", bad, "-o", tmp_path / "g.html"], ["review", bad, "-o", tmp_path / "r.html"]):
        result = _run(args)
        assert result.exit_code == 1
        assert _errors(result) == [f"kg: error: {bad}:1: not a kg claim ({why})"], args
    result = _run(["viz", "-", "-o", tmp_path / "g.html"], input=line + "\n")
    assert _errors(result) == [f"kg: error: <stdin>:1: not a kg claim ({why})"]


@pytest.mark.parametrize("mode, message", [
    ("500", "HTTP 500 Internal Server Error: <h1>boom</h1> line2"),
    ("garbage", "unreadable SPARQL JSON answer"),
    ("short", "the answer broke off (IncompleteRead)"),
    ("down", "cannot reach the endpoint (connection refused: is it running?)"),
])
def test_query_endpoint_faults(mode, message):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            code, body, length = {"500": (500, b"<h1>boom</h1>\nline2", None), "garbage": (200, b"{not json", None),
                                  "short": (200, b'{"head"', 1000)}[mode]
            self.send_response(code)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(length or len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    if mode == "down":
        httpd.shutdown()
        httpd.server_close()
    try:
        result = _run(["query", "--endpoint", f"http://127.0.0.1:{port}/query", "--name", "alliances"])
    finally:
        if mode != "down":
            httpd.shutdown()
            httpd.server_close()
    assert result.exit_code == 1
    errs = _errors(result)
    assert len(errs) == 1 and message in errs[0], errs


@pytest.mark.parametrize("port", ["0", "99999", "-1", "http"])
def test_a_port_out_of_range_is_a_usage_error(port, tmp_path):
    """``kg serve --port`` outside 1-65535 is an invalid argument: exit status 2, before anything starts."""
    r = CliRunner().invoke(main, ["serve", str(tmp_path), "--port", port])
    assert r.exit_code == 2, r.output
    assert "--port" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("cmd", [["query", "--name", "disputed"], ["push", "exports/graph.nq"]])
@pytest.mark.parametrize("url", ["notaurl", "ftp://host/store", "http://"])
def test_an_endpoint_that_is_no_http_url_is_a_usage_error(cmd, url):
    """``--endpoint`` must be an http(s) URL with a host: anything else is an invalid argument (exit 2)."""
    r = CliRunner().invoke(main, [*cmd, "--endpoint", url])
    assert r.exit_code == 2, r.output
    assert "--endpoint" in r.output and "http(s) URL" in r.output and "Traceback" not in r.output


def test_a_usage_error_points_to_the_help_of_its_command():
    (line,) = _errors(_run(["build", "x", "--update"]))  # click leaves this error without its context
    assert line.startswith("kg: error: Option '--update' requires an argument.") and line.endswith(" build --help)")
    (line,) = _errors(_run(["extract", "x.txt", "--format", "xml"]))
    assert line.endswith(" extract --help)")
