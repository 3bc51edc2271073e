"""Line numbers for entries of a TOML file, so that data errors say ``file:line``.

``tomllib`` parses without positions. Every data file kg reads is written by people, and a
message that only says "trigger #37" sends them counting, so this module finds, in the file's
text, where the N-th ``[[table]]`` entry starts and ends and which line of it holds a given
key or value. It reads headers line by line and skips multi-line strings; an entry written as
an inline array (``actor = [{...}]``) is located at the line of its key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)(\.[A-Za-z0-9_.\-]+)?\s*=")


def _code_lines(text: str) -> list[tuple[int, str]]:
    """(1-based line number, line) of the lines that are not inside a multi-line string."""
    out: list[tuple[int, str]] = []
    inside: str | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if inside is None:
            out.append((n, line))
        for quote in ('"""', "'''"):
            if inside in (None, quote) and line.count(quote) % 2 == 1:
                inside = None if inside == quote else quote
    return out


@dataclass(frozen=True)
class Span:
    """Where one entry sits in a data file: its first and last line."""

    path: Path
    first: int
    last: int
    lines: tuple[str, ...]  # the entry's text, first to last

    def line_of(self, *needles: str) -> int:
        """The first line of the entry holding one of ``needles`` (its header line if none)."""
        for needle in needles:
            if not needle:
                continue
            for k, line in enumerate(self.lines):
                if needle in line:
                    return self.first + k
        return self.first

    def key_line(self, key: str) -> int:
        """The line of ``key = ...`` (or ``key.x = ...``) in the entry."""
        for k, line in enumerate(self.lines):
            m = _KEY.match(line)
            if m and m.group(1) == key:
                return self.first + k
        return self.first


class TomlLines:
    """The entries of one TOML text, by table name."""

    def __init__(self, path: Path | str, text: str):
        self.path = Path(path)
        self._lines = text.splitlines()
        self._headers: list[tuple[int, str, bool]] = []  # (line, table name, is an array entry)
        for n, line in _code_lines(text):
            m = _HEADER.match(line)
            if m and line.lstrip().startswith("["):
                name = m.group(1).replace('"', "").replace("'", "").replace(" ", "")
                self._headers.append((n, name, line.lstrip().startswith("[[")))

    def _span(self, first: int, last: int) -> Span:
        return Span(self.path, first, last, tuple(self._lines[first - 1:last]))

    def entries(self, table: str) -> list[Span]:
        """The ``[[table]]`` entries in file order, each up to the next header outside it."""
        out = []
        for k, (n, name, array) in enumerate(self._headers):
            if name != table or not array:
                continue
            last = len(self._lines)
            for n2, name2, _ in self._headers[k + 1:]:
                if not name2.startswith(table + "."):
                    last = n2 - 1
                    break
            out.append(self._span(n, last))
        return out

    def entry(self, table: str, index: int) -> Span:
        """The ``index``-th (0-based) ``[[table]]`` entry; :meth:`inline` if there is none."""
        spans = self.entries(table)
        return spans[index] if index < len(spans) else self.inline(table)

    def inline(self, table: str) -> Span:
        """From the top-level ``table = [...]`` line to the end (entries written inline)."""
        return self._span(self.key(None, table), len(self._lines))

    def section(self, table: str) -> Span:
        """A ``[table]`` section (``[words]``), up to the next header; line 1 if absent."""
        for k, (n, name, array) in enumerate(self._headers):
            if name == table and not array:
                last = self._headers[k + 1][0] - 1 if k + 1 < len(self._headers) else len(self._lines)
                return self._span(n, last)
        return self._span(1, len(self._lines))

    def key(self, section: str | None, key: str) -> int:
        """The line of ``key =`` at the top level (``section`` None) or in ``[section]``."""
        span = self.section(section) if section else self._span(1, self._top_end())
        return span.key_line(key)

    def top(self, key: str) -> int:
        """The line of a top-level key: ``key = ...``, or its ``[key]`` / ``[[key]]`` header."""
        for n, name, _array in self._headers:
            if name == key:
                return n
        return self.key(None, key)

    def _top_end(self) -> int:
        return self._headers[0][0] - 1 if self._headers else len(self._lines)


def quoted(value: str) -> tuple[str, str]:
    """How a string ``value`` most likely appears in TOML text, as a basic and as a literal string.

    Whole when it has nothing TOML escapes, else its beginning up to the first such character.
    """
    head = re.split(r'["\\\n\t]', value, maxsplit=1)[0]
    if head == value:
        return f'"{value}"', f"'{value}'"
    return f'"{head}', f"'{head}"
