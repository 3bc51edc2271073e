"""The ``kg`` command line: thin wrappers over the library API.

Each command parses its options, calls one library function and prints.
Library errors become one-line ``click.ClickException`` messages; anything unexpected is
caught by the group (``_Guarded``) and becomes one line too, never a traceback
(``KG_DEBUG=1`` shows it). Exit codes: 0 success, 1 some inputs failed (or the command
failed), 2 usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from kg.cli_options import LABEL_LANGS, data_option
from kg.cli_options import Lang as _Lang
from kg.errors import KgError, KgInterrupted, KgUsageError, internal_error, os_message

if TYPE_CHECKING:
    from kg.records import Article


class _Guarded(click.Group):
    """The ``kg`` group: an unexpected exception in any command is one line and exit status 1."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.UsageError as e:  # "kg --bogus"
            _one_line_usage(e)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name, cmd, rest = super().resolve_command(ctx, args)
        ctx.meta["kg.command"] = cmd.name if cmd is not None else None
        return name, cmd, rest

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.exceptions.UsageError as e:  # a command's own: "kg extract --format xml"
            name = ctx.meta.get("kg.command")  # (click's parser leaves some errors without their context)
            _one_line_usage(e, f"{ctx.command_path} {name}" if name else None)
        except (KgError, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except click.exceptions.ClickException as e:  # every other error in kg's one-line form
            err = KgError(e.format_message())
            err.exit_code = e.exit_code
            raise err from None
        except BrokenPipeError:
            raise  # click's main() ends quietly when the reader of stdout went away
        except KeyboardInterrupt:  # a build's staging folder is gone by now: the output folder holds the last build
            raise KgInterrupted("interrupted (Ctrl-C)") from None
        except Exception as e:
            import os

            if os.environ.get("KG_DEBUG"):
                raise
            raise KgError(internal_error(e)) from None


def _one_line_usage(e: click.exceptions.UsageError, command: str | None = None) -> NoReturn:
    """Say a usage error in one line, like every other error ("kg: error: Invalid value for '--format': …
    (kg extract --help)"), not click's four; a command given nothing still shows its help."""
    if isinstance(e, click.exceptions.NoArgsIsHelpError):
        raise e
    where = e.ctx.command_path if e.ctx is not None else command or "kg"
    raise KgUsageError(f"{e.format_message()} ({where} --help)") from None


@click.group(cls=_Guarded)
@click.version_option(package_name="kg")
def main() -> None:
    """Build geopolitical knowledge graphs from news articles.

    Exit status: 0 success, 1 some inputs failed (they are named on stderr; the others are
    still processed), 2 usage error, 130 interrupted (Ctrl-C).
    """


#: Commands that only read and print: once their output is flushed the process ends without the interpreter's
#: teardown of the loaded tables (see ``run``).
_QUICK_EXIT = frozenset({"extract", "explain"})


def run() -> None:
    """The ``kg`` command (console script and ``python -m kg``): ``main``, then, for a command that only reads
    and prints, an exit right after its output is flushed. The lexicon tables and analysers a command loads are
    hundreds of thousands of objects, and freeing them one by one at interpreter shutdown took 0.4 s, a third of
    a one-article ``kg extract``; nothing is left to finish then (no files, no workers). Commands that write
    end as usual."""
    import os

    try:
        main(prog_name="kg")
    except SystemExit as e:
        if len(sys.argv) > 1 and sys.argv[1] in _QUICK_EXIT and (e.code is None or isinstance(e.code, int)):
            from kg.wordcache import save

            save()  # the words this run analysed, for the next (the quick exit skips ``atexit``)
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except OSError:
                raise e from None  # a reader gone away: the usual ending reports it
            os._exit(e.code or 0)
        raise


class _Now(click.ParamType):
    """An ISO 8601 date and time ("2025-07-13T12:00:00", "2025-07-13 12:00", "2025-07-13")."""

    name = "DATETIME"

    def convert(self, value, param, ctx):
        import datetime as dt

        if isinstance(value, dt.datetime):
            return value
        try:
            return dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not an ISO date and time (e.g. 2025-07-13T12:00:00)", param, ctx)


class _Date(click.ParamType):
    """A date of any precision: YYYY-MM-DD, YYYY-MM or YYYY (kept as given)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        from kg.dates import parse_iso

        text = str(value).strip()
        if parse_iso(text) is None or "T" in text or " " in text:
            self.fail(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", param, ctx)
        return text


def now_option(f):
    """``--now DATETIME``: what relative article dates ("8 godzin temu") are read against."""
    return click.option(
        "--now", type=_Now(), default=None, metavar="DATETIME",
        help="Read relative article dates ('8 godzin temu', '5 hours ago') against this time "
             "(ISO 8601, UTC unless it has an offset); default: each file's modification time.")(f)


# --- extraction ---------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True,
              help="jsonl: one claim per line (the scoring contract); table: for reading.")
@click.option("--lang", type=_Lang(), default="auto", show_default=True,
              help="Language of every article; auto detects it per article.")
@click.option("--all", "show_all", is_flag=True,
              help="Table: also show negated claims and structural facts (leaderOf, officialOf, memberOf); "
                   "its last line says how many it left out.")
@now_option
@data_option
@click.option("-v", "--verbose", is_flag=True, help="Name every file skipped in a folder.")
def extract(paths: tuple[str, ...], fmt: str, lang: str, show_all: bool, now, verbose: bool) -> None:
    """Extract typed, evidenced claims from articles (files, folders, - for stdin).

    Reads plain-text articles, HTML pages and JSON Lines (one article per line), one at a
    time: claims are written as each article is read. An input that cannot be read is
    reported on stderr and the others go on; the exit status is 1 if any input failed or
    no input held an article. A curation.toml in a --data folder corrects the claims, as in
    `kg build`.
    """
    from dataclasses import replace

    from kg.actors import DataError, default_gazetteer
    from kg.curation import Curator, load_curation
    from kg.datapath import active
    from kg.extract import extract_article, with_language
    from kg.ingest import iter_articles
    from kg.language import FOREIGN_NOTICE
    from kg.output import claims_jsonl, claims_table
    from kg.records import taken_id

    failed = 0
    read = 0
    seen: dict[str, str] = {}

    def claims():
        nonlocal failed, read
        for item in iter_articles(paths, warn=_notice, verbose=verbose, now=now):
            if not isinstance(item, str):
                item = taken_id(seen, item) or item
            if isinstance(item, str):
                failed += 1
                click.echo(f"kg: error: {item}", err=True)
                continue
            read += 1
            if lang != "auto":
                item = replace(item, lang=lang)
            item, foreign = with_language(item)
            if foreign:
                _notice(f"{item.origin or item.doc}: {FOREIGN_NOTICE}")
            found = extract_article(item)
            yield from curator(item, found) if curator is not None else found

    try:
        curation = load_curation(active().curation_files())
        curator = Curator(curation, default_gazetteer()) if curation else None
        if fmt == "jsonl":
            claims_jsonl(claims(), sys.stdout)
        else:
            claims_table(claims(), sys.stdout, show_all=show_all)
    except DataError as e:
        raise KgError(f"data error: {e}") from None
    if failed:
        sys.exit(1)
    if not read:
        # The same answer as `kg build` gives: an empty folder or a wrong glob is a mistake worth a
        # non-zero exit, not an empty result a script would take for "no claims in these articles".
        raise KgError(f"no article found in {', '.join(paths)}")


@main.command()
@click.argument("text", required=False)
@click.option("--doc", "doc", metavar="FILE", help="Explain a sentence of this article (a file, or - for stdin).")
@click.option("--article", "article_id", metavar="ID",
              help="With --doc FILE of several articles (JSONL, a folder): the one whose id (claims' 'doc') is ID.")
@click.option("--sentence", type=click.IntRange(min=1), metavar="N",
              help="Only the N-th sentence (1-based); earlier ones are read first for coreference.")
@click.option("--lang", type=_Lang(), default="auto", show_default=True, help="Language; auto detects it.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for reading, json for tests and tools.")
@now_option
@data_option
def explain(text: str | None, doc: str | None, article_id: str | None, sentence: int | None, lang: str, fmt: str,
            now) -> None:
    """Show what each stage of the engine saw in TEXT (or in --doc FILE): tokens, cues,
    triggers, mentions, coreference, groups, clauses, roles, pairs, modality, claims,
    and why a trigger gave no claim.

    \b
    kg explain "Szwecja poparła Finlandię." --lang pl
    echo "Szwecja poparła Finlandię." | kg explain - --lang pl
    kg explain --doc article.txt --sentence 3 --format json
    kg explain --doc articles.jsonl --article a17 --sentence 2
    """
    from kg.actors import DataError
    from kg.explain import ExplainError, explain_article, explain_text, render_json, render_text

    if (text is None) == (doc is None):
        raise click.UsageError("give either TEXT or --doc FILE")
    if article_id is not None and doc is None:
        raise click.UsageError("--article picks an article of --doc FILE")
    if text == "-":  # as in `kg extract -`: the text comes from standard input
        text = sys.stdin.read()
    language = None if lang == "auto" else lang
    try:
        if doc is not None:
            result = explain_article(_one_article(doc, now, article_id), sentence, language)
        else:
            result = explain_text(text, language, sentence)
    except ExplainError as e:
        raise click.UsageError(str(e)) from None
    except DataError as e:
        raise click.ClickException(f"data error: {e}") from None
    click.echo(render_json(result) if fmt == "json" else render_text(result), nl=fmt == "json")


def _one_article(path: str, now=None, article_id: str | None = None) -> Article:
    """The one article in ``path``, or the one with id ``article_id`` in a file or folder of several (a clear
    error for none, several without an id, an unknown id, or an unreadable file)."""
    from kg.ingest import iter_articles

    items = list(iter_articles([path], warn=lambda m: None, now=now))
    errors = [i for i in items if isinstance(i, str)]
    articles = [i for i in items if not isinstance(i, str)]
    if article_id is not None:
        picked = [a for a in articles if a.doc == article_id]
        if picked:  # a bad line elsewhere in the file does not hide the article asked for (extract reads it too)
            for e in errors:
                _notice(e)
            return picked[0]
    if errors:
        raise click.ClickException(errors[0])
    if article_id is not None:
        if not picked:
            known = ", ".join(a.doc for a in articles[:5]) + (", …" if len(articles) > 5 else "")
            raise click.ClickException(f"{path}: no article with id {article_id!r} (ids: {known or 'none'})")
        return picked[0]
    if len(articles) != 1:
        hint = f" (pick one with --article ID; ids: {', '.join(a.doc for a in articles[:5])}" \
            f"{', …' if len(articles) > 5 else ''})" if articles else ""
        raise click.ClickException(f"{path}: holds {len(articles)} articles; kg explain reads one{hint}")
    return articles[0]


def _notice(msg: str) -> None:
    click.echo(f"kg: {msg}", err=True)


# --- graph: build (query, validate, push and serve: kg.cli_store) ---------------------------


class _UsageFailure(click.ClickException):
    """A one-line error with the usage-error exit status (2)."""

    exit_code = 2


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Directory to write the exports into  [default: exports]")
@click.option("--lang", type=_Lang(), default="auto", show_default=True,
              help="Language of every article; auto detects it per article.")
@click.option("--html/--no-html", default=True, show_default=True, help="Also write graph.html.")
@click.option("--store/--no-store", default=True, show_default=True,
              help="Also load the export into its query store (DIR/.kg/store); without, the first kg query "
                   "on DIR does.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction, at most one per 16 articles  "
                   "[default: the number of cores; 1 under 64 articles]")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on a Dask cluster: its scheduler address (tcp://HOST:8786).")
@click.option("--update", "update_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Update the export in DIR: extract only new or changed articles (same as -o DIR).")
@click.option("--force", is_flag=True,
              help="Write even when no input could be read or an empty export would replace a non-empty one.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (it shows only on a terminal anyway).")
@click.option("-v", "--verbose", is_flag=True, help="Name every file skipped in a folder.")
@click.option("--curation", "curation_files", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
              help="Apply the corrections of this curation.toml (repeatable); a curation.toml in a --data "
                   "folder is applied too.")
@click.option("--include-negated", is_flag=True,
              help="List in edges.csv and graph.graphml also the edges whose every claim is negated or denied "
                   "(weight 0); by default they are left out.")
@click.option("--since", type=_Date(), default=None, metavar="DATE",
              help="Only claims dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY): by their event date, "
                   "else their article's date.")
@click.option("--until", type=_Date(), default=None, metavar="DATE",
              help="Only claims dated on or before DATE (the last day of a month or year given).")
@now_option
@data_option
def build(paths: tuple[str, ...], out_dir: str | None, lang: str, html: bool, store: bool, jobs: int | None,
          dask_address: str | None, update_dir: str | None, force: bool, quiet: bool,
          curation_files: tuple[str, ...], verbose: bool, include_negated: bool, since: str | None,
          until: str | None, now) -> None:
    """Extract claims from articles and write the knowledge graph exports.

    Writes graph.ttl, graph.jsonld, graph.nq (one named graph per article), claims.jsonl,
    events.csv (one row per claim, GDELT-style), graph.graphml, edges.csv and graph.html into
    the output directory, atomically and
    deterministically, extracting in parallel and with memory that does not grow with the
    corpus. Inputs that cannot be read are reported on stderr; the exports of the others
    are still written, and the exit status is 1. A build that could read nothing, or that
    would replace a non-empty export with an empty one, leaves the folder untouched and
    exits with 1 (--force overrides).
    """
    from kg.actors import DataError, default_gazetteer
    from kg.build import BuildRefused
    from kg.build import build as run_build
    from kg.curation import Curator, load_curation
    from kg.datapath import active
    from kg.outdir import OutputError


    if since is not None and until is not None and since[:len(until)] > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    if update_dir and out_dir and Path(update_dir) != Path(out_dir):
        raise click.UsageError("--update DIR and -o give two different folders")
    target = update_dir or out_dir or "exports"
    try:
        curation = load_curation([*active().curation_files(), *curation_files])
        curator = Curator(curation, default_gazetteer()) if curation else None
        res = run_build(paths, target, lang=None if lang == "auto" else lang, jobs=jobs, dask=dask_address,
                        update=bool(update_dir), force=force, html=html, include_negated=include_negated,
                        store=store,
                        show_progress=not quiet and sys.stderr.isatty(), curate=curator,
                        extra_fingerprint=[str(p) for p in curation.files] if curation else (), verbose=verbose,
                        since=since, until=until, now=now)
    except BuildRefused as e:
        for err in e.errors:  # name every input that failed, then why nothing was written
            click.echo(f"kg: error: {err}", err=True)
        click.echo(f"kg: error: {e}", err=True)
        sys.exit(1)
    except OutputError as e:
        raise _UsageFailure(str(e)) from None
    except DataError as e:
        raise KgError(f"data error: {e}") from None  # as extract and explain say it
    except ValueError as e:
        raise KgError(str(e)) from None
    except OSError as e:
        raise KgError(os_message(e)) from None
    for err in res.errors:
        click.echo(f"kg: error: {err}", err=True)
    for warning in res.warnings:
        click.echo(f"kg: {warning}", err=True)
    if curator is not None:
        report = curator.finish(complete=not res.reused)  # reused articles were curated when built
        for warning in report.warnings:
            click.echo(f"kg: warning: {warning}", err=True)
        click.echo(f"{report.summary(res.reused)} ({', '.join(str(p) for p in curation.files)})")
    if since is not None or until is not None:
        window = f"from {since} " if since else ""
        window += f"to {until} " if until else "on "
        click.echo(f"kg: only claims dated {window.strip()} (by event date, else article date)", err=True)
    click.echo(res.summary())
    if res.errors:
        sys.exit(1)


# --- visualization ------------------------------------------------------------------------
@main.command()
@click.argument("source", metavar="EXPORT_OR_CLAIMS")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="graph.html",
              show_default=True, help="The HTML file to write (one self-contained, offline page).")
@click.option("--level", type=click.Choice(["state", "actor"]), default="state", show_default=True,
              help="state: persons and bodies rolled up to the state or organization they act for.")
@click.option("--label-lang", type=click.Choice(LABEL_LANGS), default="en", show_default=True,
              help="Language of the node labels (the page can switch).")
@click.option("--size-by", type=click.Choice(["evidence", "degree"]), default="evidence", show_default=True,
              help="Node size: claims touching the node, or number of neighbours.")
@click.option("--title", default=None, help="Page title.")
@data_option
def viz(source: str, output: str, level: str, label_lang: str, size_by: str, title: str | None) -> None:
    """Write the interactive graph of claims as one HTML file.

    EXPORT_OR_CLAIMS is a claims.jsonl file (as `kg extract --format jsonl` or
    `kg build` write it), an export directory holding one, an RDF export of
    `kg build` (graph.ttl, graph.nq, graph.jsonld), or - for stdin.
    """
    from kg.actors import DataError
    from kg.viz import VizError, read_input, to_graph, write_html

    try:
        graph = to_graph(read_input(source), level=level)
        path = write_html(graph, output, label_lang=label_lang, size_by=size_by, title=title)
    except DataError as e:
        raise KgError(f"data error: {e}") from None
    except VizError as e:
        raise KgError(str(e)) from None
    except OSError as e:
        raise KgError(os_message(e)) from None
    # The page's legend counts asserted edges and draws negated-only ones dashed; say the same here.
    asserted = [(u, v) for u, v, w in graph.edges(data="weight", default=0) if w]
    negated = graph.number_of_edges() - len(asserted)
    also = f" (and {negated} only negated)" if negated else ""
    actors = len({a for edge in asserted for a in edge})  # as the page counts them: actors of asserted edges
    click.echo(f"wrote {path}: {actors} actors, {len(asserted)} edges{also} "
               f"from {graph.graph.get('claims', 0)} claims ({level} level)")


def _register() -> None:
    """Commands over an export live in kg.cli_store (query, validate, push, serve); the curation
    commands in kg.cli_curation (check-data, actors, lexicon, review)."""
    from kg.cli_curation import COMMANDS as CURATION
    from kg.cli_store import COMMANDS as STORE

    for command in (*STORE, *CURATION):
        main.add_command(command)


_register()
