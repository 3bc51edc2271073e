"""A plural trigger that could be a verb, right before an agent phrase ("attacks by Peruvian troops on …"), is a
noun: a verb in the active voice takes no agent right after it. Its agent is the actor after "by", not the
antecedent of a relative clause before it. Guard: a multi-word trigger ("rejects allegations by …") keeps its
reading.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Talks between Chile and Bolivia, which had been planned for months, collapsed amid fresh attacks by "
           "Peruvian troops on Chilean soil.", [("CHL", "meetsWith", "BOL"), ("PER", "attacks", "CHL")]),
    # (guard)
    ("en", "\"Chile rejects allegations by Peru,\" the ministry said.", [("PER", "accuses", "CHL")]),
]

test_plural_agent_s34 = edge_cases(CASES)
