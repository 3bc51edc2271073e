"""German constructions found missing or wrong on a second fresh batch of news (session 35).

- a threat "mit Vergeltung" whose clause names no target is aimed at the author of the last attack on the one who
  threatens also with an adverb before "mit" ("drohte daraufhin mit Vergeltung") and with the verb last ("hatte
  mit Vergeltung gedroht");
- a second participle phrase coordinated before the noun ("die von Uganda unterstützte und im Kongo verankerte
  Miliz") leaves the first participle's agent acting on that noun;
- a form that is finite or attributive ("eroberte") standing between a noun and a name is the clause's verb;
- officials "in" a state ("Sanktionen gegen Funktionäre in Venezuela") are that state's, as a government "in" one
  is; a body hyphened to its owner ("die US-Behörden in Kiew") is the owner's, not the seat's;
- an attack noun governed by the "zu" infinitive of a pledge verb's clause ("kündigte an, eine Offensive gegen X
  zu starten") is pledged force, a threat (unless the infinitive continues an act: "fortzusetzen");
- a body noun followed by a genitive that names an actor ("die Armee der äthiopischen Regierung", "die Kämpfer
  der TPLF") is that actor's, not the topic's army or the last armed group named;
- "im/ins Nachbarland" names the state named before as "in dem Nachbarland" does;
- a name alone before a colon opening a headline is who says what follows ("Iran: USA betreiben Piraterie");
- a phrase an attributive participle needs ("mit Raketen") must stand in the participle's own phrase, not in the
  clause its noun heads.
Lexicon examples cover support one has, enjoys or counts on ("hat die volle Unterstützung X", "genießt die
Rückendeckung X", "die auf die Unterstützung X zählt").

The sentences are our own; each case fails without its rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # retaliation threatened with an adverb before "mit", or with the verb last
    ("Jordanien beschoss Stellungen in Syrien. Damaskus drohte daraufhin mit Vergeltung.",
     [("JOR", "attacks", "SYR"), ("SYR", "threatens", "JOR")]),
    ("Ruanda griff Dörfer in Burundi an. Burundi hatte umgehend mit harter Vergeltung gedroht.",
     [("RWA", "attacks", "BDI"), ("BDI", "threatens", "RWA")]),
    # (guard: the one threatening was not attacked)
    ("Ruanda griff Dörfer in Burundi an. Tansania hat erneut mit Vergeltung gedroht.", [("RWA", "attacks", "BDI")]),
    # a second participle phrase coordinated before the noun keeps the first's agent and noun
    ("Die von Uganda unterstützte und im Kongo gut verankerte FDLR griff Ruanda an.",
     [("UGA", "supports", "FDLR"), ("FDLR", "attacks", "RWA")]),
    ("Die von Katar unterstützte und schwer bewaffnete Hamas beschoss Israel.",
     [("QAT", "supports", "HAMAS"), ("HAMAS", "attacks", "ISR")]),
    # an attributive participle's needs stand in its own phrase: the weapons the noun fires with are not given
    ("Die von Teheran unterstützte Hisbollah beschoss Israel mit Raketen.",
     [("IRN", "supports", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
    # officials "in" a state are its officials; a hyphened owner keeps a body its own
    ("Kanada verhängte Sanktionen gegen Funktionäre in Nicaragua.", [("CAN", "sanctions", "NIC")]),
    # (guard: a place after the object already placed it)
    ("Die EU sanktionierte mehrere Amtsträger im Iran.", [("EU", "sanctions", "IRN")]),
    ("Die EU-Funktionäre in Kiew lobten Litauen.", [("EU", "praises", "LTU")]),
    ("Die US-Behörden in Warschau kritisierten Belarus.", [("USA", "accuses", "BLR")]),
    # a headline's speaker before a colon
    ("Ankara: Athen betreibt Provokationen in der Ägäis", [("TUR", "accuses", "GRC")]),
    ("Der Kreml: Litauen verletzt das Völkerrecht", [("RUS", "accuses", "LTU")]),
    # (guards: a topic before the colon of a told act; a place before it)
    ("Sudan: Tschad greift Grenzdörfer im Sudan an", [("TCD", "attacks", "SDN")]),
    ("Nahost: Jordanien nennt Israels Vorgehen inakzeptabel", [("JOR", "accuses", "ISR")]),
    ("SKOPJE: Bulgarien verletzt das Völkerrecht, sagte der Minister.", []),
    # an attack noun the "zu" infinitive of a pledge governs is threatened, not done
    ("Ankara hatte angekündigt, eine neue Offensive gegen die PKK zu starten.", [("TUR", "threatens", "PKK")]),
    ("Baku kündigte an, eine Militäroperation gegen Armenien zu beginnen.", [("AZE", "threatens", "ARM")]),
    # (guards: an offensive begun; a pledge to impose sanctions is a sanction stated)
    ("Ankara hat eine neue Offensive gegen die PKK gestartet.", [("TUR", "attacks", "PKK")]),
    ("Moskau versprach, Sanktionen gegen Litauen zu verhängen.", [("RUS", "sanctions", "LTU")]),
    # plural operation nouns
    ("Ankara hat schon drei Militäreinsätze gegen die PKK gestartet.", [("TUR", "attacks", "PKK")]),
    ("Russland führte mehrere Militäroperationen gegen Georgien durch.", [("RUS", "attacks", "GEO")]),
    # a body noun whose genitive names its owner is not the topic's army nor the last group named
    ("Israel griff Syrien an. Die Armee der libanesischen Regierung und die Kämpfer der Hisbollah lieferten "
     "sich Gefechte.",
     [("ISR", "attacks", "SYR"), ("LBN", "attacks", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "LBN")]),
    # the neighbour named again after a fused preposition
    ("Ruanda liegt an der Grenze zu Burundi. Ruanda startete einen Bodeneinsatz im Nachbarland.",
     [("RWA", "attacks", "BDI")]),
    ("Tschad griff den Sudan an. Ägypten schickte Soldaten ins Nachbarland.",
     [("TCD", "attacks", "SDN"), ("EGY", "deploysTroopsTo", "SDN")]),
    # the article not fused with 'in' ("in dem Land", "in das Land"): the country named before
    ("Kenia ist ein enger Partner des Westens. Großbritannien hat rund 300 Soldaten in dem Land stationiert.",
     [("GBR", "deploysTroopsTo", "KEN")]),
    ("Somalia bat um Hilfe. Äthiopien schickte darauf Soldaten in das Land.",
     [("ETH", "deploysTroopsTo", "SOM")]),
    # a verb form between a noun and a name is the clause's verb, not an attributive participle
    ("Die von Burundi unterstützte Miliz FDLR eroberte Goma.",
     [("BDI", "supports", "FDLR"), ("FDLR", "attacks", "COD")]),
]

test_de_recall_s35 = edge_cases(CASES, lang="de", prefix="de-s35")
