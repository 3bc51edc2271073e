"""Constructions probed with sentences of our own for the frequent failures of unseen articles (session 28).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # a singular name before a plural verb is its fronted object even when the dictionary also reads the form as
    # a genitive plural of another word ("Kijów" / "kijów", "Charków"): the nominative phrase after the verb acts
    ("pl", "Kijów atakują rosyjskie drony.", [("RUS", "attacks", "UKR")]),
    ("pl", "Wczoraj Charków ostrzelały wojska rosyjskie.", [("RUS", "attacks", "UKR")]),
    ("pl", "Rosyjskie rakiety znowu uderzyły w Kijów.", [("RUS", "attacks", "UKR")]),
    # judging an act blames whoever does it: a recognition, an aid or an act named by a plain noun with its
    # agent ("przez", "by", "durch") after it, not the one the act befalls
    ("pl", "Izrael potępił uznanie Palestyny przez Hiszpanię.",
     [("ISR", "accuses", "ESP"), ("ESP", "supports", "PSE")]),
    ("pl", "Moskwa skrytykowała zamrożenie rosyjskich rezerw przez Unię Europejską.", [("RUS", "accuses", "EU")]),
    ("pl", "Litwa potępiła zatrzymanie swojego obywatela przez Białoruś.", [("LTU", "accuses", "BLR")]),
    ("en", "Israel denounced the recognition of Palestine by Ireland.",
     [("ISR", "accuses", "IRL"), ("IRL", "supports", "PSE")]),
    ("en", "Russia condemned Germany's aid to Ukraine.", [("RUS", "accuses", "DEU"), ("DEU", "providesAidTo", "UKR")]),
    ("en", "Beijing condemned the detention of two Chinese sailors by the Philippines.", [("CHN", "accuses", "PHL")]),
    ("de", "Moskau kritisierte die Beschlagnahme russischer Vermögen durch die EU.", [("RUS", "accuses", "EU")]),
    ("de", "Berlin verurteilte die Festnahme eines Reporters durch den Iran.", [("DEU", "accuses", "IRN")]),
    # seized assets are no attack on their owner
    ("pl", "Kanada zajęła rosyjskie aktywa.", []),
    ("pl", "Belgia zajęła majątek rosyjskiego państwa.", []),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_construction(lang, text, expected):
    assert edges(text, lang) == norm(expected)
