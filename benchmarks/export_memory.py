"""Peak memory of the export phase of ``kg build`` (exports, page, query store), per step.

Extraction of a large corpus takes hours on a small machine, but the export phase can be
measured without it: this takes the article fragments a build kept (``OUT/.kg/articles.sqlite``
of ``kg build CORPUS -o OUT``), adds them ``--times`` times over to a fresh export writer, each
copy under new article and claim ids (so 3 copies of a 10,000-article build are the export
phase of 30,000 distinct articles), then writes every export and the query store as
``kg build`` does, sampling this process's resident memory every 50 ms. It prints the peak of
each step, and the CPU time of adding, writing and loading the store. Whether memory grows
with the number of articles shows as the ratio of two runs (``--times 1`` and ``--times 3``).

    python benchmarks/export_memory.py /tmp/out-10000/.kg/articles.sqlite /tmp/mem-out --times 3
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import sys
import threading
import time
from pathlib import Path

_CLAIM_ID = re.compile(rb'"id": "([0-9a-f]{16})"')


def _rss_mb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


class Steps:
    """The peak RSS of each named step, sampled by a thread."""

    def __init__(self):
        self.step = "add"
        self.peaks: dict[str, int] = {}
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while True:
            self.note()
            time.sleep(0.05)

    def note(self) -> None:
        self.peaks[self.step] = max(self.peaks.get(self.step, 0), _rss_mb())

    def wrap(self, owner, name: str, step: str) -> None:
        fn = getattr(owner, name)

        def wrapped(*args, **kwargs):
            before, self.step = self.step, step
            try:
                return fn(*args, **kwargs)
            finally:
                self.note()
                self.step = before

        setattr(owner, name, wrapped)


def copy_fragment(blob: bytes, doc: str, n: int) -> tuple[str, bytes]:
    """The fragment of article ``doc`` as copy ``n``: new article and claim ids throughout."""
    from kg.fragments import SECTIONS, Fragment

    frag = Fragment.unpack(blob)
    new_doc = f"{doc}x{n}"  # a character that Turtle names and IRIs take as it is
    ids = set(_CLAIM_ID.findall(frag.jsonl))
    parts = {}
    for section in SECTIONS:
        data = getattr(frag, section).replace(doc.encode(), new_doc.encode())
        for claim_id in ids:
            data = data.replace(claim_id, claim_id + b"c%d" % n)
        parts[section] = data
    return new_doc, Fragment(**parts).pack()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("state", type=Path, help="articles.sqlite of a build (OUT/.kg/articles.sqlite)")
    ap.add_argument("out", type=Path, help="a folder to write the exports into (replaced)")
    ap.add_argument("--times", type=int, default=1, help="copies of the articles")
    a = ap.parse_args()

    import kg.exports
    import kg.store
    from kg import writer
    from kg.actors import default_gazetteer

    steps = Steps()
    steps.wrap(writer.ExportWriter, "_default_nodes", "default graph")
    steps.wrap(writer.ExportWriter, "finish", "exports")
    steps.wrap(kg.exports, "graphml_bytes", "graphml")
    steps.wrap(kg.exports, "edges_csv_bytes", "edges.csv")
    steps.wrap(writer.ExportWriter, "_write_html", "graph.html")
    steps.wrap(writer.ExportWriter, "write_store", "query store")
    shutil.rmtree(a.out, ignore_errors=True)
    a.out.mkdir(parents=True)
    w = writer.ExportWriter(a.out, default_gazetteer(), "export-memory")
    db = sqlite3.connect(f"file:{a.state}?mode=ro", uri=True)
    t0 = time.process_time()
    for n in range(a.times):
        for doc, blob in db.execute("SELECT doc, blob FROM articles ORDER BY doc"):
            if n:
                doc, blob = copy_fragment(blob, doc, n)
            w.add(doc, "", blob)
    t1 = time.process_time()
    w.finish(html=True)
    t2 = time.process_time()
    w.write_store()
    w.close()
    t3 = time.process_time()
    print(f"{w.stats.articles} articles, {w.stats.claims} claims, {w.stats.edges} edges; CPU: adding {t1 - t0:.1f} s, "
          f"exports {t2 - t1:.1f} s, query store {t3 - t2:.1f} s")
    for step, mb in steps.peaks.items():
        print(f"  peak RSS {step:14s} {mb:6d} MB")
    print(f"  peak RSS of the process: {max(steps.peaks.values())} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
