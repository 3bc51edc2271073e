"""RDF at scale: pyoxigraph vs plain rdflib on a kg export of about 1M triples.

    python benchmarks/bench_rdf.py                # ~1M triples (takes a few minutes: rdflib is slow)
    python benchmarks/bench_rdf.py --claims 6000  # ~100k triples, for a quick look

Synthetic claims (a gazetteer of 200 states with 3 officials each, articles of 10 claims)
go through kg's own pipeline (``claims_quads``) once; the N-Triples file is then loaded,
serialized as Turtle and queried with a GROUP BY by each engine in its own subprocess, so
that peak memory (the growth of the process's resident set during each step, from
``/proc/self/status`` VmHWM, reset before each step) is measured apart. Finally every
bundled query of ``kg query`` runs on the export with pyoxigraph.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GROUP_BY = """
PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?s ?rel (COUNT(?c) AS ?n) WHERE {
  ?c a kg:Claim ; kg:subject ?a ; kg:relation ?rel .
  ?a kg:liftsTo ?s .
} GROUP BY ?s ?rel ORDER BY DESC(?n) LIMIT 10
"""


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> int:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return _rss_kb("VmRSS")


def _step(fn):
    before = _reset_peak()
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t, max(0, _rss_kb("VmHWM") - before) / 1024


# --- data ------------------------------------------------------------------------------------


def synthetic(n_claims: int, seed: int = 7):
    from kg.actors import Actor, Gazetteer
    from kg.records import RELATIONS, Claim

    rng = random.Random(seed)
    states = [Actor(id=f"S{i:03d}", type="State", code=f"S{i:03d}", names={"en": (f"State {i}",)},
                    labels={"pl": f"Państwo {i}", "de": f"Staat {i}"}, wikidata=f"Q{1000 + i}")
              for i in range(200)]
    persons = [Actor(id=f"p-{s.id}-{k}", type="Person", code=s.code, acts_for=s.id, position="minister",
                     names={"en": (f"Official {k} of {s.id}",)}) for s in states for k in range(3)]
    gaz = Gazetteer(states + persons, [])
    actors = states + persons
    rels = list(RELATIONS)
    outlets = [f"Outlet {i}" for i in range(40)]
    claims = []
    for i in range(n_claims):
        doc = f"doc-{i // 10:06d}.txt"
        s, o = rng.sample(actors, 2)
        claims.append(Claim(
            doc=doc, relation=rng.choice(rels), subject=s.ref(), object=o.ref(),
            sentence=f"Sentence {i}: {s.label()} and {o.label()} did something notable today.",
            start=(i % 10) * 80, end=(i % 10) * 80 + 70, lang=rng.choice(["pl", "en", "de"]),
            rule="bench.rule", trigger="did", negated=rng.random() < 0.1, hedged=rng.random() < 0.2,
            attributed_to=rng.choice([None, None, "officials", "Reuters"]), confidence=0.8,
            title=f"Article {i // 10}", url=f"https://example.org/a/{i // 10}",
            published=f"2024-{1 + (i // 10) % 12:02d}-{1 + (i // 10) % 28:02d}", source=rng.choice(outlets),
        ).to_dict())
    return claims, gaz


# --- engines (each in its own process) ----------------------------------------------------------


def run_oxigraph(nt: str) -> dict:
    import pyoxigraph as ox

    def load():
        store = ox.Store()
        store.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
        return store

    store, t_load, m_load = _step(load)
    out = nt + ".ox.ttl"
    _, t_ser, m_ser = _step(lambda: ox.serialize(store, out, format=ox.RdfFormat.TURTLE))
    rows, t_q, m_q = _step(lambda: list(store.query(GROUP_BY)))
    return {"triples": len(store), "load": (t_load, m_load), "turtle": (t_ser, m_ser), "group_by": (t_q, m_q),
            "rows": len(rows), "rss_mb": _rss_kb("VmRSS") / 1024}


def run_rdflib(nt: str) -> dict:
    import rdflib

    def load():
        g = rdflib.Graph()
        g.parse(nt, format="nt")
        return g

    g, t_load, m_load = _step(load)
    out = nt + ".rdflib.ttl"
    _, t_ser, m_ser = _step(lambda: g.serialize(out, format="turtle"))
    rows, t_q, m_q = _step(lambda: list(g.query(GROUP_BY)))
    return {"triples": len(g), "load": (t_load, m_load), "turtle": (t_ser, m_ser), "group_by": (t_q, m_q),
            "rows": len(rows), "rss_mb": _rss_kb("VmRSS") / 1024}


def run_queries(nq: str) -> dict:
    from kg.query import get_query, named_queries, run_query
    from kg.rdfio import load_store

    store = load_store(nq)
    params = {"who-supports": {"actor": "S001"}, "between": {"a": "S001", "b": "S002"}}
    out = {}
    for name in named_queries():
        res, t, _ = _step(lambda n=name: run_query(store, get_query(name=n), params.get(n)))
        out[name] = (t, len(res.rows))
    return out


def _child(engine: str, path: str) -> dict:
    cmd = [sys.executable, __file__, "--child", engine, path]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(res.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=34_000,
                    help="number of synthetic claims (34k ~ 1M triples)")
    ap.add_argument("--skip-rdflib", action="store_true", help="only pyoxigraph (fast)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        engine, path = args.child
        fn = {"oxigraph": run_oxigraph, "rdflib": run_rdflib, "queries": run_queries}[engine]
        print(json.dumps(fn(path)))
        return

    import pyoxigraph as ox

    from kg.exports import build_exports
    from kg.rdfio import claims_quads, triples_of

    claims, gaz = synthetic(args.claims)
    quads, t_quads, m_quads = _step(lambda: claims_quads(claims, gazetteer=gaz))
    n = len(triples_of(quads))
    print(f"kg claims_quads: {len(claims)} claims -> {len(quads)} quads, {n} distinct triples "
          f"in {t_quads:.1f} s (+{m_quads:.0f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        nt = str(Path(tmp) / "bench.nt")
        ox.serialize(triples_of(quads), nt, format=ox.RdfFormat.N_TRIPLES)
        del quads
        exports = Path(tmp) / "exports"
        _, t_build, m_build = _step(lambda: build_exports(claims, exports, gazetteer=gaz, html=False))
        print(f"kg build_exports (ttl, jsonld, nq, jsonl, graphml, csv; no html): {t_build:.1f} s "
              f"(+{m_build:.0f} MB)")
        ox_res = _child("oxigraph", nt)
        results = {"pyoxigraph": ox_res}
        if not args.skip_rdflib:
            results["rdflib"] = _child("rdflib", nt)
        print(f"\n{'step':<22}" + "".join(f"{name:>24}" for name in results) +
              ("   ratio rdflib/pyoxigraph" if len(results) > 1 else ""))
        for step in ("load", "turtle", "group_by"):
            line = f"{step + ' (s, MB)':<22}"
            for r in results.values():
                t, m = r[step]
                line += f"{t:>14.2f} s {m:>6.0f} MB"
            if len(results) > 1:
                (t1, m1), (t2, m2) = ox_res[step], results["rdflib"][step]
                line += f"   time x{t2 / max(t1, 1e-6):.0f}, memory x{m2 / max(m1, 1):.1f}"
            print(line)
        print(f"{'resident at end':<22}" + "".join(f"{r['rss_mb']:>21.0f} MB" for r in results.values()))
        assert all(r["triples"] == n for r in results.values()), "engines disagree on the triple count"
        print("\nbundled queries on the N-Quads export (pyoxigraph, kg query's engine):")
        for name, (t, rows) in _child("queries", str(Path(tmp) / "exports" / "graph.nq")).items():
            print(f"  {name:<14} {t:6.3f} s  {rows:>6} rows" + ("" if t < 1 else "   SLOW (> 1 s)"))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
