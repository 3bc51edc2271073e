"""A persistent Oxigraph store kept beside an export, so queries never re-parse it.

Parsing the export of a 100k-article build takes longer than any query on it, so
``kg query`` (and ``kg serve``) open an on-disk Oxigraph store built once from the export
and kept in the export folder. The store holds the union graph (``graph.ttl``, else
``graph.nq`` or ``graph.jsonld``) in its default graph: every bundled query reads the union,
and Oxigraph answers it from the default graph's three indexes several times faster than
across named graphs, and loads it faster too (the named graphs stay in ``graph.nq`` for
``kg push``). It lives in ``DIR/.kg/store`` (``DIR/.kg/store-ontology`` also holds the
kg ontology in its named graph). A stamp beside the store records the SHA-256 of the export
file it was loaded from, and the file's size and modification time: when those still match,
the store is reused without reading the export; when they do not, the file is hashed again
and the store rebuilt only if the content changed. ``kg build`` writes the store together
with the exports, so a fresh export is queryable at once.

Stores are built in a temporary folder and renamed into place under a lock, so concurrent
``kg query`` processes build a missing store once and never see a half-built one. When the
export folder cannot be written, the store goes to the user cache (``KG_CACHE_DIR`` or
``~/.cache/kg/stores``) under a name derived from the export's path.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.filelock import locked
from kg.rdf import FORMATS
from kg.rdfio import export_file, load_ontology

STATE_DIR = ".kg"  # inside an export folder: build state and stores, never an export itself
STORE_NAME = "store"
ONTOLOGY_STORE_NAME = "store-ontology"
STAMP = "kg-store.json"
_CHUNK = 1 << 20


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _stat_key(path: Path) -> dict:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def stamp_for(source: Path, sha256: str | None = None) -> dict:
    """What a store built from ``source`` records: its name, content hash and stat."""
    return {"file": source.name, "sha256": sha256 or file_sha256(source), **_stat_key(source)}


def _read_stamp(store_dir: Path) -> dict | None:
    try:
        return json.loads((store_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_stamp(store_dir: Path, stamp: dict) -> None:
    tmp = store_dir / (STAMP + ".tmp")
    tmp.write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
    os.replace(tmp, store_dir / STAMP)


def _is_current(store_dir: Path, source: Path) -> bool:
    """Whether the store holds ``source`` as it is now (hashing only when its stat changed)."""
    stamp = _read_stamp(store_dir)
    if stamp is None or stamp.get("file") != source.name:
        return False
    now = _stat_key(source)
    if all(stamp.get(k) == v for k, v in now.items()):
        return True
    if file_sha256(source) != stamp.get("sha256"):
        return False
    try:  # same content, new stat (copied, touched): remember the new stat
        write_stamp(store_dir, {**stamp, **now})
    except OSError:
        pass
    return True


def _state_dir(export: Path) -> Path:
    """Where the stores of ``export`` live: the export folder's .kg, else the user cache."""
    own = export / STATE_DIR
    try:
        own.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=own, prefix=".write-test-"):
            pass  # a probe of this process's own: two processes never remove each other's
        return own
    except OSError:
        base = Path(os.environ.get("KG_CACHE_DIR") or Path.home() / ".cache" / "kg") / "stores"
        key = hashlib.sha256(str(export.resolve()).encode("utf-8")).hexdigest()[:16]
        out = base / key
        out.mkdir(parents=True, exist_ok=True)
        return out


STORE_SOURCES = ("graph.ttl", "graph.nq", "graph.jsonld")


def _export_source(export_dir: str | Path) -> tuple[Path, Path]:
    """(export folder, the RDF file its store is loaded from: the union graph first)."""
    path = Path(export_dir)
    if not path.is_dir():
        raise ValueError(f"{path}: not an export folder")
    for name in STORE_SOURCES:
        if (path / name).exists():
            return path, path / name
    return path, export_file(path)


#: kg's own Turtle is loaded in pieces of about this many bytes: Oxigraph's bulk loader holds
#: about 30 times its input in memory (1.5 GB for a 10k-article export in one piece; at 10k
#: articles, pieces of 16 MB peaked at 0.56 GB, of 4 MB at 0.19 GB, of 2 MB at 0.12 GB, of
#: 1 MB at 0.09 GB, for CPU times within the noise of the busy machine measured on).
LOAD_PIECE = 2 << 20
_KG_HEADER = b"# kg export:"


def turtle_pieces(path: Path, size: int = LOAD_PIECE):
    """kg's own Turtle (``kg.ntriples``) in self-contained pieces: the prefix lines, then
    whole subject blocks. A block starts on a line of its own and its later lines start with
    a tab; no literal holds a line break (they are escaped), so a line that does not start
    with a tab starts a block."""
    with open(path, "rb") as f:
        head, buf = b"", b""
        for line in f:
            if line.startswith(b"@prefix "):
                head += line
            elif line.strip() and not line.startswith(b"#"):
                buf = line
                break
        while True:
            data = f.read(size)
            buf += data
            if not data:
                if buf.strip():
                    yield head + buf
                return
            cut = len(buf)
            while True:  # the last line break that a block starts after
                cut = buf.rfind(b"\n", 0, cut - 1 if cut == len(buf) else cut)
                if cut < 0 or buf[cut + 1:cut + 2] not in (b"\t", b""):
                    break
            if cut >= 0:
                yield head + buf[:cut + 1]
                buf = buf[cut + 1:]


def load_file_into(store: ox.Store, source: Path) -> None:
    """Bulk-load an export (``lenient``: kg's own exports are valid, and each is checked
    when it is written; skipping the checks makes the load faster); kg's own Turtle in
    pieces (``turtle_pieces``), so that memory stays flat whatever its size."""
    try:
        with open(source, "rb") as f:
            ours = source.suffix == ".ttl" and f.read(len(_KG_HEADER)) == _KG_HEADER
        if ours:
            for piece in turtle_pieces(source):
                store.bulk_load(input=piece, format=ox.RdfFormat.TURTLE, lenient=True)
        else:
            store.bulk_load(path=str(source), format=FORMATS[source.suffix], lenient=True)
    except SyntaxError as e:
        raise ValueError(f"{source}: {e}") from None


def fill_store(path: Path, source: Path, sha256: str | None = None, ontology: bool = False) -> None:
    """Make the on-disk store at ``path`` from ``source`` and stamp it."""
    store = ox.Store(str(path))
    load_file_into(store, source)
    if ontology:
        load_ontology(store)
    store.flush()
    store.optimize()
    del store
    write_stamp(path, stamp_for(source, sha256))


def ensure_store(export_dir: str | Path, ontology: bool = False) -> Path:
    """The on-disk Oxigraph store of an export folder, built (or rebuilt) when needed.

    ``ontology=True``: a second store that also holds ``kg/ontologies/kg.ttl`` in the named
    graph <https://w3id.org/kg/ontology>, for queries over the relation hierarchy.
    """
    export, source = _export_source(export_dir)
    state = _state_dir(export)
    target = state / (ONTOLOGY_STORE_NAME if ontology else STORE_NAME)
    if _is_current(target, source):
        return target
    with locked(state / (target.name + ".lock")):
        if _is_current(target, source):  # another process built it while we waited
            return target
        sha = file_sha256(source)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=state))
        try:
            fill_store(tmp, source, sha, ontology)
            replace_dir(tmp, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def replace_dir(new: Path, target: Path) -> None:
    """Put the folder ``new`` at ``target``, replacing what was there."""
    if target.exists():
        old = target.with_name(f".{target.name}-old-{os.getpid()}")
        os.rename(target, old)
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(new, target)


def open_store(export_dir: str | Path, read_only: bool = True, ontology: bool = False) -> ox.Store:
    """The export's persistent store, opened (read-only unless asked; never write to it
    read-write while others read it). Built first when missing or out of date."""
    path = ensure_store(export_dir, ontology=ontology)
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))


if __name__ == "__main__":  # the loader kg build --jobs N runs beside its other exports: STORE SOURCE SHA256
    fill_store(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] or None)
