"""A city named right before a meeting noun that a locative preposition governs ("In Lima meeting, …", "at the
Quito talks") is where the talks were, not a party of them (ANNOTATION rule 7). Guard: the city as the talks'
own modifier with no locative preposition ("Moscow talks with Kyiv") keeps its state as a party.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "In Lima meeting, Chile agrees to lift tariffs on Bolivia.", []),
    # (guards)
    ("en", "Moscow talks with Kyiv collapsed.", [("RUS", "meetsWith", "UKR")]),
    ("en", "Chile and Peru held talks in Singapore.", [("CHL", "meetsWith", "PER")]),
]

test_venue_modifier_s34 = edge_cases(CASES)
