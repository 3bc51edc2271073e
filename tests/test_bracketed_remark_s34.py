"""A remark in brackets after a listed actor that names another actor ("Kenya (an AU member) and Uganda"): the
actor in the remark is in no group and takes no role, and the list goes on past the closing bracket. Guards: a
name alone in brackets (an abbreviation, the list's bloc, its members) keeps its own readings.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Kenya (an AU member) and Uganda condemned Sudan.", [("KEN", "accuses", "SDN"), ("UGA", "accuses", "SDN")]),
    ("en", "Kenya (an AU member), Uganda and Rwanda condemned Sudan.",
     [("KEN", "accuses", "SDN"), ("UGA", "accuses", "SDN"), ("RWA", "accuses", "SDN")]),
    ("en", "Canada condemned Kenya (an AU member) and Uganda.", [("CAN", "accuses", "KEN"), ("CAN", "accuses", "UGA")]),
    # (guards; German reads the hyphenated compound as no name)
    ("de", "Kenia (ein AU-Mitglied) und Uganda verurteilten den Sudan.",
     [("KEN", "accuses", "SDN"), ("UGA", "accuses", "SDN")]),
    ("en", "The leaders of Indonesia, Malaysia and Thailand (ASEAN) met in Jakarta.",
     [("IDN", "meetsWith", "MYS"), ("IDN", "meetsWith", "THA"), ("MYS", "meetsWith", "THA")]),
    ("en", "The E3 (Germany, France and Britain) and China condemned Iran.",
     [("CHN", "accuses", "IRN"), ("DEU", "accuses", "IRN"), ("FRA", "accuses", "IRN"), ("GBR", "accuses", "IRN")]),
]

test_bracketed_remark_s34 = edge_cases(CASES)
