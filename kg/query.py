"""SPARQL on kg exports: bundled named queries, safe parameters, table/CSV/JSON output.

Named queries live in ``kg/ontologies/queries/NAME.rq``. Each starts with a comment header:
``# name: NAME``, a description, and one ``# param NAME (TYPE): description`` line per
parameter, where TYPE is ``actor`` (resolved from a code, id or name in any language to the
actor's IRI), ``date`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, bound as the ``xsd:date`` of its
first day) or ``string``. Parameters are bound with SPARQL substitution (SEP-0007: the
variable is bound to an RDF term before evaluation), never spliced into the query text, so a
value cannot change what the query does. A bound variable stays in the results, which is
why the queries project their parameters.
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import os_message
from kg.rdf import BASE, KG, PREFIXES, QUERIES_DIR, RDFS, actor_iri
from kg.rdfio import _compact
from kg.spreadsheet import csv_cell

_PARAM = re.compile(r"^#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*\((actor|string|date)\)\s*:\s*(.*)$")
_DATE_PARAM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
FORMATS = ("table", "csv", "json")


class QueryError(ValueError):
    """A query cannot run: unknown name, missing or bad parameter, syntax error."""


class QueryUsageError(QueryError):
    """The query was asked for wrongly: no or several queries, unknown name, missing or unknown parameter."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    text: str
    description: str
    params: dict[str, tuple[str, str]]  # name -> (type, description)


def _parse_header(name: str, path: Path, text: str) -> NamedQuery:
    desc, params = [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _PARAM.match(line):
            params[m.group(1)] = (m.group(2), m.group(3).strip())
        elif not re.match(r"^#\s*name\s*:", line):
            desc.append(line.lstrip("#").strip())
    return NamedQuery(name, path, text, " ".join(d for d in desc if d), params)


#: The first keyword of a SPARQL update, after any prologue and comments.
_UPDATE = re.compile(r"^(?:\s*(?:#[^\n]*|(?:PREFIX|BASE)\s[^\n]*))*\s*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def named_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(Path(directory).glob("*.rq")):
        out[path.stem] = _parse_header(path.stem, path, path.read_text(encoding="utf-8"))
    return out


def get_query(name: str | None = None, file: str | Path | None = None, text: str | None = None) -> NamedQuery:
    """The query to run: a bundled one by name, a .rq file or SPARQL text (exactly one)."""
    given = [x is not None for x in (name, file, text)]
    if sum(given) != 1:
        raise QueryUsageError("give exactly one of a SPARQL text, --file or --name (kg query --list names the bundled "
                              "queries)")
    if name is not None:
        queries = named_queries()
        if name not in queries:
            raise QueryUsageError(f"no bundled query '{name}' (known: {', '.join(queries)})")
        return queries[name]
    if file is not None:
        path = Path(file)
        try:
            body = path.read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(os_message(e)) from None
        except UnicodeDecodeError as e:
            raise QueryError(f"{path}: not UTF-8 text (byte {e.start})") from None
        return _parse_header(str(path), path, body)  # named as given, so that its errors name the file
    if (bare := text.strip()) in named_queries():  # 'kg query exports who-supports': a name where SPARQL goes
        raise QueryUsageError(f"'{bare}' is a bundled query: run it with --name {bare}")
    return _parse_header("query", Path("-"), text)


Lookup = Callable[[str, dict], list[dict]]  # (SPARQL, substitutions) -> rows {variable: term}


def needs_union(store: ox.Store) -> bool:
    """Whether queries must read the union of the store's graphs: only when it has named
    graphs. An export's query store holds the union in its default graph (``kg.store``),
    and Oxigraph reads the default graph alone about twice as fast."""
    return next(iter(store.named_graphs()), None) is not None


def store_lookup(store: ox.Store) -> Lookup:
    """Run a SELECT on a local store, its variables bound by substitution."""
    union = needs_union(store)

    def run(sparql: str, subs: dict) -> list[dict]:
        res = store.query(sparql, use_default_graph_as_union=union, substitutions=subs or None, prefixes=PREFIXES)
        names = [v.value for v in res.variables]
        return [{n: sol[n] for n in names} for sol in res]
    return run


def _store_actor(store: ox.Store | Lookup, value: str) -> ox.NamedNode | None:
    """An actor of the export whose IRI id, code or label is ``value`` (state-level first)."""
    from kg.text import fold

    lookup = store if callable(store) else store_lookup(store)
    q = f"""SELECT ?a ?code ?label ?top WHERE {{
        ?a <{KG}liftsTo> ?top .
        OPTIONAL {{ ?a <{KG}code> ?code }}
        OPTIONAL {{ ?a <{RDFS}label> ?label }}
    }}"""
    key, hits = fold(value), []
    for row in lookup(q, {}):
        a = row["a"].value
        local = a.rsplit("/", 1)[-1]
        code, label = row.get("code"), row.get("label")
        names = [local, code.value if code else "", label.value if label else ""]
        if any(n and fold(n) == key for n in names):
            hits.append((row["top"] != row["a"], a))  # top-level actors first
    return ox.NamedNode(sorted(hits)[0][1]) if hits else None


def resolve_actor_param(value: str, store: ox.Store | Lookup, gazetteer=None) -> ox.NamedNode:
    """Code, id or name (any language) -> actor IRI, via the gazetteer, then the export."""
    if value.startswith(BASE + "actor/"):
        return ox.NamedNode(value)
    if gazetteer is None:
        from kg.actors import DataError, default_gazetteer

        try:
            gazetteer = default_gazetteer()
        except DataError:
            gazetteer = None
    if gazetteer is not None and (actor := gazetteer.find(value)) is not None:
        return actor_iri(actor.id)
    if (node := _store_actor(store, value)) is not None:
        return node
    if gazetteer is not None:  # a part of a name: "Putin", "Kim Jong"
        hits = _partial_matches(value, gazetteer)
        if len(hits) == 1:
            return actor_iri(hits[0])
        if hits:
            raise QueryError(f"'{value}' names several actors: {', '.join(hits[:8])}; give an id or code")
    raise QueryError(f"unknown actor '{value}' (give a code, an id or a name)")


def _partial_matches(value: str, gazetteer) -> list[str]:
    """Ids of actors with a name containing ``value`` as whole words (folded)."""
    from kg.text import fold

    key = f" {fold(value).strip()} "
    if key.strip() == "":
        return []
    hits = []
    for a in gazetteer.actors.values():
        forms = [f for kind in ("names", "metonyms") for fs in getattr(a, kind).values() for f in fs]
        if any(key in f" {fold(f)} " for f in forms):
            hits.append(a.id)
    return sorted(hits)


def bind_params(query: NamedQuery, params: dict[str, str], store: ox.Store, gazetteer=None) -> dict:
    """Substitutions for the query's declared parameters; undeclared or missing ones fail."""
    return bind_params_with(query, params, store_lookup(store), gazetteer)


def bind_params_with(query: NamedQuery, params: dict[str, str], lookup: Lookup, gazetteer=None) -> dict:
    """The same, resolving actors through ``lookup`` (a local store or a remote endpoint)."""
    unknown = set(params) - set(query.params)
    if unknown:
        known = ", ".join(query.params) or "none"
        raise QueryUsageError(
            f"query '{query.name}' has no parameter {', '.join(sorted(unknown))} (known: {known})")
    missing = [p for p in query.params if p not in params]
    if missing:
        p = missing[0]
        raise QueryUsageError(f"query '{query.name}' needs --param {p}=... ({query.params[p][1]})")
    subs = {}
    for name, value in params.items():
        kind = query.params[name][0]
        if kind == "actor":
            term = resolve_actor_param(value, lookup, gazetteer)
        elif kind == "date":
            term = date_param(name, value)
        else:
            term = ox.Literal(value)
        subs[ox.Variable(name)] = term
    return subs


def date_param(name: str, value: str) -> ox.Literal:
    """A date parameter as the ``xsd:date`` of its first day ("2025-03" is 2025-03-01)."""
    import datetime as dt

    m = _DATE_PARAM.match(value.strip())
    try:
        if m is None:
            raise ValueError
        day = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise QueryUsageError(f"--param {name}={value!r}: not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return ox.Literal(day.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))


@dataclass
class Result:
    """A SELECT result (``variables`` and ``rows`` of terms or None), or an ASK boolean."""

    variables: list[str]
    rows: list[list]
    boolean: bool | None = None


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(text: str, subs: dict) -> str:
    """The query with its parameters also bound by a VALUES block opening the outer WHERE.

    Oxigraph applies ``substitutions`` after planning, so a parameter does not steer the join
    order: 'between' read every claim of the store before keeping the two actors' (18 s at 10k
    articles; 1.4 s with the VALUES block). The substitutions are still passed, so a parameter
    used inside a sub-query keeps its SEP-0007 meaning; the block only adds the same binding
    where the planner sees it. A query with no WHERE outside a comment is left as it is."""
    if not subs:
        return text
    for m in _WHERE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if "#" in text[line_start:m.start()]:
            continue  # inside a comment
        names = " ".join(str(v) for v in subs)
        values = " ".join(str(t) for t in subs.values())
        block = f" VALUES ({names}) {{ ({values}) }}"
        return text[:m.end()] + block + text[m.end():]
    return text


_ERROR_AT = re.compile(r"error at (\d+):(\d+)")
_PREFIXED_END = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")


def _unknown_prefix(text: str, message: str) -> str | None:
    """Oxigraph's "expected one of Prefix not found, ['%'], …" (a list of character ranges) as what it means:
    the prefixed name that ends where the error is reported has a prefix neither kg nor the query declares."""
    at = _ERROR_AT.match(message)
    if "Prefix not found" not in message or at is None:
        return None
    line, col = int(at[1]), int(at[2])
    lines = text.split("\n")
    m = _PREFIXED_END.search(lines[line - 1][:col - 1]) if 0 < line <= len(lines) else None
    name = f"'{m[1] or ''}:' " if m else ""
    return (f"error at {line}:{col}: unknown prefix {name}(kg declares {', '.join(sorted(PREFIXES))}; "
            "declare others with PREFIX)")


def run_query(store: ox.Store, query: NamedQuery, params: dict[str, str] | None = None,
              gazetteer=None) -> Result:
    subs = bind_params(query, params or {}, store, gazetteer)
    try:
        res = store.query(with_values(query.text, subs), use_default_graph_as_union=needs_union(store),
                          substitutions=subs or None, prefixes=PREFIXES)
    except SyntaxError as e:
        update = _UPDATE.search(query.text)
        if update is not None:  # "DELETE WHERE …" fails to parse as a query ("expected CONSTRUCT"): say why
            raise QueryError(f"{query.name}: a SPARQL update ({update.group(1).upper()}); kg query runs read-only "
                             "queries (SELECT, ASK, CONSTRUCT, DESCRIBE)") from None
        raise QueryError(f"{query.name}: SPARQL syntax error: {_unknown_prefix(query.text, str(e)) or e}") from None
    if isinstance(res, ox.QueryBoolean):
        return Result([], [], bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        return Result(names, [[sol[n] for n in names] for sol in res])
    # CONSTRUCT / DESCRIBE: triples as rows
    return Result(["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in res])


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _json_term(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        d = {"type": "literal", "value": term.value}
        if term.language:
            d["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = term.datatype.value
        return d
    return {"type": "triple", "value": str(term)}


def actor_labels(result: Result, lookup: Lookup, lang: str = "en", gazetteer=None) -> dict[str, str]:
    """Labels (in ``lang``, else English, else any) of the actor IRIs in a result."""
    prefix = BASE + "actor/"
    iris = sorted({t.value for row in result.rows for t in row
                   if isinstance(t, ox.NamedNode) and t.value.startswith(prefix)})
    if not iris:
        return {}
    values = " ".join(str(ox.NamedNode(i)) for i in iris)  # IRIs as the store gave them, re-checked
    rows = lookup(f"SELECT ?a ?l WHERE {{ VALUES ?a {{ {values} }} ?a <{RDFS}label> ?l }}", {})
    rank = {lang: 0, "en": 1}
    best: dict[str, tuple[int, str]] = {}
    for row in rows:
        a, label = row["a"].value, row["l"]
        r = rank.get(label.language or "", 2)
        if a not in best or (r, label.value) < best[a]:
            best[a] = (r, label.value)
    out = {a: v for a, (_r, v) in best.items()}
    if gazetteer is not None:
        for iri in iris:
            aid = urllib.parse.unquote(iri[len(prefix):])
            if iri not in out and aid in gazetteer:
                out[iri] = gazetteer[aid].label(lang)
    return out


def format_result(result: Result, fmt: str = "table", width: int = 60, labels: dict[str, str] | None = None) -> str:
    """``table`` (aligned, IRIs compacted, long cells cut, actors labelled when ``labels`` are
    given: ``actor:BLR (Belarus)``), ``csv`` or ``json`` (SPARQL JSON)."""
    if fmt not in FORMATS:
        raise QueryError(f"format must be one of {', '.join(FORMATS)}")
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt == "table" and labels:
        cells = [[_cell(t) + (f" ({labels[t.value]})" if isinstance(t, ox.NamedNode) and t.value in labels else "")
                  for t in row] for row in result.rows]
    else:
        cells = [[_cell(t) for t in row] for row in result.rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.variables)
        w.writerows([csv_cell(c) for c in row] for row in cells)  # no spreadsheet formulas
        return buf.getvalue().rstrip("\n")
    cut = [[c.replace("\n", " ") if len(c) <= width else c[: width - 1].replace("\n", " ") + "…" for c in row]
           for row in cells]
    widths = [max([len(v)] + [len(r[i]) for r in cut]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cut]
    lines.append(f"({len(cut)} row{'s' if len(cut) != 1 else ''})")
    return "\n".join(lines)
