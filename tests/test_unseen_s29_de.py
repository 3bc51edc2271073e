"""German constructions found on real articles nobody had read before (session 29).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # a hyphen inside a compound ("im Nahost-Konflikt") does not close the reason phrase a presupposing word
    # opens: the measure after it is still the light verb's own
    ("Kanada erhebt wegen des Streits im Nahost-Konflikt neue Strafmaßnahmen gegen Iran.",
     [("CAN", "sanctions", "IRN")]),
    ("Norwegen verhängt angesichts der Lage im Iran-Dossier zusätzliche Sanktionen gegen Teheran.",
     [("NOR", "sanctions", "IRN")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"de-{i}" for i in range(len(CASES))])
def test_construction(text, expected):
    assert edges(text, "de") == norm(expected)
