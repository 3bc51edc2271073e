"""English constructions found on real articles nobody had read before (session 27).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a body noun after a name is that name's body, also before "in <capital>" ("Hamas leaders in Cairo" are not
    # Egypt's leaders)
    ("A Qatari delegation held talks with Hamas leaders in Cairo last week.", [("QAT", "meetsWith", "HAMAS")]),
    ("Ukrainian diplomats held talks with Hezbollah officials in Beirut.", [("UKR", "meetsWith", "HEZBOLLAH")]),
    ("The leaders in Ankara met Greek officials.", [("TUR", "meetsWith", "GRC")]),
    # an inverse verb ("face", "receive") makes its subject the one the act is aimed at, also when the act's
    # agent is marked ("from", "by") and when an adjective stands between verb and noun; a lexicon phrase that
    # holds the verb ("came under fire") decides for itself
    ("Latvia faced fresh attacks from Russian drones on Sunday.", [("RUS", "attacks", "LVA")]),
    ("Spain came under fire from Portugal over its fishing quotas.", []),
    ("Estonia faces daily attacks from Russian forces.", [("RUS", "attacks", "EST")]),
    ("Armenia received firm support from France.", [("FRA", "supports", "ARM")]),
    # a warning whose hostile act is the condition threatens nobody with that act: "warned that if X attacked
    # Y, the response would be …" (the act's agent is the one warned)
    ("The minister said Israel had not claimed the raid. He warned that if Israel attacked Iran again, the "
     "response would be severe.", []),
    ("Tehran warned that it would strike Israel if Israel attacked its nuclear sites.",
     [("IRN", "threatens", "ISR")]),
    # a subordinate clause that opens a reported clause ends at its comma: the main clause's pronoun is not the
    # subordinate clause's actor
    ("Ankara said that while Greece keeps arming the islands, it reserves the right to respond.", []),
    ("Paris said that although Moscow had expelled French diplomats, it would not retaliate.",
     [("RUS", "sanctions", "FRA")]),
    ("The minister said that while Iran backs the talks, it reserves the right to retaliate against Israel.",
     [("IRN", "threatens", "ISR")]),
    # a light verb's participle right after a possessive ("Moscow's continued attacks") is an adjective of the
    # possessor's act: the possessor acts, not the clause's subject; after "and", such a possessor opens its own
    # phrase when the name before it is a preposition's object
    ("The EU condemned Moscow's continued attacks on Moldova.", [("EU", "accuses", "RUS"), ("RUS", "attacks", "MDA")]),
    ("Paris criticised Israel's renewed strikes on Lebanon.", [("FRA", "accuses", "ISR"), ("ISR", "attacks", "LBN")]),
    ("Leaders met amid Russia's war against Ukraine and Moscow's continued attacks on Moldova.",
     [("RUS", "attacks", "UKR"), ("RUS", "attacks", "MDA")]),
    ("Kyiv thanked Britain and France's leaders.", [("UKR", "praises", "GBR"), ("UKR", "praises", "FRA")]),
    # an -ing form right after an article is a noun ("ahead of a meeting between X and Y"): not a verb taking the
    # clause's subject as a party
    ("China vowed to defend its sovereignty, ahead of a meeting between the Taiwanese president and a US speaker.",
     [("TWN", "meetsWith", "USA")]),
    ("Ankara raised the issue at a meeting with Athens.", [("TUR", "meetsWith", "GRC")]),
    # a noun-or-verb form after "of" is a noun ("after years of war in Congo"): no verb taking a far subject
    ("Kagame said the deal marked a turning point after decades of war in eastern Congo.", []),
    ("It is the newest step by Ottawa, which since 2020 has imposed rafts of sanctions targeting Minsk.",
     [("CAN", "sanctions", "BLR")]),
    # a hostile act "in the event of" which allies defend each other is only a possibility
    ("Chile and Peru promise to come to each other's defence in the event of any armed attack.",
     [("CHL", "alliedWith", "PER")]),
    # "these nations", "those states" take up the last list of states named, passing over a later list with an
    # organization in it
    ("Lavrov said Latvia and Estonia spent more on arms than NATO and the EU asked. Moscow accused these nations of "
     "hostility.", [("RUS", "accuses", "LVA"), ("RUS", "accuses", "EST")]),
    # a past verb after "and" that leaves a reported clause told in the present or a modal is the sayer's second
    # verb; a reported clause in the past or perfect may go on ("attacked … and killed"), and keeps its subject
    ("Lavrov stated that Finland is a hostile country and blamed Poland for the tension.",
     [("RUS", "accuses", "FIN"), ("RUS", "accuses", "POL")]),
    ("Chile insists that Bolivia is a friendly nation and condemned Peru for the landing.",
     [("CHL", "accuses", "PER")]),
    ("Tehran said that Iraq would stay neutral and warned Kuwait of consequences.",
     [("IRN", "threatens", "KWT")]),
    ("Chile said that Peru attacked Ecuador and shelled Bolivia.",
     [("PER", "attacks", "ECU"), ("PER", "attacks", "BOL")]),
    # the owner of a response noun ("NATO's response", "the reaction of Poland") is the one who would respond, not
    # the one a threat said by someone else is aimed at
    ("Germany said NATO's response to the drone incursion would be swift.", []),
    ("Officials in Kyiv said the reaction of Poland would be strong.", []),
    ("Chile said its response to any Peruvian raid would be swift.", [("CHL", "threatens", "PER")]),
    # a pronoun or a phrase naming no actor that says something ("He said Peru had not …") keeps the topic: the
    # reported clause's subject does not become it, so a later "he" is still the sayer
    ("Chile's foreign minister said on Friday that talks were possible. He said Peru had not claimed the raid. He "
     "warned that if Peru attacked Chile again, the response would be swift.", [("CHL", "threatens", "PER")]),
    ("The envoy said Peru had not claimed the raid. She warned that if Peru attacked Chile again, the response "
     "would be swift.", []),
    # an absolute "with" of being present ("with X in attendance", "with X looking on") names witnesses: they meet
    # the parties of the signing or meeting, and are no partners of the verb
    ("Kenya and Uganda signed the trade pact in Nairobi on Monday, with the British foreign secretary and both "
     "countries' trade ministers in attendance.",
     [("KEN", "signsAgreementWith", "UGA"), ("GBR", "meetsWith", "KEN"), ("GBR", "meetsWith", "UGA")]),
    ("Chile and Peru signed the accord in Lima, with the Bolivian and Ecuadorian presidents looking on.",
     [("CHL", "signsAgreementWith", "PER"), ("BOL", "meetsWith", "CHL"), ("BOL", "meetsWith", "PER"),
      ("ECU", "meetsWith", "CHL"), ("ECU", "meetsWith", "PER")]),
    ("Chile signed the accord with Peru in Lima.", [("CHL", "signsAgreementWith", "PER")]),
    # a meeting verb in the passive with no agent ("was discussed with X and Y"): someone unnamed met them, they
    # did not meet each other
    ("The draft had been discussed with Chilean and Peruvian officials before the vote.", []),
    ("The proposal was quietly discussed with Bolivia and Ecuador last week.", []),
    # a body noun before a phrase of allegiance ("forces loyal to X") is X's body, as "troops from X" is
    ("Soldiers loyal to Lima shelled Chilean positions.", [("PER", "attacks", "CHL")]),
    ("Chile praised officers loyal to Peru.", [("CHL", "praises", "PER")]),
    # a form of "be" between "and" and a verb ("and is visiting", "which X is shelling") is an auxiliary like "has":
    # the coordinated verb shares the first verb's subject, and a relative's subject stands before it
    ("Chile has met the leaders of Peru and is visiting Bolivia.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "BOL")]),
    ("Refugees fled the Bolivian town which Chile is shelling.", [("CHL", "attacks", "BOL")]),
    ("Chile met Peru and was praised by Bolivia.", [("CHL", "meetsWith", "PER"), ("BOL", "praises", "CHL")]),
    # a statement opening the sentence as the subject of its verb is the last speaker's ("The statement criticizes
    # the EU"); not after a verb of saying, nor elsewhere in the sentence
    ("Chile's trade ministry said on Monday that it opposed the duties. The statement condemns Peru for dumping.",
     [("CHL", "accuses", "PER")]),
    ("Chile issued a statement. Bolivia praised the statement.", []),
    # a diplomat's title of several words is no trigger: "the charge d'affaires" makes no charge
    ("The Chilean charge d'affaires in Lima was called in to the Peruvian foreign ministry.", []),
    ("Peru summoned the Chilean charge d'affaires.", [("PER", "accuses", "CHL")]),
    ("Chile discussed the plan with Bolivia and Ecuador.",
     [("CHL", "meetsWith", "BOL"), ("CHL", "meetsWith", "ECU"), ("BOL", "meetsWith", "ECU")]),
]


test_construction = edge_cases(CASES, "en")
