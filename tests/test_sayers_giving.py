"""A verb that both tells and gives ("przekazać": to pass on news, to hand over arms) says what follows it only when
it opens a clause (a comma, a complementizer within a few words); giving arms attributes nothing to the giver.

The sentences are our own; the first case fails without the rule, the other two guard the verb of saying.
"""

from __future__ import annotations

import pytest

import kg


@pytest.mark.parametrize(("text", "edge", "said_by"), [
    ("Chile przekazało Peru czołgi, a Boliwia przekazała Ekwadorowi pomoc humanitarną.",
     ("BOL", "providesAidTo", "ECU"), None),
    ("Chile przekazało, że Peru zaatakowało Boliwię.", ("PER", "attacks", "BOL"), "Chile"),
    ("Chile przekazało ambasadorowi Peru, iż Boliwia zaatakowała Ekwador.", ("BOL", "attacks", "ECU"), "Chile"),
])
def test_a_giving_verb_says_only_a_clause(text, edge, said_by):
    found = [c for c in kg.extract(text, lang="pl") if (c.subject.code, c.relation, c.object.code) == edge]
    assert found and all(c.attributed_to == said_by for c in found), [(c.relation, c.attributed_to) for c in found]
