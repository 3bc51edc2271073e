"""English constructions from the wide-family work of session 33 (constructions most news articles use), each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- "as well as" between two names of one coordinated subject joins them: it ends no clause
    ("Britain as well as Canada sanctioned Belarus.", [("GBR", "sanctions", "BLR"), ("CAN", "sanctions", "BLR")]),
    ("Norway as well as Denmark praised Estonia on Friday.", [("NOR", "praises", "EST"), ("DNK", "praises", "EST")]),
    # --- a plural description naming a kind of state ("the European powers", "the Gulf states") takes up the last
    # states named together that are all of that kind; none if the last set is of another kind
    ("Spain, Italy and Greece met in Rome. The European governments later criticized Turkey.",
     [("ESP", "meetsWith", "ITA"), ("ESP", "meetsWith", "GRC"), ("ITA", "meetsWith", "GRC"), ("ESP", "accuses", "TUR"),
      ("ITA", "accuses", "TUR"), ("GRC", "accuses", "TUR")]),
    ("Kuwait and Oman held talks. The Gulf states then condemned Israel.",
     [("KWT", "meetsWith", "OMN"), ("KWT", "accuses", "ISR"), ("OMN", "accuses", "ISR")]),
    ("Brazil and Chile held talks. The Europeans later criticized Turkey.", [("BRA", "meetsWith", "CHL")]),
    # --- persons each followed by the state of their office ("President X of Y and Premier Z of W") make the list: the
    # state after "of" only says whose office, it is no member coordinated with the next person
    ("President Macron of France and Chancellor Scholz of Germany met in Paris.", [("FRA", "meetsWith", "DEU")]),
    ("Prime Minister Kishida of Japan and President Yoon of South Korea signed a pact.",
     [("JPN", "signsAgreementWith", "KOR")]),
    # --- "it" after a verb of saying that follows a quote ("…," X said, adding that it would …) is the sayer named
    # after the quote, also as the owner of the speaking body; never an actor the quote names
    ('"We firmly condemn Azerbaijan," Turkey\'s foreign ministry said, adding that it would back Armenia.',
     [("TUR", "accuses", "AZE"), ("TUR", "supports", "ARM")]),
    ('"Serbia is a danger," Croatia\'s defence minister said, adding that it would sanction Belgrade.',
     [("HRV", "sanctions", "SRB")]),
    # --- praise told from the side it is aimed at ("drew praise", "won plaudits"): an agent after "by" inside the
    # subject only qualifies its noun, it praises no one; the praising one follows "from"
    ("Efforts by Norway and Iceland to back Ukraine drew praise.", []),
    ("Qatar's mediation won praise from Egypt.", [("EGY", "praises", "QAT")]),
    ("The Kenyan proposal drew plaudits from Uganda.", [("UGA", "praises", "KEN")]),
    # --- "be on a trip to X" is a visit like "be on a visit to X": the one the copula predicates it of meets X
    ("The Kenyan president was on a three-day trip to Ghana.", [("KEN", "meetsWith", "GHA")]),
    # --- a quote's first person whose speaker follows the verb of saying as an office of an actor ("said a spokesman
    # for the X navy", "said a spokeswoman for the government of X"): the actor the office serves
    ('"Beijing keeps shelling our ships," said a spokesman for the Vietnamese navy.', [("CHN", "attacks", "VNM")]),
    ('"Minsk is threatening our borders," said a spokeswoman for the government of Latvia.',
     [("BLR", "threatens", "LVA")]),
    # --- after a comma and "and", a name right before its finite verb opens a clause of its own when no list of names
    # precedes it; a threat of paying back then answers an attack on its author told earlier in the same sentence
    ("Turkish jets bombed the PKK in Iraq, and the PKK vowed to retaliate.",
     [("TUR", "attacks", "PKK"), ("PKK", "threatens", "TUR")]),
    ("Israel struck Hamas targets overnight, and Hamas vowed revenge.",
     [("ISR", "attacks", "HAMAS"), ("HAMAS", "threatens", "ISR")]),
    ("Britain, France, and Germany condemned Iran.",
     [("GBR", "accuses", "IRN"), ("FRA", "accuses", "IRN"), ("DEU", "accuses", "IRN")]),
    # --- an event word a verb of judging takes ("condemned the attack") stands for the act of its kind told before it
    # in the same sentence, also in an article's first sentence
    ("Armenia shelled Azerbaijani posts, and Turkey condemned the attack.",
     [("ARM", "attacks", "AZE"), ("TUR", "accuses", "ARM")]),
    ("Ethiopia struck rebel camps in Sudan on Friday, and Egypt denounced the strikes.",
     [("ETH", "attacks", "SDN"), ("EGY", "accuses", "ETH")]),
    # --- a verb of judging in a relative clause whose antecedent is the object of an act told right before ("X struck
    # Y, which Z condemned") judges the act: its agent is the object, not the antecedent
    ("Serbia shelled Kosovo, which Albania condemned.", [("SRB", "attacks", "XKX"), ("ALB", "accuses", "SRB")]),
    ("Canada sanctioned Nicaragua, which Cuba criticized.",
     [("CAN", "sanctions", "NIC"), ("CUB", "accuses", "CAN")]),
    ("Hezbollah, which Iran backs, attacked Israel.",
     [("IRN", "supports", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
]

test_s33 = edge_cases(CASES, "en", prefix="s33")
