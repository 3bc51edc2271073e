"""Word readings kept on disk between runs (kg.wordcache): the same readings, any cache file only a speed-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import wordcache
from kg.engine import morphology

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process's start: no table open, the cache folder empty."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(wordcache, "_TABLES", {})
    return tmp_path / "cache"


def _counting():
    calls = []

    def analyse(word):
        calls.append(word)
        return word.upper()

    return calls, analyse


def test_a_second_process_reads_what_the_first_analysed(fresh, monkeypatch):
    calls, analyse = _counting()
    f = wordcache.remembered("toy", ("json",), analyse)
    assert [f("a"), f("b"), f("a")] == ["A", "B", "A"]
    assert calls == ["a", "b"]
    wordcache.save()
    assert len(list(fresh.glob("words-toy-*.pickle"))) == 1
    monkeypatch.setattr(wordcache, "_TABLES", {})  # the next process
    assert [f("a"), f("b"), f("c")] == ["A", "B", "C"]
    assert calls == ["a", "b", "c"]


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01.", b"\x80\x05\x95"])
def test_a_broken_table_is_only_a_miss(fresh, monkeypatch, content):
    calls, analyse = _counting()
    f = wordcache.remembered("toy", ("json",), analyse)
    f("a")
    wordcache.save()
    (path,) = fresh.glob("words-toy-*.pickle")
    path.write_bytes(content)
    monkeypatch.setattr(wordcache, "_TABLES", {})
    assert f("a") == "A" and calls == ["a", "a"]
    wordcache.save()  # and written anew
    monkeypatch.setattr(wordcache, "_TABLES", {})
    assert f("a") == "A" and calls == ["a", "a"]


def test_a_stale_table_is_replaced(fresh, monkeypatch):
    fresh.mkdir(parents=True)
    stale = fresh / "words-toy-00000000000000000000.pickle"
    stale.write_bytes(b"old")
    calls, analyse = _counting()
    f = wordcache.remembered("toy", ("json",), analyse)
    f("a")
    wordcache.save()
    assert not stale.exists()
    assert len(list(fresh.glob("words-toy-*.pickle"))) == 1


def test_the_table_is_keyed_by_the_analyser(fresh):
    assert wordcache._key(("json",)) != wordcache._key(("csv",))
    assert wordcache._key(("json",)) == wordcache._key(("json",))
    assert wordcache._package_files("json") and wordcache._package_files("no_such_module_kg") == []


def test_the_table_is_bounded(fresh, monkeypatch):
    monkeypatch.setattr(wordcache, "LIMIT", 3)
    calls, analyse = _counting()
    f = wordcache.remembered("toy", ("json",), analyse)
    for w in "abcde":
        f(w)
    wordcache.save()
    monkeypatch.setattr(wordcache, "_TABLES", {})
    f("x")
    wordcache.save()
    monkeypatch.setattr(wordcache, "_TABLES", {})
    table = wordcache._open("toy", ("json",))
    assert list(table.known) == ["b", "c", "x"]  # the oldest go first


def test_a_read_only_cache_folder_only_makes_it_slower(tmp_path, monkeypatch):
    monkeypatch.setattr(wordcache, "_TABLES", {})
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))  # cannot be made
    calls, analyse = _counting()
    f = wordcache.remembered("toy", ("json",), analyse)
    assert f("a") == "A"
    wordcache.save()


def test_readings_from_the_table_equal_the_analysers(fresh, monkeypatch):
    words = ["Russlands", "sanktioniert", "Polska", "poparła", "backed", "Iran-backed", "zufolge"]
    direct = [morphology._de_analysis(w) for w in words[:2] + words[-1:]]
    direct += [morphology._pl_analysis(w) for w in words[2:4]]
    direct += [morphology._en_analysis(w) for w in words[4:6]]
    cached = [morphology._de_word.__wrapped__, morphology._pl_word.__wrapped__, morphology._en_word.__wrapped__]

    def through_tables():
        de, pl, en = cached
        return [de(w) for w in words[:2] + words[-1:]] + [pl(w) for w in words[2:4]] + [en(w) for w in words[4:6]]

    assert through_tables() == direct
    wordcache.save()
    written = {name for name, t in wordcache._TABLES.items() if t.path.exists()}
    monkeypatch.setattr(wordcache, "_TABLES", {})
    again = through_tables()
    assert again == direct and [m.lemma for m in again] == [m.lemma for m in direct]
    # the second pass read the tables the first wrote (which tables an analyser fills may depend on what earlier
    # tests of the process memoized: only those written are checked)
    assert written and all(wordcache._TABLES[name].loaded for name in written if name in wordcache._TABLES)


def test_runs_with_and_without_the_tables_print_the_same(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Russland hat die Ukraine angegriffen. Der Kreml kritisierte die Sanktionen der EU.\n")
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}

    def run():
        return subprocess.run([sys.executable, "-m", "kg", "extract", str(text), "--lang", "de", "--format",
                               "jsonl"], capture_output=True, env=env, check=True).stdout

    first = run()
    tables = list((tmp_path / "cache").glob("words-hanta-" + "?" * 20 + ".pickle"))
    assert len(tables) == 1
    assert run() == first
    tables[0].write_bytes(b"broken")
    assert run() == first
    assert tables[0].stat().st_size > 100


def test_a_table_does_not_remove_another_named_after_it(fresh, monkeypatch):
    for name in ("toy-lemma", "toy"):
        wordcache.remembered(name, ("json",), _counting()[1])("a")
    wordcache.save()
    assert len(list(fresh.glob("words-toy-*.pickle"))) == 2


def test_a_failed_german_analysis_is_not_kept(fresh, monkeypatch):
    class Broken:
        def _tag_word(self, word):
            raise RuntimeError("analyser failure")

    monkeypatch.setattr(morphology, "_hanta", lambda: Broken())
    m = morphology._de_word.__wrapped__("Kgwortunbekannt")
    assert m.pos == frozenset({"NOUN"}) and m.deferred is None
    assert "Kgwortunbekannt" not in wordcache._TABLES["hanta"].known


def test_two_processes_saving_keep_the_words_of_both(fresh, monkeypatch):
    """A process that read the table before another saved merges into what is on disk when it saves."""
    calls, analyse = _counting()
    f = wordcache.remembered("toy", ("json",), analyse)
    f("old")
    wordcache.save()
    for start_empty in (False, True):
        if start_empty:
            for p in fresh.glob("words-toy-*.pickle"):
                p.unlink()
        processes = []
        for word in ("a", "b"):  # both start before either saves
            monkeypatch.setattr(wordcache, "_TABLES", {})
            f(word + str(start_empty))
            processes.append(wordcache._TABLES)
        for tables in processes:
            for table in tables.values():
                table.save()
        monkeypatch.setattr(wordcache, "_TABLES", {})
        table = wordcache._open("toy", ("json",))
        assert set(table.known) == {f"a{start_empty}", f"b{start_empty}"} | (set() if start_empty else {"old"})


_SAVER = """
import sys
from kg import wordcache
n = int(sys.argv[1])
f = wordcache.remembered("toy", ("json",), str.upper)
for r in range(15):
    for i in range(40):
        f(f"p{n}-r{r}-w{i}")
    wordcache.save()
"""


def test_processes_saving_at_once_lose_no_words(fresh):
    env = {**os.environ, "KG_CACHE_DIR": str(fresh), "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", _SAVER, str(n)], env=env) for n in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0] * 4
    wordcache._TABLES.clear()
    table = wordcache._open("toy", ("json",))
    assert set(table.known) == {f"p{n}-r{r}-w{i}" for n in range(4) for r in range(15) for i in range(40)}
    assert not [p for p in fresh.iterdir() if p.name.startswith("tmp")]  # no file left half-written


def test_a_parallel_build_fills_the_tables_as_a_serial_one(tmp_path):
    """The workers of ``kg build --jobs 2`` save the words they analysed when they end."""
    from test_build import exports_of, make_corpus

    corpus = make_corpus(tmp_path / "corpus", 40)
    tables = {}
    for jobs in (1, 2):
        env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / f"cache{jobs}"), "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path / f"out{jobs}"),
                        "--jobs", str(jobs), "--no-html"], capture_output=True, env=env, check=True)
        tables[jobs] = {p.name: wordcache._read(p) for p in (tmp_path / f"cache{jobs}").glob("words-*.pickle")}
    assert exports_of(tmp_path / "out2") == exports_of(tmp_path / "out1")
    assert {name.split("-")[1] for name in tables[1]} >= {"morfeusz", "lemminflect"}
    assert all(tables[1].values()) and tables[2] == tables[1]  # the same words and readings (dicts: any order)
