"""kg actors --unknown and kg lexicon --near-misses: what the tool could not place, on articles written here."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import datapath
from kg.actors import default_gazetteer, load_gazetteer
from kg.cli import main
from kg.discover import gazetteer_entry, near_misses, unknown_actors
from kg.records import Article

ARTICLES = {
    "a1.txt": "Summit in Vilnius\n\nThe Ruritanian Guard attacked Ukraine on Tuesday. Poland condemned the Ruritanian "
              "Guard. Later Colonel Bartholomew Quist accused Poland of lying.",
    "a2.txt": "Border talks\n\nThe Ruritanian Guard attacked Moldova. Poland and Lithuania held a joint parade of "
              "tanks. Poland and Lithuania held a parade again.",
    "a3.txt": "Rosyjski wiceminister spraw zagranicznych Oleg Tarnowow oskarżył Polskę o prowokacje. "
              "Polska i Litwa zorganizowały wspólną defiladę.",
}


@pytest.fixture(autouse=True)
def _default_data(monkeypatch):
    monkeypatch.delenv(datapath.ENV, raising=False)
    yield
    datapath.reset()


def articles():
    return [Article(doc=d, text=t, lang="pl" if d == "a3.txt" else "en") for d, t in ARTICLES.items()]


def test_unknown_names_near_triggers_ranked_by_frequency():
    found = unknown_actors(articles())
    names = [u.name for u in found]
    assert names[0] == "Ruritanian Guard" and found[0].count == 3 and len(found[0].docs) == 2
    assert "Bartholomew Quist" in names
    assert "Tuesday" not in names  # the lexicon's not_names
    quist = next(u for u in found if u.name == "Bartholomew Quist")
    assert quist.type == "Person" and quist.example.startswith("Later Colonel Bartholomew Quist")
    introduced = next(u for u in found if u.kind == "introduced")
    assert (introduced.name, introduced.acts_for, introduced.lang) == ("Oleg Tarnowow", "RUS", "pl")


def test_each_unknown_name_comes_with_a_gazetteer_entry_that_loads(tmp_path):
    found = unknown_actors(articles())
    introduced = next(u for u in found if u.kind == "introduced")
    text = gazetteer_entry(introduced, default_gazetteer().actors)
    entry = tomllib.loads(text)["actor"][0]
    assert entry == {"id": "oleg-tarnowow", "type": "Person", "acts_for": "RUS",
                     "names": {"pl": ["Oleg Tarnowow", "Tarnowow"]}}
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "new.toml").write_text(text, encoding="utf-8")
    gaz = load_gazetteer(datapath.data_path([tmp_path]))
    assert gaz["oleg-tarnowow"].code == "RUS"
    guard = gazetteer_entry(found[0], default_gazetteer().actors)
    assert tomllib.loads(guard)["actor"][0]["code"] == "RUritanianGuard".upper()


def test_kg_actors_unknown_output_pasted_into_a_data_folder_resolves_the_name(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc, text in ARTICLES.items():
        (corpus / doc).write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, ["actors", "--unknown", str(corpus)])
    assert res.exit_code == 0, res.output
    data = tmp_path / "mine"
    (data / "actors").mkdir(parents=True)
    first = res.output.split("\n\n")[1]  # the header, then the most frequent entry
    assert 'names.en = ["Ruritanian Guard"]' in first
    (data / "actors" / "new.toml").write_text(first, encoding="utf-8")
    assert CliRunner().invoke(main, ["check-data", "--data", str(data)]).exit_code == 0
    out = CliRunner().invoke(main, ["extract", str(corpus / "a2.txt"), "--format", "jsonl", "--data", str(data)])
    rels = {(c["subject"]["id"], c["relation"], c["object"]["id"]) for c in map(json.loads, out.output.splitlines())}
    assert ("ruritanian-guard", "attacks", "MDA") in rels
    js = CliRunner().invoke(main, ["actors", "--unknown", str(corpus), "--format", "json", "--limit", "1"])
    assert json.loads(js.output)["name"] == "Ruritanian Guard"


def test_near_misses_are_grouped_by_their_most_frequent_words():
    groups = near_misses(articles())
    assert groups[0].word.lower() == "parade" and len(groups[0].misses) == 2
    assert {m.actors for m in groups[0].misses} == {("POL", "LTU")}
    assert any(g.lang == "pl" and g.word.startswith("defilad") for g in groups)
    # a sentence with a trigger is no near miss
    assert not any("condemned" in m.sentence for g in groups for m in g.misses)


def test_kg_lexicon_near_misses_and_the_lexicons_in_use(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a2.txt").write_text(ARTICLES["a2.txt"], encoding="utf-8")
    res = CliRunner().invoke(main, ["lexicon", "--near-misses", str(corpus)])
    assert res.exit_code == 0
    assert res.output.startswith("== parade [en]: 2 sentences with two actors and no trigger")
    assert '# words = ["parade"]' in res.output
    res = CliRunner().invoke(main, ["lexicon"])
    assert res.exit_code == 0 and "en: " in res.output and "kg/data/lexicon/en.toml" in res.output
    assert CliRunner().invoke(main, ["lexicon", "--near-misses"]).exit_code == 2


def test_kg_actors_looks_names_up_and_says_where_they_are_defined():
    res = CliRunner().invoke(main, ["actors", "Ławrow", "nope-nope"])
    assert res.exit_code == 1 and "no actor 'nope-nope'" in res.output
    assert res.output.startswith("sergey-lavrov  Person RUS acting for RUS  (kg/data/actors/persons.toml:")


def test_read_only_the_paths_given(tmp_path):
    assert CliRunner().invoke(main, ["actors"]).exit_code == 2
    res = CliRunner().invoke(main, ["actors", "--unknown", str(tmp_path / "missing")])
    assert res.exit_code == 1 and "missing" in res.output
    assert Path(tmp_path).exists()


def test_a_polish_name_is_proposed_in_its_base_form():
    """Entries name base forms and kg inflects them: "w Lublinie" proposes "Lublin", not the locative."""
    text = ("Rozmowy w Lublinie\n\nSzef MSZ Litwy spotkał się w Lublinie z ministrem Polski. W Lublinie Litwa "
            "poparła Polskę.")
    found = {u.key: u for u in unknown_actors([Article(doc="b.txt", text=text, lang="pl")])}
    lublin = next(u for u in found.values() if "Lublinie" in u.forms)
    assert lublin.name == "Lublin" and lublin.type == "Place"
    entry = tomllib.loads(gazetteer_entry(lublin))["actor"][0]
    assert entry["id"] == "lublin" and entry["names"] == {"pl": ["Lublin"]}


def test_near_misses_of_a_corpus_without_any_say_so(tmp_path):
    """A corpus with no sentence naming two actors without a trigger gets a line saying so, not silence."""
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("Nothing happened in the capital today.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["lexicon", "--near-misses", str(quiet)])
    assert r.exit_code == 0 and r.stdout == "" and "no near misses" in r.stderr
