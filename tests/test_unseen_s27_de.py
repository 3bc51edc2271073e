"""German constructions found on real articles nobody had read before (session 27).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # a prefield opened by "als" ("Als Reaktion darauf", "Als Antwort") ends at the finite auxiliary; the subject
    # of the participle closing the clause stands after it, and an actor inside the prefield is no subject
    ("Als Reaktion darauf hat Rom zwei libysche Diplomaten ausgewiesen.", [("ITA", "sanctions", "LBY")]),
    ("Als Antwort hat Vilnius den belarussischen Geschäftsträger ausgewiesen.", [("LTU", "sanctions", "BLR")]),
    ("Als Verbündeter der Ukraine hat Polen Russland scharf kritisiert.", [("POL", "accuses", "RUS")]),
    # "von" after an expulsion noun names the expelled diplomats (the sanctions' object), not who expels them
    ("Die Ausweisung von vier russischen Diplomaten durch Estland empörte Moskau.", [("EST", "sanctions", "RUS")]),
    # a threat with no object of its own threatens the subject of its condition: also a verb-first condition after
    # a comma ("…, sollte Israel erneut angreifen"); a "mit" phrase after a noun of the threatened act ("mit einem
    # Ende der Kooperation mit der EU") is that noun's partner, not the one threatened
    ("Teheran drohte mit einer harten Antwort, sollte Israel erneut angreifen.", [("IRN", "threatens", "ISR")]),
    ("Peking hat mit dem Abbruch der Gespräche mit Washington gedroht, sollte Taipeh die Unabhängigkeit erklären.",
     [("CHN", "threatens", "TWN")]),
    ("Ankara hat mit einem Ende der Kooperation mit der Europäischen Union gedroht, falls Griechenland neue Manöver "
     "abhält.", [("TUR", "threatens", "GRC")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"de-{i}" for i in range(len(CASES))])
def test_construction(text, expected):
    assert edges(text, "de") == norm(expected)
