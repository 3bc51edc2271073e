"""Word readings kept on disk between runs, so that a fresh process does not analyse again the words an
earlier run analysed (a German word costs the Hanover Tagger most of a millisecond, and a run whose words
are all known never loads the analyser's model at all).

One table per analyser (and one for the German lemmas), pickled in kg's cache folder (``kg.tablecache``)
under the hash of kg's version, of the code that turns an analysis into a reading, and of the analyser
package's files (their names, sizes and times: a new version or model makes a new table, and the old one is
removed). The tables are bounded (``LIMIT`` words each, the most recently learnt) and are never a source: a
missing, unreadable, stale or foreign file is only a slower run, whose table is written anew at its end.
The tables live as long as the process, like the analysers' own memos; nothing of a sentence is kept.

Several processes may learn words at once (two runs, or the workers of ``kg build --jobs N``, which save
when they end: ``kg.workers``): a process saves under a lock (``words.lock`` in the cache folder), merging
its new words into the table as it is on disk then, not as it was when the process read it, and writes a
whole new file in its place, so that no process's words are lost and no reader sees half a table.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import os
import pickle
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from kg.filelock import locked

#: Words (or lemma keys) kept per table: the most recently learnt.
LIMIT = 100_000
#: Bumped when the file layout changes.
_LAYOUT = b"1"


def _code_hash() -> bytes:
    """The code that decides what a reading holds, read when this module is imported (as ``kg.tablecache``'s:
    a hash taken later could describe source edited after the process loaded it)."""
    h = hashlib.sha256()
    for mod in ("wordcache.py", "morph.py", "engine/morphology.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.digest()


_CODE_HASH = _code_hash()


class _Table:
    """One analyser's readings: those read from disk and those found in this process."""

    def __init__(self, name: str, packages: tuple[str, ...]) -> None:
        self.name = name
        self.path = _cache_dir() / f"words-{name}-{_key(packages)}.pickle"
        self.stamp = _stamp(self.path)  # the file read: another process may replace it before this one saves
        self.known: dict[Hashable, Any] = _read(self.path)
        self.loaded = len(self.known)
        self.new: dict[Hashable, Any] = {}

    def save(self) -> None:
        if not self.new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with locked(self.path.parent / "words.lock"):
                stamp = _stamp(self.path)
                if stamp != self.stamp:  # saved by another process since this one read it: its words too
                    self.known = {**_read(self.path), **self.known}
                merged = {k: v for k, v in self.known.items() if k not in self.new}
                merged.update(self.new)  # the words of this run last: the oldest go first
                if len(merged) > LIMIT:
                    merged = dict(list(merged.items())[-LIMIT:])
                with tempfile.NamedTemporaryFile(dir=self.path.parent, delete=False) as tmp:
                    pickle.dump((_LAYOUT, merged), tmp, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp.name, self.path)
                self.stamp = _stamp(self.path)
            prefix = f"words-{self.name}-"
            for old in self.path.parent.glob(f"{prefix}*.pickle"):
                if old != self.path and "-" not in old.name[len(prefix):]:  # not another table's ("hanta-lemma")
                    old.unlink(missing_ok=True)  # another version's or model's table
        except OSError:
            pass  # a read-only cache folder only makes the next run slower
        self.new = {}


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


_TABLES: dict[str, _Table] = {}


def remembered(name: str, packages: tuple[str, ...], analyse: Callable[..., Any],
               encode: Callable[[Any], Any] = lambda v: v, decode: Callable[[Any], Any] = lambda v: v
               ) -> Callable[..., Any]:
    """``analyse``, whose results are kept in the table ``name`` between runs (``encode`` makes a result
    picklable and compact, or None for one not to keep, ``decode`` makes it again); ``packages`` are the
    analyser's modules."""

    def cached(*args: Any) -> Any:
        table = _TABLES.get(name)
        if table is None:
            table = _open(name, packages)
        key = args[0] if len(args) == 1 else args
        hit = table.known.get(key)
        if hit is not None:
            return decode(hit)
        value = analyse(*args)
        kept = encode(value)
        if kept is not None and len(table.new) < LIMIT:
            table.new[key] = table.known[key] = kept
        return value

    cached.__wrapped__ = analyse  # type: ignore[attr-defined]
    return cached


def _open(name: str, packages: tuple[str, ...]) -> _Table:
    if not _TABLES:
        atexit.register(save)
    table = _TABLES[name] = _Table(name, packages)
    return table


def save() -> None:
    """Write the tables that learnt words in this process (at its end: ``atexit``, or before kg's quick exit)."""
    for table in list(_TABLES.values()):
        table.save()


def _read(path: Path) -> dict[Hashable, Any]:
    try:
        with open(path, "rb") as f:
            from kg.engine.morphology import gc_paused

            with gc_paused():
                layout, table = pickle.load(f)
        if layout == _LAYOUT and isinstance(table, dict):
            return table
    except Exception:  # noqa: BLE001 - a broken or foreign file is only a cache miss
        pass
    return {}


def _cache_dir() -> Path:
    from kg.tablecache import cache_dir

    return cache_dir()


def _key(packages: tuple[str, ...]) -> str:
    from kg import __version__

    h = hashlib.sha256(_LAYOUT + __version__.encode() + _CODE_HASH)
    for pkg in packages:
        h.update(b"\0" + pkg.encode())
        for p in _package_files(pkg):
            try:
                st = p.stat()
            except OSError:
                continue
            h.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:20]


def _package_files(module: str) -> list[Path]:
    """A package's files (a single module's: the files beside it named after it, its libraries included)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return []
    if spec is None:
        return []
    if spec.submodule_search_locations:
        out = []
        for d in spec.submodule_search_locations:
            for root, dirs, files in os.walk(d):
                dirs[:] = sorted(x for x in dirs if x != "__pycache__")
                out.extend(Path(root) / f for f in sorted(files))
        return out
    if spec.origin is None:
        return []
    origin = Path(spec.origin)
    return sorted(p for p in origin.parent.iterdir() if module.lower() in p.name.lower())
