"""kg's queries on any SPARQL 1.1 endpoint over HTTP (``kg query --endpoint URL``).

A remote endpoint cannot take pyoxigraph's substitutions, so parameters are bound with a
``VALUES`` block inserted as the first element of the query's top-level ``WHERE`` group:
each value is an RDF term (an IRI checked by pyoxigraph, or a literal written with escapes
by pyoxigraph's serializer), joined with the pattern before anything else is evaluated,
exactly as a substitution binds it. Nothing a user types is ever spliced into the query's
syntax: the insertion point is found by a tokenizer that skips strings, IRIs and comments.

Results come back as SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE) and are
parsed by pyoxigraph into the same ``Result`` that a local query gives.
"""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kg.query import NamedQuery, QueryError, Result, bind_params_with

_WORD = re.compile(r"[A-Za-z_]+")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


def _tokens(text: str):
    """(position, token) of the braces, parentheses and words outside strings, IRIs, comments."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            q3 = text[i:i + 3]
            if q3 in ('"""', "'''"):
                j = text.find(q3, i + 3)
                while j > 0 and text[j - 1] == "\\" and not _even_backslashes(text, j):
                    j = text.find(q3, j + 1)
                i = n if j < 0 else j + 3
            else:
                j = i + 1
                while j < n and text[j] != c:
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
        elif c == "<" and _iri_at(text, i):
            i = text.find(">", i) + 1
        elif c in "{}()":
            yield i, c
            i += 1
        elif m := _WORD.match(text, i):
            word = m.group(0)
            if not (i and (text[i - 1] in "?$:" or text[i - 1].isalnum())):
                yield i, word.upper()
            i = m.end()
        else:
            i += 1


def _even_backslashes(text: str, j: int) -> bool:
    k = j - 1
    count = 0
    while k >= 0 and text[k] == "\\":
        count += 1
        k -= 1
    return count % 2 == 0


_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def _iri_at(text: str, i: int) -> bool:
    return bool(_IRI.match(text, i))


def where_brace(text: str) -> int:
    """Offset of the ``{`` that opens the query's top-level WHERE group."""
    depth, paren, seen_form, after_where = 0, 0, False, False
    for pos, tok in _tokens(text):
        if tok in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") and depth == 0:
            seen_form = True
        elif tok == "WHERE" and depth == 0 and paren == 0:
            after_where = True
        elif tok == "(":
            paren += 1
        elif tok == ")":
            paren -= 1
        elif tok == "{":
            if depth == 0 and paren == 0 and seen_form and (after_where or not _is_construct(text)):
                return pos
            depth += 1
        elif tok == "}":
            depth -= 1
    raise QueryError("cannot find the query's WHERE clause to bind parameters in")


def _is_construct(text: str) -> bool:
    for _pos, tok in _tokens(text):
        if tok in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return tok == "CONSTRUCT"
    return False


def bind_values(text: str, subs: dict) -> str:
    """The query with ``VALUES ?var { term }`` first in its WHERE group, one per parameter."""
    if not subs:
        return text
    at = where_brace(text)
    block = " ".join(f"VALUES ?{var.value} {{ {term} }}" for var, term in subs.items())
    return text[: at + 1] + " " + block + " " + text[at + 1:]


def _unreachable(e: OSError, endpoint: str, timeout: float) -> str:
    """Why a connection failed, in the words ``kg push`` uses ("connection refused: is it running?"), not
    "[Errno 111] Connection refused"."""
    reason = getattr(e, "reason", e)
    if isinstance(reason, socket.gaierror):
        return f"unknown host: {urllib.parse.urlsplit(endpoint).hostname}"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused: is it running?"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    return (reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)) or type(e).__name__


def _post(endpoint: str, query: str, accept: str, timeout: float) -> tuple[bytes, str]:
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    req = urllib.request.Request(endpoint, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read(), resp.headers.get_content_type()
    except urllib.error.HTTPError as e:
        detail = e.read(400).decode("utf-8", "replace").strip()
        raise QueryError(f"{endpoint}: HTTP {e.code} {e.reason}" + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as e:
        raise QueryError(f"{endpoint}: cannot reach the endpoint ({_unreachable(e, endpoint, timeout)})") from None
    except http.client.HTTPException as e:  # a connection cut in the middle of the answer
        raise QueryError(f"{endpoint}: the answer broke off ({type(e).__name__})") from None


def query_text(text: str, prefixes: dict[str, str]) -> str:
    """The query with kg's usual prefixes declared (those it does not declare itself)."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([A-Za-z][\w.-]*)?:", text, re.IGNORECASE)}
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items() if p.lower() not in declared)
    return head + text


def run_remote(endpoint: str, query: NamedQuery, params: dict[str, str] | None = None, gazetteer=None,
               timeout: float = 120.0) -> Result:
    """Run a (bundled) query on a SPARQL endpoint, its parameters bound with VALUES."""
    from kg.rdf import PREFIXES

    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"endpoint must be an http(s) URL, not {endpoint!r}")
    text = query_text(query.text, PREFIXES)

    def lookup(sparql: str, subs: dict) -> list[dict]:
        res = select(endpoint, bind_values(query_text(sparql, PREFIXES), subs), timeout)
        return [dict(zip(res.variables, row, strict=True)) for row in res.rows]

    subs = bind_params_with(query, params or {}, lookup, gazetteer)
    text = bind_values(text, subs)
    m = _FORM.search(re.sub(r"#[^\n]*", "", re.sub(r"<[^<>\s]*>", "", text)))
    form = m.group(1).upper() if m else "SELECT"
    if form in ("CONSTRUCT", "DESCRIBE"):
        data, _ = _post(endpoint, text, NTRIPLES, timeout)
        try:
            triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as e:
            raise QueryError(f"{endpoint}: unreadable N-Triples answer ({e})") from None
        return Result(["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in triples])
    return select(endpoint, text, timeout)


def select(endpoint: str, text: str, timeout: float = 120.0) -> Result:
    data, _ = _post(endpoint, text, RESULTS_JSON, timeout)
    try:
        res = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as e:
        raise QueryError(f"{endpoint}: unreadable SPARQL JSON answer ({e})") from None
    if isinstance(res, ox.QueryBoolean):
        return Result([], [], bool(res))
    names = [v.value for v in res.variables]
    return Result(names, [[sol[n] for n in names] for sol in res])
