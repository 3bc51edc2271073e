"""The ``kg`` commands of the curation loop: check-data, actors, lexicon and review.

They teach kg a region and correct it: check the user's data folders (``--data``), list what
a corpus names that the data lacks, and write the page that turns a review into
``curation.toml`` entries. Registered on the ``kg`` group by ``kg.cli``.
"""

from __future__ import annotations

import sys

import click

from kg.cli_options import Lang as _Lang
from kg.cli_options import data_option
from kg.cli_options import plural as _n
from kg.errors import KgError, os_message


@click.command("check-data")
@data_option
@click.option("--examples", is_flag=True,
              help="Also run every example sentence of the lexicons as a test and report the failures.")
@click.option("--user-only", is_flag=True, help="With --examples: only the examples of your --data files.")
def check_data_cmd(examples: bool, user_only: bool) -> None:
    """Check the gazetteer and lexicons in use: the packaged ones and your --data folders.

    Reports, with file and line, unknown keys and relations, bad codes, ids defined twice
    without extend/override, aliases that name two actors; with --examples, the example
    sentences that do not give exactly their edges.
    """
    from kg.checks import check_data, check_examples
    from kg.datapath import DataError, active, display

    data = active()
    problems = check_data(data)
    for line in problems:  # worded as extract, build and explain word a data error
        click.echo(f"kg: error: data error: {line}", err=True)
    if problems:
        sys.exit(1)
    where = ", ".join(display(d) for d in data.user_dirs) or "packaged data only"
    if examples:
        try:
            n, failures = check_examples(data, user_only=user_only)
        except DataError as e:
            raise click.ClickException(f"data error: {e}") from None
        for f in failures:
            click.echo(f"kg: {f}", err=True)
        click.echo(f"{n} example sentences, {len(failures)} failed ({where})")
        if failures:
            sys.exit(1)
        return
    click.echo(f"data ok ({where})")


# --- what the data lacks ------------------------------------------------------------------
def _read_articles(paths: tuple[str, ...], lang: str):
    from kg.ingest import iter_articles
    from kg.records import Article

    for item in iter_articles(paths):
        if isinstance(item, Article) and lang != "auto":
            item = Article(**{**item.__dict__, "lang": lang})
        yield item


@click.command()
@click.argument("args", nargs=-1, metavar="NAME... | --unknown CORPUS...")
@click.option("--unknown", is_flag=True,
              help="List the names and role phrases CORPUS uses near triggers that no actor covers, most "
                   "frequent first, each with a gazetteer entry to paste.")
@click.option("--limit", type=click.IntRange(min=1), default=40, show_default=True, help="At most this many.")
@click.option("--lang", type=_Lang(), default="auto", show_default=True, help="Language of every article.")
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml", show_default=True,
              help="toml: entries to paste into actors/*.toml; json: for tools.")
@data_option
def actors(args: tuple[str, ...], unknown: bool, limit: int, lang: str, fmt: str) -> None:
    """Look actors up by id, code or name (where they are defined), or list what CORPUS lacks.

    \b
    kg actors Ławrow NATO
    kg actors --unknown news/ > my-region/actors/new.toml   # then check types and acts_for
    """
    import json

    from kg.actors import DataError, default_gazetteer
    from kg.datapath import display

    if not args:
        raise click.UsageError("give actor names, or --unknown and the articles to read")
    try:
        gaz = default_gazetteer()
        if unknown:
            from kg.discover import gazetteer_entry, unknown_actors

            errors: list[str] = []
            found = unknown_actors(_read_articles(args, lang), errors)[:limit]
            for err in errors:
                click.echo(f"kg: error: {err}", err=True)
            if fmt == "json":
                for u in found:
                    click.echo(json.dumps(u.to_dict(), ensure_ascii=False))
            else:
                click.echo(f"# {_n(len(found), 'name')} kg met near a trigger and could not place, most frequent "
                           "first.\n"
                           "# Check each type and acts_for, keep what you want, run kg check-data --data DIR.\n")
                for u in found:
                    click.echo(gazetteer_entry(u, gaz.actors))
            sys.exit(1 if errors else 0)
        missing = 0
        for name in args:
            a = gaz.find(name)
            if a is None:
                click.echo(f"kg: error: no actor '{name}'", err=True)
                missing += 1
                continue
            where = ", ".join(f"{display(s.path)}:{s.first}" for s in gaz.spans.get(a.id, ()))
            parent = f" acting for {a.acts_for}" if a.acts_for else ""
            names = "; ".join(f"{lg}: {', '.join(ns)}" for lg, ns in sorted(a.names.items()))
            click.echo(f"{a.id}  {a.type} {a.code}{parent}  ({where})\n    {names}")
    except DataError as e:
        raise click.ClickException(f"data error: {e}") from None
    if missing:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, metavar="[--near-misses CORPUS...]")
@click.option("--near-misses", is_flag=True,
              help="List the sentences of CORPUS that name two actors but have no trigger, grouped by their "
                   "most frequent verbs and nouns.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many groups.")
@click.option("--examples", "per_group", type=click.IntRange(min=1), default=3, show_default=True,
              help="Sentences shown per group.")
@click.option("--lang", type=_Lang(), default="auto", show_default=True, help="Language of every article.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@data_option
def lexicon(paths: tuple[str, ...], near_misses: bool, limit: int, per_group: int, lang: str, fmt: str) -> None:
    """The lexicons in use (files, triggers per language), or what CORPUS says that they miss.

    \b
    kg lexicon
    kg lexicon --near-misses news/
    """
    import json

    from kg.actors import DataError
    from kg.datapath import active, display
    from kg.lexicon import load_language

    try:
        if not near_misses:
            if paths:
                raise click.UsageError("articles are read only with --near-misses")
            data = active()
            for lg in data.languages():
                lex = load_language(lg, data)
                files = ", ".join(display(p) for p in lex.files)
                click.echo(f"{lg}: {len(lex.triggers)} triggers, {sum(len(t.examples) for t in lex.triggers)} "
                           f"examples  ({files})")
            return
        if not paths:
            raise click.UsageError("--near-misses needs the articles to read")
        from kg.discover import near_misses as find
        from kg.discover import trigger_skeleton

        errors: list[str] = []
        groups = find(_read_articles(paths, lang), errors)[:limit]
    except DataError as e:
        raise click.ClickException(f"data error: {e}") from None
    for err in errors:
        click.echo(f"kg: error: {err}", err=True)
    for g in groups:
        if fmt == "json":
            click.echo(json.dumps(g.to_dict(), ensure_ascii=False))
            continue
        click.echo(f"== {g.word} [{g.lang}]: {_n(len(g.misses), 'sentence')} with two actors and no trigger")
        for m in g.misses[:per_group]:
            click.echo(f"  {m.actors[0]} / {m.actors[1]}  {m.doc}: \u201c{m.sentence[:200]}\u201d")
        click.echo(trigger_skeleton(g))
    if not groups and fmt == "text":
        click.echo("no near misses: no sentence of the corpus names two actors without a trigger", err=True)
    if errors:
        sys.exit(1)


# --- curation -----------------------------------------------------------------------------
@click.command()
@click.argument("source", metavar="CLAIMS")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="review.html",
              show_default=True, help="The HTML page to write (one self-contained, offline file).")
@click.option("--title", default=None, help="Page title.")
def review(source: str, output: str, title: str | None) -> None:
    """Write a page to accept or reject claims; it produces the curation.toml entries.

    CLAIMS is a claims.jsonl file, an export directory holding one, an RDF export, or - for
    stdin. Claims are listed lowest confidence first, each with its sentence and trigger; the
    page needs no server and makes no network request.
    """
    from kg.review import write_review
    from kg.viz import VizError, read_input

    try:
        claims = read_input(source)
        path = write_review(claims, output, title=title)
    except (VizError, ValueError) as e:
        raise KgError(str(e)) from None
    except OSError as e:
        raise KgError(os_message(e)) from None
    click.echo(f"wrote {path}: {_n(len(claims), 'claim')} to review")


COMMANDS = (check_data_cmd, actors, lexicon, review)
