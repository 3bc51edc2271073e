"""Polish constructions of session 34 (new real news).

- A past verb's gender and number decide its subject: a name after it that cannot agree with it ("…, ale
  poparła Izrael": a feminine verb, a masculine name) is its object, and the clause shares the subject of the
  clause before; an earlier name the verb cannot agree with ("Holandia potępiła Chiny, lecz pochwaliła Iran":
  not "Chiny") is the earlier verb's object, not the shared subject.
- A comparison after the verb and its object ("Kanada potępiła Rosję, podobnie jak Meksyk"; lexicon
  `same_here`) names another doer of the act, unless its name is only an accusative (a second object).
- "Podobne oświadczenie wydał X" (lexicon `same_again`): X says the same as the last claim's subject.
- An adjective after a noun joins its phrase only in the noun's number ("starcie etiopskich i erytrejskich
  żołnierzy": the plural adjectives open the genitive phrase of both sides).
- A passive participle with the act's noun in the instrumental after a noun ("oficjele objęci sankcjami USA")
  says the noun before it suffers the act and the genitive after the act's noun does it.
- "nakazując wyjazd" (the adverbial participle of the imperfective) orders a diplomat out too.
- A multi-word name is in the cases of its first word as written ("Radę Bezpieczeństwa ONZ" is accusative only):
  after the verb it is no inverted subject.
- An attack answered in a clause of saying ("…, że odpowiedziała na ostrzał erytrejskiej armii") hit the one who
  says it: the answering verb's dropped subject is the saying clause's.
- A list joined by commas alone goes on past a further comma before the verb ("Przedstawiciele USA, UE, NATO
  skrytykowali …"): three names, not a clause opened by the last one.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("Kanada skrytykowała Rosję, ale poparła Izrael.", [("CAN", "accuses", "RUS"), ("CAN", "supports", "ISR")]),
    ("Holandia potępiła Chiny, lecz pochwaliła Iran.", [("NLD", "accuses", "CHN"), ("NLD", "praises", "IRN")]),
    ("Kanada potępiła Rosję, podobnie jak Meksyk.", [("CAN", "accuses", "RUS"), ("MEX", "accuses", "RUS")]),
    ("Japonia poparła Filipiny, tak jak Australia i Nowa Zelandia.",
     [("JPN", "supports", "PHL"), ("AUS", "supports", "PHL"), ("NZL", "supports", "PHL")]),
    ("Komisja Europejska skrytykowała rząd Serbii za nową ustawę medialną. Podobne oświadczenie wydały władze NATO.",
     [("EU", "accuses", "SRB"), ("NATO", "accuses", "SRB")]),
    ("Było to najkrwawsze starcie etiopskich i erytrejskich żołnierzy od lat.",
     [("ETH", "attacks", "ERI"), ("ERI", "attacks", "ETH")]),
    ("Kubańscy oficjele objęci sankcjami USA nie mogą wjechać do Kanady.", [("USA", "sanctions", "CUB")]),
    ("Rosyjskie banki objęte sankcjami Unii Europejskiej straciły dostęp do systemu SWIFT.",
     [("EU", "sanctions", "RUS")]),
    ("Litwa odpowiedziała na prowokację, nakazując wyjazd białoruskiemu konsulowi.", [("LTU", "sanctions", "BLR")]),
    ("Córka Aleksandra Łukaszenki potępia Radę Bezpieczeństwa ONZ.", []),
    ("Doradca Alijewa krytykuje Komisję Europejską.", []),
    ("Armia Etiopii poinformowała, że odpowiedziała na niesprowokowany ostrzał erytrejskiej armii.",
     [("ERI", "attacks", "ETH")]),
    ("Przedstawiciele USA, UE, NATO skrytykowali władze Serbii.",
     [("USA", "accuses", "SRB"), ("EU", "accuses", "SRB"), ("NATO", "accuses", "SRB")]),
    # (guards: an accusative after the comparison is a second object; the comparison before the verb is a list;
    # a postposed subject that agrees stays one)
    ("Rosja zaatakowała Ukrainę, tak jak Gruzję.", [("RUS", "attacks", "UKR"), ("RUS", "attacks", "GEO")]),
    ("Kanada, podobnie jak Meksyk, potępiła Rosję.", [("CAN", "accuses", "RUS"), ("MEX", "accuses", "RUS")]),
    ("Kanada skrytykowała Rosję, ale poparła ją Francja.", [("CAN", "accuses", "RUS"), ("FRA", "supports", "RUS")]),
    ("Firmy objęte sankcjami nadal handlują z Iranem.", []),
    ("Izrael skrytykowała Rada Bezpieczeństwa ONZ.", [("UN", "accuses", "ISR")]),
    ("Rosja zaatakowała Ukrainę, Polska potępiła atak.", [("RUS", "attacks", "UKR"), ("POL", "accuses", "RUS")]),
]

test_polish_s34 = edge_cases(CASES, lang="pl", prefix="pl-s34")
