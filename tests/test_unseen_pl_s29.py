"""Polish constructions found on fresh articles read sentence by sentence (session 29).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # a bare instrumental between the verb and its accusative is the means or manner ('dronami', 'większością
    # głosów'), no object: the accusative after it is; one that names an actor through its genitive stays the object
    ("Iran zaatakował w sobotę dronami Izrael.", [("IRN", "attacks", "ISR")]),
    ("Parlament Estonii ratyfikował zdecydowaną większością głosów wniosek Szwecji o przystąpienie do NATO.",
     [("EST", "supports", "SWE")]),
    ("Teheran zagroził zniszczeniem Izraela.", [("IRN", "threatens", "ISR")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"pl-{i}" for i in range(len(CASES))])
def test_construction(text, expected):
    assert edges(text, "pl") == norm(expected)
