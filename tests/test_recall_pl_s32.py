"""Polish constructions that lost edges on fresh news (session 32, recall): a relative pronoun after a preposition
that marks the trigger's object makes the antecedent that object, and the subject named after the verb its subject
("Gruzja, na którą napadła Rosja"); a preposition of place, or one that joins a charge, does not ("miasto, w którym
…", "ruch, o którego wspieranie … oskarża"). An object relative clause in verb-subject order has the subject after
its verb ("Rwanda, którą oskarża rząd Konga").

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the
rule must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a relative pronoun after the trigger's own preposition: the antecedent is the object
    ("pl", "Gruzja, na którą napadła Rosja w 2008 roku, prosi o pomoc.", [("RUS", "attacks", "GEO")]),
    ("pl", "Wspominano wojnę w Gruzji, na którą napadła Rosja.", [("RUS", "attacks", "GEO")]),
    ("pl", "Wietnam, z którym Japonia podpisała umowę, milczy.", [("JPN", "signsAgreementWith", "VNM")]),
    ("pl", "Mali, do którego Rosja wysłała najemników, zerwało umowę.", [("RUS", "deploysTroopsTo", "MLI")]),
    # --- an object relative clause with its subject after the verb
    ("pl", "Rwanda, którą oskarża rząd Konga, milczy.", [("COD", "accuses", "RWA")]),
    # (guards: a place the clause is in, and the charge of an accusation, are not its object)
    ("pl", "Odwiedził miasto, w którym Rosja zaatakowała Ukrainę.", [("RUS", "attacks", "UKR")]),
    ("pl", "Słabną bojownicy z ugrupowania Hezbollah, o którego wspieranie Izrael oskarża Iran.",
     [("ISR", "accuses", "IRN")]),
]

test_recall_pl = edge_cases(CASES)
