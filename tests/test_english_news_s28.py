"""English constructions found by reading fresh news sentence by sentence (session 28), each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # --- a state's adjective grows into a body noun after it only inside its own phrase: not past a preposition,
    # nor past a noun that acts on its own ("opposition"), so the body is not the state's
    ("Norway, a loyal patron of Belarusian opposition to President Lukashenko, hosted Polish envoys.",
     [("NOR", "meetsWith", "POL")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"en28-{i}" for i in range(len(CASES))])
def test_rule(text, expected):
    assert edges(text, "en") == norm(expected)
