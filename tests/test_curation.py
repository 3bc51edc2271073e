"""curation.toml: reject, accept, add, merge and split claims; provenance in the RDF; stale corrections.

The articles are written for these tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import datapath
from kg.actors import DataError, default_gazetteer
from kg.cli import main
from kg.curation import Curator, curate, load_curation, sentence_hash
from kg.extract import extract
from kg.records import Article

SUMMIT = (
    "Leaders meet in Vilnius\n\n"
    "Poland supported Ukraine. "
    "Lithuania and Latvia signed an agreement on air defence. "
    "Estonia met Russia in Geneva. "
    "Estonia sent two field hospitals to Ukraine on Tuesday."
)
SPLIT = (
    "Ruritanian royals travel\n\n"
    "King Rudolf Rassendyll praised Poland. "
    "Later Rassendyll praised Ukraine."
)
ROYALS = """\
[[actor]]
id = "ruritania"
type = "State"
code = "RUR"
names.en = ["Ruritania"]
names.pl = ["Ruritania"]
names.de = ["Ruritanien"]

[[actor]]
id = "rudolf-elder"
type = "Person"
acts_for = "ruritania"
names.en = ["Rudolf Rassendyll", "Rassendyll"]

[[actor]]
id = "rudolf-younger"
type = "Person"
acts_for = "ruritania"
names.en = ["Rudolf the Younger"]
"""


@pytest.fixture(autouse=True)
def _default_data(monkeypatch):
    monkeypatch.delenv(datapath.ENV, raising=False)
    yield
    datapath.reset()


def triples(claims) -> set[tuple[str, str, str]]:
    return {(c.subject.id, c.relation, c.object.id) for c in claims if c.relation not in ("leaderOf", "officialOf")}


def curation(tmp_path: Path, text: str, name: str = "curation.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_curation([path])


def summit_claims():
    return extract(SUMMIT, lang="en", doc="summit.txt")


def test_the_summit_article_gives_what_the_corrections_below_expect():
    assert triples(summit_claims()) == {("POL", "supports", "UKR"), ("EST", "meetsWith", "RUS"),
                                        ("LTU", "signsAgreementWith", "LVA")}


def test_reject_accept_and_add(tmp_path):
    claims = summit_claims()
    talks = next(c for c in claims if c.relation == "meetsWith")
    cur = curation(tmp_path, f"""\
curator = "Anna Example"

[[reject]]
doc = "summit.txt"
sentence = "{sentence_hash(talks.sentence)}"
relation = "meetsWith"
note = "a chance encounter, not a meeting"

[[accept]]
doc = "summit.txt"
text = "Poland supported Ukraine"
relation = "supports"
curator = "Ben Example"

[[add]]
doc = "summit.txt"
sentence_index = 5
relation = "providesAidTo"
subject = "Estonia"
object = "UKR"
trigger = "sent two field hospitals"
""")
    article = Article(doc="summit.txt", text=SUMMIT, lang="en")
    out, report = curate(claims, cur, default_gazetteer(), {"summit.txt": article})
    assert triples(out) == {("POL", "supports", "UKR"), ("LTU", "signsAgreementWith", "LVA"),
                            ("EST", "providesAidTo", "UKR")}
    by = {c.relation: c for c in out}
    assert by["supports"].confidence == 1.0 and by["supports"].revised_by == ("Ben Example",)
    assert by["supports"].revisions == ("accepted",)
    added = by["providesAidTo"]
    assert added.sentence == "Estonia sent two field hospitals to Ukraine on Tuesday."
    assert SUMMIT[added.start:added.end] == added.sentence and added.rule == "curation:add"
    assert added.revised_by == ("Anna Example",) and added.lang == "en"
    assert by["signsAgreementWith"].revised_by == ()
    assert report.applied == {"reject": 1, "accept": 1, "add": 1} and report.warnings == []


def test_an_add_without_the_article_finds_its_sentence_among_the_claims(tmp_path):
    cur = curation(tmp_path, 'curator = "A"\n[[add]]\ndoc = "summit.txt"\ntext = "signed an agreement"\n'
                             'relation = "alliedWith"\nsubject = "LTU"\nobject = "LVA"\n')
    out, report = curate(summit_claims(), cur, default_gazetteer())
    assert ("LTU", "alliedWith", "LVA") in triples(out) and not report.warnings


def test_corrections_that_match_nothing_are_reported_with_their_line(tmp_path):
    cur = curation(tmp_path, 'curator = "A"\n\n[[reject]]\ndoc = "summit.txt"\ntext = "Poland supported"\n'
                             'relation = "attacks"\n\n[[add]]\ndoc = "summit.txt"\ntext = "no such words"\n'
                             'relation = "attacks"\nsubject = "EST"\nobject = "RUS"\n')
    out, report = curate(summit_claims(), cur, default_gazetteer())
    assert triples(out) == triples(summit_claims())
    path = tmp_path / "curation.toml"
    assert f"{path}:3: reject * attacks * in summit.txt matches nothing any more (remove it, or fix it)" \
        in report.warnings
    assert any(w.startswith(f"{path}:8: ") for w in report.warnings)


def test_a_merge_renames_an_actor_everywhere_and_drops_what_becomes_a_loop(tmp_path):
    cur = curation(tmp_path, 'curator = "A"\n[[merge]]\nactor = "LVA"\nsame_as = "Lithuania"\n'
                             '[[merge]]\nactor = "RUS"\nsame_as = "BLR"\nnote = "a test"\n')
    out, report = curate(summit_claims(), cur, default_gazetteer())
    assert triples(out) == {("POL", "supports", "UKR"), ("EST", "meetsWith", "BLR")}  # LTU-LTU dropped
    moved = next(c for c in out if c.relation == "meetsWith")
    assert moved.revisions == ("merged RUS into BLR: a test",) and moved.object.label == "Belarus"
    # a reject may name the actor before or after the merge
    cur2 = curation(tmp_path, 'curator = "A"\n[[merge]]\nactor = "RUS"\nsame_as = "BLR"\n'
                              '[[reject]]\ndoc = "summit.txt"\ntext = "Geneva"\nrelation = "meetsWith"\n'
                              'object = "RUS"\n',
                    "c2.toml")
    assert ("EST", "meetsWith", "BLR") not in triples(curate(summit_claims(), cur2, default_gazetteer())[0])


def test_a_split_moves_an_alias_in_the_named_articles_only(tmp_path):
    data = tmp_path / "data"
    (data / "actors").mkdir(parents=True)
    (data / "actors" / "royals.toml").write_text(ROYALS)
    gaz = datapath.use([data]) and default_gazetteer()
    claims = extract(SPLIT, lang="en", doc="royals.txt") + extract(SPLIT, lang="en", doc="other.txt")
    assert {(c.doc, *t) for c in claims for t in triples([c])} == {
        (d, "rudolf-elder", "praises", o) for d in ("royals.txt", "other.txt") for o in ("POL", "UKR")}
    cur = curation(tmp_path, 'curator = "A"\n[[split]]\nalias = "Rassendyll"\nactor = "rudolf-elder"\n'
                             'means = "rudolf-younger"\ndocs = ["royals.txt"]\n')
    out, report = curate(claims, cur, gaz)
    got = {(c.doc, *t) for c in out for t in triples([c])}
    assert got == {("royals.txt", "rudolf-elder", "praises", "POL"),  # named in full: not the alias
                   ("royals.txt", "rudolf-younger", "praises", "UKR"),
                   ("other.txt", "rudolf-elder", "praises", "POL"), ("other.txt", "rudolf-elder", "praises", "UKR")}
    assert report.applied == {"split": 1}


BAD = {
    "unknown key": ('curator = "A"\n[[reject]]\ndoc = "x"\ntext = "t"\nrelation = "supports"\nsubjcet = "POL"\n',
                    r":6: reject #1: unknown key\(s\) subjcet"),
    "no curator": ('\n[[reject]]\ndoc = "x"\ntext = "t"\nrelation = "supports"\n', r":2: reject #1: no curator"),
    "unknown relation": ('curator = "A"\n[[add]]\ndoc = "x"\ntext = "t"\nrelation = "likes"\nsubject = "POL"\n'
                         'object = "UKR"\n', r":5: add #1: unknown relation 'likes'"),
    "two sentences": ('curator = "A"\n[[reject]]\ndoc = "x"\ntext = "t"\nsentence = "abcdef12"\n'
                      'relation = "supports"\n',
                      r":2: reject #1: give exactly one of sentence \(its hash\), text"),
    "not a hash": ('curator = "A"\n[[reject]]\ndoc = "x"\nsentence = "Poland"\nrelation = "supports"\n',
                   r":4: reject #1: 'sentence' is a sentence hash"),
    "split everywhere": ('curator = "A"\n[[split]]\nactor = "a"\nmeans = "b"\ndocs = []\n',
                         r":5: split #1: a split names the articles"),
    "unknown kind": ('curator = "A"\n[[rejcet]]\ndoc = "x"\n', r":2: unknown key\(s\) rejcet"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_curation_file_is_an_error_with_file_and_line(name, tmp_path):
    text, message = BAD[name]
    with pytest.raises(DataError, match=re.escape(str(tmp_path / "curation.toml")) + message):
        curation(tmp_path, text)


@pytest.fixture()
def articles(tmp_path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    return d


def build(*args) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["build", *args], catch_exceptions=False)
    return res.exit_code, res.output


def test_kg_build_applies_a_curation_and_records_it_in_the_rdf(articles, tmp_path):
    from kg.validate import validate_export

    code, _ = build(str(articles), "-o", str(tmp_path / "raw"), "--no-html")
    raw = [json.loads(x) for x in (tmp_path / "raw" / "claims.jsonl").read_text().splitlines()]
    talks = next(c for c in raw if c["relation"] == "meetsWith")
    cur = tmp_path / "fix.toml"
    cur.write_text(f'curator = "Anna Example"\n[[reject]]\ndoc = "{talks["doc"]}"\n'
                   f'sentence = "{sentence_hash(talks["sentence"])}"\nrelation = "meetsWith"\n'
                   f'[[add]]\ndoc = "{talks["doc"]}"\ntext = "field hospitals"\nrelation = "providesAidTo"\n'
                   f'subject = "EST"\nobject = "UKR"\n[[reject]]\ndoc = "gone.txt"\ntext = "x"\nrelation = "attacks"\n')
    out = tmp_path / "curated"
    code, output = build(str(articles), "-o", str(out), "--no-html", "--curation", str(cur))
    assert code == 0
    assert "curation: 1 add, 1 reject" in output
    assert f"kg: warning: {cur}:12: no article 'gone.txt' among the inputs (remove the reject, or fix its doc)" \
        in output
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text().splitlines()]
    rels = {(c["subject"]["id"], c["relation"], c["object"]["id"]) for c in claims}
    assert ("EST", "meetsWith", "RUS") not in rels and ("EST", "providesAidTo", "UKR") in rels
    added = next(c for c in claims if c["relation"] == "providesAidTo")
    assert added["revised_by"] == ["Anna Example"] and added["revisions"] == ["added"]
    assert "revised_by" not in next(c for c in claims if c["relation"] == "supports")
    ttl = (out / "graph.ttl").read_text()
    assert ttl.count("kg:wasRevisedBy <https://w3id.org/kg/id/curator/Anna%20Example>") == 1
    assert '<https://w3id.org/kg/id/curator/Anna%20Example> a prov:Agent ;\n\trdfs:label "Anna Example"' in ttl
    assert 'kg:revision "added"' in ttl
    assert "kg:meetsWith" not in ttl  # the rejected claim, its direct edge and its aggregated edge are gone
    assert validate_export(out / "graph.ttl") == []
    assert validate_export(out / "graph.nq") == []


def test_a_curation_toml_in_a_data_folder_is_applied(articles, tmp_path):
    data = tmp_path / "mydata"
    data.mkdir()
    (data / "curation.toml").write_text('curator = "A"\n[[reject]]\ndoc = "summit.txt"\ntext = "Poland supported"\n'
                                        'relation = "supports"\n')
    code, output = build(str(articles), "-o", str(tmp_path / "out"), "--no-html", "--data", str(data))
    assert code == 0 and "curation: 1 reject" in output
    rels = {json.loads(x)["relation"] for x in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()}
    assert "supports" not in rels


def test_an_add_past_the_last_sentence_says_how_many_the_article_has(articles, tmp_path):
    cur = tmp_path / "fix.toml"
    cur.write_text('curator = "A"\n[[add]]\ndoc = "summit.txt"\nsentence_index = 40\nrelation = "attacks"\n'
                   'subject = "EST"\nobject = "RUS"\n', encoding="utf-8")
    code, output = build(str(articles), "-o", str(tmp_path / "out"), "--no-html", "--curation", str(cur))
    assert code == 0
    warnings = [ln for ln in output.splitlines() if ln.startswith("kg: warning:")]
    assert len(warnings) == 1 and f"{cur}:2: no sentence 40 in summit.txt (it has " in warnings[0], warnings


def test_kg_extract_applies_a_curation_toml_in_a_data_folder_too(articles, tmp_path):
    """--data lists curation.toml among what it reads: kg extract corrects its claims as kg build does."""
    from click.testing import CliRunner

    from kg.cli import main

    data = tmp_path / "mydata"
    data.mkdir()
    (data / "curation.toml").write_text('curator = "A"\n[[reject]]\ndoc = "summit.txt"\ntext = "Poland supported"\n'
                                        'relation = "supports"\n')
    plain = CliRunner().invoke(main, ["extract", str(articles / "summit.txt"), "--format", "jsonl"])
    curated = CliRunner().invoke(main, ["extract", str(articles / "summit.txt"), "--format", "jsonl", "--data",
                                        str(data)])
    relations = [{json.loads(x)["relation"] for x in r.stdout.splitlines()} for r in (plain, curated)]
    assert "supports" in relations[0] and "supports" not in relations[1]


def test_a_bad_curation_fails_the_build_with_one_line_and_keeps_the_exports(articles, tmp_path):
    out = tmp_path / "out"
    assert build(str(articles), "-o", str(out), "--no-html")[0] == 0
    before = (out / "claims.jsonl").read_bytes()
    bad = tmp_path / "bad.toml"
    bad.write_text('curator = "A"\n[[reject]]\ndoc = "summit.txt"\nrelation = "supports"\n')
    code, output = build(str(articles), "-o", str(out), "--no-html", "--curation", str(bad))
    assert code == 1 and f"{bad}:2: reject #1: give exactly one of" in output and "Traceback" not in output
    assert (out / "claims.jsonl").read_bytes() == before


def test_curator_is_claims_in_claims_out_per_article():
    cur = Curator(load_curation([]), default_gazetteer())
    claims = summit_claims()
    assert cur(Article(doc="summit.txt", text=SUMMIT, lang="en"), claims) == claims
    assert cur.finish().warnings == []


def test_a_correction_naming_an_introduced_actor_still_matches_once_it_is_in_the_gazetteer(tmp_path):
    text = "Russia's deputy foreign minister Pavel Orlenko accused Poland of provocations."
    cur = curation(tmp_path, 'curator = "A"\n[[accept]]\ndoc = "o.txt"\ntext = "accused Poland"\n'
                             'relation = "accuses"\nsubject = "~pavel-orlenko"\n')
    before, report = curate(extract(text, lang="en", doc="o.txt"), cur, default_gazetteer())
    assert report.applied == {"accept": 1}
    data = tmp_path / "data"
    (data / "actors").mkdir(parents=True)
    (data / "actors" / "new.toml").write_text('[[actor]]\nid = "pavel-orlenko"\ntype = "Person"\nacts_for = "RUS"\n'
                                              'names.en = ["Pavel Orlenko", "Orlenko"]\n')
    datapath.use([data])
    after, report = curate(extract(text, lang="en", doc="o.txt"), cur, default_gazetteer())
    assert report.applied == {"accept": 1} and report.warnings == []
    assert next(c for c in after if c.relation == "accuses").subject.id == "pavel-orlenko"


def test_an_update_says_that_reused_articles_keep_their_corrections(articles, tmp_path):
    """``kg build --update`` reuses an unchanged article with the corrections applied when it was built;
    the summary must not say "nothing applied" about an export that is curated."""
    data = tmp_path / "mydata"
    data.mkdir()
    (data / "curation.toml").write_text('curator = "A"\n[[reject]]\ndoc = "summit.txt"\ntext = "Poland supported"\n'
                                        'relation = "supports"\n')
    out = tmp_path / "out"
    assert build(str(articles), "-o", str(out), "--no-html", "--data", str(data))[0] == 0
    code, output = build(str(articles), "--update", str(out), "--no-html", "--data", str(data))
    assert code == 0 and "reused" in output, output
    assert "nothing applied" not in output, output
    assert re.search(r"curation: 1 reused article keeps the corrections of its last build", output), output
    rels = {json.loads(x)["relation"] for x in (out / "claims.jsonl").read_text().splitlines()}
    assert "supports" not in rels
