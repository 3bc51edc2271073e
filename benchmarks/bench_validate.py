"""`kg validate` at scale: the shapes compiled to SPARQL on Oxigraph, against loading the data.

    python benchmarks/bench_validate.py                      # ~100k and ~1M triples
    python benchmarks/bench_validate.py --claims 600 --pyshacl    # ~20k, with pyshacl for comparison

Synthetic claims (bench_rdf's generator) go through kg's pipeline into an N-Quads export of
each size. For each, in the same process: the baseline is Oxigraph's bulk load of the file
(what any query needs first); then the compiled SHACL checks run on the loaded store. The
ratio validation/load says whether validation scales like loading does (it should stay about
flat as the size grows tenfold). With --pyshacl, the reference validator runs too (slow).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def export(n_claims: int, out: Path) -> int:
    from bench_rdf import synthetic

    from kg.rdfio import claims_quads, nquads_bytes

    claims, gaz = synthetic(n_claims)
    quads = claims_quads(claims, gazetteer=gaz)
    out.write_bytes(nquads_bytes(quads))
    return len(quads)


def run(path: Path, with_pyshacl: bool) -> dict:
    import pyoxigraph as ox

    from kg.validate import _compiled, validate_export, validate_store

    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    load = time.perf_counter() - t
    _compiled.cache_clear()
    t = time.perf_counter()
    violations = validate_store(store)
    check = time.perf_counter() - t
    out = {"triples": len(store), "load_s": load, "validate_s": check, "ratio": check / load,
           "violations": len(violations)}
    if with_pyshacl:
        t = time.perf_counter()
        ref = validate_export(path, engine="pyshacl")
        out["pyshacl_s"] = time.perf_counter() - t
        out["pyshacl_violations"] = len(ref)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", default="3300,33000", help="comma-separated numbers of claims (~30 quads each)")
    ap.add_argument("--pyshacl", action="store_true", help="also time pyshacl (minutes at 100k triples)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-validate-") as tmp:
        rows = []
        for n in (int(x) for x in args.claims.split(",")):
            path = Path(tmp) / f"graph-{n}.nq"
            quads = export(n, path)
            r = run(path, args.pyshacl)
            rows.append(r)
            line = (f"{n:>7} claims  {quads:>9} quads  {r['triples']:>9} in store  load {r['load_s']:6.2f} s  "
                    f"validate {r['validate_s']:6.2f} s  ratio {r['ratio']:5.2f}  violations {r['violations']}")
            if "pyshacl_s" in r:
                line += f"  pyshacl {r['pyshacl_s']:7.1f} s ({r['pyshacl_violations']} violations)"
            print(line, flush=True)
        if len(rows) > 1:
            a, b = rows[0], rows[-1]
            print(f"{b['triples'] / a['triples']:.1f}x the triples: load {b['load_s'] / a['load_s']:.1f}x, "
                  f"validate {b['validate_s'] / a['validate_s']:.1f}x")


if __name__ == "__main__":
    main()
