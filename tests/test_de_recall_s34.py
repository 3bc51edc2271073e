"""German constructions found missing or wrong on a fresh batch of news (session 34).

- a conjunction between the comma and the second verb of two main clauses ("Chile verurteilte Peru, aber lobte
  Bolivien") keeps the first clause's subject;
- a postposed ", wie auch X" after a clause's object gives the act to X, as "ebenso wie X" does, and so does
  an aside between dashes ("unterstützt – wie auch Russland – den General");
- lists joined by "bzw." pair item by item;
- the names right after a set of states ("die baltischen Staaten Estland und Lettland") are the ones meant;
- "andere Nato-Staaten" are unnamed members, not the alliance;
- a verb judging an act whose phrase names its doer by a light verb's participle ("verurteilte die von Peru
  durchgeführten Angriffe") judges that doer;
- a light verb governs an act noun after a noun of number ("führte eine Reihe von Luftangriffen … durch");
- a demand in a later verb conjunct ("… verurteilt und zur Mäßigung aufgerufen") leaves the act judged told;
- counterparts "in" a list of states ("seinen Amtskollegen in Chile und Bolivien") are those states' officials;
- a war two coordinated sides wage, no other side named, is against each other (the lexicon's ``fighting``);
- a name's own body noun after a hyphen ("Hisbollah-Kämpfer und syrische Truppen") does not break the list;
- a passive verb of judging names its author by where the words came from ("wurde aus Athen kritisiert").
Lexicon examples cover the side idioms ("aufseiten", "hat sich hinter … gestellt"), "aus Solidarität mit",
"feuert Raketen auf" and the perfect of "Kontakt aufnehmen"; the name-calling adjectives of the speaker frame.

The sentences are our own; each case fails without its rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a conjunction before the second verb
    ("Chile verurteilte Peru, aber lobte Bolivien.", [("CHL", "accuses", "PER"), ("CHL", "praises", "BOL")]),
    ("Mexiko kritisierte Kuba scharf, aber unterstützte Venezuela.",
     [("MEX", "accuses", "CUB"), ("MEX", "supports", "VEN")]),
    # postposed "wie auch"
    ("Ägypten unterstützt Haftar, wie auch Russland.", [("EGY", "supports", "LNA"), ("RUS", "supports", "LNA")]),
    ("Norwegen kritisierte Belarus, wie auch Dänemark.", [("NOR", "accuses", "BLR"), ("DNK", "accuses", "BLR")]),
    # (guards: a list of objects, a list of subjects)
    ("Die USA verurteilten China, Iran, wie auch Russland.",
     [("USA", "accuses", "CHN"), ("USA", "accuses", "IRN"), ("USA", "accuses", "RUS")]),
    ("Die USA, wie auch Kanada, verurteilten Russland.", [("USA", "accuses", "RUS"), ("CAN", "accuses", "RUS")]),
    # the same between dashes, the verb's object after them
    ("Ägypten unterstützt – wie auch Russland – im Bürgerkrieg den General Haftar.",
     [("EGY", "supports", "LNA"), ("RUS", "supports", "LNA")]),
    ("Japan verurteilte - ebenso wie Australien - den Angriff Chinas auf Taiwan.",
     [("JPN", "accuses", "CHN"), ("AUS", "accuses", "CHN"), ("CHN", "attacks", "TWN")]),
    # (guard: a gapped clause after a name and "dagegen" is no list with that name)
    ("Ägypten unterstützt Haftar, die Türkei dagegen die Regierung in Tripolis.", [("EGY", "supports", "LNA")]),
    # "bzw." pairs item by item
    ("Finnland bzw. Schweden kritisierten Russland bzw. Belarus.",
     [("FIN", "accuses", "RUS"), ("SWE", "accuses", "BLR")]),
    ("Spanien beziehungsweise Portugal verurteilten Marokko beziehungsweise Algerien.",
     [("ESP", "accuses", "MAR"), ("PRT", "accuses", "DZA")]),
    # (guard: "und" lists still pair each with each)
    ("Chile und Peru verurteilten Bolivien und Ecuador.", [("CHL", "accuses", "BOL"), ("CHL", "accuses", "ECU"),
                                                           ("PER", "accuses", "BOL"), ("PER", "accuses", "ECU")]),
    # the named members of a set of states
    ("Die baltischen Staaten Lettland und Litauen kritisierten Belarus.",
     [("LVA", "accuses", "BLR"), ("LTU", "accuses", "BLR")]),
    ("Moskau bedrohte die baltischen Staaten Estland und Litauen.",
     [("RUS", "threatens", "EST"), ("RUS", "threatens", "LTU")]),
    # (guard: the set alone is all of them)
    ("Die baltischen Staaten verurteilten Belarus.",
     [("EST", "accuses", "BLR"), ("LVA", "accuses", "BLR"), ("LTU", "accuses", "BLR")]),
    # "andere Nato-Staaten"
    ("Norwegen, Dänemark und andere Nato-Staaten kritisierten Russland.",
     [("NOR", "accuses", "RUS"), ("DNK", "accuses", "RUS")]),
    ("Italien und weitere EU-Länder verurteilten Belarus.", [("ITA", "accuses", "BLR")]),
    # a judged act with a light verb's participle naming its doer
    ("Kanada verurteilte die von Russland durchgeführten Angriffe auf Georgien.",
     [("CAN", "accuses", "RUS"), ("RUS", "attacks", "GEO")]),
    ("Chile hat die von Peru im Mai gestartete Offensive gegen Bolivien scharf verurteilt.",
     [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    # a light verb governs the act noun after a noun of number
    ("Am Freitag führte Ruanda eine Reihe von Luftangriffen auf Ziele im Kongo durch.", [("RWA", "attacks", "COD")]),
    ("Aserbaidschan führte eine Serie von Angriffen gegen Armenien durch.", [("AZE", "attacks", "ARM")]),
    # a demand in a later verb conjunct leaves the act judged in the first one told
    ("Schweden und Norwegen haben die Angriffe Russlands auf Georgien verurteilt und zur Mäßigung aufgerufen.",
     [("SWE", "accuses", "RUS"), ("NOR", "accuses", "RUS"), ("RUS", "attacks", "GEO")]),
    ("Japan verurteilte die nordkoreanische Raketenattacke auf Südkorea und forderte Pjöngjang zur Zurückhaltung auf.",
     [("JPN", "accuses", "PRK"), ("PRK", "attacks", "KOR")]),
    # (guard: the demand of its own clause)
    ("Kanada forderte Russland zur Einstellung der Angriffe auf.", []),
    # counterparts in a state are that state's officials
    ("Der Außenminister Perus habe bereits Kontakt zu seinen Amtskollegen in Chile und Bolivien aufgenommen.",
     [("PER", "meetsWith", "CHL"), ("PER", "meetsWith", "BOL")]),
    # a passive judging verb names its author by where the words came from
    ("Die Türkei wurde dafür aus Athen und Nikosia scharf kritisiert.",
     [("GRC", "accuses", "TUR"), ("CYP", "accuses", "TUR")]),
    # (guard: not an attack from a place)
    ("Die Ukraine wurde aus Belarus angegriffen.", []),
    # a war or fighting of two coordinated sides is against each other
    ("Äthiopien und Eritrea haben zwei Kriege um die Grenze geführt.",
     [("ETH", "attacks", "ERI"), ("ERI", "attacks", "ETH")]),
    # a name's own body after a hyphen does not break a list ("Hamas-Kämpfer und iranische Truppen")
    ("Im Juni griffen Hisbollah-Kämpfer und syrische Truppen einen israelischen Stützpunkt an.",
     [("HEZBOLLAH", "attacks", "ISR"), ("SYR", "attacks", "ISR")]),
    # (guard: a war against a third side named)
    ("Russland und Belarus führten Krieg gegen die Ukraine.", [("RUS", "attacks", "UKR"), ("BLR", "attacks", "UKR")]),
]

test_de_recall_s34 = edge_cases(CASES, lang="de", prefix="de-s34")
