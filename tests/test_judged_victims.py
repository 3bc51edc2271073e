"""Condemning a hostile act blames its agent, never the one it befell.

When the condemned noun names only its victim ("the shelling of Odesa", "okupację Krymu", "die Besetzung der
Krim"), the judging verb has no one to blame: the victim inside the act's phrase is not its object. With an agent
named (an adjective, a possessive, "by"/"przez"/"durch") the agent is blamed, as before.

The sentences are our own; the first block fails without the rule, the second guards the agent cases.
"""

from __future__ import annotations

from scored import edge_cases

VICTIM_ONLY = [
    ("en", "Chile condemned the invasion of Bolivia.", []),
    ("en", "Chile strongly condemned the bombing of Gaza.", []),
    ("en", "Chile condemned the occupation of Peruvian territory.", []),
    ("pl", "Chile potępiło zbombardowanie Gazy.", []),
    ("pl", "Chile potępiło okupację Krymu.", []),
    ("de", "Chile verurteilte die Bombardierung des Gazastreifens.", []),
    ("de", "Chile verurteilte die Besetzung der Krim.", []),
]

AGENT_NAMED = [
    ("en", "Chile condemned the Peruvian invasion of Bolivia.", [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Chile condemned the invasion of Bolivia by Peru.", [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Chile condemned Peru's invasion of Bolivia.", [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    ("pl", "Chile potępiło rosyjską okupację Krymu.", [("CHL", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("de", "Chile verurteilte die russische Besetzung der Krim.",
     [("CHL", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
]

test_victim_only_blames_no_one = edge_cases(VICTIM_ONLY, prefix="victim")
test_named_agent_is_blamed = edge_cases(AGENT_NAMED, prefix="agent")
