"""A body noun before "of" and a leader's name (titles between) is the body of the state the person leads."""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    ("Zypern übergab eine Protestnote an die Regierung von Präsident Erdogan.", "de", [("CYP", "accuses", "TUR")]),
    ("The EU criticised the government of Prime Minister Viktor Orban.", "en", [("EU", "accuses", "HUN")]),
    # not a body noun: the person is only named after "von"
    ("Zypern übergab eine Protestnote an den Fahrer von Präsident Erdogan.", "de", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES, ids=[f"leader-{i}" for i in range(len(CASES))])
def test_leader_body(text, lang, expected):
    assert edges(text, lang) == norm(expected)
