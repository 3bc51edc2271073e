"""German constructions read from the news in session 30. Every sentence is our own; each case fails
without its rule."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # "mit Hilfe"/"mit Unterstützung" + genitive: the genitive helps the clause's subject (not the reverse)
    ("Mit Unterstützung Katars wehrte die Regierung Somalias den Vorstoß ab.", [("QAT", "supports", "SOM")]),
    # … the clause's subject (verb-second: before the finite verb or right after it), not its object
    ("Mit Hilfe Ruandas nahmen die Rebellen Goma ein.", []),
    ("Kenia hielt mit Hilfe der USA und Großbritanniens die Grenzposten.",
     [("USA", "supports", "KEN"), ("GBR", "supports", "KEN")]),
    # a call or meeting told as the scene anywhere in the clause ('meeting_scene'): the clause's subject takes part
    ("Alijew warb in Telefonaten mit Erdoğan und Scholz um Verständnis.",
     [("AZE", "meetsWith", "TUR"), ("AZE", "meetsWith", "DEU")]),
    # … and a demand made there does not reach the meeting
    ("Der polnische Präsident forderte bei einem Treffen mit Selenskyj mehr Tempo.", [("POL", "meetsWith", "UKR")]),
    # (a meeting asked for is still demanded)
    ("Der polnische Präsident forderte ein Treffen mit Selenskyj.", []),
    # a name hyphenated to one member noun ('member_nouns') names an unnamed member, no party ("als erstes EU-Land")
    ("Japan unterzeichnete als erstes G7-Land ein Abkommen mit Moldau.", [("JPN", "signsAgreementWith", "MDA")]),
    ("Österreich hat als einziger EU-Staat einen Vertrag mit Serbien geschlossen.",
     [("AUT", "signsAgreementWith", "SRB")]),
    # (the plural stays the organization)
    ("Die EU-Staaten verhängten Sanktionen gegen Belarus.", [("EU", "sanctions", "BLR")]),
    # a verb after "und" opens its own conjunct: a warning of a feared event there threatens no one
    ("Nordkorea griff Südkorea an. Der Premier Kanadas kritisierte den Angriff scharf und warnte vor jeder "
     "weiteren Eskalation.", [("PRK", "attacks", "KOR"), ("CAN", "accuses", "PRK")]),
    # the war of the one helped, the goods between, is given whatever befalls the help (denied here)
    ("Kuba bestreitet, dass Belarus die Armee Russlands mit Munition für ihren Krieg in der Ukraine beliefert.",
     [("RUS", "attacks", "UKR")]),
    # a counted phrase after an act noun is no genitive of it (the object of the verb)
    ("Eritrea schoss nach Beginn des Angriffs zwei äthiopische Kampfjets ab.", [("ERI", "attacks", "ETH")]),
    # the place an unnamed target lies in may be the genitive of a locative phrase ("im Osten Syriens")
    ("Israel weitete seine Angriffe gegen Milizen im Osten Syriens aus.", [("ISR", "attacks", "SYR")]),
    # a place taken from someone ('capture' … 'captured_from'): that one is attacked, not the place's state
    ("Kurdische Kämpfer der Demokratischen Kräfte Syriens hatten Rakka 2017 von der Terrormiliz „Islamischer "
     "Staat“ erobert.", [("SDF", "attacks", "ISIS")]),
    ("Die irakische Armee hat Mossul von der Terrormiliz IS zurückerobert.", [("IRQ", "attacks", "ISIS")]),
    # (in the passive 'von' is the agent)
    ("Mossul wurde von der irakischen Armee erobert.", []),
    # "ob" opens a clause of its own that its verb closes: its doubt does not reach the main clause after the comma
    ("Auf die Frage, ob Kanada weitere Truppen schicke, bekräftigte Ottawa seine Unterstützung für Lettland.",
     [("CAN", "supports", "LVA")]),
]


test_german_s30 = edge_cases(CASES, "de", prefix="de30")
