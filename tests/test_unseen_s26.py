"""German constructions found on real articles nobody had read before (session 26).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a verb of judging that closes its clause (Perfekt, verb-final) judges the hostile act named before it: the
    # act's agent is the accused (a prenominal participle's agent, a "durch" agent, a "von" chain on the object);
    # an act inside another prepositional phrase is only the occasion
    ("Peking hat die von Washington genehmigte Lieferung von Raketen an Taipeh verurteilt.",
     [("CHN", "accuses", "USA"), ("USA", "suppliesWeaponsTo", "TWN")]),
    ("Moskau hat die Stationierung von Truppen in Litauen durch Deutschland kritisiert.",
     [("RUS", "accuses", "DEU"), ("DEU", "deploysTroopsTo", "LTU")]),
    ("Minsk hat die Schließung der Grenze durch Polen scharf verurteilt.", [("BLR", "accuses", "POL")]),
    ("Kairo hat nach dem Angriff der Hamas die Blockade kritisiert.", []),
    # adverbs of an adjective between a light verb's participle and its noun ("die von X angekündigte bislang
    # größte Lieferung")
    ("Japan hat die von China verhängten bisher härtesten Sanktionen gegen Tokio verurteilt.",
     [("JPN", "accuses", "CHN"), ("CHN", "sanctions", "JPN")]),
    # a capitalized quantity noun counts the noun after it ("Dutzende russische Diplomaten"): one phrase, the
    # verb's object
    ("Prag weist Dutzende russische Diplomaten aus.", [("CZE", "sanctions", "RUS")]),
    ("Warschau wies Hunderte belarussische Beamte aus.", [("POL", "sanctions", "BLR")]),
    # announcing a measure ("bekanntgeben", like "ankündigen") names who takes it
    ("Litauen hat die Ausweisung eines russischen Diplomaten bekanntgegeben.", [("LTU", "sanctions", "RUS")]),
    # an actor's army before a trigger is who acts, not the kind of act a forbidden word names ("Armee":
    # military support); an army after the verb still makes the support military
    ("Kinshasa sagte, die Armee Ugandas unterstütze die M23.", [("UGA", "supports", "M23")]),
    ("Die Huthi werden nach Angaben der USA von der iranischen Armee unterstützt.", [("IRN", "supports", "HOUTHIS")]),
    ("Frankreich unterstützt die libanesische Armee mit Fahrzeugen.", []),
    ("Polnische Soldaten stehen an der Seite Litauens.", []),
    # the speaker after a reported clause: an office after the verb of saying and "in <capital>" past a time
    # ("sagte ein Sprecher des Außenministeriums am Donnerstag in Peking") is the capital's state; a place past
    # another phrase ("bei einem Besuch in …") is not
    ("Ankara habe gegen die UN-Charta verstoßen, sagte ein Sprecher der Regierung am Mittwoch in Athen.",
     [("GRC", "accuses", "TUR")]),
    ("Moskau habe gegen das Abkommen verstoßen, sagte der Minister bei einem Treffen in Kiew.", []),
    # a threat of paying back with no one named ("droht mit Vergeltung", "kündigte eine harte Antwort an") is aimed at
    # the author of the article's last attack or sanction on the one who threatens
    ("Estland wies zwei russische Diplomaten aus. Moskau drohte mit Vergeltung.",
     [("EST", "sanctions", "RUS"), ("RUS", "threatens", "EST")]),
    ("Lettland verhängte Sanktionen gegen Minsk. Belarus kündigte eine harte Antwort an.",
     [("LVA", "sanctions", "BLR"), ("BLR", "threatens", "LVA")]),
    ("Israel bombardierte Ziele im Libanon. Beirut drohte mit Gegenmaßnahmen.",
     [("ISR", "attacks", "LBN"), ("LBN", "threatens", "ISR")]),
    ("Polen drohte mit Vergeltung.", []),
    # an attack noun with neither agent nor target in a phrase of a threat that pays back ("droht X nach dem
    # Angriff mit Vergeltung"): X made the attack, on the one who threatens; the threatened blow is no attack
    ("Kiew droht Moskau nach dem Drohnenangriff mit Vergeltung.",
     [("UKR", "threatens", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Israel droht dem Iran mit einem Gegenschlag.", [("ISR", "threatens", "IRN")]),
    # the genitive of an action noun whose genitive alone says nothing (sanctions, criticism) is its agent when the
    # noun's marked object follows: "das Sanktionspaket der EU gegen Russland"
    ("Die Kritik Chinas an Japan wird lauter.", [("CHN", "accuses", "JPN")]),
    ("Das Einreiseverbot Litauens gegen belarussische Beamte gilt weiter.", [("LTU", "sanctions", "BLR")]),
    # a trigger noun that opens a main clause with its own marked phrase, its light verb second: the subject
    # stands after the verb ("Schwere Vorwürfe gegen Peking erhob am Dienstag die australische Regierung")
    ("Schwere Vorwürfe gegen Teheran erhob am Montag die britische Regierung.", [("GBR", "accuses", "IRN")]),
    ("Neue Sanktionen gegen Belarus verhängte am Freitag Kanada.", [("CAN", "sanctions", "BLR")]),
    # a judgement adjective with "nennen" judges the act's agent ("die Ausweisung … durch Moskau ungerechtfertigt")
    ("Paris nannte die Ausweisung französischer Diplomaten durch Algier ungerechtfertigt.",
     [("FRA", "accuses", "DZA"), ("DZA", "sanctions", "FRA")]),
    # an attributive participle's needs stand in its own phrase ("die mit Millionen von X unterstützte …"), not
    # in the clause whose noun it modifies ("… hat eine humanitäre Krise ausgelöst": no aid)
    ("Die vom Iran unterstützten Huthi haben eine humanitäre Katastrophe verursacht.",
     [("IRN", "supports", "HOUTHIS")]),
    ("Die mit Millionen Euro von Deutschland unterstützte Republik Moldau hofft auf mehr.",
     [("DEU", "providesAidTo", "MDA")]),
]


test_construction = edge_cases(CASES, "de")
