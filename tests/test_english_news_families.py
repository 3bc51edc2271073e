"""English constructions found by reading fresh news sentence by sentence (session 26), each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a tie noun between two names ("NATO ally Greece", "US partner Japan") is no verb: the name after it
    # heads the phrase, so it is the object of the verb before, and the name before only modifies it
    ("Spain accused EU partner Portugal of dumping steel.", [("ESP", "accuses", "PRT")]),
    ("Chile condemned US ally Peru for the raid.", [("CHL", "accuses", "PER"), ("USA", "alliedWith", "PER")]),
    ("Germany met its counterpart and close ally France in Berlin.",
     [("DEU", "alliedWith", "FRA"), ("DEU", "meetsWith", "FRA")]),
    ("France and Germany ally with Poland on migration.",
     [("FRA", "alliedWith", "POL"), ("DEU", "alliedWith", "POL"), ("FRA", "alliedWith", "DEU")]),
    # --- a deal verb in a "to"-infinitive of purpose after a phrase a preposition governs is the act's goal, not a
    # deal concluded (mediators do not sign with each other); an infinitive a verb takes keeps its mood
    ("Chile and Peru are mediating between Bolivia and Ecuador to reach a truce.",
     [("CHL", "meetsWith", "BOL"), ("CHL", "meetsWith", "ECU"), ("PER", "meetsWith", "BOL"),
      ("PER", "meetsWith", "ECU")]),
    ("Chile engaged in talks with Peru to secure a ceasefire.", [("CHL", "meetsWith", "PER")]),
    ("Chile and Peru managed to reach a deal on fishing.", [("CHL", "signsAgreementWith", "PER")]),
    ("Turkey was the first country to sign the agreement with Libya.", [("TUR", "signsAgreementWith", "LBY")]),
    # --- the object of a verb of helping or letting does the act of the infinitive after it, not the helper
    ("Chile helped the rebels launch an offensive against Peru.", []),
    ("Chile helped Bolivia launch attacks on Peru.", [("BOL", "attacks", "PER")]),
    ("Chile allowed Bolivia to strike Peru.", [("BOL", "attacks", "PER")]),
    # --- "pro-X", "anti-X": a stance towards the actor, who does not act through the phrase
    ("Pro-Chilean militias attacked Peruvian troops.", []),
    ("Pro-Chilean parties, which are funded by a tycoon, are waging campaigns against the government of Peru.", []),
    ("The pro-Western government of Peru accused Chile of interference.", [("PER", "accuses", "CHL")]),
    # --- "those countries", "these states": the last list of actors named, whatever its role in its sentence
    ("Chile imposed tariffs on Peru, Bolivia and Ecuador. Chile accuses these countries of dumping.",
     [("CHL", "accuses", "PER"), ("CHL", "accuses", "BOL"), ("CHL", "accuses", "ECU")]),
    ("Spain raised duties on goods from France and Italy. Madrid accuses those states of subsidies.",
     [("ESP", "accuses", "FRA"), ("ESP", "accuses", "ITA")]),
    # --- the charge after a control preposition: an adverb may stand before the gerund, and a gerund coordinated
    # with the first shares its subject, the one accused ("pointed fingers at X for allegedly supplying … and
    # deploying")
    ("The UN pointed fingers at Chile for supplying arms to the ELN.",
     [("UN", "accuses", "CHL"), ("CHL", "suppliesWeaponsTo", "ELN")]),
    ("Chile accused Peru of funding the ELN and deploying troops to Bolivia.",
     [("CHL", "accuses", "PER"), ("PER", "deploysTroopsTo", "BOL")]),
    # --- "both countries" after a sentence with a list of two states and a list of a state and a group: the states;
    # and a mediation names the sides it mediates, the parties a later "helped broker truces" takes up
    ("Chile and Peru mediated talks between the ELN and Colombia. Both countries condemned Ecuador.",
     [("CHL", "meetsWith", "ELN"), ("CHL", "meetsWith", "COL"), ("PER", "meetsWith", "ELN"),
      ("PER", "meetsWith", "COL"), ("CHL", "accuses", "ECU"), ("PER", "accuses", "ECU")]),
    ("Ecuador's president held talks with his Bolivian counterpart in Quito. Chile and Peru have served as mediators, "
     "facilitating indirect talks between the ELN and Colombia. Both countries have helped broker truces.",
     [("ECU", "meetsWith", "BOL"), ("CHL", "meetsWith", "ELN"), ("CHL", "meetsWith", "COL"),
      ("PER", "meetsWith", "ELN"), ("PER", "meetsWith", "COL")]),
    # --- "that" with a verb right after it is a relative pronoun: a goal before it ("aims to end a war that …")
    # does not reach its clause; "go on the offensive" is a light verb with its noun
    ("The mediation aims to end a war that has devastated Peru since Chile went on the offensive against the ELN "
     "in May.", [("CHL", "attacks", "ELN")]),
    ("Chile went on the offensive against the ELN in May.", [("CHL", "attacks", "ELN")]),
    ("Peru said that Chile aims to sign a deal with Bolivia.", []),
    # --- an attack or sanctions noun a threat takes as its content right after it is the act threatened, not done
    ("Chile threatened military action against Peru.", [("CHL", "threatens", "PER")]),
    ("Chile issued a threat of strikes on Peru.", [("CHL", "threatens", "PER")]),
    ("The threat of a Chilean invasion of Peru grew.", []),
    ("Chile threatened and then attacked Peru.", [("CHL", "threatens", "PER"), ("CHL", "attacks", "PER")]),
    # --- a plural noun/verb word right after a preposition that may open a clause ("after", "before") is a noun:
    # no finite verb there, so the clause's subject is not its agent
    ("Qatar restored ties with Egypt after attacks on Saudi oil sites.", []),
    ("Chile acted before strikes on Peru.", []),
    ("Chile condemned Peru after strikes by Bolivia on Ecuador.",
     [("CHL", "accuses", "PER"), ("BOL", "attacks", "ECU")]),
    # --- a threat noun with its act after "of" and that act's aim in a "to"-infinitive: the one the aim names
    ("Chilean threats of a full-scale military operation to force the ELN out of Peru have grown.",
     [("CHL", "threatens", "ELN")]),
    # --- an -ing clause opening the sentence shares the subject after the comma that closes it, past a relative
    # clause on its object ("After meeting Speaker Berri, who has Hezbollah's support, Hochstein said …")
    ("After meeting the Chilean foreign minister, who backs the deal, the Peruvian president said he would go to "
     "Bolivia.", [("PER", "meetsWith", "CHL")]),
]


test_rule = edge_cases(CASES, "en", prefix="en26")
