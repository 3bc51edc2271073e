"""Whose 'its' is in two constructions where the nearest actor or the sentence's first subject is wrong.

- A possessive in a phrase that sets the time span of a hostile clause's act through the start of an act ("since
  the start of its offensive", "seit Beginn seines Krieges"; lexicon `span_adjunct`) is the clause subject's, not
  the one struck's. Guards: "since its attack" (no word between: the one struck's own act) and a helping clause
  ("backed Chile during … its war": the one helped).
- A possessive in a reported clause ("Canada said that Chile had used its air force …") is that clause's subject's,
  not the speaker's.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Chile has bombed Peru since the beginning of its campaign against Bolivia.",
     [("CHL", "attacks", "PER"), ("CHL", "attacks", "BOL")]),
    ("de", "Chile hat Peru seit Beginn seines Krieges gegen Bolivien angegriffen.",
     [("CHL", "attacks", "PER"), ("CHL", "attacks", "BOL")]),
    ("en", "Canada said that Chile had used its air force to bomb Peru.", [("CHL", "attacks", "PER")]),
    ("en", "Canada said Chile had sent its warplanes to strike Peru.", [("CHL", "attacks", "PER")]),
    # (guards)
    ("en", "Chile has pounded Peru since its attack on Bolivia.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Canada backed Chile during the first year of its war with Peru.",
     [("CAN", "supports", "CHL"), ("CHL", "attacks", "PER")]),
    ("de", "Kanada unterstützte Chile während des ersten Jahres seines Krieges gegen Peru.",
     [("CAN", "supports", "CHL"), ("CHL", "attacks", "PER")]),
]

test_possessive_owner_s34 = edge_cases(CASES)
