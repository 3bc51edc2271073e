"""kg.exports and ``kg build``: every file, byte-identical rebuilds, atomic writes."""

from __future__ import annotations

import csv
import filecmp
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from graph_fixtures import build, claims, gazetteer

from kg.cli import main
from kg.exports import EXPORT_FILES, build_exports

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

_BUILD_SCRIPT = """
import random, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from graph_fixtures import claims, gazetteer
from kg.exports import build_exports
cs = claims()
random.Random(int(sys.argv[2])).shuffle(cs)
tmp = Path(sys.argv[1])
build_exports(cs, tmp / "out", gazetteer=gazetteer(tmp), html=True)
"""


def test_all_files_are_written(tmp_path):
    out, _ = build(tmp_path, html=True)
    assert sorted(p.name for p in out.iterdir()) == sorted(EXPORT_FILES)
    with (out / "edges.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_edge = {(r["subject"], r["relation"], r["object"]): r for r in rows}
    supports = by_edge[("PRK", "supports", "RUS")]
    assert supports["weight"] == "1" and supports["subject_label"] == "North Korea"
    assert ("CHN", "suppliesWeaponsTo", "RUS") not in by_edge  # denied everywhere: not an edge
    assert all(int(r["weight"]) > 0 for r in rows)
    build_exports(claims(), tmp_path / "all", gazetteer=gazetteer(tmp_path), html=False, include_negated=True)
    with (tmp_path / "all" / "edges.csv").open(encoding="utf-8") as f:
        denied = {(r["subject"], r["relation"], r["object"]): r for r in csv.DictReader(f)}[
            ("CHN", "suppliesWeaponsTo", "RUS")]
    assert (denied["weight"], denied["negated"], denied["denied"]) == ("0", "2", "1")  # one of the two a denial
    g = nx.read_graphml(out / "graph.graphml")
    assert g.nodes["RUS"]["label_pl"] == "Rosja"
    assert (out / "claims.jsonl").read_text(encoding="utf-8").count("\n") == 15
    assert "<html" in (out / "graph.html").read_text(encoding="utf-8").lower()


def test_byte_identical_whatever_the_order_and_hash_seed(tmp_path):
    outs = []
    for seed in (1, 2):
        d = tmp_path / f"run{seed}"
        d.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": str(seed * 7919), "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-c", _BUILD_SCRIPT, str(d), str(seed), str(TESTS)]
        subprocess.run(cmd, check=True, env=env, cwd=ROOT)
        outs.append(d / "out")
    for name in EXPORT_FILES:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_a_failed_build_leaves_the_old_exports_intact(tmp_path, monkeypatch):
    out, gaz = build(tmp_path)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(graph, include_negated=False):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.exports.graphml_bytes", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_exports(claims()[:3], out, gazetteer=gaz, html=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # and no temp dir left behind


def test_empty_input_gives_valid_empty_exports(tmp_path):
    from kg.validate import validate_export

    out = tmp_path / "out"
    build_exports([], out, gazetteer=gazetteer(tmp_path), html=False)
    assert (out / "claims.jsonl").read_bytes() == b""
    assert validate_export(out / "graph.ttl") == []


def _fake_articles(monkeypatch, errors):
    """Articles named like the fixture claims' docs; extraction returns their fixture claims."""
    import kg
    from kg.records import Article

    calls = []
    by_doc: dict[str, list] = {}
    for c in claims():
        by_doc.setdefault(c.doc, []).append(c)

    def articles(paths, lang, warn, verbose=False, now=None):
        calls.append((tuple(paths), lang))
        yield from errors
        for doc in sorted(by_doc):
            yield Article(doc=doc, text="…", lang=lang)

    monkeypatch.setattr("kg.build._articles", articles)
    monkeypatch.setattr(kg, "extract_article", lambda art: by_doc[art.doc])
    return calls


def test_cli_build(tmp_path, monkeypatch):
    gaz = gazetteer(tmp_path)
    monkeypatch.setattr("kg.build.default_gazetteer", lambda: gaz)
    calls = _fake_articles(monkeypatch, ["bad.txt: cannot decode"])
    out = tmp_path / "exp"
    r = CliRunner().invoke(main, ["build", "a.txt", "dir", "-o", str(out), "--lang", "pl", "--no-html"])
    assert calls == [(("a.txt", "dir"), "pl")]
    assert r.exit_code == 1  # an input failed; the others are exported
    assert "bad.txt: cannot decode" in r.output
    assert "15 claims (12 asserted) from 3 articles" in r.output
    assert (out / "graph.ttl").exists() and not (out / "graph.html").exists()
    r = CliRunner().invoke(main, ["validate", str(out)])
    assert r.exit_code == 0 and "conforms" in r.output


def test_cli_validate_reports_violations(tmp_path):
    out, _ = build(tmp_path)
    broken = tmp_path / "broken.ttl"
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(text + "\nactor:CHN kg:attacks actor:RUS .\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["validate", str(broken)])
    assert r.exit_code == 1
    assert "actor:CHN" in r.output and "no positive claim" in r.output and "1 violation" in r.output


EXAMPLES = ROOT / "examples" / "articles"


@pytest.mark.skipif(not EXAMPLES.is_dir() or not any(EXAMPLES.iterdir()), reason="no example articles yet")
def test_exports_folder_is_the_current_export_of_the_examples(tmp_path, monkeypatch):
    """``exports/`` must be rebuilt (``kg build examples/articles -o exports``) when it changes."""
    out = tmp_path / "exports"
    monkeypatch.chdir(ROOT)  # the same command as documented, from the repository root
    r = CliRunner().invoke(main, ["build", "examples/articles", "-o", str(out)])
    assert r.exit_code == 0, r.output
    committed = ROOT / "exports"
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))  # .kg: build state
    assert names == sorted(p.name for p in committed.iterdir() if not p.name.startswith("."))
    _, mismatch, errors = filecmp.cmpfiles(committed, out, names, shallow=False)
    hint = "run: kg build examples/articles -o exports"
    assert not mismatch and not errors, f"stale exports: {mismatch + errors}; {hint}"
