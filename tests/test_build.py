"""``kg build`` as a pipeline: parallel and incremental builds give the same bytes; faults
(nothing read, kill -9, two builds at once, odd output folders) never lose an export."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.exports import EXPORT_FILES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"


def make_corpus(folder: Path, n: int, start: int = 0) -> Path:
    """``n`` distinct articles (JSON Lines) recombined from the example articles' paragraphs."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(start, start + n):
        paras = [p for p in sources[i % len(sources)].split("\n\n") if p.strip()]
        k = (i // len(sources)) % max(1, len(paras) - 1)
        body = paras[:1] + paras[1:][k:] + paras[1:][:k]
        rec = {"id": f"a{i:04d}", "text": "\n\n".join(body), "title": paras[0].strip(),
               "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": ["Harbour Post", "Baltic Wire"][i % 2]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    (folder / f"part-{start:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def exports_of(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORT_FILES if (out / name).exists()}


def kg(*args, cwd=None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, **kw)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 72)


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "out"
    res = build([corpus], out, jobs=1)
    assert res.stats.articles == 72 and res.stats.claims > 100
    return out


def test_jobs_give_identical_exports(corpus, built, tmp_path):
    res = build([corpus], tmp_path / "j2", jobs=2)
    assert res.stats.articles == 72
    assert exports_of(tmp_path / "j2") == exports_of(built)


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file of an export (the page's evidence files too), without kg's own state."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".kg" not in p.relative_to(folder).parts}


def test_jobs_give_identical_exports_with_duplicates_and_side_files(corpus, tmp_path, monkeypatch):
    """Workers fold their batches' claims and the writer merges the folds (kg.fold); a batch with an
    article whose id came before is folded by the writer, article by article, without it. The first
    article of an id wins, in input order, whatever the number of jobs, and every file is the same,
    the page's evidence files too."""
    import kg.writer
    from kg.actors import default_gazetteer

    monkeypatch.setattr(kg.writer, "INLINE_EVIDENCE_CLAIMS", 50)  # the page's evidence goes to side files
    lines = (corpus / "part-0000.jsonl").read_text(encoding="utf-8").splitlines()

    def twin(i: int, j: int) -> str:  # article j's text under article i's id
        return json.dumps(json.loads(lines[j]) | {"id": json.loads(lines[i])["id"]}, ensure_ascii=False)

    dup = tmp_path / "dup"
    dup.mkdir()
    # a twin in the batch (of 16) of its first, one two batches later, one in the last batch
    mixed = [*lines[:5], twin(2, 40), *lines[5:30], twin(7, 50), *lines[30:], twin(60, 3)]
    (dup / "part-0000.jsonl").write_text("\n".join(mixed) + "\n", encoding="utf-8")
    first = tmp_path / "first"
    build([corpus], first, jobs=1)
    assert (first / "graph-evidence").is_dir()
    for jobs in (1, 2):
        res = build([dup], tmp_path / f"j{jobs}", jobs=jobs)
        assert res.stats.articles == 72
        assert [w.split("id '")[1].split("'")[0] for w in res.errors if "is taken by an earlier" in w] \
            == ["a0002", "a0007", "a0060"]
        assert _tree(tmp_path / f"j{jobs}") == _tree(first)
    # with another gazetteer than the workers' default, the writer folds every article itself: the same
    build([corpus], tmp_path / "here", jobs=2, gazetteer=default_gazetteer())
    assert _tree(tmp_path / "here") == _tree(first)


def test_a_store_loaded_beside_the_exports_is_current(corpus, tmp_path):
    """With two jobs the query store loads in a second process while GraphML, CSV and the page are
    written: it must hold the whole graph.ttl and be stamped current, so no query rebuilds it."""
    import pyoxigraph as ox

    from kg.store import STORE_NAME, _is_current

    out = tmp_path / "j2"
    build([corpus], out, jobs=2)
    store_dir = out / ".kg" / STORE_NAME
    assert _is_current(store_dir, out / "graph.ttl")
    expected = ox.Store()
    expected.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(ox.Store.read_only(str(store_dir))) == len(expected) > 0


def test_a_loader_that_fails_leaves_the_store_to_the_build(corpus, tmp_path, monkeypatch):
    """The second process is an aid, not a dependency: when it cannot run, the build loads the store
    itself and still ends with a current one."""
    import kg.writer
    from kg.store import STORE_NAME, _is_current

    monkeypatch.setattr(kg.writer.sys, "executable", "/bin/false")
    out = tmp_path / "j2"
    build([corpus], out, jobs=2)
    assert _is_current(out / ".kg" / STORE_NAME, out / "graph.ttl")


def test_update_is_byte_identical_to_a_full_build(corpus, built, tmp_path):
    changed = tmp_path / "changed"
    changed.mkdir()
    lines = (corpus / "part-0000.jsonl").read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[3])
    rec["text"] += "\n\nPolska poparła Ukrainę."
    lines[3] = json.dumps(rec, ensure_ascii=False)
    del lines[10]  # an article removed
    (changed / "part-0000.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    make_corpus(changed, 2, start=500)  # two new ones
    out = tmp_path / "upd"
    build([corpus], out, jobs=1)
    res = build([changed], out, jobs=1, update=True)
    assert (res.extracted, res.reused) == (3, 70)
    assert "3 extracted, 70 reused" in res.summary()
    full = tmp_path / "full"
    build([changed], full, jobs=1)
    assert exports_of(out) == exports_of(full)
    # unchanged input: nothing extracted again
    res = build([changed], out, jobs=1, update=True)
    assert (res.extracted, res.reused) == (0, 73)
    assert exports_of(out) == exports_of(full)


def test_cli_update_and_summary(corpus, tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--jobs", "1", "--no-html"])
    assert r.exit_code == 0, r.output
    (line,) = r.stdout.strip().splitlines()
    assert "from 72 articles" in line and "edges" in line and "0 failed inputs" in line and str(out) in line
    r = CliRunner().invoke(main, ["build", str(corpus), "--update", str(out), "--jobs", "1", "--no-html"])
    assert r.exit_code == 0 and "0 extracted, 72 reused" in r.stdout
    r = CliRunner().invoke(main, ["build", str(corpus), "--update", str(out), "-o", str(tmp_path / "x")])
    assert r.exit_code == 2


def test_an_update_from_some_of_the_inputs_says_how_many_articles_it_drops(tmp_path):
    """--update builds the exports of the inputs given: articles of the previous build left out are gone from
    them, and the build says so instead of shrinking the export quietly."""
    src = tmp_path / "src"
    src.mkdir()
    for name, text in (("a.txt", "Polska poparła Litwę."), ("b.txt", "Chile poparło Peru."),
                       ("c.txt", "Niemcy poparły Francję.")):
        (src / name).write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--jobs", "1", "--no-html"]).exit_code == 0
    part = CliRunner().invoke(main, ["build", str(src / "a.txt"), "--update", str(out), "--jobs", "1", "--no-html"])
    assert part.exit_code == 0 and "--update: 2 articles of the previous build are not among the inputs" in part.stderr
    full = CliRunner().invoke(main, ["build", str(src), "--update", str(out), "--jobs", "1", "--no-html"])
    assert full.exit_code == 0 and "not among the inputs" not in full.stderr


def test_nothing_read_leaves_the_export_untouched(built, tmp_path):
    before = exports_of(built)
    r = CliRunner().invoke(main, ["build", str(tmp_path / "typo-folder"), "-o", str(built)])
    assert r.exit_code == 1
    assert f"no article could be read from {tmp_path / 'typo-folder'}" in r.output and "left untouched" in r.output
    assert exports_of(built) == before
    assert not [p for p in built.parent.iterdir() if ".kg-new-" in p.name]


def test_empty_result_does_not_replace_a_non_empty_export(built, tmp_path):
    before = exports_of(built)
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("Nothing happened\n\nThe weather was mild and nobody said anything.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(quiet), "-o", str(built)])
    assert r.exit_code == 1 and "would replace the non-empty export" in r.output
    assert exports_of(built) == before
    out = tmp_path / "forced"
    out.mkdir()
    (out / "claims.jsonl").write_text('{"old": 1}\n')
    r = CliRunner().invoke(main, ["build", str(quiet), "-o", str(out), "--force", "--no-html"])
    assert r.exit_code == 0, r.output
    assert (out / "claims.jsonl").read_bytes() == b""
    r = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "new"), "--force"])
    assert r.exit_code == 1 and (tmp_path / "new" / "graph.ttl").exists()  # forced empty export, input failed


def test_output_folder_checks(corpus, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x")
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(afile)])
    assert r.exit_code == 2 and "is a file" in r.output
    mixed = tmp_path / "mixed"
    (mixed / "photos").mkdir(parents=True)
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(mixed)])
    assert r.exit_code == 2 and "photos" in r.output
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "README.txt").write_text("mine")
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(notes), "--jobs", "1", "--no-html"])
    assert r.exit_code == 0, r.output
    assert (notes / "README.txt").read_text() == "mine" and (notes / "graph.nq").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, where no file can be created")
def test_an_output_folder_that_cannot_be_written_is_named(corpus):
    """The message names the export folder asked for, not kg's lock file beside it."""
    r = CliRunner().invoke(main, ["build", str(corpus), "-o", "/proc/kg-out"])
    assert r.exit_code == 1
    assert r.output.startswith("kg: error: /proc/kg-out: cannot write the export there (") \
        and ".kg-lock" not in r.output and r.output.count("\n") == 1, r.output


def _wait_for(pred, timeout=120.0):
    t = time.monotonic()
    while time.monotonic() - t < timeout:
        if pred():
            return True
        time.sleep(0.02)
    return False


def _staging(parent: Path) -> list[Path]:
    return [p for p in parent.iterdir() if ".kg-new-" in p.name]


@pytest.mark.parametrize("moment", ["extracting", "writing"])
def test_kill_9_keeps_the_previous_export(corpus, built, tmp_path, moment):
    from kg.validate import validate_export

    out = tmp_path / "exp"
    import shutil

    shutil.copytree(built, out)
    before = exports_of(out)
    big = make_corpus(tmp_path / "big", 160)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(big), "-o", str(out), "--jobs", "1"],
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    if moment == "extracting":
        assert _wait_for(lambda: _staging(tmp_path))
        time.sleep(1.0)
    else:
        assert _wait_for(lambda: any((p / "graph.nq").exists() for p in _staging(tmp_path)) or proc.poll() is not None)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if moment == "extracting":
        assert proc.returncode == -signal.SIGKILL
    if proc.returncode == -signal.SIGKILL:
        assert exports_of(out) == before
    assert validate_export(out / "graph.ttl") == []
    r = kg("build", str(corpus), "-o", str(out), "--jobs", "1", "-q")
    assert r.returncode == 0, r.stderr
    assert exports_of(out) == before
    assert _staging(tmp_path) == []


def test_two_builds_at_once_take_turns(corpus, built, tmp_path):
    out = tmp_path / "shared"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--jobs", "1", "-q"]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert any("waiting for another kg build" in err for _out, err in results)
    assert exports_of(out) == exports_of(built)


def test_python_m_kg():
    r = kg("--help")
    assert r.returncode == 0 and "build" in r.stdout and "query" in r.stdout


def test_progress_only_on_request(corpus, tmp_path, capsys):
    build([corpus], tmp_path / "a", jobs=1, html=False)
    assert capsys.readouterr().err == ""
    build([corpus], tmp_path / "b", jobs=1, html=False, show_progress=True)
    err = capsys.readouterr().err
    assert "articles" in err and "/s" in err


def test_a_build_into_its_own_input_folder_reads_no_export_back(tmp_path):
    """`kg build news -o news` is a natural first try: the second build must read the same
    articles as the first, not its own graph.html and claims.jsonl as new ones."""
    news = tmp_path / "news"
    news.mkdir()
    for name in ("en-01-eu-sanctions-hungary-veto.txt", "pl-03-japonia-filipiny.html"):
        (news / name).write_bytes((EXAMPLES / name).read_bytes())
    (news / "notes.txt").write_text("Finland backed Sweden's bid on Monday.\n", encoding="utf-8")
    first = build([news], news, jobs=1)
    before = exports_of(news)
    second = build([news], news, jobs=1)
    assert first.stats.articles == second.stats.articles == 3
    assert exports_of(news) == before
    assert (news / "notes.txt").exists()
    # Without a manifest the folder is not an export: a file named like an export is read.
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "graph.html").write_text("<html><body><p>Finland backed Sweden's bid on Monday.</p></body></html>",
                                      encoding="utf-8")
    assert build([plain], tmp_path / "out", jobs=1).stats.articles == 1


def test_a_rebuild_into_its_own_input_folder_does_not_call_its_exports_other_files(tmp_path):
    """The second `kg build news -o news` reads past graph.html, claims.jsonl … silently: they are not "files
    that are not articles" to tell the user about; a file of the user's that is no article still is."""
    from click.testing import CliRunner

    from kg.cli import main

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Finland backed Sweden's bid on Monday.\n", encoding="utf-8")
    args = ["build", str(news), "-o", str(news), "--jobs", "1", "-q"]
    runner = CliRunner()
    assert runner.invoke(main, args).exit_code == 0
    second = runner.invoke(main, args)
    assert second.exit_code == 0 and "skipped" not in second.stderr, second.stderr
    (news / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    third = runner.invoke(main, args)
    assert f"kg: {news}: skipped 1 file that is not an article (--verbose lists them)" in third.stderr


def test_no_more_workers_than_batches_and_linked_folders_are_counted(tmp_path, monkeypatch):
    """`--jobs 64` on three articles forked 64 workers that each loaded the tables for nothing (13.5 s against
    2.5 s); the workers are capped at the batches the inputs make. The inputs are counted through symbolic links
    to folders, as they are read (rglob did not follow them: a corpus of linked folders counted no article)."""
    import kg.build
    from kg.build import count_inputs
    from kg.workers import BATCH

    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for i in range(BATCH + 1):
        (real / "sub" / f"{i:02}.txt").write_text("Poland supports Ukraine.\n", encoding="utf-8")
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "news").symlink_to(real)
    (real / "sub" / "loop").symlink_to(real)  # a loop ends
    assert count_inputs([linked]) == count_inputs([real]) == BATCH + 1
    asked = []
    make = kg.build.make_executor
    monkeypatch.setattr(kg.build, "make_executor", lambda jobs, dask: asked.append(jobs) or make(1, dask))
    build([real / "sub" / "00.txt", real / "sub" / "01.txt"], tmp_path / "a", jobs=64, html=False)
    build([linked], tmp_path / "b", jobs=64, html=False)
    assert asked == [1, 2]


def test_two_inputs_with_one_id_fail_instead_of_losing_an_article(tmp_path):
    """Two input folders holding the same file name give both articles the id "a.txt": the second is not
    built, and that is a failed input (an error line, exit status 1), not a notice that is easy to miss."""
    for folder, text in (("d1", "Polska poparła Ukrainę."), ("d2", "Niemcy poparły Francję.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(tmp_path / "d1"), str(tmp_path / "d2"), "-o", str(tmp_path / "out"),
                                  "--jobs", "1", "--no-html"])
    assert r.exit_code == 1
    assert "1 failed input" in r.stdout
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("kg: error: ")]
    d1, d2 = str(tmp_path / "d1" / "a.txt"), str(tmp_path / "d2" / "a.txt")
    assert errors == [f"kg: error: {d2}: id 'a.txt' is taken by an earlier article ({d1}); not read (give the "
                      "articles distinct ids)"]


def test_records_of_two_jsonl_files_with_one_id_name_both_lines_in_extract_and_build(tmp_path):
    """Per-day dumps that number their records from 1: the second record of an id is a failed input in both
    commands, naming its file and line and where the id was taken (extract used to mix their claims under one
    id and exit 0). The same file given twice, alone and in its folder, is read once."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "mon.jsonl").write_text(json.dumps({"id": "1", "text": "Polska poparła Litwę.", "lang": "pl"}) + "\n",
                                     encoding="utf-8")
    (feeds / "tue.jsonl").write_text(json.dumps({"id": "1", "text": "Chile poparło Peru.", "lang": "pl"}) + "\n",
                                     encoding="utf-8")
    want = f"kg: error: {feeds / 'tue.jsonl'}:1: id '1' is taken by an earlier article ({feeds / 'mon.jsonl'}:1)"
    for args in (["extract", str(feeds)], ["build", str(feeds), "-o", str(tmp_path / "out"), "--no-html"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 1 and [ln for ln in r.stderr.splitlines() if ln.startswith(want)], r.stderr
    again = CliRunner().invoke(main, ["extract", str(feeds / "mon.jsonl"), str(feeds), "--format", "jsonl"])
    assert [json.loads(ln)["doc"] for ln in again.stdout.splitlines()].count("1") == 1
