"""Constructions probed with sentences of our own for the frequent failures of unseen articles (session 28).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a singular name before a plural verb is its fronted object even when the dictionary also reads the form as
    # a genitive plural of another word ("Kijów" / "kijów", "Charków"): the nominative phrase after the verb acts
    ("pl", "Kijów atakują rosyjskie drony.", [("RUS", "attacks", "UKR")]),
    ("pl", "Wczoraj Charków ostrzelały wojska rosyjskie.", [("RUS", "attacks", "UKR")]),
    ("pl", "Rosyjskie rakiety znowu uderzyły w Kijów.", [("RUS", "attacks", "UKR")]),
    # judging an act blames whoever does it: a recognition, an aid or an act named by a plain noun with its
    # agent ("przez", "by", "durch") after it, not the one the act befalls
    ("pl", "Izrael potępił uznanie Palestyny przez Hiszpanię.",
     [("ISR", "accuses", "ESP"), ("ESP", "supports", "PSE")]),
    ("pl", "Moskwa skrytykowała zamrożenie rosyjskich rezerw przez Unię Europejską.",
     [("RUS", "accuses", "EU"), ("EU", "sanctions", "RUS")]),  # the freeze itself is stated, as the recognition above
    ("pl", "Litwa potępiła zatrzymanie swojego obywatela przez Białoruś.", [("LTU", "accuses", "BLR")]),
    ("en", "Israel denounced the recognition of Palestine by Ireland.",
     [("ISR", "accuses", "IRL"), ("IRL", "supports", "PSE")]),
    ("en", "Russia condemned Germany's aid to Ukraine.", [("RUS", "accuses", "DEU"), ("DEU", "providesAidTo", "UKR")]),
    ("en", "Beijing condemned the detention of two Chinese sailors by the Philippines.", [("CHN", "accuses", "PHL")]),
    ("de", "Moskau kritisierte die Beschlagnahme russischer Vermögen durch die EU.", [("RUS", "accuses", "EU")]),
    ("de", "Berlin verurteilte die Festnahme eines Reporters durch den Iran.", [("DEU", "accuses", "IRN")]),
    # a measure taken for an act falls on the act's agent (not on its victim), and the act in that phrase is real;
    # a light verb that another trigger holds with its own noun ("nałożyła sankcje") governs no later noun
    ("pl", "Kanada nałożyła sankcje za ataki Iranu na Izrael.",
     [("CAN", "sanctions", "IRN"), ("IRN", "attacks", "ISR")]),
    ("pl", "Japonia nałożyła sankcje w odpowiedzi na ataki północnokoreańskich rakiet na Koreę Południową.",
     [("JPN", "sanctions", "PRK"), ("PRK", "attacks", "KOR")]),
    ("en", "Japan imposed sanctions over North Korean strikes on South Korea.",
     [("JPN", "sanctions", "PRK"), ("PRK", "attacks", "KOR")]),
    # sanctions for arms sales or support fall on the firms involved, not on their state (ANNOTATION rule 10)
    ("en", "Beijing imposed sanctions over American arms sales to Taiwan.", [("USA", "suppliesWeaponsTo", "TWN")]),
    ("en", "Canada announced sanctions in response to Iranian strikes on Israel.",
     [("CAN", "sanctions", "IRN"), ("IRN", "attacks", "ISR")]),
    ("de", "Australien verhängte Sanktionen wegen der Angriffe Irans auf Israel.",
     [("AUS", "sanctions", "IRN"), ("IRN", "attacks", "ISR")]),
    # a reason phrase between a light verb and its noun ends with its own noun phrase: the verb governs the noun
    # after it; a reason told as a clause keeps its nouns ("after the US approved an arms sale")
    ("de", "Israel führte als Reaktion auf den Beschuss Luftschläge gegen die Hisbollah durch.",
     [("ISR", "attacks", "HEZBOLLAH")]),
    ("en", "China held drills after the US approved an arms sale to Taiwan.", [("USA", "suppliesWeaponsTo", "TWN")]),
    # a name in the genitive before a noun and a name: the second name is the subject ("Russlands Nachbar Polen")
    ("de", "Russlands Nachbar Polen kritisierte Moskau scharf.", [("POL", "accuses", "RUS")]),
    ("de", "Chinas engster Verbündeter Russland unterstützt den Iran.", [("RUS", "supports", "IRN")]),
    ("de", "Israels Erzfeind Iran drohte Israel mit Vergeltung.", [("IRN", "threatens", "ISR")]),
    # an absolute phrase after a comma (", with X watching") has its own predicate: X is no partner of the act
    ("en", "Chile and Peru signed a trade pact, with Brazil watching closely.", [("CHL", "signsAgreementWith", "PER")]),
    ("en", "Japan and South Korea held talks in Seoul, with China watching warily.", [("JPN", "meetsWith", "KOR")]),
    # an answer announced with a noun and a light verb is aimed at the subject of the reason clause after it, also
    # after the comma and verb-final order of a German "nachdem" clause, and at the agent of a Polish verbal noun
    ("de", "Mexiko kündigte Gegenmaßnahmen an, nachdem Washington Zölle auf Autos verhängt hatte.",
     [("MEX", "threatens", "USA")]),
    ("pl", "Meksyk zapowiedział odwet po nałożeniu przez Waszyngton ceł na samochody.", [("MEX", "threatens", "USA")]),
    # a group noun after a hyphenated participle ("the Iran-backed rebels") names the group again: the name before
    # the hyphen is its backer, not the clause's subject, and the group is the topic a later "they" takes up
    ("en", "The Houthis fired missiles at ships. The Iran-backed rebels also attacked Israel.",
     [("HOUTHIS", "attacks", "ISR"), ("IRN", "supports", "HOUTHIS")]),
    ("en", "Houthi rebels seized a cargo ship in November. Since then the Iran-backed rebels have attacked dozens of "
     "vessels. They have also fired drones at Israel.",
     [("IRN", "supports", "HOUTHIS"), ("HOUTHIS", "attacks", "ISR")]),
    # seized assets are no attack on their owner
    ("pl", "Kanada zajęła rosyjskie aktywa.", []),
    ("pl", "Belgia zajęła majątek rosyjskiego państwa.", []),
]


test_construction = edge_cases(CASES)
