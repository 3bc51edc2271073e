"""German constructions found on real articles nobody had read before (session 29).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a hyphen inside a compound ("im Nahost-Konflikt") does not close the reason phrase a presupposing word
    # opens: the measure after it is still the light verb's own
    ("Kanada erhebt wegen des Streits im Nahost-Konflikt neue Strafmaßnahmen gegen Iran.",
     [("CAN", "sanctions", "IRN")]),
    ("Norwegen verhängt angesichts der Lage im Iran-Dossier zusätzliche Sanktionen gegen Teheran.",
     [("NOR", "sanctions", "IRN")]),
    # a light verb inflected before its noun, after an article or a preposition with only adverbs between
    # ("einen bereits genehmigten Waffenverkauf"), is an attributive participle: the clause subject does not do
    # the noun's act, its genitive does
    ("Ankara hat einen bereits genehmigten Waffenverkauf der USA an Griechenland kritisiert.",
     [("USA", "suppliesWeaponsTo", "GRC"), ("TUR", "accuses", "USA")]),
    ("Minsk hat die erst kürzlich verhängten Sanktionen der EU gegen Russland verurteilt.",
     [("EU", "sanctions", "RUS"), ("BLR", "accuses", "EU")]),
    ("Die USA genehmigten Waffenverkäufe an Taiwan.", [("USA", "suppliesWeaponsTo", "TWN")]),
    # a word read as adjective and finite verb between an article (adverbs after it) and a noun ("in einer scharf
    # formulierten Note") is an attributive participle: the fronted phrase ends at its noun, the verb comes after
    ("In einer scharf formulierten Note beschuldigte der Sprecher des italienischen Außenministeriums Tunesien, "
     "Absprachen zu brechen.", [("ITA", "accuses", "TUN")]),
    # a decimal comma is inside its number ("2,5 Millionen"), no comma between the prefield and the verb
    ("Schweden wird Estland Munition im Wert von mehr als 2,5 Millionen Euro liefern.",
     [("SWE", "suppliesWeaponsTo", "EST")]),
    # the middle field of a clause-final verb starts after the verb before it: the object of a conjunct verb
    # ("hat Soldaten … stationiert und …") is not the final verb's
    ("Frankreich hat Soldaten in Estland stationiert und die Regierung in Vilnius unterstützt.",
     [("FRA", "deploysTroopsTo", "EST"), ("FRA", "supports", "LTU")]),
    # a participle before "und" closes its conjunct: what follows is the next verb's object, and the next verb's
    # middle field starts after that participle
    ("Der UN-Chef hatte vor einem Krieg gewarnt und die Regierung in Kigali aufgefordert, ihre Truppen abzuziehen.",
     []),
    ("Kanada hat Russland verurteilt und die Ukraine unterstützt.",
     [("CAN", "accuses", "RUS"), ("CAN", "supports", "UKR")]),
    # a verb of answering lends what it answers ("auf X") to the act joined to it: the answer is aimed at X;
    # only the phrase right after "auf", and not the object of a verb of another kind
    ("Am Sonntag haben die Huthis mit Drohnen auf Saudi-Arabien geantwortet und mehrere Raketen abgefeuert.",
     [("HOUTHIS", "attacks", "SAU")]),
    ("Die EU hat auf Russland gezeigt und die Ukraine unterstützt.", [("EU", "supports", "UKR")]),
    # a relative clause on what an attack hit, closed by a verb of use or ownership, names its owner: the target
    ("Aserbaidschan beschoss Stellungen, die mit armenischen Truppen in Verbindung stehen.",
     [("AZE", "attacks", "ARM")]),
    ("Die türkische Armee griff am Morgen Depots an, die von der PKK genutzt werden.", [("TUR", "attacks", "PKK")]),
    ("Die Türkei griff Stellungen an, die Russland kritisierte.", []),
    # a noun of saying that is the subject of a verb of coming has its author in the source phrase opening the
    # clause or right after the verb; a source phrase after another noun is that noun's
    ("Aus Ankara kamen am Freitag deutliche Warnungen an die Regierung in Athen.", [("TUR", "threatens", "GRC")]),
    ("Heftige Kritik an Serbien kam zudem von der Regierung Kroatiens.", [("HRV", "accuses", "SRB")]),
    ("Die Kritik am Vorgehen Serbiens kam nach einem Besuch von Kroatien.", []),
    # a zu-infinitive has no subject of its own: the actor opening it after a verb of threatening is threatened
    ("Die Huthis drohten, die Regierung Jemens zu stürzen.", [("HOUTHIS", "threatens", "YEM")]),
    # Swiss spelling writes "ss" for "ß": a literal lexicon word matches both ("Gegenmassnahmen" answers an act)
    ("Peking hat Gegenmassnahmen gegen die Waffenverkäufe Japans an die Philippinen angekündigt.",
     [("CHN", "threatens", "JPN"), ("JPN", "suppliesWeaponsTo", "PHL")]),
    # the genitive after the noun of a prepositional phrase in reported speech is whom the phrase concerns, not
    # the one the judgement accuses
    ("Die Lieferung sende ein falsches Signal an die Führung Serbiens und untergrabe den Frieden, sagte Kroatiens "
     "Außenminister.", []),
    ("Kroatiens Außenminister erklärte, es gehe um einen geplanten Akt Serbiens zur Destabilisierung der Region.",
     [("HRV", "accuses", "SRB")]),
]


test_construction = edge_cases(CASES, "de")
