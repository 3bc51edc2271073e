"""The data files: schema errors name the file and entry; the bundled data is clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from scored import edges, norm

from kg.actors import DataError, default_gazetteer, load_gazetteer
from kg.checks import alias_clashes, check_data
from kg.lexicon import load_lexicon


def test_bundled_data_is_clean():
    assert check_data() == []


def test_gazetteer_covers_every_un_member_and_the_observers():
    gaz = default_gazetteer()
    states = [a for a in gaz.actors.values() if a.type == "State"]
    assert len(states) >= 197
    for code in ("TWN", "XKX", "PSE", "VAT", "RUS", "PRK", "USA", "UKR", "POL"):
        assert gaz.by_code(code) is not None, code
    persons = [a for a in gaz.actors.values() if a.type == "Person"]
    assert len(persons) >= 150
    assert all(gaz.top(p).type in ("State", "Organization", "ArmedGroup") for p in persons)


def test_persons_and_bodies_take_their_state_code():
    gaz = default_gazetteer()
    assert gaz["vladimir-putin"].code == "RUS"
    assert gaz.top(gaz["vladimir-putin"]).id == "RUS"


# Leaders of states the news names by surname alone ("Hichilema met Ruto"): each resolves to
# the state it acts for in every language; sentences are our own.
LEADERS = [
    ("en", "Hichilema met Ruto in Nairobi.", [("ZMB", "meetsWith", "KEN")]),
    ("en", "Abinader accused Haiti of failing to stop the gangs.", [("DOM", "accuses", "HTI")]),
    ("pl", "Orsi spotkał się z Lulą w Brasilii.", [("URY", "meetsWith", "BRA")]),
    ("pl", "Bektenow spotkał się z Miszustinem w Moskwie.", [("KAZ", "meetsWith", "RUS")]),
    ("de", "Gnassingbé empfing Macron in Lomé.", [("TGO", "meetsWith", "FRA")]),
    ("de", "Milatović kritisierte Serbien.", [("MNE", "accuses", "SRB")]),
    ("de", "Cassis traf Lawrow in Genf.", [("CHE", "meetsWith", "RUS")]),
    # surnames left out of the gazetteer (a Spanish word, an English word, Boko Haram, a common
    # German surname, a Polish form of 'Ola') name nobody: no edge
    ("en", "Peña met Milei in Asunción.", []),
    ("en", "Boko met Ramaphosa in Pretoria.", []),
    ("pl", "Talon spotkał się z Tinubu w Abudży.", []),
    ("de", "Pfister traf Hegseth in Washington.", []),
    ("en", "Oli met Modi in New Delhi.", []),
]


@pytest.mark.parametrize("lang,text,expected", LEADERS, ids=[f"{x[0]}-{i}" for i, x in enumerate(LEADERS)])
def test_a_leader_named_by_surname_acts_for_their_state(lang, text, expected):
    assert edges(text, lang) == norm(expected)


def test_surnames_left_out_are_no_alias_while_full_names_resolve():
    gaz = default_gazetteer()
    assert gaz.find("Yamandú Orsi").code == "URY"
    assert gaz.find("Duma Boko").code == "BWA"
    assert gaz.find("Martin Pfister").code == "CHE"
    for surname in ("Peña", "Boko", "Talon", "Pfister", "Oli", "Masisi"):
        found = gaz.find(surname)
        assert found is None or found.type != "Person", surname


def test_unknown_key_is_an_error_naming_file_and_entry(tmp_path):
    (tmp_path / "x.toml").write_text('[[actor]]\nid = "A"\ntype = "State"\ncode = "A"\nnames.en = ["A"]\nnmaes = 1\n')
    with pytest.raises(DataError, match=r"x\.toml:6: actor #1 \(A\).*nmaes"):
        load_gazetteer(tmp_path)


def test_reference_to_a_missing_actor_is_an_error(tmp_path):
    (tmp_path / "x.toml").write_text('[[actor]]\nid = "p"\ntype = "Person"\nacts_for = "NOPE"\nnames.en = ["P"]\n')
    with pytest.raises(DataError, match=r"x\.toml:4: p: refers to unknown actor 'NOPE'"):
        load_gazetteer(tmp_path)


def test_commands_forces_is_a_flag_and_marks_the_defence_ministers(tmp_path):
    (tmp_path / "x.toml").write_text('[[actor]]\nid = "p"\ntype = "Person"\nposition = "minister"\n'
                                     'commands_forces = "yes"\nnames.en = ["P"]\n')
    with pytest.raises(DataError, match=r"x\.toml:5: actor #1 \(p\).*'commands_forces' must be true or false"):
        load_gazetteer(tmp_path)
    gaz = default_gazetteer()
    assert gaz["boris-pistorius"].commands_forces and not gaz["sergey-lavrov"].commands_forces


def test_a_mission_deployed_in_a_missing_state_is_an_error(tmp_path):
    (tmp_path / "x.toml").write_text('[[actor]]\nid = "m"\ntype = "Organization"\ncode = "UN"\n'
                                     'deployed_in = "NOPE"\nnames.en = ["M"]\n')
    with pytest.raises(DataError, match=r"x\.toml:5: m: refers to unknown actor 'NOPE' in 'deployed_in'"):
        load_gazetteer(tmp_path)


def test_an_alias_of_two_actors_is_reported(tmp_path):
    (tmp_path / "x.toml").write_text(
        '[[actor]]\nid = "A"\ntype = "State"\ncode = "A"\nnames.en = ["Georgia"]\n'
        '[[actor]]\nid = "B"\ntype = "State"\ncode = "B"\nnames.en = ["georgia"]\n')
    path = tmp_path / "x.toml"
    assert alias_clashes(load_gazetteer(tmp_path)) == [
        f"{path}:10: alias 'georgia' (en) of B already names A ({path}:5)"]


def test_lexicon_unknown_relation_is_an_error(tmp_path):
    (tmp_path / "xx.toml").write_text('language = "xx"\n[[trigger]]\nid = "t"\nrelation = "likes"\nwords = ["like"]\n')
    with pytest.raises(DataError, match=r"xx\.toml:4: trigger #1 \(t\): unknown relation 'likes'"):
        load_lexicon(tmp_path / "xx.toml")


def test_every_lexicon_key_is_documented():
    """An analyst learns the lexicon keys from kg/data/README.md: a key the engine reads but the
    README does not name is invisible to them (check-data would refuse it in their own file)."""
    from kg.lexicon import SETTINGS, TRIGGER_KEYS, WORD_KEYS

    readme = (Path(__file__).resolve().parents[1] / "kg" / "data" / "README.md").read_text(encoding="utf-8")
    missing = sorted(k for k in (*WORD_KEYS, *SETTINGS, *TRIGGER_KEYS) if f"| `{k}` |" not in readme)
    assert not missing, f"document these lexicon keys in kg/data/README.md: {missing}"
