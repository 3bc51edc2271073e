"""The ``kg`` command line: thin wrappers over the library API.

Each command parses its options, calls one library function and prints.
Library errors become one-line ``click.ClickException`` messages.
"""

from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Build geopolitical knowledge graphs from news articles."""


# --- extraction ---------------------------------------------------------------------------
# (kg extract lives here)


# --- graph: build, query, validate, push ---------------------------------------------------


# --- visualization ------------------------------------------------------------------------
