"""A correlative list ("not only X but also Y", "nie tylko X, ale też Y", "nicht nur X, sondern auch Y") is one
list of actors, as the subject or the object of the verb: the break word that opens its second half ("but",
"ale", "sondern") ends no clause there. A "but" that opens a clause of its own still does.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Japan has sanctioned not only Russia but also Belarus.",
     [("JPN", "sanctions", "RUS"), ("JPN", "sanctions", "BLR")]),
    ("en", "Not only Canada but also Mexico condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("pl", "Kanada potępiła nie tylko Rosję, ale także Iran.", [("CAN", "accuses", "RUS"), ("CAN", "accuses", "IRN")]),
    ("pl", "Nie tylko Kanada, ale i Meksyk potępiły Kubę.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("de", "Kanada verurteilte nicht nur Russland, sondern auch Iran.",
     [("CAN", "accuses", "RUS"), ("CAN", "accuses", "IRN")]),
    ("de", "Nicht nur Kanada, sondern auch Mexiko verurteilte Kuba.",
     [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    # (guards: a "but" that opens a clause of its own)
    ("en", "Canada condemned Russia but praised Iran.", [("CAN", "accuses", "RUS"), ("CAN", "praises", "IRN")]),
]

test_correlative_s33 = edge_cases(CASES)
