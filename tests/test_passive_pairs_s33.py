"""Where the participle closes its clause (German), a passive's agent is the agent phrase nearest before it: two
coordinated passives each keep their own ("von Chile angegriffen und von Peru bedroht"), and the agent of the
second is not the first one's. An agent after the participle still counts when none stands before it.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("Bolivien wurde von Chile angegriffen und von Peru bedroht.",
     [("CHL", "attacks", "BOL"), ("PER", "threatens", "BOL")]),
    ("Moldau wird von Rumänien unterstützt und von Russland bedroht.",
     [("ROU", "supports", "MDA"), ("RUS", "threatens", "MDA")]),
    # (guards: one agent before the participle; the agent after a fronted participle)
    ("Estland wird von Finnland unterstützt.", [("FIN", "supports", "EST")]),
    ("Angegriffen wurde Bolivien von Chile.", [("CHL", "attacks", "BOL")]),
]

test_passive_pairs_s33 = edge_cases(CASES, lang="de", prefix="de-passive")
