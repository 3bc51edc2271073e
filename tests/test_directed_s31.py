"""Who does what to whom in the directed relations (session 31, pl, en, de): the supporter named inside a
prepositional phrase ("kämpfen mit Unterstützung Frankreichs gegen …") is not the fighter; 'mithilfe X' and a
name right before 'mit Hilfe X' keep the helper the genitive, the clause's subject the helped; a state named as
where fire came from ("vom Libanon aus", "z terytorium Libanu") is no sure attacker when an armed group is named;
a judgement noun that an accusing verb names ("blasting Israel's aggression") is that verb's subject's; German
conditions opened after a colon ("gewarnt: Sollte es zu … kommen, …") or closed by their verbs before a comma
("falls … angreifen sollten, …") hold only a possibility; a price told as paid ("zahlt einen hohen Preis") is no
threat; a participle between an article, or a preposition fused with one, and its noun ("im besetzten
Westjordanland") names the noun's state, not an act; an English headline's participle after a common noun and
before 'from' ("ambassador expelled from Somalia") is a passive, 'from' naming who expels or bans.

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the
rule must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- the genitive of a prepositional phrase after the verb is no subject
    ("de", "Die Rebellen kämpfen mit Unterstützung Frankreichs gegen die Armee Malis.", []),
    ("de", "Die Milizen kämpfen mit Hilfe der Türkei gegen die Regierung Syriens.", []),
    # (a guard: the subject after the verb still fights)
    ("de", "Seit Monaten kämpft die RSF gegen die Armee des Sudan.",
     [("RSF", "attacks", "SDN"), ("SDN", "attacks", "RSF")]),
    # --- 'mithilfe X': X helps the clause's subject; a name before 'mit Hilfe' is helped, not the helper
    ("de", "Die Regierung Malis eroberte mithilfe Russlands zwei Städte zurück.", [("RUS", "supports", "MLI")]),
    ("de", "Die Angriffe konnte Jordanien damals mithilfe Frankreichs abwehren.", [("FRA", "supports", "JOR")]),
    ("de", "Am Montag griff Russland mit Hilfe Irans die Ukraine an.",
     [("RUS", "attacks", "UKR"), ("IRN", "supports", "RUS")]),
    # --- fire from a state's territory is that state's only when no armed group is named
    ("de", "Israel wurde am Abend vom Libanon aus beschossen; die Hisbollah bestritt jede Beteiligung.", []),
    ("pl", "Izrael został ostrzelany z terytorium Libanu, gdzie działa Hezbollah.", []),
    # (guards: with no armed group named, the state the fire came from fired it)
    ("pl", "Tajskie jednostki zostały ostrzelane z terytorium Kambodży.", [("KHM", "attacks", "THA")]),
    ("de", "Die Ukraine wurde von Russland angegriffen.", [("RUS", "attacks", "UKR")]),
    # --- a judgement noun an accusing verb names is that verb's subject's, not a later speaker's
    ("en", "Orban, slamming Brussels' interference in Hungary, said that Scholz's plans were doomed.",
     [("HUN", "accuses", "EU")]),
    ("en", "Erdogan, blasting Israel's aggression in Gaza, said Netanyahu's moves made a rapprochement impossible.",
     [("TUR", "accuses", "ISR"), ("ISR", "attacks", "PSE")]),
    # (a guard: a noun of judgement after a verb of saying is still the sayer's)
    ("en", "Poland said Russia's moves were a provocation.", [("POL", "accuses", "RUS")]),
    # --- a condition after a colon, or one whose verbs close it before a comma, holds a possibility only
    ("de", "Serbien hat Kroatien am Montag gewarnt: Sollte es zu weiteren Überflügen kommen, so hieß es, werde man "
           "kroatische Drohnen abschießen.", [("SRB", "threatens", "HRV")]),
    ("de", "Der Kanzler sagte, falls Russlands Truppen die international anerkannte Regierung Moldaus angreifen "
           "sollten, werde Rumänien ihnen helfen.", []),
    # --- a price told as paid is no threat
    ("de", "Portugal zahlt für seine Annäherung an Marokko einen hohen Preis.", []),
    # (a guard: one said to be paid later is)
    ("de", "Der Kreml erklärte, Schweden werde einen hohen Preis zahlen.", [("RUS", "threatens", "SWE")]),
    # --- a participle between a fused article ('im') or an article and its noun names the noun's state, no act
    ("de", "Die Regierung Israels stoppt ihre Siedlungspläne im besetzten Westjordanland.", []),
    ("de", "Moskau hält an seinen Wahlplänen im besetzten Donbass fest.", []),
    # (a guard: the finite verb after a fronted 'Im Juli' still tells the act)
    ("de", "Im Juli besetzten russische Truppen die Stadt Cherson.", [("RUS", "attacks", "UKR")]),
    # --- a headline's participle after a common noun, then 'from': a passive; 'from' names who expels or bans
    ("en", "Russia's ambassador expelled from Estonia", [("EST", "sanctions", "RUS")]),
    ("en", "Belarusian generals banned from the OSCE until elections are held", [("OSCE", "sanctions", "BLR")]),
    ("en", "Russia's ambassador was expelled from Estonia on Monday.", [("EST", "sanctions", "RUS")]),
    # (a guard: a state before the verb expels)
    ("en", "Poland expelled from its territory three Russian diplomats.", [("POL", "sanctions", "RUS")]),
]

test_directed = edge_cases(CASES)
