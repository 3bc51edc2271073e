"""Upload an export to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Every SPARQL 1.1 store speaks it: Oxigraph server (``http://HOST:PORT/store``), Apache
Jena Fuseki (``http://HOST:3030/DATASET/data``), GraphDB
(``http://HOST:7200/repositories/REPO/rdf-graphs/service``), Virtuoso
(``http://HOST:8890/sparql-graph-crud``) and Amazon Neptune (``https://HOST:8182/sparql/gsp/``).

By default the union of the export's triples goes into one graph (``--graph IRI``, or the
store's default graph) and replaces it (HTTP PUT); ``append`` uses POST. With
``named_graphs`` each article's named graph of an N-Quads export is uploaded as its own
graph, and the export's default graph into the target graph, keeping per-article provenance.
"""

from __future__ import annotations

import base64
import http.client
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdfio import load_store

NTRIPLES = "application/n-triples"
#: Attempts after the first, and the first wait (doubled each time; a Retry-After header
#: of the server is honoured up to MAX_WAIT).
RETRIES = 3
BACKOFF = 1.0
MAX_WAIT = 30.0
#: Statuses worth another try: the server is overloaded, restarting, or timed out.
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
#: Statuses after which even a POST (not idempotent) may be repeated: the server says it did
#: not process the request.
UNPROCESSED_STATUS = frozenset({408, 429, 503})


class PushError(RuntimeError):
    """The store refused the upload or could not be reached; str() is one line."""


@dataclass
class PushResult:
    graphs: int
    triples: int


@dataclass
class _Failure(Exception):
    """One failed request: why, whether a retry is safe, how long the server asks to wait."""

    message: str
    retry: bool
    wait: float | None = None


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL of a graph: indirect identification (?graph=IRI or ?default)."""
    sep = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}" + urllib.parse.urlencode({"graph": graph})


def _detail(raw: bytes) -> str:
    """The start of an error body on one line (tags of an HTML error page dropped)."""
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text[:200] + ("…" if len(text) > 200 else "")


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _send_once(method: str, url: str, body: bytes, user: str | None, timeout: float) -> None:
    """One request; raises _Failure saying whether repeating it is safe."""
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": NTRIPLES})
    if user:
        req.add_header("Authorization", "Basic " + base64.b64encode(user.encode()).decode())
    idempotent = method == "PUT"
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read(65536)
            if not 200 <= resp.status < 300:
                raise _Failure(f"HTTP {resp.status} {resp.reason}", retry=False)
            return
    except urllib.error.HTTPError as e:
        try:
            raw = e.read(2000)
        except (OSError, http.client.HTTPException):
            raw = b""
        detail = _detail(raw)
        msg = f"HTTP {e.code} {e.reason}" + (f": {detail}" if detail else "")
        if 300 <= e.code < 400 and e.headers.get("Location"):
            msg += f" (redirected to {e.headers['Location']}: use that endpoint)"
        retry = e.code in RETRY_STATUS and (idempotent or e.code in UNPROCESSED_STATUS)
        raise _Failure(msg, retry, _retry_after(e.headers.get("Retry-After"))) from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, socket.gaierror):
            raise _Failure(f"cannot reach the store (unknown host: {urllib.parse.urlsplit(url).hostname})",
                           retry=False) from None
        if isinstance(reason, ConnectionRefusedError):
            raise _Failure("cannot reach the store (connection refused: is it running?)", retry=True) from None
        if isinstance(reason, TimeoutError):
            raise _Failure(f"cannot reach the store (no connection within {timeout:g} s)", retry=True) from None
        raise _Failure(f"cannot reach the store ({reason})", retry=idempotent) from None
    except TimeoutError:
        raise _Failure(f"the store did not answer within {timeout:g} s", retry=idempotent) from None
    except (http.client.HTTPException, ConnectionError) as e:
        what = type(e).__name__ if not str(e) else f"{type(e).__name__}: {e}"
        raise _Failure(f"the connection broke before the store answered ({what})", retry=idempotent) from None
    except OSError as e:
        raise _Failure(f"cannot reach the store ({e.strerror or e})", retry=idempotent) from None


def send(method: str, url: str, body: bytes, user: str | None = None, timeout: float = 300.0,
         retries: int = RETRIES, backoff: float | None = None) -> int:
    """Send one Graph Store request, retrying what is safe to retry; returns the attempts made.

    PUT is idempotent, so it is repeated after a 5xx answer, a timeout or a broken
    connection; POST (``--append``) only when the request certainly was not processed
    (connection refused, 408, 429, 503). Waits double from ``backoff`` seconds; a
    Retry-After header is honoured up to MAX_WAIT. Raises PushError when it gives up.
    """
    backoff = BACKOFF if backoff is None else backoff
    for attempt in range(retries + 1):
        try:
            _send_once(method, url, body, user, timeout)
            return attempt + 1
        except _Failure as f:
            if not f.retry or attempt == retries:
                tries = f" (after {attempt + 1} attempts)" if attempt else ""
                raise PushError(f"{method} {url}: {f.message}{tries}") from None
            wait = backoff * 2 ** attempt
            if f.wait is not None:
                wait = max(wait, min(f.wait, MAX_WAIT))
            time.sleep(wait)
    raise AssertionError("unreachable")


def _ntriples(triples) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def push_export(
    path: str | Path, endpoint: str, graph: str | None = None, append: bool = False,
    named_graphs: bool = False, user: str | None = None, timeout: float = 300.0,
    retries: int = RETRIES, backoff: float | None = None,
) -> PushResult:
    """Upload the export at ``path`` to the Graph Store endpoint; returns what was sent.

    Raises PushError when any request fails for good; with ``named_graphs`` the message
    says how many graphs were already uploaded (the store then holds a partial load, which
    the same push run again completes: PUT replaces each graph, and POSTing triples that
    are already there adds nothing).
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"endpoint must be an http(s) URL, not {endpoint!r}")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise PushError(f"--graph must be an absolute IRI ({e})") from None
    store = load_store(path)
    method = "POST" if append else "PUT"

    def put(target: str | None, triples: list) -> None:
        send(method, graph_url(endpoint, target), _ntriples(sorted(triples, key=str)), user, timeout,
             retries, backoff)

    if not named_graphs:
        triples = list({ox.Triple(q.subject, q.predicate, q.object) for q in store})
        put(graph, triples)
        return PushResult(1, len(triples))
    names = sorted(store.named_graphs(), key=str)
    if not names:
        raise PushError(f"{path}: --named-graphs needs an export with one named graph per article (graph.nq "
                        "or an export folder); this one has only a default graph")
    default = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(
        None, None, None, ox.DefaultGraph())]
    total = 1 + len(names)
    uploads = [(graph, default)] + [
        (g.value, [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, g)])
        for g in names]
    count = 0
    for done, (target, triples) in enumerate(uploads):
        try:
            put(target, triples)
        except PushError as e:
            if done == 0:
                raise
            raise PushError(f"{e}; {done} of {total} graphs were uploaded before this failure, so the store "
                            "holds a partial load: run the same push again to complete it") from None
        count += len(triples)
    return PushResult(total, count)
