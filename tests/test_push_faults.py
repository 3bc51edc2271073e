"""``kg push`` against a local Graph Store server that misbehaves on purpose (issue 9).

The server (a ``http.server`` in a thread, started here) answers according to a script:
down, slow, refusing the graph, 5xx for a while or for good, dropping the connection,
failing in the middle of a named-graph upload. Every failure must be a clear one-line
error with exit status 1 and never "pushed"; retries are bounded and happen only where the
protocol allows them (PUT is idempotent; POST only when the request was not processed).
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from graph_fixtures import build

import kg.push
from kg.cli import main
from kg.push import PushError, push_export


class Script:
    """What the server answers to the n-th request (0-based), and what it saw."""

    def __init__(self, answers):
        self.answers = answers  # callable(n, method) -> ("status", code, body, headers) | ("sleep", s) | ("drop",)
        self.requests: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()


def _handler(script: Script):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def _serve(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            with script.lock:
                n = len(script.requests)
                script.requests.append((self.command, self.path, length))
            answer = script.answers(n, self.command)
            if answer[0] == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if answer[0] == "sleep":
                time.sleep(answer[1])
                answer = ("status", 204, b"", {})
            _, code, body, headers = answer
            try:
                self.send_response(code)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up waiting (the slow-store test)
                self.close_connection = True

        do_PUT = do_POST = _serve

    return Handler


@pytest.fixture()
def serve():
    servers = []

    def start(answers) -> tuple[str, Script]:
        script = Script(answers)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/store", script

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    out, _ = build(tmp_path_factory.mktemp("push-faults"))
    return out


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(kg.push, "BACKOFF", 0.01)
    monkeypatch.setattr(kg.push, "MAX_WAIT", 0.05)


def ok(n, method):
    return ("status", 204, b"", {})


def _push(args):
    result = CliRunner().invoke(main, ["push", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def _error_line(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ")
    return lines[0]


def test_a_store_that_accepts(serve, export):
    url, script = serve(ok)
    result = _push([export / "graph.ttl", "--endpoint", url])
    assert result.exit_code == 0 and result.stdout.startswith("pushed ")
    assert [r[0] for r in script.requests] == ["PUT"]


def test_a_store_that_is_down(export):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    result = _push([export / "graph.ttl", "--endpoint", f"http://127.0.0.1:{port}/store", "--retries", "2"])
    assert result.exit_code == 1 and "pushed" not in result.stdout
    line = _error_line(result)
    assert "connection refused" in line and "after 3 attempts" in line


def test_an_unknown_host_is_not_retried(export):
    result = _push([export / "graph.ttl", "--endpoint", "http://no-such-host.invalid/store"])
    assert result.exit_code == 1
    line = _error_line(result)
    assert "unknown host" in line and "attempts" not in line


def test_a_store_that_answers_5xx_for_a_while(serve, export):
    def flaky(n, method):
        if n < 2:
            return ("status", 503, b"<html><body><h1>Service Unavailable</h1></body></html>", {"Retry-After": "1"})
        return ok(n, method)

    url, script = serve(flaky)
    result = _push([export / "graph.ttl", "--endpoint", url])
    assert result.exit_code == 0, result.stderr
    assert len(script.requests) == 3 and "pushed" in result.stdout


def test_a_store_that_answers_5xx_for_good(serve, export):
    url, script = serve(lambda n, m: ("status", 500, b"<html><title>x</title><p>Internal\n  error</p></html>", {}))
    result = _push([export / "graph.ttl", "--endpoint", url, "--retries", "3"])
    assert result.exit_code == 1 and "pushed" not in result.stdout
    line = _error_line(result)
    assert "HTTP 500" in line and "Internal error" in line and "after 4 attempts" in line
    assert "<" not in line.split("HTTP 500", 1)[1]
    assert len(script.requests) == 4  # bounded


def test_backoff_doubles(serve, export, monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(kg.push.time, "sleep", waits.append)
    url, _ = serve(lambda n, m: ("status", 502, b"", {}))
    with pytest.raises(PushError):
        push_export(export / "graph.ttl", url, retries=3, backoff=1.0)
    assert waits == [1.0, 2.0, 4.0]


@pytest.mark.parametrize("code, body", [(400, b"Invalid N-Triples at line 3"), (413, b"Payload Too Large"),
                                        (415, b""), (401, b"Unauthorized"), (404, b"")])
def test_a_store_that_refuses_the_graph_is_not_retried(serve, export, code, body):
    url, script = serve(lambda n, m: ("status", code, body, {}))
    result = _push([export / "graph.ttl", "--endpoint", url])
    assert result.exit_code == 1 and "pushed" not in result.stdout
    line = _error_line(result)
    assert f"HTTP {code}" in line and (body.decode() in line)
    assert len(script.requests) == 1


def test_a_slow_store_times_out(serve, export):
    url, script = serve(lambda n, m: ("sleep", 2.0))
    start = time.monotonic()
    result = _push([export / "graph.ttl", "--endpoint", url, "--timeout", "0.3", "--retries", "1"])
    assert result.exit_code == 1 and "pushed" not in result.stdout
    assert "did not answer within 0.3 s" in _error_line(result)
    assert len(script.requests) == 2 and time.monotonic() - start < 10


def test_a_dropped_connection_is_retried_for_put(serve, export):
    url, script = serve(lambda n, m: ("drop",) if n == 0 else ok(n, m))
    result = _push([export / "graph.ttl", "--endpoint", url])
    assert result.exit_code == 0, result.stderr
    assert len(script.requests) == 2


def test_append_is_not_repeated_when_the_store_may_have_applied_it(serve, export):
    url, script = serve(lambda n, m: ("status", 500, b"oops", {}))
    result = _push([export / "graph.ttl", "--endpoint", url, "--append"])
    assert result.exit_code == 1
    assert "POST" in _error_line(result) and len(script.requests) == 1
    url, script = serve(lambda n, m: ("drop",))
    result = _push([export / "graph.ttl", "--endpoint", url, "--append"])
    assert result.exit_code == 1 and "connection broke" in _error_line(result)
    assert len(script.requests) == 1


def test_append_is_repeated_when_the_store_says_it_did_not_process_it(serve, export):
    url, script = serve(lambda n, m: ("status", 503, b"", {}) if n == 0 else ok(n, m))
    result = _push([export / "graph.ttl", "--endpoint", url, "--append"])
    assert result.exit_code == 0, result.stderr
    assert [r[0] for r in script.requests] == ["POST", "POST"]


def test_a_failure_in_the_middle_of_named_graphs_is_a_partial_load(serve, export):
    url, script = serve(lambda n, m: ("status", 500, b"disk full", {}) if n >= 2 else ok(n, m))
    result = _push([export / "graph.nq", "--endpoint", url, "--named-graphs", "--retries", "1"])
    assert result.exit_code == 1 and "pushed" not in result.stdout
    line = _error_line(result)
    assert "disk full" in line and "2 of 4 graphs were uploaded" in line and "partial load" in line
    # and the same push again completes it
    url2, script2 = serve(ok)
    again = _push([export / "graph.nq", "--endpoint", url2, "--named-graphs"])
    assert again.exit_code == 0 and len(script2.requests) == 4


@pytest.mark.parametrize("args, message", [
    (["--endpoint", "http://127.0.0.1:1/store", "--graph", "not an iri"], "absolute IRI"),
])
def test_bad_arguments(export, args, message):
    result = _push([export / "graph.ttl", *args])
    assert result.exit_code == 1 and message in _error_line(result)


@pytest.mark.parametrize("url", ["ftp://example.org/store", "http://"])
def test_an_endpoint_that_is_no_http_url_is_a_usage_error(export, url):
    result = _push([export / "graph.ttl", "--endpoint", url])
    assert result.exit_code == 2 and "must be an http(s) URL" in result.output


def test_an_export_that_does_not_exist_or_does_not_parse(tmp_path):
    result = _push([tmp_path / "nope.ttl", "--endpoint", "http://127.0.0.1:1/store"])
    assert result.exit_code == 1 and "nope.ttl: no such file" in _error_line(result)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    result = _push([bad, "--endpoint", "http://127.0.0.1:1/store"])
    assert result.exit_code == 1 and "bad.ttl" in _error_line(result)
