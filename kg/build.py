"""``kg build``: articles -> claims -> every export, streaming, in parallel, incrementally.

The pipeline holds nothing per article in memory: articles are read lazily
(``kg.ingest.iter_articles``), extracted in batches by worker processes (``jobs``) or on a
Dask cluster (``dask``), each article's claims rendered there into its fragment of every
export (``kg.fragments``), and the fragments stored on disk and folded into the aggregated
graph by ``kg.writer.ExportWriter``, which finally writes the exports into a staging folder
that ``kg.outdir`` swaps in atomically, under a lock.

With ``update`` the fragments of the previous build (kept in ``DIR/.kg/``, keyed by each
article's content hash and valid for the same kg code and data) are reused and only new or
changed articles are extracted; the exports are byte-identical to a full build.

The extractor is called only through the public API (``kg.extract_article``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg.actors import Gazetteer, default_gazetteer
from kg.fragments import render_article
from kg.outdir import OutputError, build_lock, check_output, staging, swap_in
from kg.records import Article, taken_id
from kg.workers import BATCH, DASK_BATCH, Batch, article_hash, default_jobs, extract_batch, make_executor
from kg.writer import INLINE_EVIDENCE_CLAIMS, STATE_DB, BuildStats, ExportWriter, PreviousState, write_json

PACKAGE_DIR = Path(__file__).parent


class BuildRefused(Exception):
    """The build would lose data (nothing read, or an empty export over a non-empty one).

    ``errors`` are the inputs that failed on the way, so that each can still be named."""

    def __init__(self, message: str, errors: Iterable[str] = ()):
        super().__init__(message)
        self.errors = list(errors)


@dataclass
class BuildResult:
    out: Path
    stats: BuildStats
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extracted: int = 0
    reused: int = 0
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: '105 claims (93 asserted) from 5 articles -> DIR: 52 edges, 61 events, 0 failed inputs, 1.2 s'.

        Claims are the lines of claims.jsonl, asserted claims those not negated, edges the rows of
        edges.csv, events the sum of their weights (README: "What an edge means")."""
        s = self.stats
        failed = len(self.errors)
        head = (f"{s.claims} claim{'s' if s.claims != 1 else ''} ({s.positive} asserted) from {s.articles} "
                f"article{'s' if s.articles != 1 else ''} -> {self.out}")
        parts = [f"{s.edges} edge{'s' if s.edges != 1 else ''}", f"{s.events} event{'s' if s.events != 1 else ''}",
                 f"{failed} failed input{'s' if failed != 1 else ''}"]
        if self.reused:
            parts.append(f"{self.extracted} extracted, {self.reused} reused")
        return f"{head}: " + ", ".join(parts) + f", {self.seconds:.1f} s"


# --- what identifies an extraction ------------------------------------------------------------


def fingerprint(extra: Iterable[str | Path] = ()) -> str:
    """A hash of kg's code and data (and of ``extra`` files, e.g. curation): cached fragments
    are valid only for the same one."""
    h = hashlib.sha256()
    for path in extra:
        h.update(str(path).encode())
        h.update(Path(path).read_bytes())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".toml", ".ttl", ".rq") and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    try:  # the user's own data folders (--data, $KG_DATA_PATH) change extraction too
        from kg import datapath

        active = datapath.active()
        for path in [*active.files(), *active.curation_files()]:
            h.update(str(path).encode())
            h.update(path.read_bytes())
    except ImportError:
        pass
    return h.hexdigest()[:32]


# --- the pipeline -----------------------------------------------------------------------------


def _files_under(folder: Path) -> Iterator[Path]:
    """The files under ``folder``, through symbolic links to folders as the reading does (``kg.folders``; rglob
    does not follow them, and counted no article in a corpus of linked folders), each folder once."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        for name in names:
            f = Path(root, name)
            if f.is_file():
                yield f


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """About how many articles the inputs hold (files, plus lines of JSON Lines files), for
    the progress bar; None when unknown (stdin)."""
    from kg.ingest import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        p = Path(raw)
        files = [p] if p.is_file() else _files_under(p) if p.is_dir() else []
        for f in files:
            suffix = f.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                try:
                    with open(f, "rb") as fh:
                        total += sum(chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 22), b""))
                except OSError:
                    pass
            elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES or p.is_file():
                total += 1
    return total


class _Progress:
    """A tqdm bar on stderr, only for a terminal and unless quiet."""

    def __init__(self, show: bool, total: int | None, desc: str):
        self.bar = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" articles", desc=desc, file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.05, leave=False)

    def update(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _articles(paths, lang: str | None, warn, verbose: bool = False, now=None) -> Iterator[Article | str]:
    from kg.ingest import iter_articles

    for item in iter_articles(paths, warn=warn, verbose=verbose, now=now):
        if lang and not isinstance(item, str):
            item = Article(**{**item.__dict__, "lang": lang})
        yield item


def run_pipeline(items: Iterable[Article | str], writer: ExportWriter, executor, prev: PreviousState | None,
                 result: BuildResult, progress: _Progress, batch: int, window: int,
                 task: Callable = extract_batch, seen: dict[str, str] | None = None) -> None:
    """Feed articles to the executor in batches (at most ``window`` batches in flight) and
    hand every result to the writer; errors and reused articles are handled here. ``task``
    extracts a batch (``extract_batch``, or it with a date window)."""
    pending: deque = deque()

    def take(batch: Batch) -> None:
        progress.update(len(batch.rows))
        _take(batch, writer, result)

    buf: list[Article] = []
    seen = {} if seen is None else seen  # id -> where read
    for item in items:
        if not isinstance(item, str):
            item = taken_id(seen, item) or item
        if isinstance(item, str):
            result.errors.append(item)
            continue
        if prev is not None:
            h = article_hash(item)
            blob = prev.get(item.doc, h)
            if blob is not None:
                progress.update()
                result.reused += 1
                if not writer.add(item.doc, h, blob):
                    result.errors.append(_duplicate(item.doc))
                continue
        buf.append(item)
        if len(buf) >= batch:
            pending.append(executor.submit(task, buf))
            buf = []
            while len(pending) > window:
                take(pending.popleft().result())
    if buf:
        pending.append(executor.submit(task, buf))
    while pending:
        take(pending.popleft().result())


def _take(batch: Batch, writer: ExportWriter, result: BuildResult) -> None:
    """Hand a batch's articles and fold to the writer; errors and duplicates go to ``result``."""
    result.warnings.extend(batch.notices)  # found by the worker that detected the language
    rows = []
    for doc, h, blob, err in batch.rows:
        if err:
            result.errors.append(err)
        else:
            rows.append((doc, h, blob))
    result.extracted += len(rows)
    for (doc, _h, _b), added in zip(rows, writer.add_batch(rows, batch.fold), strict=True):
        if not added:
            result.errors.append(_duplicate(doc))


def _duplicate(doc: str) -> str:
    """An article lost to another with its id is a failed input, not a notice: two input folders holding the
    same file name ("d1/a.txt", "d2/a.txt" are both "a.txt") would otherwise build one of them silently."""
    return (f"{doc}: a second article with this id was not built (two inputs give the same id: rename one, or "
            f"build from the folder that holds both)")


def _has_claims(out: Path) -> bool:
    try:
        return (out / "claims.jsonl").stat().st_size > 0
    except OSError:
        return False


def _finish(writer: ExportWriter, stage: Path, out: Path, result: BuildResult, force: bool, html: bool,
            keep_state: bool, show_progress: bool, store: bool = True, parallel: bool = False,
            inputs: str = "the inputs") -> None:
    stats = writer.stats
    if stats.articles == 0 and not force:
        raise BuildRefused(f"no article could be read from {inputs}; {out} left untouched (--force writes "
                           "empty exports)", result.errors)
    if stats.claims == 0 and _has_claims(out) and not force:
        raise BuildRefused(f"the inputs give no claims and would replace the non-empty export in {out}; "
                           "left untouched (--force replaces it)", result.errors)
    bar = _Progress(show_progress, stats.articles, "writing")
    last = 0

    def tick(n: int) -> None:
        nonlocal last
        bar.update(n - last)
        last = n

    loader = None

    def load_store() -> None:  # with more than one core, the store loads beside GraphML, CSV and the page
        nonlocal loader
        loader = writer.start_store()

    try:
        writer.finish(html=html, progress=tick, ttl_done=load_store if parallel and keep_state and store else None)
    except BaseException:
        if loader is not None:
            loader.kill()
            loader.communicate()
        raise
    finally:
        bar.close()
    if html and stats.claims > INLINE_EVIDENCE_CLAIMS:
        result.warnings.append(f"graph.html: {stats.claims} claims are more than the page inlines "
                               f"({INLINE_EVIDENCE_CLAIMS}): their evidence is in graph-evidence/, next to it")
    if keep_state:
        if loader is not None:
            writer.wait_store(loader)
        elif store:
            writer.write_store()
        write_json(stage / ".kg" / "manifest.json", {
            "articles": stats.articles, "claims": stats.claims, "positive": stats.positive, "edges": stats.edges,
            "events": stats.events,
            "failed_inputs": len(result.errors), "ttl_sha256": writer.ttl_sha256,
        })
    writer.close()
    if not keep_state:
        shutil.rmtree(stage / ".kg", ignore_errors=True)
    result.files = sorted(p.name for p in stage.iterdir() if not p.name.startswith("."))


def build(paths: Iterable[str | Path], out_dir: str | Path, *, lang: str | None = None, jobs: int | None = None,
          dask: str | None = None, update: bool = False, force: bool = False, html: bool = True, store: bool = True,
          show_progress: bool = False, notify: Callable[[str], None] | None = None,
          gazetteer: Gazetteer | None = None, curate=None, extra_fingerprint: Iterable[str | Path] = (),
          verbose: bool = False, include_negated: bool = False, since: str | None = None,
          until: str | None = None, now=None) -> BuildResult:
    """Extract every article under ``paths`` and write the exports into ``out_dir``.

    ``since``/``until`` (ISO dates of any precision) keep only the claims whose event date,
    else article date, meets that window (``kg.dates.in_window``); ``now`` is what relative
    article dates are read against (default: each file's modification time).

    Raises ``BuildRefused`` (the folder untouched) when nothing could be read or an empty
    export would replace a non-empty one, unless ``force``; ``OutputError`` for an
    unusable output folder. Inputs that fail are listed in ``BuildResult.errors``; notices
    (files skipped in folders: each one with ``verbose``) go to ``notify``; articles that read as none of
    kg's languages are listed in ``BuildResult.warnings``. Without ``store``
    the query store is not loaded (``kg query`` loads it on first use).
    """
    t0 = time.perf_counter()
    paths = list(paths)
    out = Path(out_dir)
    notify = notify or (lambda msg: print(f"kg: {msg}", file=sys.stderr))
    check_output(out)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    fp = fingerprint(extra_fingerprint)
    # the workers fold the claims they extract with the default gazetteer (kg.fold); with another, the writer does
    task: Callable = extract_batch if gazetteer is None else partial(extract_batch, fold=False)
    if since is not None or until is not None:  # fragments of a window are not those of another
        task = partial(task, window=(since, until))
        fp = hashlib.sha256(f"{fp}\0{since}\0{until}".encode()).hexdigest()[:32]
    total = count_inputs(paths)
    if curate is not None:  # corrections are counted in this process
        if dask:
            raise OutputError("--curation runs here, not on a Dask cluster: build without --dask")
        jobs = 1
        task = partial(task, curate=curate)
    if jobs is None:  # worker processes pay off from a few batches per worker on
        jobs = default_jobs() if total is None or total >= 4 * BATCH else 1
    if total is not None:  # no more workers than batches: each would fork and load its tables for nothing
        jobs = min(jobs, -(-total // BATCH))  # (--jobs 64 on 3 articles took 13.5 s instead of 2.5 s)
    jobs = max(1, jobs)
    result = BuildResult(out=out, stats=BuildStats())
    with build_lock(out, notify):
        stage = staging(out)
        executor = None
        prev = None
        try:
            writer = ExportWriter(stage, gaz, fp, include_negated=include_negated)
            if update:
                prev = PreviousState(out / ".kg" / STATE_DB, fp)
                if prev.db is None and (out / ".kg" / STATE_DB).exists():
                    notify("kg's code or data changed since the last build: every article is extracted again")
            executor = make_executor(jobs, dask)
            progress = _Progress(show_progress, total, "extracting")
            docs: dict[str, str] = {}
            try:
                batch = DASK_BATCH if dask else BATCH
                run_pipeline(_articles(paths, lang, notify, verbose=verbose, now=now), writer, executor, prev,
                             result, progress, batch, window=4 * max(jobs, 2), task=task, seen=docs)
            finally:
                progress.close()
            gone = prev.missing(docs) if prev is not None else 0
            if gone:
                notify(f"--update: {gone} article{'s' if gone != 1 else ''} of the previous build "
                       f"{'are' if gone != 1 else 'is'} not among the inputs and no longer in the exports "
                       "(give all the inputs to keep them)")
            if executor is not None:  # the workers' tables (~0.3 GB each) are not needed to write the exports
                executor.shutdown()
                executor = None
            result.stats = writer.stats
            named = ", ".join(str(p) for p in paths[:3]) + (", …" if len(paths) > 3 else "")
            _finish(writer, stage, out, result, force, html, keep_state=True, show_progress=show_progress,
                    store=store, parallel=jobs > 1, inputs=named or "the inputs")
            swap_in(stage, out)
        finally:
            if executor is not None:
                executor.shutdown()
            if prev is not None:
                prev.close()
            shutil.rmtree(stage, ignore_errors=True)
    result.seconds = time.perf_counter() - t0
    return result


def build_claims(claims: Iterable, out_dir: str | Path, gazetteer: Gazetteer | None = None, html: bool = True,
                 force: bool = True, include_negated: bool = False) -> BuildResult:
    """Write the exports of given claims (``Claim`` objects or dicts), through the same writer."""
    from itertools import groupby

    from kg.graph import as_claim_dicts

    t0 = time.perf_counter()
    out = Path(out_dir)
    check_output(out)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    result = BuildResult(out=out, stats=BuildStats())
    with build_lock(out):
        stage = staging(out)
        try:
            writer = ExportWriter(stage, gaz, fingerprint="claims", include_negated=include_negated)
            for doc, group in groupby(as_claim_dicts(claims), key=lambda c: str(c.get("doc") or "")):
                frag = render_article(list(group), gaz)
                writer.add(doc, "", frag.pack(), frag)
            result.stats = writer.stats
            _finish(writer, stage, out, result, force, html, keep_state=False, show_progress=False)
            swap_in(stage, out)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    result.seconds = time.perf_counter() - t0
    return result


def build_bag(bag, out_dir: str | Path, *, force: bool = False, html: bool = True,
              gazetteer: Gazetteer | None = None, include_negated: bool = False) -> BuildResult:
    """Build from a ``dask.bag`` of articles (``Article`` records or JSON-Lines-like dicts
    with ``text`` and optional ``id``, ``title``, ``url``, ``published``, ``source``, ``lang``).

    Each partition is extracted where it lives (the default Dask client's cluster, or Dask's
    local scheduler without one); results stream back partition by partition.
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    check_output(out)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    result = BuildResult(out=out, stats=BuildStats())
    parts = bag.map_partitions(_extract_partition).to_delayed()
    with build_lock(out):
        stage = staging(out)
        try:
            writer = ExportWriter(stage, gaz, fingerprint(), include_negated=include_negated)
            for batch in _computed(parts):
                _take(batch if gazetteer is None else Batch(batch.rows, notices=batch.notices), writer, result)
            result.stats = writer.stats
            _finish(writer, stage, out, result, force, html, keep_state=True, show_progress=False)
            swap_in(stage, out)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    result.seconds = time.perf_counter() - t0
    return result


def _as_article(rec, n: int) -> Article:
    if isinstance(rec, Article):
        return rec
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise ValueError(f"bag item {n}: an Article or a dict with a 'text' string")
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None)
            for k in ("title", "url", "published", "source", "lang")}
    return Article(doc=str(rec.get("id") or rec.get("doc") or f"item-{n}"), text=rec["text"], **meta)


def _extract_partition(records) -> Batch:
    arts, errors = [], []
    for n, rec in enumerate(records):
        try:
            arts.append(_as_article(rec, n))
        except ValueError as e:
            errors.append(("", "", None, str(e)))
    batch = extract_batch(arts)
    batch.rows += errors
    return batch


def _computed(parts) -> Iterator[Batch]:
    """Partition results as they complete: on the default distributed client when there is
    one, else one by one with Dask's local scheduler."""
    try:
        from distributed import as_completed, default_client

        client = default_client()
    except (ImportError, ValueError):
        client = None
    if client is None:
        for part in parts:
            yield part.compute()
        return
    for fut in as_completed(client.compute(parts)):
        yield fut.result()
        fut.release()
