"""A presupposing preposition right after a demand noun ("die Forderung nach Verhandlungen", "the call for talks")
is what is asked for, not a given event: the demand governs the act. Guard: "nach" opening the sentence is
temporal, its talks given.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("de", "Chile übermittelte Peru die Forderung nach einer Wiederaufnahme von Verhandlungen.", []),
    # (guard)
    ("de", "Nach den Verhandlungen mit Peru forderte Chile Geld.", [("CHL", "meetsWith", "PER")]),
]

test_demand_for_s34 = edge_cases(CASES)
