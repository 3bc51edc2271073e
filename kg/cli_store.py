"""``kg query``, ``validate``, ``push`` and ``serve``: the commands that read an export (or a SPARQL
endpoint) rather than articles. Registered on the ``kg`` group by kg.cli, like kg.cli_curation.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli_options import LABEL_LANGS, data_option, http_url
from kg.errors import KgError, KgUsageError, os_message


class _KeyValue(click.ParamType):
    """``key=value`` for ``--param``."""

    name = "KEY=VALUE"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        key, sep, val = str(value).partition("=")
        if not sep or not key.strip():
            self.fail(f"expected KEY=VALUE, got {value!r}", param, ctx)
        return key.strip(), val


@click.command()
@click.argument("export", required=False, type=click.Path())
@click.argument("sparql", required=False)
@click.option("--endpoint", callback=http_url,
              help="Query this SPARQL endpoint (e.g. http://localhost:7878/query) instead of an export.")
@click.option("--label-lang", type=click.Choice(LABEL_LANGS), default="en", show_default=True,
              help="Language of the actor labels shown next to codes in tables.")
@click.option("--file", "qfile", type=click.Path(dir_okay=False), help="Run the SPARQL query in this file.")
@click.option("--name", help="Run a bundled query (see --list).")
@click.option("--param", "params", multiple=True, type=_KeyValue(),
              help="Bind a query parameter (repeatable); actors by code, id or name.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table for reading, csv for spreadsheets, json (SPARQL JSON results).")
@click.option("--ontology", is_flag=True, help="Also load the kg ontology (for rdfs:subPropertyOf etc.).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and exit.")
@data_option
def query(export, sparql, endpoint, label_lang, qfile, name, params, fmt, ontology, list_queries) -> None:
    """Run SPARQL on an export (Turtle, N-Quads, JSON-LD, or an export directory) or an endpoint.

    \b
    kg query exports/ --name who-supports --param actor=Rosja
    kg query exports/graph.ttl 'SELECT ?s WHERE { ?s a kg:State }'
    kg query --endpoint http://localhost:7878/query --name between --param a=Polska --param b=USA
    """
    from kg.query import (
        QueryError,
        QueryUsageError,
        actor_labels,
        format_result,
        get_query,
        named_queries,
        run_query,
        store_lookup,
    )
    from kg.rdfio import check_store, load_ontology, load_store
    from kg.store import open_store

    if list_queries:
        for q in named_queries().values():
            ps = " ".join(f"--param {p}=..." for p in q.params)
            click.echo(f"{q.name} {ps}".rstrip())
            click.echo(f"    {q.description}")
        return
    if endpoint is not None:
        if sparql is None and export is not None and not Path(export).exists():
            export, sparql = None, export  # kg query --endpoint URL 'SELECT ...'
        if export is not None:
            raise click.UsageError("give an EXPORT or --endpoint, not both")
        if ontology:
            raise click.UsageError("--ontology loads the ontology into a local store; load kg.ttl into the endpoint")
        from kg.remote import run_remote, select

        try:
            q = get_query(name=name, file=qfile, text=sparql)
            result = run_remote(endpoint, q, dict(params), gazetteer=_gazetteer_or_none())
            labels = actor_labels(result, lambda text, _subs: _rows(select(endpoint, text)), label_lang,
                                  _gazetteer_or_none()) if fmt == "table" else None
        except QueryUsageError as e:
            raise KgUsageError(str(e)) from None
        except (QueryError, ValueError) as e:
            raise KgError(str(e)) from None
        click.echo(format_result(result, fmt, labels=labels))
        return
    if export is None:
        raise click.UsageError("missing EXPORT (an export file or directory) or --endpoint URL")
    try:
        q = get_query(name=name, file=qfile, text=sparql)
        if Path(export).is_dir():  # a persistent store beside the export: no re-parsing
            store = open_store(export, ontology=ontology)
        else:
            store = load_store(export)
            if name is not None:  # the bundled queries ask in kg's vocabulary: other RDF answers nothing
                check_store(export, store)
            if ontology:
                load_ontology(store)
        result = run_query(store, q, dict(params))
        labels = actor_labels(result, store_lookup(store), label_lang, _gazetteer_or_none()) \
            if fmt == "table" else None
    except QueryUsageError as e:
        raise KgUsageError(str(e)) from None
    except (QueryError, ValueError) as e:
        raise KgError(str(e)) from None
    except OSError as e:
        raise KgError(os_message(e)) from None
    click.echo(format_result(result, fmt, labels=labels))


def _rows(result) -> list[dict]:
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def _gazetteer_or_none():
    from kg.actors import DataError, default_gazetteer

    try:
        return default_gazetteer()
    except DataError:
        return None


@click.command()
@click.argument("export", type=click.Path())
@click.option("--engine", type=click.Choice(["auto", "pyshacl"]), default="auto", show_default=True,
              help="auto: the shapes compiled to SPARQL on Oxigraph (pyshacl for what they cannot "
                   "express); pyshacl: the reference validator, slow on large exports.")
def validate(export: str, engine: str) -> None:
    """Check an export against the kg SHACL shapes; exit status 1 on violations."""
    from kg.validate import validate_export

    try:
        violations = validate_export(export, engine=engine)
    except ValueError as e:
        raise KgError(str(e)) from None
    except OSError as e:
        raise KgError(os_message(e)) from None
    if not violations:
        click.echo(f"{export}: conforms to the kg shapes")
        return
    for v in violations:
        click.echo(str(v))
    click.echo(f"{export}: {len(violations)} violation{'s' if len(violations) != 1 else ''}", err=True)
    sys.exit(1)


@click.command()
@click.argument("export", type=click.Path())
@click.option("--endpoint", required=True, callback=http_url,
              help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki).")
@click.option("--graph", "graph", help="Target graph IRI (default: the store's default graph).")
@click.option("--append", is_flag=True, help="Add to the graph (POST) instead of replacing it (PUT).")
@click.option("--named-graphs", is_flag=True,
              help="Upload each article's named graph of an N-Quads export separately.")
@click.option("--user", envvar="KG_PUSH_USER", help="USER:PASSWORD for HTTP basic auth (or $KG_PUSH_USER).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=300, show_default=True,
              help="Seconds to wait for the store to answer each request.")
@click.option("--retries", type=click.IntRange(min=0, max=10), default=3, show_default=True,
              help="Further attempts after a failure that is safe to retry (waits 1, 2, 4... s).")
def push(
    export: str, endpoint: str, graph: str | None, append: bool, named_graphs: bool, user: str | None,
    timeout: float, retries: int,
) -> None:
    """Upload an export to a triple store (SPARQL 1.1 Graph Store HTTP Protocol).

    "pushed" is printed only when the store accepted every request; otherwise the error
    says what failed (and, with --named-graphs, how much was uploaded) and the exit status
    is 1.
    """
    from kg.push import PushError, push_export

    try:
        res = push_export(export, endpoint, graph=graph, append=append, named_graphs=named_graphs, user=user,
                          timeout=timeout, retries=retries)
    except (PushError, ValueError) as e:
        raise KgError(str(e)) from None
    except OSError as e:
        raise KgError(os_message(e)) from None
    target = f"<{graph}>" if graph else "the default graph"
    if named_graphs:
        articles = res.graphs - 1
        target += f" and {articles} article graph{'s' if articles != 1 else ''}"
    click.echo(f"pushed {res.triples} triples in {res.graphs} graph{'s' if res.graphs != 1 else ''} "
               f"to {endpoint} ({target})")


@click.command()
@click.argument("export", type=click.Path())
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
@click.option("--host", default="localhost", show_default=True,
              help="Address to listen on (localhost: this machine only).")
@click.option("--update", is_flag=True,
              help="Also accept SPARQL updates and Graph Store writes (on a working copy of the store).")
def serve(export: str, port: int, host: str, update: bool) -> None:
    """Serve an export as a SPARQL 1.1 endpoint (Oxigraph's server) until Ctrl-C.

    EXPORT is an export folder written by kg build (or a file in one). Its store is
    built once beside it and reused while the export is unchanged.
    """
    import signal

    from kg.serve import ServeError, start

    try:
        ep = start(export, port=port, host=host, update=update)
    except ServeError as e:
        raise click.ClickException(str(e)) from None

    def stop_on_term(_sig, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop_on_term)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored
    try:  # from the first line printed: a Ctrl-C as soon as the server says it is ready stops it cleanly
        for line in ep.describe():
            click.echo(line)
        click.echo("Ctrl-C stops the server.", err=True)
        code = ep.process.wait()
        raise click.ClickException(f"oxigraph stopped by itself (exit status {code})")
    except KeyboardInterrupt:
        ep.stop()
        click.echo("stopped", err=True)


COMMANDS = (query, validate, push, serve)
