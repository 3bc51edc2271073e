"""Polish constructions found on fresh articles read sentence by sentence (session 28).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a passive participle set after an act noun and its complements names the act's agent with 'przez', when it
    # agrees with that noun ('nalotami …, dokonanymi przez'), or with the measure noun whose genitive the act is
    ("Po uderzeniach na rosyjskie rafinerie, dokonanych przez Ukrainę, Moskwa zwołała posiedzenie rządu.",
     [("UKR", "attacks", "RUS")]),
    ("Ostrzał Mariupola, prowadzony przez Rosję od tygodni, zniszczył szpital.", [("RUS", "attacks", "UKR")]),
    ("To już dwunasty pakiet pomocy wojskowej dla Tajpej zatwierdzony przez Waszyngton w tym roku.",
     [("USA", "suppliesWeaponsTo", "TWN")]),
    # not when it agrees with a noun between, which it then describes
    ("Liczba ataków bojówek wspieranych przez Iran wzrosła w Syrii.", []),
    # the target of an attack noun whose own preposition opens a phrase naming no actor ('ataki na cele w X'): the
    # state the place phrase after it names
    ("Turcja przeprowadziła serię nalotów na cele w Syrii.", [("TUR", "attacks", "SYR")]),
    ("Hezbollah przeprowadził atak na bazy wojskowe w Izraelu.", [("HEZBOLLAH", "attacks", "ISR")]),
    # a participle used as an adjective ('sprzymierzony z') describes the noun it stands after, or the noun after its
    # complement when set before it: with no actor there, the clause's actors are no side of the alliance
    ("Izrael obserwuje ruchy milicji sprzymierzonych z Iranem.", []),
    ("Do konfliktu przyłączyły się Iran, sprzymierzone z nim szyickie milicje oraz Katar.", []),
    ("Białoruś pozostaje sprzymierzona z Rosją.", [("BLR", "alliedWith", "RUS")]),
    # a clitic object pronoun right after the verb, then (after 'also') a nominative actor: that actor is the subject
    ("Mołdawia walczy z kryzysem energetycznym. Wspiera ją również Rumunia.", [("ROU", "supports", "MDA")]),
    ("Białoruś potrzebuje kredytów. Finansują ją także Chiny i Rosja.",
     [("CHN", "providesAidTo", "BLR"), ("RUS", "providesAidTo", "BLR")]),
    # a common noun opening the clause, with no nominative actor after the verb, is the verb's subject: no unsaid
    # actor of the sentence before threatens ('Brak reform grozi Ukrainie …' is a risk)
    ("Kanada odwiedziła Polskę. Brak reform grozi Ukrainie utratą funduszy.", [("CAN", "meetsWith", "POL")]),
    ("Rumunia przyjęła uchodźców. Przedłużanie blokady grozi Mołdawii kryzysem.", []),
    # 'Hellada', the name journalists vary 'Grecja' with
    ("Helladę poparła wczoraj Francja.", [("FRA", "supports", "GRC")]),
    # 'z' with the instrumental is company, not the source of deliveries ('z' with the genitive)
    ("Pakiet pomocy wojskowej dla Kijowa ogłoszono w czasie rozmów Ukrainy z Rosją.", [("UKR", "meetsWith", "RUS")]),
    # the state after 'z' of a noun of dealings told after the meeting word is the topic's partner, not a party
    ("Minister spraw zagranicznych Norwegii rozmawiał o stosunkach z Rosją.", []),
    ("Szef MSZ Irlandii spotkał się z ministrem Belgii, by omówić relacje Unii Europejskiej z Kanadą.",
     [("IRL", "meetsWith", "BEL")]),
    # but a person after it is whom he talked with
    ("Prezydent Finlandii rozmawiał o współpracy z premierem Estonii.", [("FIN", "meetsWith", "EST")]),
]


test_construction = edge_cases(CASES, "pl")
