"""A definite description of a state refers back only to a state of every kind its words name
(kg.engine.state_kinds): "the kingdom" skips a republic named later, "the Baltic state" a state outside
the Baltics, "der Inselstaat" a landlocked one; "the country" still fits any state.

The sentences are our own; each case but the last fails without the rule.
"""

from __future__ import annotations

import pytest
from scored import edges

from kg.actors import DataError, load_gazetteer
from kg.lexicon import load_lexicon

#: (lang, text, edge that must be there, edge that must not)
CASES = [
    # --- a kingdom: not the republic named after it ---------------------------------------------------
    ("en", "Saudi Arabia held talks with Egypt on Sunday. Iran later accused the kingdom of plotting against it.",
     ("IRN", "accuses", "SAU"), ("IRN", "accuses", "EGY")),
    ("pl", "Arabia Saudyjska przyjęła w niedzielę delegację z Egiptu. Stany Zjednoczone wspierają to królestwo.",
     ("USA", "supports", "SAU"), ("USA", "supports", "EGY")),
    ("de", "Saudi-Arabien empfing am Sonntag eine Delegation aus Ägypten. Die USA unterstützen das Königreich.",
     ("USA", "supports", "SAU"), ("USA", "supports", "EGY")),
    # --- a Baltic state ----------------------------------------------------------------------------------
    ("en", "Estonia expelled a diplomat of Belarus on Monday. Russia accused the Baltic state of provocation.",
     ("RUS", "accuses", "EST"), ("RUS", "accuses", "BLR")),
    ("pl", "Litwa wydaliła rosyjskiego dyplomatę, a Białoruś zamknęła granicę. Polska wspiera ten bałtycki kraj.",
     ("POL", "supports", "LTU"), ("POL", "supports", "BLR")),
    ("de", "Estland wies einen russischen Diplomaten aus und sprach mit Belarus. Polen unterstützt das baltische Land.",
     ("POL", "supports", "EST"), ("POL", "supports", "BLR")),
    # --- an island state: not the landlocked one named after it -------------------------------------------
    ("en", "Japan held talks with Mongolia. China later threatened the island nation.",
     ("CHN", "threatens", "JPN"), ("CHN", "threatens", "MNG")),
    ("pl", "Japonia rozmawiała z Mongolią. Chiny grożą temu wyspiarskiemu państwu.",
     ("CHN", "threatens", "JPN"), ("CHN", "threatens", "MNG")),
    ("de", "Japan führte Gespräche mit der Mongolei. China hat den Inselstaat erneut bedroht.",
     ("CHN", "threatens", "JPN"), ("CHN", "threatens", "MNG")),
    # --- a description with no kind fits any state, as before ----------------------------------------------
    ("en", "Russia massed troops near Georgia. Lithuania has long supported the country.",
     ("LTU", "supports", "GEO"), ("LTU", "supports", "RUS")),
]


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), CASES)
def test_description_agrees_with_its_state(lang, text, must, must_not):
    got = edges(text, lang)
    assert must in got, (text, sorted(got))
    assert must_not not in got, (text, sorted(got))


def test_a_description_that_fits_no_state_named_refers_to_none():
    """'the kingdom' with only republics named before: no claim rather than a wrong one."""
    got = edges("Iran cut ties with Egypt after its embassy was stormed, angered by the kingdom's decision.", "en")
    assert ("EGY", "attacks", "IRN") not in got, sorted(got)  # the storming is no act of Egypt's


def test_an_unknown_state_kind_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "x.toml").write_text('[[actor]]\nid = "A"\ntype = "State"\ncode = "A"\nkinds = ["kingdon"]\n'
                                     'names.en = ["A"]\n')
    with pytest.raises(DataError, match=r"x\.toml:5: actor #1 \(A\).*unknown kind\(s\) kingdon"):
        load_gazetteer(tmp_path)


def test_an_unknown_kind_in_a_lexicon_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "xx.toml").write_text('language = "xx"\n[state_descriptions]\nkingdon = ["kingdom"]\n')
    with pytest.raises(DataError, match=r"xx\.toml:3: \[state_descriptions\]: unknown kind\(s\) kingdon"):
        load_lexicon(tmp_path / "xx.toml")


def test_every_kind_a_lexicon_requires_some_state_has():
    from kg.actors import default_gazetteer
    from kg.lexicon import load_language

    have = {k for a in default_gazetteer().actors.values() for k in a.kinds}
    for lang in ("pl", "en", "de"):
        assert set(load_language(lang).descriptions) <= have, lang
