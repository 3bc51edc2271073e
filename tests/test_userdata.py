"""An analyst's own data folders (--data, $KG_DATA_PATH): add, extend, override, conflict.

All sentences and actors here are made up for the tests ("Ruritania" is fiction).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import datapath
from kg.cli import main
from kg.datapath import DataError, data_path
from kg.lexicon import LEXICON_DIR, load_lexicon
from kg.lexicon_compiled import compiled
from kg.tablecache import data_hash as _data_hash

RURITANIA = """\
# a state the packaged gazetteer does not know
[[actor]]
id = "ruritania"
type = "State"
code = "RUR"
names.en = ["Ruritania"]
names.pl = ["Ruritania"]
names.de = ["Ruritanien"]
adjectives.en = ["Ruritanian"]

[[actor]]
id = "POL"
extend = true
names.en = ["the Polish Republic"]
"""

VOUCH = """\
language = "en"

[[trigger]]
id = "supports.vouch"
relation = "supports"
words = ["vouch for"]
examples = [
  { text = "Ruritania vouched for Poland.", edges = [["RUR", "supports", "POL"]] },
  { text = "Ruritania did not vouch for Poland.", edges = [] },
]
"""


def folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _default_data(monkeypatch):
    monkeypatch.delenv(datapath.ENV, raising=False)
    yield
    datapath.reset()


@pytest.fixture(scope="module")
def region(tmp_path_factory) -> Path:
    return folder(tmp_path_factory.mktemp("region"), {"actors/region.toml": RURITANIA, "lexicon/en.toml": VOUCH})


def run(*args, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def jsonl_edges(output: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for line in output.splitlines():
        c = json.loads(line)
        out.add((c["subject"]["code"], c["relation"], c["object"]["code"], c["rule"]))
    return out


def test_a_user_folder_adds_an_actor_an_alias_and_a_trigger(region):
    text = "Ruritania vouched for the Polish Republic on Monday."
    plain = run("extract", "-", "--lang", "en", "--format", "jsonl", stdin=text)
    assert plain.exit_code == 0 and plain.output == ""
    res = run("extract", "-", "--lang", "en", "--format", "jsonl", "--data", str(region), stdin=text)
    assert res.exit_code == 0, res.output
    assert jsonl_edges(res.output) == {("RUR", "supports", "POL", "en:supports.vouch")}


def test_packaged_data_keeps_working_beside_a_user_folder(region):
    res = run("extract", "-", "--format", "jsonl", "--data", str(region),
              stdin="Polska poparła Ukrainę w sporze z Rosją.")
    assert ("POL", "supports", "UKR") in {e[:3] for e in jsonl_edges(res.output)}


def test_kg_data_path_folders_are_read_in_order(region, tmp_path, monkeypatch):
    later = folder(tmp_path / "later", {"actors/rename.toml": RURITANIA.replace(
        'id = "ruritania"\n', 'id = "ruritania"\noverride = true\n').replace('"Ruritania"', '"Ruritanian Kingdom"')
        .split("[[actor]]\nid = \"POL\"")[0]})
    monkeypatch.setenv(datapath.ENV, os.pathsep.join([str(region), str(later)]))
    data = data_path()
    assert data.dirs[1:] == (region, later)
    got = jsonl_edges(run("extract", "-", "--lang", "en", "--format", "jsonl",
                          stdin="The Ruritanian Kingdom vouched for Poland. Ruritania vouched for Poland.").output)
    assert got == {("RUR", "supports", "POL", "en:supports.vouch")}  # only the first sentence: renamed


def test_an_override_replaces_a_packaged_actor(tmp_path):
    data = folder(tmp_path, {"actors/poland.toml": (
        '[[actor]]\nid = "POL"\noverride = true\ntype = "State"\ncode = "POL"\n'
        'names.en = ["Lechia"]\nnames.pl = ["Lechia"]\nnames.de = ["Lechien"]\n')})
    text = "Lechia supported Ukraine. Poland supported Ukraine."
    res = run("extract", "-", "--lang", "en", "--format", "jsonl", "--data", str(data), stdin=text)
    claims = [json.loads(line) for line in res.output.splitlines()]
    assert {(c["subject"]["id"], c["relation"], c["object"]["id"]) for c in claims} == {("POL", "supports", "UKR")}
    assert [c["sentence"] for c in claims] == ["Lechia supported Ukraine."]


def test_an_override_replaces_a_packaged_trigger(tmp_path):
    packaged = load_lexicon(LEXICON_DIR / "en.toml")
    target = next(t for t in packaged.triggers if t.relation == "supports")
    tid = target.rule.split(":", 1)[1]
    data = folder(tmp_path, {"lexicon/en.toml": (
        f'language = "en"\n\n[[trigger]]\nid = "{tid}"\noverride = true\nrelation = "praises"\n'
        f'words = ["vouch for"]\n')})
    from kg.lexicon import load_language

    lex = load_language("en", data_path([data]))
    replaced = [t for t in lex.triggers if t.rule == target.rule]
    assert len(replaced) == 1 and replaced[0].relation == "praises" and replaced[0].words == ("vouch for",)
    assert lex.triggers.index(replaced[0]) == packaged.triggers.index(target)  # in the same place
    assert replaced[0].where == f"{data / 'lexicon' / 'en.toml'}:3"


CONFLICTS = {
    "alias of two actors": (
        {"actors/x.toml": '# mine\n[[actor]]\nid = "rur"\ntype = "State"\ncode = "RUR"\n'
                          'names.en = ["Ruritania",\n  "Georgia"]\n'},
        r"actors/x\.toml:7: alias 'Georgia' \(en\) of rur already names GEO \(kg/data/actors/states\.toml:\d+\)"),
    "id defined twice": (
        {"actors/x.toml": '[[actor]]\nid = "RUS"\ntype = "State"\ncode = "RUS"\nnames.en = ["Muscovy"]\n'},
        r"actors/x\.toml:1: actor #1 \(RUS\): id already defined at kg/data/actors/states\.toml:\d+; "
        r"add extend = true"),
    "extend of nothing": (
        {"actors/x.toml": '\n[[actor]]\nid = "ruritanai"\nextend = true\nnames.en = ["Ruritania"]\n'},
        r"actors/x\.toml:2: actor #1 \(ruritanai\): extend = true, but no earlier file defines 'ruritanai'"),
    "bad code": (
        {"actors/x.toml": '[[actor]]\nid = "rur"\ntype = "State"\nnames.en = ["Ruritania"]\ncode = "R R"\n'},
        r"actors/x\.toml:5: actor #1 \(rur\): code must be letters and digits"),
    "code of another state": (
        {"actors/x.toml": '\n\n[[actor]]\nid = "rur"\ntype = "State"\ncode = "POL"\nnames.en = ["Ruritania"]\n'},
        r"actors/x\.toml:3: code 'POL' of rur is already the code of POL \(kg/data/actors/states\.toml:\d+\)"),
    "unknown acts_for": (
        {"actors/x.toml": '[[actor]]\nid = "rudolf"\ntype = "Person"\nnames.en = ["Rudolf"]\nacts_for = "RURR"\n'},
        r"actors/x\.toml:5: rudolf: refers to unknown actor 'RURR' in 'acts_for'"),
    "place with nothing to inherit a code from": (
        {"actors/x.toml": '[[actor]]\nid = "ruri-city"\ntype = "Place"\nnames.en = ["Ruri City"]\n'},
        r"actors/x\.toml:\d+: ruri-city: no 'code', and no 'part_of' \(the state it lies in\) to inherit one from"),
    "unknown relation": (
        {"lexicon/en.toml": 'language = "en"\n\n[[trigger]]\nid = "t"\nrelation = "likes"\nwords = ["like"]\n'},
        r"lexicon/en\.toml:5: trigger #1 \(t\): unknown relation 'likes'"),
    "trigger id clash": (
        {"lexicon/en.toml": 'language = "en"\n\n[[trigger]]\nid = "@ID@"\nrelation = "supports"\n'
                            'words = ["vouch for"]\n'},
        r"lexicon/en\.toml:3: trigger id '@ID@' is already defined at kg/data/lexicon/en\.toml:\d+; "
        r"add override = true"),
    "unknown cue concept": (
        {"lexicon/en.toml": 'language = "en"\n[words]\nnegation = ["nay"]\nnegatoin = ["nope"]\n'},
        r"lexicon/en\.toml:4: \[words\]: unknown key\(s\) negatoin"),
    "example with an unknown code": (
        {"lexicon/en.toml": 'language = "en"\n[[trigger]]\nid = "t"\nrelation = "supports"\nwords = ["vouch for"]\n'
                            'examples = [\n  { text = "Ruritania vouched for Poland.", '
                            'edges = [["RUR", "supports", "POL"]] },\n]\n'},
        r"lexicon/en\.toml:7: en:t: example edge names unknown code 'RUR'"),
}


@pytest.mark.parametrize("name", list(CONFLICTS))
def test_a_conflicting_file_fails_with_file_and_line(name, tmp_path):
    files, message = CONFLICTS[name]
    tid = load_lexicon(LEXICON_DIR / "en.toml").triggers[0].rule.split(":", 1)[1]
    files = {k: v.replace("@ID@", tid) for k, v in files.items()}
    message = message.replace("@ID@", tid.replace(".", r"\."))
    data = folder(tmp_path, files)
    check = run("check-data", "--data", str(data))
    assert check.exit_code == 1
    assert any(__import__("re").search(message, line) for line in check.output.splitlines()), check.output
    assert all(line.startswith("kg: error: data error: ") for line in check.output.splitlines()), check.output
    if name != "example with an unknown code":  # a bad example does not stop extraction
        res = run("extract", "-", "--lang", "en", "--data", str(data), stdin="Ruritania vouched for Poland.")
        assert res.exit_code == 1 and "Traceback" not in res.output
        assert __import__("re").search(message, res.output), res.output


def test_a_missing_or_empty_data_folder_is_a_usage_error(tmp_path):
    res = run("extract", "-", "--data", str(tmp_path / "nope"), stdin="x")
    assert res.exit_code == 2 and "no such data folder" in res.output
    res = run("check-data", "--data", str(tmp_path))
    assert res.exit_code == 2 and "not a kg data folder" in res.output
    with pytest.raises(DataError, match="KG_DATA_PATH"):
        os.environ[datapath.ENV] = str(tmp_path / "nope")
        try:
            data_path()
        finally:
            del os.environ[datapath.ENV]


def test_check_data_runs_the_user_examples(region, tmp_path):
    res = run("check-data", "--data", str(region), "--examples", "--user-only")
    assert res.exit_code == 0 and "2 example sentences, 0 failed" in res.output
    wrong = folder(tmp_path, {"actors/region.toml": RURITANIA, "lexicon/en.toml": VOUCH.replace(
        '"Ruritania did not vouch for Poland.", edges = []', '"Ruritania did not vouch for Poland.", '
        'edges = [["RUR", "supports", "POL"]]')})
    res = run("check-data", "--data", str(wrong), "--examples", "--user-only")
    assert res.exit_code == 1
    assert f"{wrong / 'lexicon' / 'en.toml'}:9: en:supports.vouch: missing RUR supports POL: " \
           "'Ruritania did not vouch for Poland.'" in res.output


def test_a_failing_user_example_says_why_its_trigger_gave_no_claim(region, tmp_path):
    """An entry whose object marker is missing: the failure says what kg explain would (no object), so the
    curator knows to add an object preposition."""
    wrong = folder(tmp_path, {"actors/region.toml": RURITANIA, "lexicon/en.toml": (
        'language = "en"\n[[trigger]]\nid = "vouch-bare"\nrelation = "supports"\nwords = ["vouched"]\n'
        'object = [""]\nexamples = [\n  { text = "Ruritania vouched for Poland.", '
        'edges = [["RUR", "supports", "POL"]] },\n]\n')})
    res = run("check-data", "--data", str(wrong), "--examples", "--user-only")
    assert res.exit_code == 1
    assert "missing RUR supports POL (its trigger: no-object:" in res.output, res.output


def test_a_user_folder_may_bring_a_new_language(tmp_path):
    """Esperanto, from data only: a lexicon with stopwords and a trigger, and names for actors."""
    data = folder(tmp_path, {
        "lexicon/eo.toml": 'language = "eo"\n[words]\nstopwords = ["la", "kaj", "de", "en", "al", "ke", "estas"]\n'
                           'negation = ["=ne"]\n\n[[trigger]]\nid = "supports.subteni"\nrelation = "supports"\n'
                           'words = ["=subtenas", "=subtenis"]\n'
                           'examples = [\n  { text = "Pollando subtenis Ukrainion.", '
                           'edges = [["POL", "supports", "UKR"]] },\n]\n',
        "actors/eo.toml": '[[actor]]\nid = "POL"\nextend = true\nnames.eo = ["Pollando"]\n\n'
                          '[[actor]]\nid = "UKR"\nextend = true\nnames.eo = ["Ukrainio", "Ukrainion"]\n',
    })
    text = "La registaro de Pollando subtenis Ukrainion en la milito, kaj la ministro diris ke ne."
    res = run("extract", "-", "--format", "jsonl", "--data", str(data), stdin=text)  # detected: eo
    assert {e[:3] for e in jsonl_edges(res.output)} == {("POL", "supports", "UKR")}
    res = run("check-data", "--data", str(data), "--examples", "--user-only")
    assert res.exit_code == 0 and "1 example sentences, 0 failed" in res.output


def test_the_compiled_tables_are_keyed_by_every_file_in_use(region, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    packaged, user = data_path(), data_path([region])
    assert _data_hash(packaged) != _data_hash(user)
    copy = folder(tmp_path / "copy", {"actors/region.toml": RURITANIA, "lexicon/en.toml": VOUCH})
    before = _data_hash(data_path([copy]))
    (copy / "actors" / "region.toml").write_text(RURITANIA.replace("the Polish Republic", "the Republic"))
    edited = _data_hash(data_path([copy]))
    assert edited != before  # an edited user file
    (copy / "actors" / "more.toml").write_text(
        '[[actor]]\nid = "zz"\ntype = "State"\ncode = "ZZ"\nnames.en = ["Zed"]\nnames.pl = ["Zed"]\n')
    assert _data_hash(data_path([copy])) not in (before, edited)  # a new user file
    tables = compiled("en", data_path([copy]))
    cached = [p.name for p in (tmp_path / "cache").glob("en-*.pickle")]  # (before the packaged tables: run
    # alone, this test compiles those too)
    assert any(t.rule == "en:supports.vouch" for t in tables.lexicon.triggers)
    assert not any(t.rule == "en:supports.vouch" for t in compiled("en", packaged).lexicon.triggers)
    assert len(cached) == 1 and cached[0].endswith(f"-{_data_hash(data_path([copy]))}.pickle")


def test_the_compiled_tables_are_keyed_by_the_code_loaded_not_the_code_on_disk_later(monkeypatch):
    """The compiling code is hashed when kg.tablecache is imported: a table built by the code this process
    runs is filed under that code's key even if the source is edited meanwhile, and other code gives
    another key."""
    import kg.tablecache

    before = _data_hash(data_path())
    monkeypatch.setattr(kg.tablecache, "_code_hash", lambda: b"edited on disk since")
    assert _data_hash(data_path()) == before
    monkeypatch.setattr(kg.tablecache, "_CODE_HASH", b"other code")
    assert _data_hash(data_path()) != before


def test_the_gazetteer_and_profiles_come_back_from_the_disk_cache_until_a_file_changes(
        tmp_path, monkeypatch):
    from kg.tablecache import disk_cached

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    copy = folder(tmp_path / "copy", {"actors/region.toml": RURITANIA, "lexicon/en.toml": VOUCH})
    code = tmp_path / "builder.py"
    code.write_text("# version one\n")
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert disk_cached("thing", data_path([copy]), build, str(code)) == {"built": 1}
    assert disk_cached("thing", data_path([copy]), build, str(code)) == {"built": 1}  # from disk
    (copy / "actors" / "region.toml").write_text(RURITANIA.replace("the Polish Republic", "the Republic"))
    assert disk_cached("thing", data_path([copy]), build, str(code)) == {"built": 2}  # a data file
    code.write_text("# version two\n")
    assert disk_cached("thing", data_path([copy]), build, str(code)) == {"built": 3}  # the code
    assert len(list((tmp_path / "cache").glob("thing-*.pickle"))) == 1  # stale ones are removed


def test_the_cache_keeps_only_the_most_recently_used_tables_of_a_kind(tmp_path, monkeypatch):
    """One table per set of data folders: temporary data folders (a test suite's, a developer's) would leave
    one each behind for good. Only the KEEP_PER_KIND most recently used stay; one in use survives."""
    import os

    import kg.tablecache
    from kg.tablecache import disk_cached

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(kg.tablecache, "KEEP_PER_KIND", 3)
    code = tmp_path / "builder.py"
    code.write_text("# builder\n")
    folders = [folder(tmp_path / f"d{i}", {"actors/region.toml": RURITANIA}) for i in range(6)]
    disk_cached("thing", data_path([folders[0]]), lambda: 0, str(code))
    first = next((tmp_path / "cache").glob("thing-*.pickle"))
    for i in range(1, 6):
        os.utime(first, (0, 2_000_000_000))  # the first one is the most recently used of all
        disk_cached("thing", data_path([folders[i]]), lambda i=i: i, str(code))
    kept = sorted((tmp_path / "cache").glob("thing-*.pickle"))
    assert len(kept) == 3 and first in kept
    assert disk_cached("thing", data_path([folders[5]]), lambda: "rebuilt", str(code)) == 5  # the newest stays
    other = folder(tmp_path / "lex", {"actors/region.toml": RURITANIA})
    disk_cached("other", data_path([other]), lambda: 1, str(code))
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 4  # kinds are counted apart
