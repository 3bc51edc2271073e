"""Polish constructions found on fresh articles read sentence by sentence (session 27).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a verb of handing over with the goods first and the recipient after them, in the bare dative
    ("Kanada przekaże nowoczesne systemy przeciwlotnicze Ukrainie jeszcze w tym roku.",
     [("CAN", "suppliesWeaponsTo", "UKR")]),
    ("Szwecja dostarczyła kolejne haubice i amunicję Kijowowi.", [("SWE", "suppliesWeaponsTo", "UKR")]),
    ("Austria przekazała generatory prądu Mołdawii w ramach pomocy humanitarnej.", [("AUT", "providesAidTo", "MDA")]),
    ("Holandia przekazała myśliwce F-16 Ukrainie.", [("NLD", "suppliesWeaponsTo", "UKR")]),
    ("Francja przekazała dokumenty Rosji.", []),
    ("Turcja sprzedała drony Bayraktar Ukrainie i Polsce.",
     [("TUR", "suppliesWeaponsTo", "UKR"), ("TUR", "suppliesWeaponsTo", "POL")]),
    # the same after the verbal noun, the goods in its genitive
    ("Niemcy ogłosiły decyzję o przekazaniu czołgów Leopard Ukrainie.", [("DEU", "suppliesWeaponsTo", "UKR")]),
    ("Szwecja zapowiedziała przekazanie samolotów rozpoznawczych Kijowowi.", [("SWE", "suppliesWeaponsTo", "UKR")]),
    ("Dostawy gazu Chinom wzrosły.", []),
    # 'm.in.' (among others) between a verb and its object: the abbreviation fills no slot
    ("Mińsk oskarżał m.in. Litwę o prowokacje na granicy.", [("BLR", "accuses", "LTU")]),
    ("Berlin dostarczył m.in. Ukrainie czołgi Leopard.", [("DEU", "suppliesWeaponsTo", "UKR")]),
    ("Kanada potępiła m.in. Iran za represje.", [("CAN", "accuses", "IRN")]),
    ("Rutte powiedział, że plan wsparcia Mołdawii poparły m.in. Holandia i Estonia.", []),
    # a measure noun ('pakiet') before the genitive act it counts: the light verb governs the act
    ("Wielka Brytania przyjęła w piątek swój piąty pakiet nowych sankcji wobec Iranu.", [("GBR", "sanctions", "IRN")]),
    ("Rada UE zatwierdziła w czerwcu czternasty pakiet surowych sankcji przeciwko Białorusi.",
     [("EU", "sanctions", "BLR")]),
    ("Japonia przyjęła w marcu duży pakiet dodatkowej pomocy humanitarnej dla Strefy Gazy.",
     [("JPN", "providesAidTo", "PSE")]),
    # a light verb whose preposition opens the noun's phrase answers or watches that act, not does it ("odpowie na
    # plany rozmieszczenia"); the named genitive owner of a presence is who is present, not the clause's subject
    ("Mińsk odpowie na plany rozmieszczenia eskadry w Litwie.", []),
    ("Teheran odpowiedział na plan rozmieszczenia okrętów w Bahrajnie.", []),
    ("Chińscy wojskowi obserwują plany zwiększenia obecności militarnej USA na Filipinach.",
     [("USA", "deploysTroopsTo", "PHL")]),
    ("Pekin odpowiedział oskarżeniem Waszyngtonu.", [("CHN", "accuses", "USA")]),
    # the reflexive possessive 'swój' before a trigger noun is the clause's subject: the act's agent, whatever the verb
    ("Izrael bronił swojego ataku na Liban.", [("ISR", "attacks", "LBN")]),
    ("Rosja uzasadnia swoją brutalną inwazję na Ukrainę.", [("RUS", "attacks", "UKR")]),
    ("Chiny bronią swoich sankcji wobec Litwy.", [("CHN", "sanctions", "LTU")]),
    ("Polska przypomniała o swojej pomocy dla Ukrainy.", [("POL", "providesAidTo", "UKR")]),
    # an initial before a surname ("A. Duda") is not the conjunction 'a'
    ("Wilno: prezydent G. Nausėda rozmawiał w poniedziałek z prezydentem A. Dudą", [("LTU", "meetsWith", "POL")]),
    ("Szef MSZ R. Sikorski rozmawiał z sekretarzem stanu A. Blinkenem.", [("POL", "meetsWith", "USA")]),
    # an office and its genitives before the holder's name ("między sekretarzem generalnym Markiem Rutte a …"): the
    # office stands for the person named in its case, with a third actor in the clause that is no party
    ("O Syrii była mowa podczas rozmów między sekretarzem stanu Antonym Blinkenem i szefem "
     "dyplomacji Wangiem Yi.", [("USA", "meetsWith", "CHN")]),
    ("Izrael był tematem rozmów między ministrem obrony Rustemem Umierowem a szefem Pentagonu Lloydem Austinem.",
     [("UKR", "meetsWith", "USA")]),
    # what talks were about ('dotyczyć', 'tematem … była'): the topic is no party of the meeting noun
    ("Tematem spotkania z sekretarzem generalnym NATO Markiem Rutte była Mołdawia.", []),
    ("Rozmowa z prezydentem Emmanuelem Macronem dotyczyła Ukrainy.", []),
    ("Rozmowy polityków dotyczyły Iranu i Izraela.", []),
    ("Rozmowy dotyczące Ukrainy prowadziły Francja i Niemcy.", [("FRA", "meetsWith", "DEU")]),
    ("Tematem rozmów Polski i Czech była Ukraina.", [("POL", "meetsWith", "CZE")]),
    ("Tematem obrad był zapowiadany szczyt Biden - Xi w Kalifornii.", [("USA", "meetsWith", "CHN")]),
    ("Rozmowa z prezydentem Emmanuelem Macronem dotyczyła relacji z Chinami.", []),
    # but the two whose dealings the talks were about ('współdziałania Rumunii i Mołdawii') held them
    ("Rozmowa dotyczyła współdziałania Rumunii i Mołdawii w sprawie energetyki.", [("ROU", "meetsWith", "MDA")]),
    # a name written with diacritics has the cases of that spelling, not of the form it folds to ('Rosję' is no
    # plural 'Rosje'): fronted before a plural verb it is the object, the nominative after the verb the subject
    ("Rosję wspierają Chiny i Iran.", [("CHN", "supports", "RUS"), ("IRN", "supports", "RUS")]),
    ("Potem Rosję oskarżyły Stany Zjednoczone.", [("USA", "accuses", "RUS")]),
    ("Chiny oskarżyły Rosję o kłamstwa.", [("CHN", "accuses", "RUS")]),
    # the impersonal '-no/-to' form has no subject of its own: a bare actor on its left is its fronted object, and
    # the subject is the unsaid one ('Trzech rosyjskich dyplomatów uznano za persona non grata')
    ("Rząd Łotwy zebrał się w piątek. Trzech rosyjskich dyplomatów uznano za persona non grata.",
     [("LVA", "sanctions", "RUS")]),
    ("Polska przekazała pomoc Ukrainie. Ukrainie przekazano też czołgi.", [("POL", "suppliesWeaponsTo", "UKR")]),
    # the owner of a decision noun may be a longer phrase before its 'o' ('decyzję wicepremiera i szefa …'), not
    # across a preposition
    ("Teheran komentował decyzję ministra spraw zagranicznych Kanady Mélanie Joly o wydaleniu irańskich dyplomatów.",
     [("CAN", "sanctions", "IRN")]),
    ("Rosja krytykuje decyzję ministra w sprawie Polski o zamknięciu konsulatu Rosji.", []),
]


test_construction = edge_cases(CASES, "pl")
