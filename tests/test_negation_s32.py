"""Negation inside a phrase and by a negative determiner (session 32): cases written for the test, each naming
the class of wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a negative determiner before the act's noun negates it; a negation inside a phrase trigger's gap too
    ("en", "No agreement was reached between Chile and Peru.", []),
    ("en", "No deal was signed between Oman and Qatar.", []),
    ("en", "Chile and Peru reached no agreement.", []),
    ("en", "Ghana imposed no sanctions on Togo.", []),
    ("en", "Ghana imposed sanctions on Togo.", [("GHA", "sanctions", "TGO")]),
    # --- … but not where the words after it cancel it: an idiom of effort, a number's bound, a certainty
    ("en", "Peru wasted no time in condemning Chile.", [("PER", "accuses", "CHL")]),
    ("en", "Oman is sparing no effort to support Yemen.", [("OMN", "supports", "YEM")]),
    ("en", "There is no doubt that Chad attacked Sudan.", [("TCD", "attacks", "SDN")]),
    # --- a strike, seal or clinch of a pact or an accord is its signing, the deal before its verb too
    ("en", "Seoul struck a trade pact with Manila in April.", [("KOR", "signsAgreementWith", "PHL")]),
    ("en", "The accord Lima struck with Quito in 2019 collapsed.", [("PER", "signsAgreementWith", "ECU")]),
    ("en", "The agreement Kenya reached with Somalia ended the dispute.", [("KEN", "signsAgreementWith", "SOM")]),
    ("en", "Ottawa hopes to strike a pact with Quito.", []),
]

test_s32 = edge_cases(CASES, prefix="neg32")
