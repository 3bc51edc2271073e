"""German constructions enumerated from the language (session 31): case on the article marks a fronted
object, a prepositional object fronted before a light verb's noun, the marked object between a participle's
agent and the participle. Every sentence is our own; each case fails without its rule.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # an article that shows no nominative ("dem", "den", "einem") opens a fronted object: the subject
    # follows the finite verb, in the present and in the Perfekt
    ("Den Philippinen wirft China vor, die Spannungen zu verschärfen.", [("CHN", "accuses", "PHL")]),
    ("Dem Iran hat Israel vorgeworfen, die Hisbollah aufzurüsten.", [("ISR", "accuses", "IRN")]),
    ("Den Philippinen warf Peking eine Provokation vor.", [("CHN", "accuses", "PHL")]),
    ("Einem Beitritt der Ukraine stimmte die EU grundsätzlich zu.", [("EU", "supports", "UKR")]),
    # a nominative article keeps the prefield the subject
    ("Die Philippinen werfen China vor, die Spannungen zu verschärfen.", [("PHL", "accuses", "CHN")]),
    # a prepositional object fronted before the light verb of a noun whose agent follows the verb
    ("Gegen Niger verhängte die Ecowas harte Sanktionen.", [("ECOWAS", "sanctions", "NER")]),
    ("Gegen Niger hatte die Ecowas Sanktionen verhängt.", [("ECOWAS", "sanctions", "NER")]),
    # the noun's marked object between the participle's agent and the participle
    ("Die von der EU gegen Russland verhängten Sanktionen zeigen Wirkung.", [("EU", "sanctions", "RUS")]),
    ("Der von Russland gegen die Ukraine geführte Krieg dauert an.", [("RUS", "attacks", "UKR")]),
    ("Die von der EU verhängten Sanktionen gegen Russland zeigen Wirkung.", [("EU", "sanctions", "RUS")]),
    # an attack's target named by where it lies, past the attack's genitive agent
    ("Der Drohnenangriff der Ukraine auf Ziele in Russland war beispiellos.", [("UKR", "attacks", "RUS")]),
    ("Der Raketenangriff Aserbaidschans auf eine Kaserne in Armenien forderte Tote.", [("AZE", "attacks", "ARM")]),
    # attacks fended off or endured by their target; one who only reports attacks need not be their target (the
    # review of the merge: "Die USA meldeten iranische Drohnenangriffe" is no attack on the US)
    ("Die Ukraine meldet massive russische Luftangriffe.", []),
    ("Israel hat einen iranischen Großangriff abgewehrt.", [("IRN", "attacks", "ISR")]),
    ("Das israelische Militär wehrte den iranischen Angriff ab.", [("IRN", "attacks", "ISR")]),
    ("Die USA meldeten iranische Drohnenangriffe.", []),
    ("Mit Hilfe Frankreichs wehrte Israel den iranischen Angriff ab.",
     [("IRN", "attacks", "ISR"), ("FRA", "supports", "ISR")]),
    # a one-word name that is also a common noun ("Bündnis", "Allianz": NATO) after a possessive or an
    # indefinite article, or opening a trigger's phrase, is the common noun
    ("Seoul und Washington bekräftigten ihr Bündnis.", [("KOR", "alliedWith", "USA")]),
    ("Südkorea und die USA bekräftigten ihre Allianz.", [("KOR", "alliedWith", "USA")]),
    ("Die Allianz mit den USA bleibt für Seoul zentral.", []),
    ("Das Bündnis verurteilte Russland.", [("NATO", "accuses", "RUS")]),
    # allying oneself with someone: the reflexive verb
    ("Russland verbündete sich mit Nordkorea.", [("RUS", "alliedWith", "PRK")]),
    # a verb of criticising or threatening inverted after the clause it reports: that clause's first actor
    # not of the speaker's side
    ("Russland sabotiere die Friedensgespräche, kritisierte Frankreich.", [("FRA", "accuses", "RUS")]),
    ('"Serbien provoziert uns ständig", kritisierte der Kosovo.', [("XKX", "accuses", "SRB")]),
    ("Polen werde für jede Provokation bezahlen, drohte Moskau.", [("RUS", "threatens", "POL")]),
    ("Russland werde auf jede Provokation Polens reagieren, drohte Medwedew.", [("RUS", "threatens", "POL")]),
    ("Als Russland angriff, kritisierte Polen die Nato.", [("POL", "accuses", "NATO")]),
    # a pronoun subject of that inverted verb is the speaker the narration named before
    ("Die Sprecherin Sacharowa meldete sich zu Wort. Sollte Berlin nachlegen, werde Russland härter antworten, "
     "warnte sie.", [("RUS", "threatens", "DEU")]),
    # sanctions with no target of their own, given an attack as their reason or occasion: the attack's author
    ("Nach dem Beginn des aserbaidschanischen Angriffs verhängte Kanada ein Sanktionspaket.",
     [("CAN", "sanctions", "AZE")]),
    ("Die EU verhängte nach dem russischen Einmarsch in Georgien Sanktionen.",
     [("EU", "sanctions", "RUS"), ("RUS", "attacks", "GEO")]),
    # a marked phrase after another trigger noun is that noun's, not the light verb's noun's
    ("Die USA haben wegen des Krieges Russlands gegen die Ukraine neue Sanktionen verhängt.",
     [("USA", "sanctions", "RUS")]),
    # measures with their author and no target, criticised or answered by a clause's subject: it is hit; the
    # genitive of a measure noun is its author
    ("Venezuela kritisierte die Sanktionen der USA scharf.", [("VEN", "accuses", "USA"), ("USA", "sanctions", "VEN")]),
    ("Caracas verurteilte die neuen Strafmaßnahmen Washingtons.",
     [("VEN", "accuses", "USA"), ("USA", "sanctions", "VEN")]),
    ("Teheran kündigte Vergeltung für die Sanktionen der EU an.",
     [("IRN", "threatens", "EU"), ("EU", "sanctions", "IRN")]),
    ("Die Sanktionen der USA gegen Kuba bleiben in Kraft.", [("USA", "sanctions", "CUB")]),
    # suffering or answering an act: who suffers measures or answers an attack is their target
    ("Kuba leidet seit Jahrzehnten unter dem US-Embargo.", [("USA", "sanctions", "CUB")]),
    ("Israel reagierte auf den iranischen Angriff.", [("IRN", "attacks", "ISR")]),
    # a trigger noun after 'mit' (no article) in the middle of the clause is the means of its subject
    ("China reagierte auf die Waffenlieferungen mit Sanktionen gegen die USA.", [("CHN", "sanctions", "USA")]),
    ("Am Sonntag reagierte die Ukraine mit Drohnenangriffen auf Moskau.", [("UKR", "attacks", "RUS")]),
    ("Die Ukraine rechnet mit russischen Angriffen.", []),
    # a threat noun's adjective is its author too: who rejects the threats is threatened
    ("Polen wies die russischen Drohungen zurück.", [("RUS", "threatens", "POL")]),
    # sanctions on people or things an actor owns sanction the owner, as attacks on its positions attack it
    ("Die EU verhängte Sanktionen gegen Mitglieder der Militärjunta Myanmars.", [("EU", "sanctions", "MMR")]),
    ("London verhängte Sanktionen gegen Schiffe der russischen Schattenflotte.", [("GBR", "sanctions", "RUS")]),
]


test_german_s31 = edge_cases(CASES, "de", prefix="de-s31")

# the rules above that every language shares, in English
EN_CASES = [
    ("Iran condemned the new US sanctions.", [("IRN", "accuses", "USA"), ("USA", "sanctions", "IRN")]),
    ("Beijing vowed to retaliate against the American export controls.",
     [("CHN", "threatens", "USA"), ("USA", "sanctions", "CHN")]),
    ("Japan backed the new US sanctions.", [("JPN", "supports", "USA")]),
    ("Canada imposed sanctions on members of the Iranian government.", [("CAN", "sanctions", "IRN")]),
]


test_english_s31 = edge_cases(EN_CASES, "en", prefix="en-s31")
