"""Input of ``kg viz``: claims from JSON Lines, an export folder, stdin, or an RDF export.

An RDF export (Turtle, N-Quads, JSON-LD) is read back into claim dicts with one SPARQL
query over an in-memory Oxigraph store, so that a page can be drawn from any export.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from kg.actors import LANGS


class VizError(ValueError):
    """The input cannot be drawn; the message says why."""


# --- input --------------------------------------------------------------------------------


def read_input(path: str | Path) -> list[dict]:
    """Claims from ``claims.jsonl``, an export directory holding one, or ``-`` (stdin)."""
    from kg.graph import claim_sort_key, parse_claim_line, read_claims

    if str(path) == "-":
        import sys

        claims = []
        try:
            for n, line in enumerate(sys.stdin, 1):
                if line.strip():
                    claims.append(parse_claim_line(line, f"<stdin>:{n}"))
        except UnicodeDecodeError:
            raise VizError("<stdin>: not UTF-8 text (claims are JSON Lines)") from None
        except ValueError as e:
            raise VizError(str(e)) from None
        if not claims:  # as `kg extract -` refuses empty input: a pipe that gave nothing is a mistake
            raise VizError("<stdin>: no claims (empty input)")
        return sorted(claims, key=claim_sort_key)
    path = Path(path)
    if not path.exists():
        raise VizError(f"{path}: no such file or directory")
    if path.is_dir() and not (path / "claims.jsonl").exists():
        raise VizError(f"{path}: no claims.jsonl in this directory (an export folder of kg build is meant; for a "
                       f"folder of articles, `kg build {path} -o DIR` makes one)")
    if path.is_file() and path.suffix.lower() in RDF_SUFFIXES:
        return claims_from_rdf(path)
    try:
        return read_claims(path)
    except ValueError as e:
        hint = "" if path.suffix.lower() == ".jsonl" or path.is_dir() else \
            " (kg viz and kg review read claims: `kg extract FILE --format jsonl` or `kg build` make them from " \
            "articles)"
        raise VizError(f"{e}{hint}") from None


RDF_SUFFIXES = (".ttl", ".nq", ".nt", ".trig", ".jsonld", ".json")

_CLAIMS_QUERY = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?id ?s ?rel ?o ?sentence ?start ?end ?rule ?confidence ?negated ?hedged ?modality ?lang ?trigger
       ?attributed ?date ?doc ?title ?url ?issued ?source ?event ?eventPrecision ?eventEnd ?eventEndPrecision
       ?eventText ?datePrecision ?alang ?articlePrecision WHERE {
  ?c a kg:Claim ; kg:claimId ?id ; kg:subject ?s ; kg:relation ?rel ; kg:object ?o ;
     prov:wasDerivedFrom ?a .
  OPTIONAL { ?c kg:sentence ?sentence } OPTIONAL { ?c kg:start ?start } OPTIONAL { ?c kg:end ?end }
  OPTIONAL { ?c kg:rule ?rule } OPTIONAL { ?c kg:confidence ?confidence }
  OPTIONAL { ?c kg:negated ?negated } OPTIONAL { ?c kg:hedged ?hedged }
  OPTIONAL { ?c kg:modality ?modality } OPTIONAL { ?c kg:language ?lang }
  OPTIONAL { ?c kg:trigger ?trigger } OPTIONAL { ?c kg:attributedTo ?attributed }
  OPTIONAL { ?c dcterms:date ?date } OPTIONAL { ?a kg:docName ?doc } OPTIONAL { ?a dcterms:title ?title }
  OPTIONAL { ?a kg:url ?url } OPTIONAL { ?a dcterms:issued ?issued } OPTIONAL { ?a dcterms:language ?alang }
  OPTIONAL { ?a prov:wasAttributedTo ?src . ?src rdfs:label ?source }
  OPTIONAL { ?c kg:eventDate ?event } OPTIONAL { ?c kg:eventPrecision ?eventPrecision }
  OPTIONAL { ?c kg:eventEnd ?eventEnd } OPTIONAL { ?c kg:eventEndPrecision ?eventEndPrecision }
  OPTIONAL { ?c kg:eventText ?eventText } OPTIONAL { ?c kg:publishedPrecision ?datePrecision }
  OPTIONAL { ?a kg:publishedPrecision ?articlePrecision }
}"""
_ACTORS_QUERY = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?x ?type ?label ?code ?same ?actsFor WHERE {
  { SELECT DISTINCT ?x WHERE { { ?c a kg:Claim ; kg:subject ?x } UNION { ?c a kg:Claim ; kg:object ?x } } }
  OPTIONAL { ?x a ?type } OPTIONAL { ?x rdfs:label ?label } OPTIONAL { ?x kg:code ?code }
  OPTIONAL { ?x owl:sameAs ?same } OPTIONAL { ?x kg:actsFor ?actsFor }
}"""


def claims_from_rdf(path: str | Path) -> list[dict]:
    """Claim dicts back from an RDF export of ``kg build`` (Turtle, N-Quads, JSON-LD...)."""
    from urllib.parse import unquote

    from kg.graph import claim_sort_key
    from kg.rdf import BASE, KG
    from kg.rdfio import check_store, load_store

    try:
        store = check_store(path, load_store(path))
    except (ValueError, OSError) as e:
        raise VizError(str(e)) from None
    actor_base, wd = BASE + "actor/", "http://www.wikidata.org/entity/"

    def actor_id(term) -> str:
        iri = term.value
        return unquote(iri[len(actor_base):]) if iri.startswith(actor_base) else iri

    refs: dict[str, dict] = {}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in store.query(_ACTORS_QUERY, use_default_graph_as_union=True):
        aid = actor_id(row["x"])
        ref = refs.setdefault(aid, {"id": aid, "label": aid, "type": "Actor", "code": ""})
        if row["type"] is not None and row["type"].value.startswith(KG):
            ref["type"] = row["type"].value[len(KG):]
        if row["label"] is not None:
            labels[aid][row["label"].language or ""] = row["label"].value
        if row["code"] is not None:
            ref["code"] = row["code"].value
        if row["same"] is not None and row["same"].value.startswith(wd):
            ref["wikidata"] = row["same"].value[len(wd):]
        if row["actsFor"] is not None:
            ref["acts_for"] = actor_id(row["actsFor"])
    for aid, by_lang in labels.items():
        refs[aid]["label"] = next((by_lang[lg] for lg in ("en", "", *LANGS) if lg in by_lang), aid)

    def val(row, key, cast=str):
        term = row[key]
        return None if term is None else cast(term.value)

    claims = {}
    for row in store.query(_CLAIMS_QUERY, use_default_graph_as_union=True):
        cid = row["id"].value
        if cid in claims:  # an article with two titles or sources: keep the first
            continue
        rel = row["rel"].value
        claims[cid] = {
            "id": cid, "doc": val(row, "doc") or "", "relation": rel[len(KG):] if rel.startswith(KG) else rel,
            "subject": refs.get(actor_id(row["s"]), {"id": actor_id(row["s"])}),
            "object": refs.get(actor_id(row["o"]), {"id": actor_id(row["o"])}),
            "negated": val(row, "negated") == "true", "hedged": val(row, "hedged") == "true",
            "modality": val(row, "modality") or "asserted", "attributed_to": val(row, "attributed"),
            "sentence": val(row, "sentence") or "", "start": val(row, "start", int) or 0,
            "end": val(row, "end", int) or 0, "trigger": val(row, "trigger") or "",
            "lang": val(row, "lang") or val(row, "alang"), "rule": val(row, "rule") or "",
            "confidence": val(row, "confidence", float), "title": val(row, "title"), "url": val(row, "url"),
            "published": val(row, "date") or val(row, "issued"), "source": val(row, "source"),
            "published_precision": val(row, "datePrecision") or val(row, "articlePrecision"),
            "event_date": val(row, "event"),
            "event_precision": val(row, "eventPrecision"), "event_end": val(row, "eventEnd"),
            "event_end_precision": val(row, "eventEndPrecision"), "event_text": val(row, "eventText"),
        }
    return sorted(claims.values(), key=claim_sort_key)
