"""Negation inside a phrase and by a negative determiner, and a demand noun as a subject (session 32): cases
written for the test, each naming the class of wording it stands for."""

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
    # --- criticism told from the side it is aimed at: "faced a backlash from", "drew flak from"
    ("en", "Guatemala's border survey faced a fierce backlash from Belize.", [("BLZ", "accuses", "GTM")]),
    # --- a demand noun right before a finite verb is its subject: the act is told, not asked for; a demand's
    # own clause stays asked for
    ("en", "The Omani proposal drew flak from Yemen.", [("YEM", "accuses", "OMN")]),
    ("en", "Peru demanded that Chile condemn Bolivia.", []),
    ("en", "Peru's request that Chile condemn Bolivia was ignored.", []),
    # --- a Polish verb of both aspects in the present tells the present, not a perfective's future
    ("pl", "Izrael okupuje Wzgórza Golan od 1967 roku.", [("ISR", "attacks", "SYR")]),
    ("pl", "Turcja okupuje północ Cypru.", [("TUR", "attacks", "CYP")]),
    ("pl", "Rosja zaatakuje Litwę, ostrzegł premier.", [("RUS", "threatens", "LTU")]),
    # --- a negating preposition heads a phrase of its own: it denies only an act noun it governs, not the verb
    ("de", "Die USA und Russland verhandelten ohne die Ukraine.", [("USA", "meetsWith", "RUS")]),
    ("de", "Die Türkei griff Syrien ohne Vorwarnung an.", [("TUR", "attacks", "SYR")]),
    ("de", "Russland hat Georgien ohne Kriegserklärung überfallen.", [("RUS", "attacks", "GEO")]),
    ("de", "Die Türkei griff Syrien nicht an.", []),
    ("de", "Polen schickt keine Soldaten nach Litauen.", []),
]

test_s32 = edge_cases(CASES, prefix="neg32")
