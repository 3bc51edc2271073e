"""Constructions where a trigger fired but a role was missing (session 31), in all three languages, each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a gapped attribution cue ("officials in …") holds an adjective in its gap, never a predicate: "Kenyan and
    # Ethiopian officials met in Nairobi" is a meeting, not a source in Nairobi
    ("en", "Ghanaian and Togolese officials met in Accra on Tuesday.", [("GHA", "meetsWith", "TGO")]),
    ("en", "Chilean and Bolivian diplomats arrived in La Paz and met on Friday.", [("CHL", "meetsWith", "BOL")]),
    # --- a verb of talking something over with no partner after it (`together`): its coordinated subject are the
    # parties; one actor alone discusses a topic
    ("en", "The Chilean president and the Bolivian foreign minister discussed gas exports by phone.",
     [("CHL", "meetsWith", "BOL")]),
    ("en", "Ghana and Togo talked for two hours about the border.", [("GHA", "meetsWith", "TGO")]),
    ("en", "Ghana's president discussed the coup in Niger.", []),
    ("pl", "Premier Ghany i prezydent Togo omówili w czwartek sytuację na granicy.", [("GHA", "meetsWith", "TGO")]),
    ("pl", "Szef MSZ Ghany omawiał przewrót w Nigrze.", []),
    ("de", "Die Regierungschefs Ghanas und Togos erörterten am Mittwoch die Lage an der Grenze.",
     [("GHA", "meetsWith", "TGO")]),
    ("de", "Am Montag sprachen Ghanas Präsident und Togos Regierungschef lange über den Putsch.",
     [("GHA", "meetsWith", "TGO")]),
    ("de", "Der ghanaische Präsident diskutierte den Putsch in Niger.", []),
    # --- a threat paying back a verbal noun's act aims at that act's own agent ("przez", "by"), not its genitive
    ("pl", "Kair zapowiada zemstę za zabicie swoich dyplomatów przez Sudan.", [("EGY", "threatens", "SDN")]),
    # --- "vow" lends its subject to a threat noun after it; "for" marks the one a punishment is for
    ("en", "Chile vowed severe punishment for Bolivia.", [("CHL", "threatens", "BOL")]),
    # --- a broker of a truce or deal with no parties named meets the two sides of the article's last dispute
    ("en", "Chile accused Peru of shelling border villages. Bolivia brokered a truce on Sunday.",
     [("CHL", "accuses", "PER"), ("BOL", "meetsWith", "CHL"), ("BOL", "meetsWith", "PER")]),
    # --- co-agents of a mediation ("alongside", "gemeinsam mit", "wraz z") mediate too, they are no party
    ("en", "Chile and Peru signed a truce. Ghana, which mediated the deal alongside Togo, welcomed the step.",
     [("CHL", "signsAgreementWith", "PER"), ("GHA", "meetsWith", "CHL"), ("GHA", "meetsWith", "PER"),
      ("TGO", "meetsWith", "CHL"), ("TGO", "meetsWith", "PER")]),
    # --- names in apposition right after a mediator noun, before the verb, are the mediators, not the parties
    ("en", "Chile and Peru signed a truce. Mediators Ghana and Togo said talks would resume.",
     [("CHL", "signsAgreementWith", "PER"), ("GHA", "meetsWith", "CHL"), ("GHA", "meetsWith", "PER"),
      ("TGO", "meetsWith", "CHL"), ("TGO", "meetsWith", "PER")]),
    ("en", "Chile and Peru signed a truce. The mediators, Ghana and Togo, said talks would resume.",
     [("CHL", "signsAgreementWith", "PER"), ("GHA", "meetsWith", "CHL"), ("GHA", "meetsWith", "PER"),
      ("TGO", "meetsWith", "CHL"), ("TGO", "meetsWith", "PER")]),
    # --- a verb right after a quotation closed by its comma takes its subject after it, as after a dash
    ('en', '"Peru will pay a heavy price," warned Chile\'s foreign minister.', [("CHL", "threatens", "PER")]),
    # --- "we" in a quote opening the sentence is its speaker, named at the verb of saying by the owner of a title
    ('en', '"We warn the Bolivian government," Chile\'s foreign minister said.', [("CHL", "threatens", "BOL")]),
    # --- a warning noun inside such a quote is the speaker's
    ('en', '"This is a warning to Bolivia," Chile\'s army chief said.', [("CHL", "threatens", "BOL")]),
    # --- a manner phrase "in a (stern) warning to" opening the sentence: the subject after its comma warns
    ("en", "In a warning to Bolivia, Chile said it was ready to respond.", [("CHL", "threatens", "BOL")]),
    # --- a list set beside a common noun that names no actor fills its place (comma, dash, colon, "including")
    ("en", "Russian troops seized two frontline towns, Kupiansk and Pokrovsk, last month.",
     [("RUS", "attacks", "UKR")]),
    ("en", "Russian artillery shelled several cities, including Kharkiv and Dnipro.", [("RUS", "attacks", "UKR")]),
    ("pl", "Bojownicy M23 zajęli w styczniu dwa miasta w prowincji – Bukavu i Gomę.", [("M23", "attacks", "COD")]),
    ("pl", "Izrael zbombardował dwa sąsiednie państwa – Syrię i Liban.",
     [("ISR", "attacks", "SYR"), ("ISR", "attacks", "LBN")]),
    # --- a mediator with no parties of its own after talks of its own (a joint statement): the latest talks of
    # others the article told
    ("en", "Ghana and Togo issued a common statement once the Accra talks ended: Chile and Peru are due to meet again "
     "in May. The new round follows a week of negotiations that were mediated by Ghana and Togo.",
     [("CHL", "meetsWith", "PER"), ("GHA", "meetsWith", "TGO"), ("GHA", "meetsWith", "CHL"),
      ("GHA", "meetsWith", "PER"), ("TGO", "meetsWith", "CHL"), ("TGO", "meetsWith", "PER")]),
    # --- a plural pronoun after a pair a preposition governs ("between A and B, … they") is both, not the second
    ("en", "A phone call took place between Boric and Boluarte, in which they condemned Bolivia's decision.",
     [("CHL", "meetsWith", "PER"), ("CHL", "accuses", "BOL"), ("PER", "accuses", "BOL")]),
    # --- a state's forces named with no owner ("the army", "armia", "die Armee") are those of the state the sentence
    # places itself in; an owner of their own names them
    ("en", "Clashes between the army and the M23 erupted in Congo in January.",
     [("COD", "attacks", "M23"), ("M23", "attacks", "COD")]),
    ("en", "Clashes between Rwanda's army and the M23 erupted in Congo in January.",
     [("RWA", "attacks", "M23"), ("M23", "attacks", "RWA")]),
    ("pl", "W Mali trwają walki między armią a dżihadystami z JNIM.",
     [("MLI", "attacks", "JNIM"), ("JNIM", "attacks", "MLI")]),
    ("de", "Im Sudan herrscht seit 2023 ein Krieg zwischen der Armee und der RSF.",
     [("SDN", "attacks", "RSF"), ("RSF", "attacks", "SDN")]),
    # --- a warning or threat with its author and no addressee, defied, ignored or received by the clause's subject
    # ("despite", "mimo", "trotz", "ignored", "zlekceważyła") is aimed at that subject; "warnings from X" name X
    ("en", "Sweden joined NATO despite Russian warnings.", [("RUS", "threatens", "SWE")]),
    ("en", "Sweden has received warnings from Moscow.", [("RUS", "threatens", "SWE")]),
    ("pl", "Szwecja wstąpiła do NATO mimo rosyjskich gróźb.", [("RUS", "threatens", "SWE")]),
    ("de", "Trotz der Warnungen Moskaus trat Schweden der NATO bei.",
     [("RUS", "threatens", "SWE")]),
    ("en", "Sweden condemned Russian threats against Norway.",
     [("SWE", "accuses", "RUS"), ("RUS", "threatens", "NOR")]),
]


test_construction = edge_cases(CASES)
