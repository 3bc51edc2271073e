"""A clause of what a reaction answers ("after Peru shelled …", lexicon `occasion`) with its own subject is told
as done: a pledge or threat before its opening word ("vowed to retaliate after", "threatened to retaliate after")
neither pledges nor threatens its act; a trigger noun the clause takes as given ("after the attack on …",
lexicon `presupposing`) is done too. The retaliation itself stays a threat against the one who struck.

The sentences are our own; each fails without the rule.
"""

from __future__ import annotations

import pytest
from scored import edge_cases

import kg


@pytest.mark.parametrize(("text", "s", "rel", "o"), [
    ("Chile vowed to retaliate after Peru struck Bolivia.", "PER", "attacks", "BOL"),
    ("Chile vowed revenge after the Peruvian attack on its embassy.", "PER", "attacks", "CHL"),
])
def test_the_answered_act_is_done(text, s, rel, o):
    found = [c for c in kg.extract(text, lang="en") if (c.subject.code, c.relation, c.object.code) == (s, rel, o)]
    assert len(found) == 1 and found[0].status == "done" and found[0].modality == "asserted", found


CASES = [
    ("en", "Chile threatened to retaliate after Peru shelled its border posts.",
     [("PER", "attacks", "CHL"), ("CHL", "threatens", "PER")]),
]

test_answered_clause_s34 = edge_cases(CASES)
