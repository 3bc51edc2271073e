"""Constructions of real news the engine reads since session 30 (every sentence is our own; each case fails
without its rule)."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # an alleged attack verb whose object opens with a possessive: the accuser's ground is the target
    ("en", "Georgia accused Russia of bombing its border posts.",
     [("GEO", "accuses", "RUS"), ("RUS", "attacks", "GEO")]),
    ("en", "Hanoi accused Beijing of ramming its fishing boats.",
     [("VNM", "accuses", "CHN"), ("CHN", "attacks", "VNM")]),
    # … but an attacker's own ground is not the attacker's target
    ("en", "Eritrea shelled its own border posts by mistake.", []),
    # a plan to invade told by others is no invasion; a plot, a scheme, is not even a stated plan
    ("en", "Diplomats discussed a Turkish plan to invade northern Syria.", [("TUR", "threatens", "SYR")]),
    ("en", "Police foiled a Serbian plot to attack the Kosovo parliament.", []),
    # a trigger verb after "against" is opposed, not done
    ("en", "Hanoi warned Manila against arming Taipei.", [("VNM", "threatens", "PHL")]),
    # a Polish verb of blocking or vetoing negates the act it takes as its object; not an act joined by "i"
    ("pl", "Austria zablokowała nowe sankcje Unii Europejskiej wobec Iranu.", []),
    ("pl", "Serbia zablokowała drogi i zaatakowała posterunki Kosowa.", [("SRB", "attacks", "XKX")]),
    # two sides that clashed along a disputed border fought there (the border is not what they argued about)
    ("en", "Laos and Vietnam clashed along a disputed stretch of the border.",
     [("LAO", "attacks", "VNM"), ("VNM", "attacks", "LAO")]),
]


test_unseen_s30 = edge_cases(CASES)
