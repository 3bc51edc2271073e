"""What dates cost per article, as ratios against runs in the same process.

* the ``dates`` stage: extraction with every stage against extraction without the ``dates``
  stage, on the same articles (the ratio is the share dates add);
* article datelines: kg's date words (``kg.dates.parse_dateline``) against dateparser on the same
  lines, per article, and dateparser's one-off import and language loading, which is why it is
  only the fallback for ``published`` values kg's words cannot read;
* ``kg extract`` of one article, start-up included, wall time (the budget is 1 s).

    python benchmarks/bench_dates.py [ARTICLES_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINES = [
    "Gazeta Wschodnia 12 listopada 2025", "Kurier Testowy 8 godzin temu", "Harbour Post | Nov. 12, 2025, 14:30",
    "Harbour Post 5 hours ago", "Der Bote vor 3 Stunden", "Der Bote 12.11.2025", "Kurier Testowy wczoraj",
]
NOW = dt.datetime(2025, 7, 13, 12, 0)


def _time(fn, repeat: int) -> float:
    """CPU seconds of ``repeat`` runs (other processes on a shared machine do not count)."""
    t0 = time.process_time()
    for _ in range(repeat):
        fn()
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(ROOT / "examples" / "articles"))
    ap.add_argument("--repeat", type=int, default=10)
    a = ap.parse_args()

    from kg.engine import pipeline
    from kg.ingest import iter_articles

    arts = [x for x in iter_articles([a.articles], warn=lambda m: None, now=NOW) if not isinstance(x, str)]
    ext = importlib.import_module("kg.extract")
    for art in arts:  # warm: tables, date words
        ext.extract_article(art)

    def run() -> None:
        for art in arts:
            ext.extract_article(art)

    stages = pipeline.STAGES
    full = without = float("inf")
    for _ in range(3):  # interleaved, best of three: the same conditions for both
        full = min(full, _time(run, a.repeat))
        pipeline.STAGES = tuple(s for s in stages if s.name != "dates")
        try:
            without = min(without, _time(run, a.repeat))
        finally:
            pipeline.STAGES = stages
    n = len(arts) * a.repeat
    print(f"{len(arts)} articles x {a.repeat}")
    print(f"extraction without dates: {without / n * 1000:7.2f} ms/article (CPU)")
    print(f"extraction with dates:    {full / n * 1000:7.2f} ms/article  "
          f"(dates add {(full - without) / n * 1000:.2f} ms, ratio {full / without:.3f})")

    from kg.dates import _dateparser, parse_dateline

    t0 = time.perf_counter()
    import dateparser.date  # noqa: F401 - the import is what is measured

    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    _dateparser(LINES[0], NOW)
    first = time.perf_counter() - t0
    ours = _time(lambda: [parse_dateline(s, NOW) for s in LINES], a.repeat * 10) / (a.repeat * 10 * len(LINES))
    theirs = _time(lambda: [_dateparser(s, NOW) for s in LINES], a.repeat) / (a.repeat * len(LINES))
    print(f"dateline, kg's date words: {ours * 1e6:8.1f} µs/article")
    print(f"dateline, dateparser:      {theirs * 1e6:8.1f} µs/article  (ratio {theirs / ours:.1f}x), "
          f"plus {imported:.2f} s to import and {first:.2f} s for its first date")

    art = sorted(Path(a.articles).glob("*.txt"))[0]
    walls = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "kg"), "extract", str(art), "--format", "jsonl"],
                       check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
    print(f"kg extract {art.name}, start-up included: {min(walls):.2f} s wall (best of 3; budget 1 s)")


if __name__ == "__main__":
    main()
