"""RDF written by string formatting: N-Quads, Turtle and JSON-LD from plain Python terms.

Rendering each article's claims through pyoxigraph term objects and its serializers cost
more than half of what extraction does (about 90 ms an article of 30 claims), most of it in
building Python objects only to turn them back into text. Here a term is a plain value:

* an IRI is a ``str`` (already safe: every IRI kg mints is percent-encoded by
  ``kg.rdf.segment``, and the vocabulary IRIs are constants);
* a literal is a ``Lit`` (lexical value, datatype IRI or None, language tag or None), its
  value cleaned once (a lone surrogate becomes U+FFFD) and escaped once.

A node is a subject IRI with its (predicate, object) pairs in the order they are to be
written; each format writes a node as one block (Turtle: the subject once, predicates
joined by ``;`` and repeated objects by ``,``; JSON-LD: one node object on one line), so
the same nodes give the same bytes in every process. Escaping follows the N-Triples and
Turtle grammars (``\\"`` ``\\\\`` ``\\n`` ``\\r`` ``\\t`` ``\\b`` ``\\f``, other control
characters as ``\\uXXXX``); every export is parsed back by the tests.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import NamedTuple

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"

_SPECIAL = re.compile(r'[\x00-\x1f\x7f"\\\ud800-\udfff]')
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape_char(m: re.Match) -> str:
    c = m.group()
    if c in _ESCAPES:
        return _ESCAPES[c]
    if "\ud800" <= c <= "\udfff":
        return "\ufffd"
    return f"\\u{ord(c):04X}"


def escape(value: str) -> str:
    """The body of a quoted N-Triples / Turtle string literal."""
    return _SPECIAL.sub(_escape_char, value) if _SPECIAL.search(value) else value


class Lit(NamedTuple):
    """A literal: its (clean) value, datatype IRI (None: xsd:string) or language tag, and
    its quoted, escaped form."""

    value: str
    datatype: str | None
    lang: str | None
    quoted: str


def lit(value, datatype: str | None = None, lang: str | None = None) -> Lit:
    """A literal; ``datatype`` is an XSD local name ("integer") or a full IRI."""
    text = str(value)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if datatype is not None and ":" not in datatype:
        datatype = XSD + datatype
    if lang or datatype == XSD_STRING:
        datatype = None
    return Lit(text, datatype, lang or None, '"' + escape(text) + '"')


Term = str | Lit  # an IRI or a literal
Node = tuple[str, list[tuple[str, Term]]]  # subject IRI, (predicate IRI, object) pairs


def nt(term: Term) -> str:
    """A term in N-Triples syntax."""
    if isinstance(term, str):
        return "<" + term + ">"
    if term.lang:
        return term.quoted + "@" + term.lang
    if term.datatype:
        return term.quoted + "^^<" + term.datatype + ">"
    return term.quoted


def sort_key(term: Term) -> str:
    """A total order of terms that is the same in every process."""
    return nt(term)


# --- Turtle ------------------------------------------------------------------------------------

_BARE = {XSD + "integer": re.compile(r"[+-]?[0-9]+"), XSD + "boolean": re.compile(r"true|false")}
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


class Namespaces:
    """Prefixed names for Turtle and compact IRIs for JSON-LD, of one prefix table."""

    def __init__(self, prefixes: dict[str, str]):
        # longest namespace first, so that "actor:" wins over a shorter one that also matches
        self.ordered = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.ttl_name = lru_cache(maxsize=1 << 16)(self._ttl_name)
        self.compact = lru_cache(maxsize=1 << 16)(self._compact)

    def _split(self, iri: str) -> tuple[str, str] | None:
        for prefix, ns in self.ordered:
            if iri.startswith(ns):
                return prefix, iri[len(ns):]
        return None

    def _ttl_name(self, iri: str) -> str:
        """``prefix:local`` when the local part is a plain Turtle name, else ``<iri>``."""
        if iri == RDF_TYPE:
            return "a"
        hit = self._split(iri)
        if hit is not None and _LOCAL.fullmatch(hit[1]):
            return hit[0] + ":" + hit[1]
        return "<" + iri + ">"

    def _compact(self, iri: str) -> str:
        """The JSON-LD compact IRI (``prefix:rest``; any rest but one that starts with //)."""
        hit = self._split(iri)
        if hit is None or not hit[1] or hit[1].startswith("//"):
            return iri
        return hit[0] + ":" + hit[1]

    def ttl(self, term: Term) -> str:
        if isinstance(term, str):
            name = self.ttl_name(term)
            return "rdf:type" if name == "a" else name
        if term.lang:
            return term.quoted + "@" + term.lang
        if term.datatype:
            if term.datatype in _BARE and _BARE[term.datatype].fullmatch(term.value):
                return term.value  # Turtle's own forms: 12, true
            return term.quoted + "^^" + self.ttl_name(term.datatype)
        return term.quoted

    def jsonld(self, term: Term):
        if isinstance(term, str):
            return {"@id": self.compact(term)}
        if term.lang:
            return {"@value": term.value, "@language": term.lang}
        if term.datatype:
            return {"@value": term.value, "@type": self.compact(term.datatype)}
        return term.value


def nquads(nodes: list[Node], graph: str | None = None) -> str:
    """N-Quads lines of the nodes (in the default graph when ``graph`` is None)."""
    tail = " <" + graph + "> .\n" if graph else " .\n"
    out = []
    for subject, props in nodes:
        s = "<" + subject + "> "
        out.extend(s + "<" + p + "> " + nt(o) + tail for p, o in props)
    return "".join(out)


def turtle(nodes: list[Node], ns: Namespaces) -> str:
    """Turtle blocks of the nodes (no prefix lines): one block per node, objects of a
    repeated predicate joined by commas."""
    out = []
    for subject, props in nodes:
        if not props:
            continue
        parts, last = [], None
        for p, o in props:
            if p == last:
                parts[-1] += " , " + ns.ttl(o)
            else:
                parts.append(ns.ttl_name(p) + " " + ns.ttl(o))
                last = p
        out.append(ns.ttl_name(subject) + " " + " ;\n\t".join(parts) + " .\n")
    return "".join(out)


def jsonld(nodes: list[Node], ns: Namespaces) -> list[str]:
    """One compact JSON-LD node object per node, each on one line."""
    out = []
    for subject, props in nodes:
        obj: dict = {"@id": ns.compact(subject)}
        for p, o in props:
            if p == RDF_TYPE and isinstance(o, str):
                obj.setdefault("@type", []).append(ns.compact(o))
            else:
                obj.setdefault(ns.compact(p), []).append(ns.jsonld(o))
        out.append(json.dumps(obj, ensure_ascii=False))
    return out


def group(triples, type_first: bool = True) -> list[Node]:
    """Distinct (s, p, o) triples -> nodes, sorted by subject, rdf:type first, then by
    predicate and object (for parts of the graph that come as sets)."""
    by_subject: dict[str, set] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, set()).add((p, o))
    out = []
    for s in sorted(by_subject):
        props = sorted(by_subject[s], key=lambda po: ("" if po[0] == RDF_TYPE and type_first else po[0],
                                                      sort_key(po[1])))
        out.append((s, props))
    return out
