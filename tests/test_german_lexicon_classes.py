"""German classes of journalistic wording: compounds that end in a 'needs' word (compound_heads),
separable and phrasal verbs of giving, deploying and agreeing, and a verb's particle that is no
coordination. Every sentence is our own; each case fails without its rule.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a compound ends in its head: "Rüstungsabkommen" is an "Abkommen", "Minenräumpanzer" a "Panzer"
    ("Polen schloss mit Südkorea ein Rüstungsabkommen ab.", [("POL", "signsAgreementWith", "KOR")]),
    ("Spanien sagte Kiew weitere Minenräumpanzer zu.", [("ESP", "suppliesWeaponsTo", "UKR")]),
    # "zur Verfügung stellen", "zusichern": giving and promising
    ("Die Niederlande stellen der Ukraine weitere Kampfjets zur Verfügung.", [("NLD", "suppliesWeaponsTo", "UKR")]),
    ("Japan stellte Jordanien humanitäre Hilfe zur Verfügung.", [("JPN", "providesAidTo", "JOR")]),
    ("Washington sicherte Taipeh weitere Militärhilfe zu.", [("USA", "suppliesWeaponsTo", "TWN")]),
    # declaring support to someone: "sprach ... Unterstützung aus", "bekundete ... Solidarität"
    ("Die Türkei sprach Aserbaidschan ihre volle Unterstützung aus.", [("TUR", "supports", "AZE")]),
    ("Polen bekundete der Ukraine seine Solidarität.", [("POL", "supports", "UKR")]),
    # forming an alliance ("eine Allianz schmieden", "ein Bündnis schließen"; "Allianz" alone is no trigger)
    ("Polen und die Ukraine schmiedeten eine Allianz.", [("POL", "alliedWith", "UKR")]),
    ("Japan und die Philippinen schlossen ein Bündnis.", [("JPN", "alliedWith", "PHL")]),
    # "aufstocken": more troops
    ("Die USA stocken ihre Truppen in Polen auf.", [("USA", "deploysTroopsTo", "POL")]),
    # making peace is concluding a treaty
    ("Äthiopien und Eritrea schlossen Frieden.", [("ETH", "signsAgreementWith", "ERI")]),
    # killing and destroying are attacks; a name hyphenated to a noun owns it ("Hamas-Kommandeur")
    ("Israel tötete einen Hamas-Kommandeur im Libanon.", [("ISR", "attacks", "HAMAS")]),
    ("Russland zerstörte ukrainische Kraftwerke.", [("RUS", "attacks", "UKR")]),
    ("Die Türkei griff PKK-Stellungen im Nordirak an.", [("TUR", "attacks", "PKK")]),
    # a separable verb's particle before a comma joins no list: the actor after the comma is another's
    ("Der Sudan wirft den Emiraten vor, die RSF zu bewaffnen.", [("SDN", "accuses", "ARE")]),
]


test_german_class = edge_cases(CASES, "de", prefix="de-class")
