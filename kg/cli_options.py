"""Options and parameter types shared by the ``kg`` commands (``kg.cli``, ``kg.cli_store``,
``kg.cli_curation``)."""

from __future__ import annotations

import click

#: Languages of actor labels (kg.actors.LANGS): --label-lang of every command.
LABEL_LANGS = ("pl", "en", "de")


def _use_data(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """Make the packaged data, $KG_DATA_PATH and every --data folder the data of this run."""
    from kg import datapath

    try:
        datapath.use(value)
    except datapath.DataError as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from None
    return value


def data_option(f):
    """``--data DIR`` (repeatable): the user's gazetteer and lexicon folders (eager: --lang may need them)."""
    return click.option(
        "--data", "data_dirs", multiple=True, is_eager=True, expose_value=False, callback=_use_data,
        type=click.Path(file_okay=False), metavar="DIR",
        help="A folder of your own actors/*.toml, lexicon/<lang>.toml and curation.toml, read after "
             "the packaged data and $KG_DATA_PATH (repeatable; later folders win).")(f)


class Lang(click.ParamType):
    """auto, or a language that has a lexicon in kg/data/lexicon/ (checked when used)."""

    name = "lang"

    def get_metavar(self, param, ctx=None) -> str:  # the same list, in lower case, in every command
        from kg.lexicon import available_languages

        return "[" + "|".join(["auto", *available_languages()]) + "]"

    def convert(self, value, param, ctx):
        from kg.lexicon import available_languages

        value = str(value).lower()
        if value != "auto" and value not in available_languages():
            self.fail(f"no lexicon for '{value}' (have: auto, {', '.join(available_languages())})", param, ctx)
        return value


def plural(count: int, noun: str) -> str:
    """'1 article', '2 articles'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def http_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ``--endpoint`` must be an http(s) URL with a host: anything else is a usage error (exit 2)."""
    from urllib.parse import urlsplit

    if value is None:
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise click.BadParameter(f"must be an http(s) URL, not {value!r}", ctx=ctx, param=param)
    return value
