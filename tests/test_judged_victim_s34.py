"""A speaker's judgement whose object would be the target of an attack noun it judges ("said the shelling of
Peruvian towns was a crime", "Die Bombardierung von peruanischem Gebiet ist inakzeptabel") names no one judged:
the one struck is not accused. Guard: the attacker named as the attack's owner ("Peru's shelling of Bolivian
towns") is judged.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "The Chilean president said the shelling of Peruvian towns was a crime.", []),
    ("en", "\"The bombing of Peruvian territory is unacceptable,\" the Chilean president wrote.", []),
    ("de", "\"Die Bombardierung von peruanischem Gebiet ist inakzeptabel\", schrieb der chilenische Präsident.", []),
    # (guard)
    ("en", "The Chilean president said Peru's shelling of Bolivian towns was a crime.", [("CHL", "accuses", "PER")]),
]

test_judged_victim_s34 = edge_cases(CASES)
