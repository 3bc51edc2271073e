"""SHACL validation at scale: the shapes compiled to SPARQL and run on Oxigraph.

pyshacl, the reference validator, walks every focus node in Python: ~5 s for the 2.8k triples
of the examples' export, minutes at 100k triples and out of reach at 1M. The shapes kg ships
(``kg/ontologies/shapes.ttl``) use a small part of SHACL Core plus one SPARQL constraint, and
each such constraint is one SPARQL query over the whole graph, which Oxigraph answers in
milliseconds to seconds. This module reads the shapes graph and compiles every constraint
into a SELECT that returns the violating focus nodes and values:

* targets: ``sh:targetClass`` (instances of the class or of a subclass, as SHACL says);
* on the focus node: ``sh:nodeKind``, ``sh:pattern`` (with ``sh:flags``);
* on the values of ``sh:path`` (a predicate IRI): ``sh:minCount``, ``sh:maxCount``,
  ``sh:datatype`` (including ill-formed literals), ``sh:nodeKind``, ``sh:pattern``,
  ``sh:minInclusive``/``sh:maxInclusive``/``sh:minExclusive``/``sh:maxExclusive``, ``sh:in``,
  ``sh:class``, ``sh:node`` (a shape of the same constraints, counts up to one),
  ``sh:message`` and ``sh:severity``;
* ``sh:sparql`` SELECT constraints, ``$this`` bound to each focus node by a join.

Anything else raises ``Unsupported``, and ``kg.validate`` falls back to pyshacl: the answer
is always a full SHACL answer. The test suite checks that both engines report the same
violations on broken exports.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE_PATH = ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/"
             "<http://www.w3.org/2000/01/rdf-schema#subClassOf>*")

#: Datatypes whose lexical form is checked by a cast (an ill-formed literal fails the cast).
_CASTS = {f"{XSD}{t}" for t in ("integer", "decimal", "double", "float", "boolean", "date", "dateTime")}
_NODE_KINDS = {
    "IRI": "isIRI({v})",
    "Literal": "isLiteral({v})",
    "BlankNode": "isBlank({v})",
    "BlankNodeOrIRI": "(isBlank({v}) || isIRI({v}))",
    "BlankNodeOrLiteral": "(isBlank({v}) || isLiteral({v}))",
    "IRIOrLiteral": "(isIRI({v}) || isLiteral({v}))",
}
_SHAPE_KEYS = {"type", "targetClass", "nodeKind", "pattern", "flags", "property", "sparql", "message",
               "severity", "declare", "deactivated", "class"}
_PROPERTY_KEYS = {"path", "minCount", "maxCount", "datatype", "nodeKind", "pattern", "flags", "minInclusive",
                  "maxInclusive", "minExclusive", "maxExclusive", "in", "class", "node", "message", "severity",
                  "name", "description"}


class Unsupported(ValueError):
    """The shapes use a SHACL feature this compiler does not handle (pyshacl will)."""


@dataclass
class Found:
    """One violation: severity (Violation, Warning, Info), focus node, path, message, value."""

    severity: str
    focus: ox.Term
    path: ox.NamedNode | None
    message: str
    value: ox.Term | None


@dataclass
class Check:
    """One compiled constraint: a SELECT binding ?this (and maybe ?value, ?path)."""

    query: str
    severity: str
    path: ox.NamedNode | None
    message: str
    template: bool = False  # the message has {?var} placeholders (SPARQL constraints)
    projected: list[str] = field(default_factory=list)


def _term(t: ox.Term) -> str:
    return str(t)


class _Shapes:
    """The shapes graph, read with pyoxigraph."""

    def __init__(self, path: str | Path):
        self.store = ox.Store()
        self.store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)

    def values(self, s: ox.Term, local: str) -> list[ox.Term]:
        return [q.object for q in self.store.quads_for_pattern(s, ox.NamedNode(SH + local), None)]

    def value(self, s: ox.Term, local: str) -> ox.Term | None:
        vs = self.values(s, local)
        if len(vs) > 1:
            raise Unsupported(f"several sh:{local} on one shape")
        return vs[0] if vs else None

    def keys(self, s: ox.Term) -> set[str]:
        out = set()
        for q in self.store.quads_for_pattern(s, None, None):
            p = q.predicate.value
            if p == RDF_TYPE:
                out.add("type")
            elif p.startswith(SH):
                out.add(p[len(SH):])
            else:
                out.add(p)
        return out

    def rdf_list(self, head: ox.Term) -> list[ox.Term]:
        out, seen = [], set()
        while not (isinstance(head, ox.NamedNode) and head.value == RDF_NIL):
            if head in seen:
                raise Unsupported("a cyclic RDF list")
            seen.add(head)
            first = [q.object for q in self.store.quads_for_pattern(head, ox.NamedNode(RDF_FIRST), None)]
            rest = [q.object for q in self.store.quads_for_pattern(head, ox.NamedNode(RDF_REST), None)]
            if len(first) != 1 or len(rest) != 1:
                raise Unsupported("a malformed RDF list")
            out.append(first[0])
            head = rest[0]
        return out

    def node_shapes(self) -> list[ox.Term]:
        return sorted({q.subject for q in self.store.quads_for_pattern(
            None, ox.NamedNode(RDF_TYPE), ox.NamedNode(SH + "NodeShape"))}, key=str)


def _severity(shapes: _Shapes, s: ox.Term, default: str = "Violation") -> str:
    sev = shapes.value(s, "severity")
    return sev.value.rsplit("#", 1)[-1] if isinstance(sev, ox.NamedNode) else default


def _literal_text(t: ox.Term | None) -> str | None:
    return t.value if isinstance(t, ox.Literal) else None


def _regex(v: str, pattern: ox.Term, flags: ox.Term | None) -> str:
    args = f"STR({v}), {_term(ox.Literal(pattern.value))}"
    if flags is not None:
        args += f", {_term(ox.Literal(flags.value))}"
    return f"(!isBlank({v}) && REGEX({args}))"


def _value_conditions(shapes: _Shapes, prop: ox.Term, v: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """(constraint name, FILTER expression true when the value ``v`` violates it)."""
    if (dt := shapes.value(prop, "datatype")) is not None:
        cond = f"!isLiteral({v}) || datatype({v}) != {_term(dt)}"
        if dt.value in _CASTS:
            cond += f" || !COALESCE({_term(dt)}({v}) = {_term(dt)}({v}), false)"
        yield "datatype", cond
    if (kind := shapes.value(prop, "nodeKind")) is not None:
        name = kind.value.rsplit("#", 1)[-1]
        if name not in _NODE_KINDS:
            raise Unsupported(f"sh:nodeKind {kind}")
        yield "nodeKind", "!" + _NODE_KINDS[name].format(v=v)
    if (pat := shapes.value(prop, "pattern")) is not None:
        yield "pattern", "!" + _regex(v, pat, shapes.value(prop, "flags"))
    for local, op in (("minInclusive", ">="), ("maxInclusive", "<="), ("minExclusive", ">"),
                      ("maxExclusive", "<")):
        if (bound := shapes.value(prop, local)) is not None:
            yield local, f"!COALESCE({v} {op} {_term(bound)}, false)"
    if (head := shapes.value(prop, "in")) is not None:
        members = shapes.rdf_list(head)
        yield "in", "!(" + (" || ".join(f"sameTerm({v}, {_term(m)})" for m in members) or "false") + ")"
    if (cls := shapes.value(prop, "class")) is not None:
        yield "class", f"isLiteral({v}) || NOT EXISTS {{ {v} {TYPE_PATH} {_term(cls)} }}"
    if (node := shapes.value(prop, "node")) is not None:
        yield "node", _nested(shapes, node, v, depth)


def _nested(shapes: _Shapes, shape: ox.Term, v: str, depth: int = 0) -> str:
    """A FILTER expression true when ``v`` does not conform to a nested shape (``sh:node``)."""
    if depth > 4:
        raise Unsupported("sh:node nested more than 4 deep")
    keys = shapes.keys(shape) - {"type", "message", "severity"}
    if keys - {"nodeKind", "pattern", "flags", "property", "class"}:
        raise Unsupported(f"sh:node to {shape} uses {', '.join(sorted(keys))}")
    conds = []
    if (kind := shapes.value(shape, "nodeKind")) is not None:
        conds.append("!" + _NODE_KINDS[kind.value.rsplit("#", 1)[-1]].format(v=v))
    if (pat := shapes.value(shape, "pattern")) is not None:
        conds.append("!" + _regex(v, pat, shapes.value(shape, "flags")))
    if (cls := shapes.value(shape, "class")) is not None:
        conds.append(f"isLiteral({v}) || NOT EXISTS {{ {v} {TYPE_PATH} {_term(cls)} }}")
    for k, prop in enumerate(shapes.values(shape, "property")):
        if shapes.keys(prop) - _PROPERTY_KEYS:
            raise Unsupported("a nested property shape uses " + ", ".join(sorted(shapes.keys(prop) - _PROPERTY_KEYS)))
        path = shapes.value(prop, "path")
        if not isinstance(path, ox.NamedNode):
            raise Unsupported("only predicate paths (sh:path IRI)")
        p, x, y = _term(path), f"?n{depth}_{k}a", f"?n{depth}_{k}b"
        if (n := shapes.value(prop, "minCount")) is not None and int(n.value) > 0:
            if int(n.value) != 1:
                raise Unsupported("sh:minCount above 1 in a nested shape")
            conds.append(f"NOT EXISTS {{ {v} {p} {x} }}")
        if (n := shapes.value(prop, "maxCount")) is not None:
            if int(n.value) == 0:
                conds.append(f"EXISTS {{ {v} {p} {x} }}")
            elif int(n.value) == 1:
                conds.append(f"EXISTS {{ {v} {p} {x} . {v} {p} {y} FILTER (!sameTerm({x}, {y})) }}")
            else:
                raise Unsupported("sh:maxCount above 1 in a nested shape")
        for _name, cond in _value_conditions(shapes, prop, x, depth + 1):
            conds.append(f"EXISTS {{ {v} {p} {x} FILTER ({cond}) }}")
    return " || ".join(f"({c})" for c in conds) or "false"


def _nested_message(shapes: _Shapes, shape: ox.Term) -> str | None:
    for prop in shapes.values(shape, "property"):
        if (m := _literal_text(shapes.value(prop, "message"))) is not None:
            return m
    return _literal_text(shapes.value(shape, "message"))


def compile_shapes(path: str | Path) -> list[Check]:
    """Every constraint of the shapes file as a SPARQL SELECT; ``Unsupported`` if it cannot."""
    shapes = _Shapes(path)
    checks: list[Check] = []
    prefixes = _declared_prefixes(shapes)
    for shape in shapes.node_shapes():
        keys = shapes.keys(shape)
        if keys - _SHAPE_KEYS:
            raise Unsupported(f"{shape} uses {', '.join(sorted(keys - _SHAPE_KEYS))}")
        if (d := shapes.value(shape, "deactivated")) is not None and d.value == "true":
            continue
        classes = shapes.values(shape, "targetClass")
        if not classes:
            continue  # only used through sh:node
        focus = (f"{{ SELECT DISTINCT ?this WHERE {{ VALUES ?target_class {{ {' '.join(map(_term, classes))} }} "
                 f"?this {TYPE_PATH} ?target_class }} }}")
        sev = _severity(shapes, shape)
        msg = _literal_text(shapes.value(shape, "message"))
        if (kind := shapes.value(shape, "nodeKind")) is not None:
            name = kind.value.rsplit("#", 1)[-1]
            if name not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {kind}")
            cond = _NODE_KINDS[name].format(v="?this")
            checks.append(Check(f"SELECT ?this WHERE {{ {focus} FILTER (!{cond}) }}", sev, None,
                                msg or f"not a {name}"))
        if (pat := shapes.value(shape, "pattern")) is not None:
            cond = _regex("?this", pat, shapes.value(shape, "flags"))
            checks.append(Check(f"SELECT ?this WHERE {{ {focus} FILTER (!{cond}) }}", sev, None,
                                msg or f"does not match the pattern {pat.value}"))
        if (cls := shapes.value(shape, "class")) is not None:
            checks.append(Check(f"SELECT ?this WHERE {{ {focus} FILTER (isLiteral(?this) || NOT EXISTS "
                                f"{{ ?this {TYPE_PATH} {_term(cls)} }}) }}", sev, None,
                                msg or f"not a {cls.value}"))
        for prop in shapes.values(shape, "property"):
            checks.extend(_property_checks(shapes, prop, focus, sev))
        for sparql in shapes.values(shape, "sparql"):
            checks.append(_sparql_check(shapes, sparql, focus, sev, prefixes))
    return checks


def _property_checks(shapes: _Shapes, prop: ox.Term, focus: str, shape_sev: str) -> list[Check]:
    keys = shapes.keys(prop)
    if keys - _PROPERTY_KEYS:
        raise Unsupported(f"a property shape uses {', '.join(sorted(keys - _PROPERTY_KEYS))}")
    path = shapes.value(prop, "path")
    if not isinstance(path, ox.NamedNode):
        raise Unsupported("only predicate paths (sh:path IRI)")
    p = _term(path)
    sev = _severity(shapes, prop, shape_sev)
    message = _literal_text(shapes.value(prop, "message"))
    out = []
    # Counts of one (the common case) are index lookups per focus node; others group and count.
    if (n := shapes.value(prop, "minCount")) is not None and int(n.value) > 0:
        query = (f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {p} ?value }} }}" if int(n.value) == 1
                 else f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {p} ?value }} }} GROUP BY ?this "
                      f"HAVING (COUNT(DISTINCT ?value) < {int(n.value)})")
        out.append(Check(query, sev, path, message or f"fewer than {n.value} values"))
    if (n := shapes.value(prop, "maxCount")) is not None:
        query = (f"SELECT DISTINCT ?this WHERE {{ {focus} ?this {p} ?value . ?this {p} ?other "
                 f"FILTER (!sameTerm(?value, ?other)) }}" if int(n.value) == 1
                 else f"SELECT ?this WHERE {{ {focus} ?this {p} ?value }} GROUP BY ?this "
                      f"HAVING (COUNT(DISTINCT ?value) > {int(n.value)})")
        out.append(Check(query, sev, path, message or f"more than {n.value} values"))
    for name, cond in _value_conditions(shapes, prop, "?value"):
        default = {"node": _nested_message(shapes, shapes.value(prop, "node")) if name == "node" else None}
        out.append(Check(
            f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {p} ?value FILTER ({cond}) }}",
            sev, path, message or default.get(name) or f"value violates sh:{name}"))
    return out


def _declared_prefixes(shapes: _Shapes) -> dict[str, str]:
    out = {}
    for q in shapes.store.quads_for_pattern(None, ox.NamedNode(SH + "declare"), None):
        prefix, ns = shapes.value(q.object, "prefix"), shapes.value(q.object, "namespace")
        if prefix is not None and ns is not None:
            out[prefix.value] = ns.value
    return out


def _sparql_check(shapes: _Shapes, node: ox.Term, focus: str, shape_sev: str, prefixes: dict) -> Check:
    from kg.remote import where_brace

    keys = shapes.keys(node) - {"type", "message", "prefixes", "select", "severity", "deactivated"}
    if keys:
        raise Unsupported(f"a SPARQL constraint uses {', '.join(sorted(keys))}")
    select = _literal_text(shapes.value(node, "select"))
    if select is None:
        raise Unsupported("a SPARQL constraint without sh:select")
    text = select.replace("$this", "?this")
    at = where_brace(text)
    text = text[: at + 1] + " " + focus + " " + text[at + 1:]
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))
    message = _literal_text(shapes.value(node, "message")) or "SPARQL constraint"
    return Check(head + text, _severity(shapes, node, shape_sev), None, message, template=True)


def run_checks(store: ox.Store, checks: list[Check]) -> list[Found]:
    """Run the compiled checks on a store (its default graph the union of all graphs)."""
    out = []
    for check in checks:
        res = store.query(check.query, use_default_graph_as_union=True)
        names = [v.value for v in res.variables]
        for sol in res:
            row = {n: sol[n] for n in names}
            message = check.message
            if check.template:
                for n, t in row.items():
                    if t is not None:
                        message = message.replace("{?" + n + "}", t.value).replace("{$" + n + "}", t.value)
            path = check.path if check.path is not None else row.get("path")
            out.append(Found(check.severity, row["this"], path, message, row.get("value")))
    return out
