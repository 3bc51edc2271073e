"""SHACL validation of kg exports against ``kg/ontologies/shapes.ttl`` (pyshacl).

The shapes check what every export promises: actors are labelled and lift to one state,
claims carry their evidence and point to described actors and to an article, aggregated
edges have positive weight, and no direct edge exists without a positive claim behind it.
A dataset (N-Quads) is validated as the union of its graphs, as Turtle and JSON-LD are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.rdf import KG, SHAPES_FILE
from kg.rdfio import _compact, check_store, load_rdflib, require_kg_vocabulary

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    severity: str
    focus: str
    path: str
    message: str
    value: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


def _short(term) -> str:
    if term is None:
        return ""
    s = str(term)
    return _compact(s) if s.startswith("http") else s


def validate_graph(data_graph, shapes: str | Path = SHAPES_FILE) -> list[Violation]:
    """Violations of an rdflib graph against the shapes (empty when it conforms)."""
    import pyshacl
    import rdflib

    shapes_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    conforms, results, text = pyshacl.validate(
        data_graph, shacl_graph=shapes_graph, inference="none", abort_on_first=False,
        allow_warnings=True, advanced=True,
    )
    out = []
    if conforms:
        return out
    if not isinstance(results, rdflib.Graph):  # the shapes themselves could not run
        raise ValueError(f"SHACL validation failed to run: {text.strip()}")
    shn = rdflib.Namespace(SH)
    details = set(results.objects(None, shn.detail))  # explanations of a sh:node result, not results
    for r in results.subjects(rdflib.RDF.type, shn.ValidationResult):
        if r in details:
            continue
        out.append(Violation(
            severity=_short(results.value(r, shn.resultSeverity)).rsplit("#", 1)[-1],
            focus=_short(results.value(r, shn.focusNode)),
            path=_short(results.value(r, shn.resultPath)),
            message=str(results.value(r, shn.resultMessage) or ""),
            value=_short(results.value(r, shn.value)),
        ))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message, v.value))


ENGINES = ("auto", "pyshacl")


@lru_cache(maxsize=4)
def _compiled(shapes: str):
    from kg.shacl import compile_shapes

    return compile_shapes(shapes)


def validate_store(store, shapes: str | Path = SHAPES_FILE) -> list[Violation]:
    """Violations of a pyoxigraph store (the union of its graphs), by the shapes compiled to SPARQL.

    Raises ``kg.shacl.Unsupported`` when the shapes use SHACL this compiler does not handle.
    """
    from kg.shacl import run_checks

    out = [Violation(f.severity, _short(f.focus.value if hasattr(f.focus, "value") else f.focus),
                     _short(f.path.value) if f.path is not None else "", f.message,
                     _short(f.value.value) if f.value is not None else "")
           for f in run_checks(store, _compiled(str(shapes)))]
    return sorted(set(out), key=lambda v: (v.focus, v.path, v.message, v.value))


def validate_export(path: str | Path, engine: str = "auto") -> list[Violation]:
    """Violations of an export file (Turtle, N-Quads or JSON-LD; a directory: its graph.nq).

    ``auto``: the shapes compiled to SPARQL on Oxigraph (seconds at a million triples), or
    pyshacl when the shapes use SHACL the compiler does not handle; ``pyshacl``: always the
    reference validator (slow on large exports).
    """
    import rdflib

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    if engine == "auto":
        from kg.rdfio import load_store
        from kg.shacl import Unsupported

        store = load_store(path)
        check_store(path, store)
        try:
            return validate_store(store)
        except Unsupported:
            pass
    parsed = load_rdflib(path)
    if isinstance(parsed, rdflib.Dataset):
        union = rdflib.Graph()
        for s, p, o, _ in parsed.quads((None, None, None, None)):
            union.add((s, p, o))
        parsed = union
    require_kg_vocabulary(path, len(parsed), any(str(p).startswith(KG) or str(o).startswith(KG)
                                                 for _, p, o in parsed))
    return validate_graph(parsed)
