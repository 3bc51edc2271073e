"""German constructions found on real articles nobody had read before (session 28).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # "doch" inside a clause, after its finite verb, is a particle ("will nun doch", "hat doch"), no conjunction:
    # only after a comma or a dash does it open a clause of its own
    ("Dänemark will nun doch Kampfjets an die Ukraine liefern.", [("DNK", "suppliesWeaponsTo", "UKR")]),
    ("Die Slowakei hat doch Munition an Kiew geliefert.", [("SVK", "suppliesWeaponsTo", "UKR")]),
    ("Rom versprach Hilfe, doch Libyen kritisierte Italien.", [("LBY", "accuses", "ITA")]),
    # "droht" with an act noun in the nominative after it says the act looms: no one threatens; "droht … an"
    # and "droht mit …" still threaten
    ("Am Golf droht ein neuer Krieg zwischen Katar und Saudi-Arabien.", []),
    ("Im Osten droht ein neuer Krieg zwischen Russland und Estland.", []),
    ("Ankara drohte Athen einen Militärschlag an.", [("TUR", "threatens", "GRC")]),
    ("Moskau droht mit einem Angriff auf Litauen.", [("RUS", "threatens", "LTU")]),
    # getting in touch is talking: "ist mit X in Kontakt getreten", "trat mit X in Kontakt", "nahm Kontakt zu X auf"
    ("Die Regierung in Madrid ist mit der ägyptischen Führung in Kontakt getreten.", [("ESP", "meetsWith", "EGY")]),
    ("Am Dienstag trat Italiens Premierministerin mit dem tunesischen Präsidenten in Kontakt.",
     [("ITA", "meetsWith", "TUN")]),
    # a sense of threat ("fühlt sich von X bedroht") is no threat anyone made
    ("Polen fühlt sich von Belarus bedroht.", []),
    # the places of a row of visits ("nach Antrittsbesuchen in A, bei B und C") are hosts, not partners of each
    # other; a compound whose prefixes are listed ("beim G7-, Nato- und EU-Treffen") is a meeting of each; the
    # partners a subjectless talks noun lists ("Gespräche mit A, B und C") talk with someone unnamed
    ("Nach Antrittsbesuchen in Rom, bei der EU und der Nato kehrte die Ministerin nach Berlin zurück.", []),
    ("Die Kanzlerin sah ihn zuletzt beim G7-, Nato- und EU-Treffen.", []),
    ("Geplant sind außerdem Gespräche mit der EU-Kommissionspräsidentin Ursula von der Leyen, dem "
     "US-Sondergesandten Steve Witkoff und Nato-Chef Mark Rutte.", []),
    ("Später folgen Gespräche mit der Nato-Vizechefin und dem britischen Premier Keir Starmer.", []),
    ("Bei Gesprächen mit Putin betonte Xi die Partnerschaft.", [("RUS", "meetsWith", "CHN")]),
    # one phrase stands before the finite verb: with a nominative pronoun right after it ("Kanada und Mexiko wirft
    # er vor"), the prefield is the fronted object and the pronoun, the subject, refers back past it; a
    # negation after the comma that closes a separable verb belongs to the charge
    ("Macron traf Scholz. Polen kritisierte er scharf.", [("FRA", "meetsWith", "DEU"), ("FRA", "accuses", "POL")]),
    ("Die Ukraine unterstützen wir weiter, sagte Scholz.", [("DEU", "supports", "UKR")]),
    ("Biden traf Trudeau. Syrien und Belarus warf er zudem vor, Menschenrechte zu missachten.",
     [("USA", "meetsWith", "CAN"), ("USA", "accuses", "SYR"), ("USA", "accuses", "BLR")]),
    ("Rom warf Tunis vor, nicht genug gegen Schlepper zu tun.", [("ITA", "accuses", "TUN")]),
    # a measure only named ("hat die US-Sanktionen als illegal bezeichnet") keeps the agent its compound gives
    ("Syrien hat die neuen US-Sanktionen als illegal bezeichnet.", [("SYR", "accuses", "USA")]),
]


test_construction = edge_cases(CASES, "de")
