"""A deal or talks noun that a phrase of work towards it governs closely ("are working towards a ceasefire",
"will focus on a Chilean-Peruvian trade agreement"; lexicon `goal_work`, only articles, adjectives, nouns and actor
adjectives between) is a goal, not a deal concluded. Guards: work named before a deal signed in its own clause.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "The summit will focus on a Chilean-Peruvian trade agreement.", []),
    ("en", "Chile and Peru told their envoys to start working on a border treaty between the two states.", []),
    # (guards)
    ("en", "Chile and Peru are working towards a ceasefire.", []),
    ("en", "After years of work on a draft, Chile and Peru signed a peace treaty.",
     [("CHL", "signsAgreementWith", "PER")]),
    ("en", "Chile and Peru have been working on a deal for months and signed it on Monday.",
     [("CHL", "signsAgreementWith", "PER")]),
]

test_goal_work_s34 = edge_cases(CASES)
