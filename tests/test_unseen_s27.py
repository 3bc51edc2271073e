"""Constructions probed with sentences of our own for the frequent failures of unseen articles (session 27).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a state's body in a coordinated list stands for the state ("between Chad's army and the rebels"); a
    # possessive before a comma is no list member ("According to Chile's ministry, Peru …")
    ("en", "The war between Chad's army and the RSF has displaced thousands.",
     [("TCD", "attacks", "RSF"), ("RSF", "attacks", "TCD")]),
    ("en", "Clashes between Egypt's military and Hamas erupted at the border.",
     [("EGY", "attacks", "HAMAS"), ("HAMAS", "attacks", "EGY")]),
    ("en", "Chile's navy and Peru attacked Bolivia.", [("CHL", "attacks", "BOL"), ("PER", "attacks", "BOL")]),
    ("en", "According to Chile's foreign ministry, Peru attacked Bolivia.", [("PER", "attacks", "BOL")]),
    # a longer phrase that opens the sentence and ends in a name, then a name a verb follows: the scene and the
    # subject, not a list; a war noun in it is the subject's ("In the fight against X, Y has …")
    ("en", "In the fight against the Taliban, Pakistan has lost hundreds of soldiers.",
     [("PAK", "attacks", "AFG")]),
    ("en", "In its campaign against Hezbollah, Israel has killed dozens of commanders.",
     [("ISR", "attacks", "HEZBOLLAH")]),
    ("en", "In talks with Chile, Peru and Bolivia signed a border treaty.",
     [("PER", "signsAgreementWith", "BOL")]),
    # after the clause's verb, "in the strikes" is where something happened to the subject, not its war; a war told
    # as the time ("during the war with …") is the subject's wherever it stands
    ("en", "Syrian officials said two soldiers were killed in the strikes.", []),
    ("en", "Chile lost two warships during the war with Peru.", [("CHL", "attacks", "PER")]),
    # both parties named as the subject of a clause set "during the visit" are its parties, not its owner
    ("en", "Egypt invited the Jordanian king. The Egyptian president and the king praised the ties between the "
     "two countries during the visit.", [("EGY", "meetsWith", "JOR")]),
    # a minister whose office commands the forces (the gazetteer's commands_forces) may strike with them; another
    # minister's attack is one in words
    ("en", "Gallant attacked Hezbollah positions overnight.", [("ISR", "attacks", "HEZBOLLAH")]),
    ("en", "Lavrov attacked Poland over the border decision.", [("RUS", "accuses", "POL")]),
    # Greenland has its own government and ISO code (GRL): its premier acts for it, a threat to the island is one to it
    ("en", "The premier of Greenland met the Danish prime minister in Nuuk.", [("GRL", "meetsWith", "DNK")]),
    ("pl", "Waszyngton zagroził Grenlandii cłami i sankcjami.", [("USA", "threatens", "GRL")]),
    # a name hyphenated to a participle only qualifies the noun after it: "officials of the UN-backed government" are
    # no UN officials ("the US-led coalition" is the leader's)
    ("en", "Officials of the UN-backed government in Aden met Turkish ministers.", []),
    ("en", "The commander of the US-led coalition met Iraqi officials.", [("USA", "meetsWith", "IRQ")]),
]


test_construction = edge_cases(CASES)
