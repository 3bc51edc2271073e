"""English constructions enumerated from the language in session 31 (not from articles), each with sentences
written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- an office or body that acts in words only (the lexicon's speaking_office): its "attack" is an accusation
    ("China's ambassador to Canberra attacked Australia.", [("CHN", "accuses", "AUS")]),
    ("The Kremlin spokesman attacked Paris over the remarks.", [("RUS", "accuses", "FRA")]),
    ("The Russian embassy in London attacked the British government.", [("RUS", "accuses", "GBR")]),
    ("Iran's foreign ministry spokesman attacked Israel and the United States.",
     [("IRN", "accuses", "ISR"), ("IRN", "accuses", "USA")]),
    ("Israeli jets attacked the Iranian embassy in Damascus.", [("ISR", "attacks", "IRN")]),
    ("Russia's army attacked Kharkiv.", [("RUS", "attacks", "UKR")]),
    # --- the harmed of a verb of being harmed ('killed in', 'died in') is the target of the attack noun after it
    ("Two Iranian generals were killed in an Israeli strike.", [("ISR", "attacks", "IRN")]),
    ("A Hamas commander was killed in an Israeli airstrike.", [("ISR", "attacks", "HAMAS")]),
    ("Several Pakistani soldiers died in an Afghan Taliban attack.", [("AFG", "attacks", "PAK")]),
    ("Three Ukrainian soldiers were wounded in a Russian drone attack.", [("RUS", "attacks", "UKR")]),
    # --- a state's body before the noun of a compound ("a Russian drone attack") is its agent, after a preposition too
    ("Five people died after a Russian drone attack on Kharkiv.", [("RUS", "attacks", "UKR")]),
    # --- a verb in the gap of an attribution phrase ("officials in …") is no part of it: "officials met in …"
    ("Thai and Cambodian officials met in Bangkok.", [("THA", "meetsWith", "KHM")]),
    ("Thai and Cambodian defence officials convened in Kuala Lumpur.", [("THA", "meetsWith", "KHM")]),
    # --- an attack verb whose object is only the owner of a plan, words or standing strikes no one
    ("Hungary torpedoed the EU's plan to help Ukraine.", []),
    ("Russia's media blitz targeted Moldova's elections.", []),
    ("Russian drones targeted Ukraine's power grid.", [("RUS", "attacks", "UKR")]),
    # --- fights of courts and words, and tones struck, are no fighting
    ("Kyiv is fighting a legal battle against Moscow at The Hague.", []),
    ("Pakistan struck a defiant note against India.", []),
    # --- who pays a price is the one threatened, by whoever says it; a price paid is told, no threat
    ("Ghana will pay a price for its provocations, Togo said.",
     [("TGO", "threatens", "GHA"), ("TGO", "accuses", "GHA")]),
    ("Chad has paid a heavy price for the raid, Sudan said.", []),
    # --- the subject of a "that" clause after a warning is no one threatened when the warning has an addressee, or
    # when that subject is said to act
    ("Zelensky warned Europe that Russia could attack.", []),
    ("Zelensky warned that Russia could attack Europe.", []),
    ("Pyongyang threatened on Friday that Seoul would pay a price.", [("PRK", "threatens", "KOR")]),
    # --- a light verb's gerund after the object of a verb of judging ("accused X of launching …") is X's act
    ("Ukraine accused Russia of launching an attack on Poland.",
     [("UKR", "accuses", "RUS"), ("RUS", "attacks", "POL")]),
    ("Trump accused Zelensky of starting the war with Russia.", [("USA", "accuses", "UKR"), ("UKR", "attacks", "RUS")]),
    # --- a comma and an indefinite article open an apposition, no item of a list; a name modifying its ally noun
    # is the head's partner
    ("Medvedev, a Putin ally, threatened Poland.", [("RUS", "threatens", "POL")]),
    ("Japan, a key US ally, criticised China.", [("JPN", "alliedWith", "USA"), ("JPN", "accuses", "CHN")]),
    ("Lukashenko is a close Putin ally.", [("BLR", "alliedWith", "RUS")]),
    # --- someone's ally named by the subject's noun alone allies no one of the clause
    ("A Kremlin ally in the Duma visited Estonia.", [("RUS", "meetsWith", "EST")]),
    # --- an ally in an organization the state belongs to is a member (ANNOTATION rule 6), no alliance with it
    ("Turkey is a NATO ally.", []),
    ("Hungary, a NATO ally, blocked aid to Ukraine.", []),
    # --- a relative pronoun after a preposition's or a gerund's noun has that noun as antecedent, not an actor before
    ("Pakistan accused Afghanistan of harbouring militants who attacked Pakistani soldiers.",
     [("PAK", "accuses", "AFG")]),
    # --- two sides that fought some wars each attacked the other; a war fought against someone is one way
    ("India and Pakistan fought three wars over Kashmir.", [("IND", "attacks", "PAK"), ("PAK", "attacks", "IND")]),
    ("Israel and Iran fought a 12-day war in June.", [("ISR", "attacks", "IRN"), ("IRN", "attacks", "ISR")]),
    # --- a trigger after "any" / "every" is a noun, and the act it names only a possibility
    ("Lukashenko said Belarus would support Russia in any war with NATO.", [("BLR", "supports", "RUS")]),
    # --- a preposition of approximation before a number governs nothing: the counted actor is the subject
    ("About 3,000 US troops arrived in Poland.", [("USA", "deploysTroopsTo", "POL")]),
    ("Around 500 British soldiers were deployed to Estonia.", [("GBR", "deploysTroopsTo", "EST")]),
    # --- a body named by words other states' press uses for their own ("the Foreign Office") is the topic's in an
    # article about others
    ("ISLAMABAD: The Foreign Office said India had violated the ceasefire.", [("PAK", "accuses", "IND")]),
    ("Pakistan summoned the Indian envoy. The Foreign Office said India had violated the ceasefire.",
     [("PAK", "accuses", "IND")]),
    ("The Foreign Office summoned the Russian ambassador.", [("GBR", "accuses", "RUS")]),
    # --- a word of saying after an article or an ownerless adjective is a noun ("made erroneous remarks, which …"):
    # it says nothing, and its clause's actors are not its speaker; an adjective judging a noun names its agent
    ("China said Japan's leader had made erroneous remarks, which constituted interference in China's affairs.", []),
    ("Russia said the remarks by Estonia's prime minister were provocative.", [("RUS", "accuses", "EST")]),
]

test_s31 = edge_cases(CASES, "en", prefix="s31")
