"""German coreference by description: a state named again by what it is ("der Inselstaat", "das
ostafrikanische Land"), coreference phrases with adjectives after their article ("die schiitische
Miliz"), and possessives in a phrase fronted before the verb. Every sentence is our own; each case
fails without its rule.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # an epithet names the state just named again (this_state)
    ("Chinesische Kriegsschiffe kreuzten am Montag vor Taiwan. Peking drohte dem Inselstaat mit Konsequenzen.",
     [("CHN", "threatens", "TWN")]),
    ("Katar vermittelt seit Monaten. Israel lobte das Golfemirat für seine Rolle.", [("ISR", "praises", "QAT")]),
    # a state's common noun means the state named before only after an adjective (described_state)
    ("Der Kanzler reiste in die Mongolei. Deutschland unterzeichnete ein Abkommen mit dem asiatischen Land.",
     [("DEU", "signsAgreementWith", "MNG")]),
    ("Die Vereinten Nationen lobten Kenia. Später kritisierte Somalia das ostafrikanische Land.",
     [("UN", "praises", "KEN"), ("SOM", "accuses", "KEN")]),
    # ... but a name right after the epithet is the mention itself
    ("Russland drohte dem Nachbarland Finnland.", [("RUS", "threatens", "FIN")]),
    # a coreference phrase with adjectives after its article (group, regime)
    ("Die Hisbollah feuerte Raketen auf Haifa. Israel bombardierte daraufhin die schiitische Miliz im Libanon.",
     [("HEZBOLLAH", "attacks", "ISR"), ("ISR", "attacks", "HEZBOLLAH")]),
    # a genitive (and its apposition) is no subject the epithet must differ from
    ("Der Sprecher sagte, nach dem Sturz des serbischen Präsidenten Vucic habe Kroatien dem Nachbarland "
     "Hilfe geschickt.", [("HRV", "providesAidTo", "SRB")]),
    # a possessive in a phrase fronted before the verb is the subject's after the verb, and that phrase
    # is no object taking the verb's modality
    ("Mit ihrem größten Manöver vor Taiwan übten Chinas Streitkräfte die Blockade der Insel.",
     [("CHN", "threatens", "TWN")]),
    # a possessive before a state's noun means the possessor's state (own_state)
    ("Die Regierung Moldaus bestätigte, dass Russland weitere Soldaten in ihr Land geschickt hat.",
     [("RUS", "deploysTroopsTo", "MDA")]),
    # the agent of a verbal noun after "durch" or "seitens" (noun_agent); "die Emirate" is the state
    ("Kiew verurteilte die Besetzung der Krim durch Russland scharf.",
     [("RUS", "attacks", "UKR"), ("UKR", "accuses", "RUS")]),
    ("Beobachter melden neue Angriffe seitens Aserbaidschans auf Armenien.", [("AZE", "attacks", "ARM")]),
    ("Die Unterstützung der Huthi durch die Emirate endete nie.", [("ARE", "supports", "HOUTHIS")]),
    # a governing body before "in" and a state is that state's (seat_bodies); German writes "Ecowas"
    ("Die Ecowas verhängte Sanktionen gegen die Machthaber im Niger.", [("ECOWAS", "sanctions", "NER")]),
    ("Die EU kritisierte die Regierung in Venezuela.", [("EU", "accuses", "VEN")]),
    # verb-second: an act fronted as the object of a verb reacting to it, the subject after the verb;
    # the act's agent is the object
    ("Russlands Angriff auf Litauen kritisierte auch Polen.", [("RUS", "attacks", "LTU"), ("POL", "accuses", "RUS")]),
    ("Den Raketentest Nordkoreas verurteilten Japan und Südkorea.", [("JPN", "accuses", "PRK"),
                                                                  ("KOR", "accuses", "PRK")]),
    # an organization named again by what it is ("die Wirtschaftsgemeinschaft": bloc)
    ("Die Ecowas verhängte Sanktionen gegen Mali. Mali kritisierte die Wirtschaftsgemeinschaft scharf.",
     [("ECOWAS", "sanctions", "MLI"), ("MLI", "accuses", "ECOWAS")]),
    # rehearsing a conquest is no attack
    ("Chinas Marine übte am Freitag die Eroberung Taiwans.", []),
]


test_german_reference = edge_cases(CASES, "de", prefix="de-ref")
