"""English constructions from the fresh-news batch of session 34, each with sentences written for the test. Every
case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a quote opened in one sentence and closed in a later one whose speaker the closing sentence introduces
    # (a person the data does not know): the sentences in between know him as their speaker (this crashed)
    ('"Such a blockade of our ports is unlawful. Our government has sent a firm protest to Belarus," Lithuanian '
     'Foreign Minister Jonas Petrauskas told reporters.', [("LTU", "accuses", "BLR")]),
    # --- after "and" alone, a name right before its own finite verb opens a clause when the name before "and" is an
    # object of a verb of its clause; a list that a verb of its own follows as subject, or that opens a reported
    # clause, or that a plural verb follows, stays one
    ("Russia shipped arms to Syria and Iran sent drones to Yemen.",
     [("RUS", "suppliesWeaponsTo", "SYR"), ("IRN", "suppliesWeaponsTo", "YEM")]),
    ("Turkey condemned Israel and Egypt also praised Qatar.", [("TUR", "accuses", "ISR"), ("EGY", "praises", "QAT")]),
    ("France and Germany sent drones to Ukraine.",
     [("FRA", "suppliesWeaponsTo", "UKR"), ("DEU", "suppliesWeaponsTo", "UKR")]),
    ("The report said Russia and Iran supplied drones to Sudan.",
     [("RUS", "suppliesWeaponsTo", "SDN"), ("IRN", "suppliesWeaponsTo", "SDN")]),
    ("Britain warned that Russia and Iran have attacked Ukraine.",
     [("RUS", "attacks", "UKR"), ("IRN", "attacks", "UKR")]),
    ("The Iran-backed Houthi fighters and Saudi Arabia clashed near the border.",
     [("IRN", "supports", "HOUTHIS"), ("HOUTHIS", "attacks", "SAU"), ("SAU", "attacks", "HOUTHIS")]),
    ("Tokyo said military cooperation between Russia and Iran is alarming.", [("RUS", "alliedWith", "IRN")]),
    ("Syria closed the border after Jordan and the United States struck Damascus.",
     [("JOR", "attacks", "SYR"), ("USA", "attacks", "SYR")]),
    # --- a threat's infinitive whose aim is an adjective in a phrase of aim ("on", "against") threatens that state;
    # an adjective naming the means does not; "will not tolerate", "would not hesitate to" are threats
    ("Washington threatened to raise duties on Brazilian steel.", [("USA", "threatens", "BRA")]),
    ("Ankara said it would not hesitate to take action against the PKK.", [("TUR", "threatens", "PKK")]),
    ("Canberra warned that it will not tolerate Chinese harassment of its vessels.",
     [("AUS", "threatens", "CHN"), ("AUS", "accuses", "CHN")]),
    # --- "the Islamic republic" in lower case (a style of several agencies) is Iran, like "the Islamic Republic"
    ("Israel struck the Islamic republic's air defences.", [("ISR", "attacks", "IRN")]),
    # --- a count approximated before the object ("more than a dozen", "about 40", "over 30") governs nothing: the
    # actor named in the counted phrase is the verb's direct object
    ("Britain bombed more than a dozen Houthi positions.", [("GBR", "attacks", "HOUTHIS")]),
    ("Israel hit about 40 Hezbollah sites overnight.", [("ISR", "attacks", "HEZBOLLAH")]),
    # --- the speaker of a quote that opens the sentence is named after its closing mark: a verb of saying inside the
    # quote ('"Poland has said …," X told reporters') names no one; "she" in the next quote is that speaker
    ('"Poland has said that a drone entered its airspace during Russian attacks on Ukraine," NATO spokeswoman '
     'Ingrid Halvorsen told reporters. "We strongly condemn these attacks," she said.',
     [("RUS", "attacks", "UKR"), ("NATO", "accuses", "RUS")]),
    # --- a sentence adverb before a fronted place ("Meanwhile in Seoul, …") leaves the place a scene, not the first of
    # a list with the subject after its comma
    ("Meanwhile in Nairobi, the Kenyan government denounced Somalia.", [("KEN", "accuses", "SOM")]),
    # --- a ship hit "off X's coast" is struck at sea: X is not attacked
    ("Houthi drones hit a ship off Eritrea's coast.", []),
]

test_s34 = edge_cases(CASES, "en", prefix="s34")
