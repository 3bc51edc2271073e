"""The scale benchmark: extraction speed, build time, memory and export sizes per corpus size.

    python benchmarks/run.py --sizes 1000,10000,100000 [--jobs N] [--compare-jobs] [--workdir DIR]
    python benchmarks/run.py --sizes 1000 --sample 400 --extract-only   # the extraction ratio alone

For each size it makes a corpus (``benchmarks/corpus.py``: our own example sentences
recombined, PL/EN/DE, varied actors and dates; cached in the work directory), then measures:

* **extraction**: articles/s of ``kg.extract_article`` in this process over the first
  ``--sample`` articles, and the ratio to a bare ``json.loads`` + ``re.findall(r"\\w+")``
  pass over the same lines, timed in the same run;
* **build**: ``python -m kg build CORPUS -o OUT --quiet`` in a subprocess: wall time, CPU
  time (user + system of kg and its workers: less sensitive than wall time to other work on
  the machine) and peak memory (the process tree's resident set, summed over kg's processes and sampled
  every 50 ms; also the largest single process), quads and triples, and the size of each
  export file;
* **queries**: ``kg query OUT --name NAME`` for every bundled query in a fresh process
  (start-up included; the first one finds the store the build left), wall time each;
* with ``--compare-jobs``: the same build with ``--jobs 1`` and ``--jobs 2``, the speed-up
  and whether every export is byte-identical;
* with ``--update``: ``kg build --update`` after changing 1% of the articles, its time and
  whether it is byte-identical to a full build of the changed corpus.

Results are printed and written as JSON (``--json``, default ``results-current.json``
in the work directory; one file for all sizes and one per size), with the machine's load
average before and after each size (the machine is shared: a figure means little without
it). ``--legacy SRC`` runs the build of an older source tree (no
``--quiet``/``--jobs``; ``python -c 'from kg.cli import main; main()'``) for before/after
figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import make_corpus  # noqa: E402

EXPORTS = ("claims.jsonl", "graph.ttl", "graph.jsonld", "graph.nq", "graph.graphml", "edges.csv", "graph.html")
QUERIES = ("who-supports", "deployments", "alliances", "attacks", "by-source", "between", "timeline", "changes",
           "disputed")
QUERY_PARAMS = {"who-supports": ["actor=Ukraine"], "between": ["a=Russia", "b=Ukraine"],
                "timeline": ["a=Russia", "b=Ukraine"], "changes": ["since=2025-06"]}


def _lines(corpus: Path):
    for f in sorted(corpus.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            yield from fh


def extraction_speed(corpus: Path, sample: int) -> dict:
    """Articles/s of extraction vs. a bare json.loads + re.findall pass, same lines, same run
    (CPU time of this process for both, so that other work on the machine counts little)."""
    from kg import extract_article
    from kg.records import Article

    lines = []
    for line in _lines(corpus):
        lines.append(line)
        if len(lines) >= sample:
            break
    word = re.compile(r"\w+")
    t0 = time.process_time()
    words = 0
    for line in lines:
        words += len(word.findall(json.loads(line)["text"]))
    bare = time.process_time() - t0
    extract_article(Article(doc="warm-up", text="Polska poparła Ukrainę."))  # load tables before timing
    for lg in ("en", "de"):
        extract_article(Article(doc="warm-up", text="x", lang=lg))
    t0 = time.process_time()
    claims = 0
    for line in lines:
        rec = json.loads(line)
        art = Article(doc=rec["id"], text=rec["text"], title=rec.get("title"), published=rec.get("published"),
                      source=rec.get("source"))
        claims += len(extract_article(art))
    full = time.process_time() - t0
    return {"articles": len(lines), "words": words, "claims": claims, "bare_s": round(bare, 3),
            "extract_s": round(full, 2), "articles_per_s": round(len(lines) / full, 1),
            "words_per_s": round(words / full), "ratio_to_bare": round(full / bare, 1)}


class _Sampler(threading.Thread):
    """Peak summed RSS of a process and its descendants, sampled every 50 ms."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.peak_total = 0
        self.peak_single = 0
        self.stop = False

    def run(self):
        while not self.stop:
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                rss = []
                for p in procs:
                    try:
                        rss.append(p.memory_info().rss)
                    except psutil.Error:
                        pass
                if rss:
                    self.peak_total = max(self.peak_total, sum(rss))
                    self.peak_single = max(self.peak_single, max(rss))
            except psutil.Error:
                pass
            time.sleep(0.05)


def _kg_cmd(legacy: Path | None) -> tuple[list[str], dict]:
    env = dict(os.environ)
    if legacy:
        env["PYTHONPATH"] = str(legacy)
        return [sys.executable, "-c", "from kg.cli import main; main()"], env
    return [sys.executable, "-m", "kg"], env


def run_build(corpus: Path, out: Path, jobs: int | None, legacy: Path | None, extra=()) -> dict:
    cmd, env = _kg_cmd(legacy)
    cmd = [*cmd, "build", str(corpus), "-o", str(out), *extra]
    if not legacy:
        cmd += ["--quiet"] + (["--jobs", str(jobs)] if jobs else [])
    import resource

    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(out.parent))
    sampler = _Sampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # kg and its workers (waited for), user + system
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    sampler.stop = True
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"build failed ({proc.returncode}): {stderr.decode()[-2000:]}")
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_mb": round(sampler.peak_total / 2**20),
            "peak_rss_largest_process_mb": round(sampler.peak_single / 2**20),
            "summary": stdout.decode().strip().splitlines()[-1:] or [""], "exit": proc.returncode}


def export_stats(out: Path) -> dict:
    sizes = {name: (out / name).stat().st_size for name in EXPORTS if (out / name).exists()}
    quads = 0
    with open(out / "graph.nq", "rb") as f:
        while chunk := f.read(1 << 22):
            quads += chunk.count(b"\n")
    with open(out / "claims.jsonl", "rb") as f:
        claims = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 22), b""))
    # kg writes no triple into two graphs of graph.nq, so its quads are the export's triples
    return {"triples": quads, "claims": claims, "triples_per_claim": round(quads / max(claims, 1), 1),
            "bytes": sizes, "mb": {k: round(v / 2**20, 1) for k, v in sizes.items()}}


def _cpu_children() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_queries(out: Path, legacy: Path | None) -> dict:
    """Each bundled query in a fresh ``kg query`` process: wall time and CPU time (start-up
    included), rows."""
    cmd, env = _kg_cmd(legacy)
    times = {}
    for name in QUERIES:
        args = [*cmd, "query", str(out), "--name", name, "--format", "csv"]
        for p in QUERY_PARAMS.get(name, []):
            args += ["--param", p]
        c0, t0 = _cpu_children(), time.perf_counter()
        r = subprocess.run(args, env=env, capture_output=True)
        times[name] = {"wall_s": round(time.perf_counter() - t0, 3), "cpu_s": round(_cpu_children() - c0, 3),
                       "rows": r.stdout.count(b"\n") - 1, "exit": r.returncode}
    c0, t0 = _cpu_children(), time.perf_counter()
    subprocess.run([*cmd, "query", str(out), "ASK { }"], env=env, capture_output=True)
    return {"startup_s": round(time.perf_counter() - t0, 3), "startup_cpu_s": round(_cpu_children() - c0, 3),
            "named": times}


def same_exports(a: Path, b: Path) -> list[str]:
    """Names of the export files that differ between two folders."""
    return [n for n in EXPORTS if (a / n).exists() != (b / n).exists()
            or ((a / n).exists() and (a / n).read_bytes() != (b / n).read_bytes())]


def update_check(corpus: Path, work: Path, size: int, jobs: int | None) -> dict:
    """Change 1% of the articles, then compare ``--update`` with a full build."""
    import shutil

    changed = work / f"corpus-{size}-changed"
    shutil.rmtree(changed, ignore_errors=True)
    shutil.copytree(corpus, changed)
    first = sorted(changed.glob("*.jsonl"))[0]
    lines = first.read_text(encoding="utf-8").splitlines(keepends=True)
    n = max(1, size // 100)
    for i in range(min(n, len(lines))):
        rec = json.loads(lines[i])
        rec["text"] += "\n\nPolska poparła Ukrainę."
        lines[i] = json.dumps(rec, ensure_ascii=False) + "\n"
    first.write_text("".join(lines), encoding="utf-8")
    upd = work / f"out-{size}"  # the build of the unchanged corpus, updated in place
    r_upd = run_build(changed, upd, jobs, None, extra=["--update"])
    full = work / f"out-{size}-full"
    r_full = run_build(changed, full, jobs, None)
    return {"changed_articles": n, "update_wall_s": r_upd["wall_s"], "full_wall_s": r_full["wall_s"],
            "identical": same_exports(upd, full) == []}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workdir", default="/tmp/kg-bench")
    ap.add_argument("--jobs", type=int, default=None, help="--jobs for the builds (default: kg's default)")
    ap.add_argument("--sample", type=int, default=5000, help="articles for the extraction-speed measurement")
    ap.add_argument("--compare-jobs", action="store_true", help="also build with --jobs 1 and --jobs 2")
    ap.add_argument("--update", action="store_true", help="also time and check kg build --update")
    ap.add_argument("--no-extract", action="store_true", help="skip the in-process extraction measurement")
    ap.add_argument("--extract-only", action="store_true",
                    help="only the in-process extraction measurement (no build, exports or queries)")
    ap.add_argument("--legacy", type=Path, help="source tree of an older kg to measure instead")
    ap.add_argument("--json", type=Path, help="where to write the results")
    a = ap.parse_args()
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    # kg's compiled lexicon tables in a cache of this run's own, so that other kg versions on
    # the machine cannot evict them mid-run; warmed here, before anything is timed
    os.environ.setdefault("KG_CACHE_DIR", str(work / "kg-cache"))
    from kg import extract_article
    from kg.records import Article

    for lg in ("pl", "en", "de"):
        extract_article(Article(doc="warm-up", text="x", lang=lg))
    tag = "legacy" if a.legacy else "current"
    out_json = a.json or work / f"results-{tag}.json"
    results = json.loads(out_json.read_text()) if out_json.exists() else {}
    for size in (int(s) for s in a.sizes.split(",")):
        corpus = make_corpus(size, work / f"corpus-{size}")
        res: dict = {"size": size, "cores": os.cpu_count(), "code": tag, "load_before": os.getloadavg()[0]}
        if not a.no_extract and not a.legacy:
            res["extraction"] = extraction_speed(corpus, a.sample)
            print(f"[{size}] extraction: {res['extraction']}", flush=True)
        if a.extract_only:
            res["load_after"] = os.getloadavg()[0]
            results[str(size)] = res
            out_json.write_text(json.dumps(results, indent=1))
            continue
        out = work / (f"out-{size}" if not a.legacy else f"out-{size}-legacy")
        res["build"] = run_build(corpus, out, a.jobs, a.legacy)
        print(f"[{size}] build: {res['build']}", flush=True)
        res["exports"] = export_stats(out)
        print(f"[{size}] exports: {res['exports']}", flush=True)
        res["queries"] = run_queries(out, a.legacy)
        print(f"[{size}] queries: {res['queries']}", flush=True)
        if a.compare_jobs and not a.legacy:
            j1, j2 = work / f"out-{size}-j1", work / f"out-{size}-j2"
            b1 = run_build(corpus, j1, 1, None)
            b2 = run_build(corpus, j2, 2, None)
            res["jobs"] = {"jobs1_wall_s": b1["wall_s"], "jobs2_wall_s": b2["wall_s"],
                           "speedup": round(b1["wall_s"] / b2["wall_s"], 2),
                           "jobs1_peak_rss_mb": b1["peak_rss_mb"], "jobs2_peak_rss_mb": b2["peak_rss_mb"],
                           "identical": same_exports(j1, j2) == []}
            print(f"[{size}] jobs: {res['jobs']}", flush=True)
        if a.update and not a.legacy:
            res["update"] = update_check(corpus, work, size, a.jobs)
            print(f"[{size}] update: {res['update']}", flush=True)
        res["load_after"] = os.getloadavg()[0]  # the machine is shared: figures are only as good as this
        results[str(size)] = res
        out_json.write_text(json.dumps(results, indent=1))
        out_json.with_name(f"{out_json.stem}-{size}.json").write_text(json.dumps(res, indent=1))
    print(f"results: {out_json}")


if __name__ == "__main__":
    main()
