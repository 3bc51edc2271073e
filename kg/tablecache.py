"""The on-disk cache of built tables (lexicons, the gazetteer, language profiles).

Each table is pickled under the hash of every data file in use, kg's version and the code that compiles it,
in one slot per set of data folders, so a fresh process does not parse the TOML files again and runs with and
without a user's folder do not evict each other's tables. Split from kg.lexicon, whose tables it keeps.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.datapath import DataPath, display
from kg.engine.morphology import gc_paused


def _code_hash() -> bytes:
    """The compiling code (the tokenizer and fold() included: phrases are tokenized and folded when
    compiled), read once when this module is imported: a hash taken later could describe source
    edited after the process loaded it, and file a table built by the old code under the new key."""
    h = hashlib.sha256()
    for mod in ("morph.py", "phrases.py", "text.py", "lexicon.py", "lexicon_compiled.py", "lexicon_keys.py",
                "engine/morphology.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.digest()


_CODE_HASH = _code_hash()


def data_hash(data: DataPath) -> str:
    """A hash of every data file in use (packaged and the user's), their names, kg's version and the
    compiling code."""
    h = hashlib.sha256()
    from kg import __version__

    h.update(__version__.encode())
    for p in data.files():
        h.update(display(p).encode() + b"\0")
        h.update(p.read_bytes())
    h.update(_CODE_HASH)
    return h.hexdigest()[:20]


def data_slot(data: DataPath) -> str:
    """The cache slot of a set of data folders."""
    return hashlib.sha256("\0".join(str(d.resolve()) for d in data.dirs).encode()).hexdigest()[:8]


def cache_dir() -> Path:
    base = os.environ.get("KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "kg")
    return Path(base)


#: How many tables of one kind (a language's lexicon, the gazetteer) the cache keeps, the most recently used:
#: one per set of data folders, and a developer's or a test suite's temporary data folders would otherwise
#: leave one each behind, never to be read again (gigabytes after a few thousand runs).
KEEP_PER_KIND = 16


def pickled(path: Path, build: Callable[[], Any], stale_glob: str, stale: Callable[[Path], bool],
            kind_glob: str | None = None) -> Any:
    """The table pickled at ``path``, else ``build()``'s, written there (older files matching ``stale_glob``
    for which ``stale`` holds are removed, and of the files matching ``kind_glob`` only the
    ``KEEP_PER_KIND`` most recently used stay); a read-only cache folder only makes it slower."""
    try:
        with open(path, "rb") as f, gc_paused():  # (see gc_paused: no collection walks the tables loading)
            value = pickle.load(f)
        _used(path)
        return value
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    with gc_paused():  # (building makes as many containers as loading)
        value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for old in path.parent.glob(stale_glob):
            if old != path and stale(old):
                old.unlink(missing_ok=True)
        if kind_glob is not None:
            prune(path.parent, kind_glob, KEEP_PER_KIND)
    except OSError:
        pass  # a read-only home still works, only slower
    return value


def _used(path: Path) -> None:
    """Mark a table read (its modification time, at most once a day), so pruning keeps the tables in use."""
    try:
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)
    except OSError:
        pass


def prune(folder: Path, glob: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used files matching ``glob`` (another process may just be
    reading one: it then builds the table again, as after any cache miss)."""
    files = []
    for p in folder.glob(glob):
        try:
            files.append((p.stat().st_mtime, p.name, p))
        except OSError:
            continue
    for _, _, p in sorted(files, reverse=True)[keep:]:
        try:
            p.unlink()
        except OSError:
            pass


def disk_cached(kind: str, data: DataPath, build: Callable[[], Any], code: str) -> Any:
    """``build()``'s result, cached under the hash of every data file in use and of the module ``code`` that
    builds it (a changed record class never loads a stale pickle): the gazetteer alone takes most of a second
    to parse."""
    slot = data_slot(data)
    source = hashlib.sha256(Path(code).read_bytes()).hexdigest()[:8]
    path = cache_dir() / f"{kind}-{slot}-{data_hash(data)}{source}.pickle"
    return pickled(path, build, f"{kind}-{slot}-*.pickle", lambda old: True, kind_glob=f"{kind}-*.pickle")
