"""The page's per-claim columns, kept on disk past a size, and the page's JSON written in pieces.

The interactive graph (``kg.viz``) gives the browser, per claim, what its filters need: the
claim's language, day, whether it asserts the relation, and the event it counts as. These
columns are the only part of the page that grows with the number of claims (three million
at 100,000 articles). Held as Python lists, and then as one JSON string and one page string,
they were most of what the build's main process held above the aggregated graph while it
wrote the page. A ``Column`` keeps its first values in a list and, past ``SPILL`` values,
appends them as JSON text to a temporary file; ``json_pieces`` then writes the page's JSON
block piece by piece, reading the columns back from disk, byte for byte what
``json.dumps`` gives for the same values.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator

#: Values a column keeps in memory before it moves them to its temporary file.
SPILL = 1 << 16


def _num(value: int | None) -> str:
    return "null" if value is None else str(int(value))


class Column:
    """A list of small ints or None that moves to a temporary file past ``spill`` values.

    On disk each batch of values is one line of JSON numbers (``1,null,3``). Reading it
    back (``iter``, ``==``, ``[i]``) is for tests and small pages; the page itself is written
    from ``json_pieces``."""

    def __init__(self, spill: int | None = None):
        self.spill = max(1, spill or SPILL)
        self._head: list[int | None] = []
        self._file = None
        self._len = 0

    def append(self, value: int | None) -> None:
        self._head.append(value)
        self._len += 1
        if len(self._head) >= self.spill:
            if self._file is None:
                self._file = tempfile.TemporaryFile("w+", encoding="ascii")  # noqa: SIM115 (closed in close())
            self._file.seek(0, 2)
            self._file.write(",".join(map(_num, self._head)) + "\n")
            self._head = []

    def __len__(self) -> int:
        return self._len

    def _lines(self) -> Iterator[str]:
        if self._file is not None:
            self._file.flush()
            self._file.seek(0)
            for line in self._file:
                yield line.rstrip("\n")

    def __iter__(self) -> Iterator[int | None]:
        for line in self._lines():
            yield from (None if x == "null" else int(x) for x in line.split(","))
        yield from self._head

    def __getitem__(self, i: int) -> int | None:
        return self._head[i] if self._file is None else list(self)[i]

    def __eq__(self, other) -> bool:
        if isinstance(other, Column | list):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # mutable, like a list

    def json_pieces(self) -> Iterator[str]:
        """The column as a JSON array (``json.dumps`` with ``separators=(",", ":")``), in pieces."""
        yield "["
        sep = ""
        for line in self._lines():
            yield sep + line
            sep = ","
        if self._head:
            yield sep + ",".join(map(_num, self._head))
        yield "]"

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def json_pieces(obj: dict, dumps: Callable[[object], str]) -> Iterator[str]:
    """A dict as JSON in pieces: ``dumps`` (which escapes, kg.viz.script_json) for keys and
    values, the ``Column`` values streamed. The pieces join to ``dumps(obj)`` when the columns
    are lists, since a column holds only digits, commas and ``null``, which no escaping changes."""
    yield "{"
    for i, (key, value) in enumerate(obj.items()):
        yield ("," if i else "") + dumps(str(key)) + ":"
        if isinstance(value, Column):
            yield from value.json_pieces()
        else:
            yield dumps(value)
    yield "}"
