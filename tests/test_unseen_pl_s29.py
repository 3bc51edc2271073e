"""Polish constructions found on fresh articles read sentence by sentence (session 29).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a bare instrumental between the verb and its accusative is the means or manner ('dronami', 'większością
    # głosów'), no object: the accusative after it is; one that names an actor through its genitive stays the object
    ("Iran zaatakował w sobotę dronami Izrael.", [("IRN", "attacks", "ISR")]),
    ("Parlament Estonii ratyfikował miażdżącą większością akcesję Czarnogóry do Sojuszu.",
     [("EST", "supports", "MNE")]),
    ("Teheran zagroził zniszczeniem Izraela.", [("IRN", "threatens", "ISR")]),
    # a threat's instrumental is the act it threatens: the phrases hanging on it are that act's, no addressee
    ("Węgry grożą zablokowaniem wszelkiej pomocy ze strony NATO dla Litwy.", []),
    # a civil war ('wojna domowa w X') is fought within X: neither the clause's subject nor anyone attacks X
    ("W czasie wojny domowej w Jemenie Iran wspierał rebeliantów Huti.", [("IRN", "supports", "HOUTHIS")]),
    ("Katar i Emiraty rywalizowały podczas wojen domowych w Libii i Syrii.", []),
    ("Rosja od lat prowadzi wojnę z Ukrainą.", [("RUS", "attacks", "UKR")]),
    # a passive participle with its 'przez' agent set before an act noun names the act's agent
    ("Prowadzone od tygodni przez Izrael naloty na Liban nasiliły się.", [("ISR", "attacks", "LBN")]),
    ("Przeprowadzone w nocy przez Turcję zmasowane naloty na Syrię trwały do rana.", [("TUR", "attacks", "SYR")]),
    # an approximation before the count of a phrase ('ok. 20', 'około 30', 'niemal 40') stands between the
    # preposition and its noun as the count does
    ("Doszło do naruszenia łotewskiej przestrzeni powietrznej przez ok. 5 białoruskich śmigłowców.",
     [("BLR", "attacks", "LVA")]),
    ("Estonia protestuje po naruszeniu jej granicy przez około 30 rosyjskich żołnierzy.",
     [("EST", "accuses", "RUS"), ("RUS", "attacks", "EST")]),
    # a remark in brackets inside a list of names: the list goes on past the closing bracket (not an
    # abbreviation in brackets, which glosses the name before it)
    ("Tunezję wspierają Francja (choć oficjalnie temu zaprzecza), Włochy i Hiszpania.",
     [("FRA", "supports", "TUN"), ("ITA", "supports", "TUN"), ("ESP", "supports", "TUN")]),
]

EN_CASES = [
    ("During the civil war in Syria, Iran supported the Assad government.", [("IRN", "supports", "SYR")]),
    ("Qatar and the Emirates took opposite sides in the civil war in Libya.", []),
]


test_construction_en = edge_cases(EN_CASES, "en")



test_construction = edge_cases(CASES, "pl")
