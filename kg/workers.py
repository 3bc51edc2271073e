"""Where ``kg build`` extracts: the batch task a worker runs, and the executors that run it (in
this process, in forked worker processes sharing the preloaded tables, or on a Dask cluster).

Kept apart from kg.build so that what a worker process imports and runs is this short module.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.actors import default_gazetteer
from kg.fold import Fold
from kg.fragments import render_article
from kg.graph import claim_sort_key
from kg.outdir import OutputError
from kg.records import Article

BATCH = 16  # articles per task sent to a worker
DASK_BATCH = 128


def article_hash(art: Article) -> str:
    h = hashlib.sha256()
    for value in (art.doc, art.text, art.title, art.url, art.published, art.source, art.lang,
                  art.published_precision):
        h.update(b"\x00" if value is None else b"\x01" + str(value).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


@dataclass
class Batch:
    """A batch's results: per article (doc, content hash, packed fragment or None, error or None),
    and the fold of the claims of the articles extracted (``kg.fold``; None when not asked for)."""

    rows: list[tuple[str, str, bytes | None, str | None]]
    fold: Fold | None = None
    #: notices for the user, found where the articles were read (an article in none of kg's languages)
    notices: list[str] = field(default_factory=list)


_resolved: tuple[object, dict] = (None, {})  # the gazetteer folds were made with, and its resolve() cache


def _new_fold(gaz) -> Fold:
    global _resolved
    if _resolved[0] is not gaz:
        _resolved = (gaz, {})
    return Fold(gaz, resolved=_resolved[1])


def extract_batch(articles: list[Article], window: tuple[str | None, str | None] = (None, None),
                  curate: Callable | None = None, fold: bool = True) -> Batch:
    """Extract and render a batch (``Batch``); with a ``window`` (ISO dates since, until), only the
    claims whose event or article date meets it. ``curate`` (a ``kg.curation.Curator``) corrects each
    article's claims; builds pass it only when they extract in this process, since it keeps count of
    the corrections it used. With ``fold``, the claims are also folded (with the default gazetteer)."""
    from kg import extract_article
    from kg.dates import in_window, when
    from kg.extract import with_language
    from kg.language import FOREIGN_NOTICE

    gaz = default_gazetteer()
    folded = _new_fold(gaz) if fold else None
    out = []
    notices = []
    for art in articles:
        try:
            read, foreign = with_language(art)
            if foreign:
                notices.append(f"{art.origin or art.doc}: {FOREIGN_NOTICE}")
            found = extract_article(read)
            if curate is not None:
                found = curate(read, found)
            claims = [c.to_dict() for c in found]
            if window != (None, None):
                since, until = when(window[0]), when(window[1])
                claims = [c for c in claims if in_window(c, since, until)]
            claims.sort(key=claim_sort_key)
            row = (art.doc, article_hash(art), render_article(claims, gaz).pack(), None)
        except Exception as e:  # an engine failure on one article must not lose the others
            out.append((art.doc, article_hash(art), None, f"{art.doc}: extraction failed ({type(e).__name__}: {e})"))
            continue
        if folded is not None:  # as the article's fragment holds them: claims.jsonl parses back to these
            folded.add(claims)
        out.append(row)
    return Batch(out, folded, notices)


def _preload() -> None:
    """Load the extractors before forking, so that every worker shares them."""
    import gc

    from kg import extract_article
    from kg.lexicon import available_languages

    for lang in available_languages():
        extract_article(Article(doc="-", text="-", lang=lang))
    gc.freeze()


def _worker_start() -> None:
    """In each worker process: save the words it analysed when it ends (``kg.wordcache``; a worker of a
    process pool ends without running ``atexit``, but runs the pool's finalizers when the pool shuts down)."""
    from multiprocessing.util import Finalize

    from kg.wordcache import save

    Finalize(None, save, exitpriority=0)


class _InProcess:
    def submit(self, fn, arg):
        return _Done(fn(arg))

    def shutdown(self):
        pass


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def make_executor(jobs: int, dask: str | None):
    """Where batches run: here (one job), in forked worker processes, or on a Dask cluster."""
    if dask:
        try:
            from distributed import Client
        except ImportError:
            raise OutputError("--dask needs the dask extra: pip install 'kg[dask]'") from None
        try:
            client = Client(dask, timeout="10s")
        except (OSError, TimeoutError, ValueError) as e:
            raise OSError(f"cannot reach the Dask scheduler at {dask} ({e})") from None

        class _Dask:
            def submit(self, fn, arg):
                return client.submit(fn, arg, pure=False)

            def shutdown(self):
                client.close()

        return _Dask()
    if jobs <= 1:
        return _InProcess()
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    _preload()
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
