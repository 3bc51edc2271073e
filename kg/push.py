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
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import load_store

NTRIPLES = "application/n-triples"


class PushError(RuntimeError):
    """The store refused the upload or could not be reached."""


@dataclass
class PushResult:
    graphs: int
    triples: int


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL of a graph: indirect identification (?graph=IRI or ?default)."""
    sep = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}" + urllib.parse.urlencode({"graph": graph})


def _send(method: str, url: str, body: bytes, user: str | None, timeout: float) -> int:
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": NTRIPLES})
    if user:
        req.add_header("Authorization", "Basic " + base64.b64encode(user.encode()).decode())
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as e:
        detail = e.read(300).decode("utf-8", "replace").strip()
        msg = f"{method} {url}: HTTP {e.code} {e.reason}" + (f": {detail}" if detail else "")
        raise PushError(msg) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise PushError(f"{method} {url}: cannot reach the store ({reason})") from None


def _ntriples(triples) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def push_export(
    path: str | Path, endpoint: str, graph: str | None = None, append: bool = False,
    named_graphs: bool = False, user: str | None = None, timeout: float = 300.0,
) -> PushResult:
    """Upload the export at ``path`` to the Graph Store endpoint; returns what was sent."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"endpoint must be an http(s) URL, not {endpoint!r}")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise PushError(f"--graph must be an absolute IRI ({e})") from None
    store = load_store(path)
    method = "POST" if append else "PUT"
    if not named_graphs:
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in store}, key=str)
        _send(method, graph_url(endpoint, graph), _ntriples(triples), user, timeout)
        return PushResult(1, len(triples))
    named = sorted(store.named_graphs(), key=str)
    if not named:
        raise PushError(f"{path}: --named-graphs needs an export with one named graph per article (graph.nq "
                        "or an export folder); this one has only a default graph")
    default = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(
        None, None, None, ox.DefaultGraph())]
    _send(method, graph_url(endpoint, graph), _ntriples(sorted(default, key=str)), user, timeout)
    sent, count = 1, len(default)
    for g in named:
        quads = store.quads_for_pattern(None, None, None, g)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        _send(method, graph_url(endpoint, g.value), _ntriples(sorted(triples, key=str)), user, timeout)
        sent, count = sent + 1, count + len(triples)
    return PushResult(sent, count)
