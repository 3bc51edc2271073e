"""German main clauses joined by a comma ("Kanada verurteilte Russland, lobte aber Iran"): the finite verb right
after the comma shares the first clause's subject (its first actor, not the nearest one, which is that verb's
object) and takes its objects after it; and a negation after the comma belongs to the second clause only
("Polen unterstützt die Ukraine, schickt aber keine Truppen" still tells the support).

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("Kanada verurteilte Russland, lobte aber Iran.", [("CAN", "accuses", "RUS"), ("CAN", "praises", "IRN")]),
    ("Kanada kritisierte Russland scharf, lobte aber die Türkei.",
     [("CAN", "accuses", "RUS"), ("CAN", "praises", "TUR")]),
    ("Polen unterstützt die Ukraine, schickt aber keine Truppen.", [("POL", "supports", "UKR")]),
    # (guards: coordination by "und"; a negation in the verb's own middle field)
    ("Kanada verurteilte Russland und lobte Iran.", [("CAN", "accuses", "RUS"), ("CAN", "praises", "IRN")]),
    ("Ungarn unterstützte die Ukraine nicht.", []),
]

test_comma_clauses_s33 = edge_cases(CASES, lang="de", prefix="de-comma")
