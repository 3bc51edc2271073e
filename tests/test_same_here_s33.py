"""A phrase after a clause that gives its act again to the actor right after it ("Canada condemned Cuba, as did
Mexico", "and so did Mexico", "ebenso wie Mexiko"; lexicon `same_here`): that actor does the act too, to the same
object. A pronoun after "as" ("as it did in 2019") adds no one.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Canada condemned Cuba, as did Mexico.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Canada sanctioned Cuba, and so did Mexico.", [("CAN", "sanctions", "CUB"), ("MEX", "sanctions", "CUB")]),
    ("en", "Canada has recognised Kosovo, as have Peru and Chile.",
     [("CAN", "supports", "XKX"), ("PER", "supports", "XKX"), ("CHL", "supports", "XKX")]),
    ("de", "Kanada verurteilte Kuba, ebenso wie Mexiko.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    # (guard: a pronoun after "as" is the subject again)
    ("en", "Canada condemned Cuba, as it did in 2019.", [("CAN", "accuses", "CUB")]),
]

test_same_here_s33 = edge_cases(CASES)
