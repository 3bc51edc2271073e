"""Extraction speed, as a ratio against a baseline run in the same process.

The baseline reads, tokenizes and sentence-splits the same articles (work any
extractor must do); the ratio says what mentions, triggers, roles and modality
cost on top. Also prints the one-off cost of loading the compiled tables.

    python benchmarks/bench_extract.py [ARTICLES_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import time
from pathlib import Path

from kg.ingest import iter_articles
from kg.text import split_sentences, tokenize

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(ROOT / "examples" / "articles"))
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    arts = [x for x in iter_articles([a.articles], warn=lambda m: None) if not isinstance(x, str)]
    ext = importlib.import_module("kg.extract")
    t0 = time.perf_counter()
    for lang in sorted({"pl", "en"}):
        ext.extractor(lang)
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in range(a.repeat):
        for art in arts:
            for s, e in split_sentences(art.text):
                tokenize(art.text[s:e])
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = 0
    for _ in range(a.repeat):
        for art in arts:
            n += len(ext.extract_article(art))
    full = time.perf_counter() - t0
    words = sum(len(art.text.split()) for art in arts) * a.repeat
    print(f"{len(arts)} articles x {a.repeat}: {words} words, {n} claims")
    print(f"tables loaded in {load:.3f} s (from the cache; the first run after a data change compiles them)")
    print(f"baseline (split + tokenize): {base:.3f} s")
    print(f"extraction:                  {full:.3f} s  ({words / full:,.0f} words/s)")
    print(f"ratio extraction/baseline:   {full / base:.1f}x")


if __name__ == "__main__":
    main()
