"""Polish constructions enumerated from the language (session 31): how news words each relation.

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a gerund with no noun reading of its own takes the verb's object in the genitive: the genitive is what the
    # act befalls, not its author ("zbombardowanie Bejrutu" is no act of Lebanon)
    ("Iran zaatakował Izrael w odpowiedzi na zbombardowanie Bejrutu.", [("IRN", "attacks", "ISR")]),
    # a marked object between a light verb and its noun ("wysunęła wobec Moskwy zarzuty")
    ("Estonia wysunęła wobec Mińska poważne zarzuty.", [("EST", "accuses", "BLR")]),
    ("Rosja przypuściła na Zaporoże kolejny atak.", [("RUS", "attacks", "UKR")]),
    # ... only between the light verb and its noun: not a marked actor in a relative clause before the verb
    ("Hamas, który ostrzelał Izrael w geście poparcia dla Iranu, zapowiedział kolejne ataki.",
     [("HAMAS", "attacks", "ISR"), ("HAMAS", "supports", "IRN")]),
    # a relational adjective after its noun says whose act it is, as before it
    ("Sankcje unijne na Białoruś przedłużono o rok.", [("EU", "sanctions", "BLR")]),
    ("Atak rosyjski na Odessę trwał do rana.", [("RUS", "attacks", "UKR")]),
    ("Naloty izraelskie na Syrię nasiliły się.", [("ISR", "attacks", "SYR")]),
    # (not an adjective of the noun after it: "zamrożenie rosyjskich rezerw przez Unię" is the EU's act; a plural
    # adjective is no part of the singular noun's phrase, so the freeze's own owner and agent give it too)
    ("Pekin skrytykował zamrożenie chińskich aktywów przez Kanadę.",
     [("CHN", "accuses", "CAN"), ("CAN", "sanctions", "CHN")]),
    # (not after a trigger that ends in its preposition: "ataki na amerykańskie statki" are on US ships)
    ("Bojówki rozpoczęły ataki na amerykańskie okręty.", []),
    # force in a perfective present is promised, not done: a threat ("zaatakuje" is Polish's future)
    ("Jemeńscy Huti ostrzegli, że zaatakują brytyjskie okręty na Morzu Czerwonym.", [("HOUTHIS", "threatens", "GBR")]),
    # a reciprocal after the meeting's comitative: the co-subjects are the partners
    ("Szefowie MSZ Grecji i Turcji rozmawiali ze sobą w Atenach.", [("GRC", "meetsWith", "TUR")]),
    # an attack answered by a verb of answering hit the one who answers
    ("Jordania odpowiedziała na syryjski ostrzał.", [("SYR", "attacks", "JOR")]),
]

test_construction = edge_cases(CASES, "pl")
