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
]


test_german_s31 = edge_cases(CASES, "de", prefix="de-s31")
