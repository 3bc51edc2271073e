"""English constructions from the recall work of session 32 (the families of edges kg missed on fresh news), each
with sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a possessive pronoun before a body ("its army", "their soldiers") is the body of the sentence's subject,
    # also in an article's first sentence (no topic yet to fall back on)
    ("Nepal says Chinese troops attacked its army near the pass", [("CHN", "attacks", "NPL")]),
    ("Seoul says North Korean troops fired on its soldiers near the border.", [("PRK", "attacks", "KOR")]),
    # --- what a verb of answering takes after "to" is a noun, also an -ing form past adjectives: its agent after
    # "from" or "by" attacked the one answering
    ("Pakistani troops responded to shelling from India.", [("IND", "attacks", "PAK")]),
    ("Thai soldiers responded to unprovoked firing from Cambodia, the army said.", [("KHM", "attacks", "THA")]),
    # --- an unknown place an apposition places in a state ("a town in X", "a territory recognized as part of X") is
    # that state's, as an attack's target; a place only near a border is placed nowhere
    ("Ukrainian troops seized Zolvinsk, a town in Russia.", [("UKR", "attacks", "RUS")]),
    ("In 1993 Armenian forces occupied Kelbajar, a district recognized as part of Azerbaijan, and two other regions.",
     [("ARM", "attacks", "AZE")]),
    ("Israeli jets struck Qusair, a town near the Lebanese border.", []),
    # --- a finite verb right after "but" with no subject of its own shares the subject before it
    ("Pakistan denied the reports but condemned Kabul.", [("PAK", "accuses", "AFG")]),
    ("China did not criticize Russia but praised India.", [("CHN", "praises", "IND")]),
    # --- a verb of saying in an infinitive with a bare noun for object ("plan to add water") says nothing: the
    # speaker stays the one before; one told who then hears a "that" clause still speaks
    ("Khartoum argues that Ethiopia's plan to add 9.5 billion cubic metres of water is a threat to it.",
     [("SDN", "accuses", "ETH")]),
    ("Lithuania went on to tell reporters on Monday that the Belarusian balloons were a provocation.",
     [("LTU", "accuses", "BLR")]),
    # --- a body noun its adjective already owns ("an Indian diplomat", "Russian troops") is no body of the state
    # named after "from": that is where it leaves or comes from
    ("Ottawa expelled an Indian diplomat from Canada.", [("CAN", "sanctions", "IND")]),
    ("Russian troops from Belarus attacked Kyiv.", [("RUS", "attacks", "UKR")]),
    ("Envoys from Chile met the Peruvian president.", [("CHL", "meetsWith", "PER")]),
    # --- an attack named with its agent as what one condemns is given, whatever befalls the condemning (asked for,
    # aimed at, possible); "any" attack is none
    ("A motion is aimed at condemning Moscow's invasion of Georgia.", [("RUS", "attacks", "GEO")]),
    ("Kyiv urged the UN to condemn Russia's invasion of Ukraine.", [("RUS", "attacks", "UKR")]),
    ("The assembly may condemn the Ethiopian incursion into Sudan.", [("ETH", "attacks", "SDN")]),
    ("Paris urged Berlin to condemn any Russian attack on Moldova.", []),
    # --- quote marks around an act noun do not part it from its actor adjective or name, nor from its target phrase
    ("Iraq complained of US \u201caggression\u201d on its territory.",
     [("IRQ", "accuses", "USA"), ("USA", "attacks", "IRQ")]),
    ('Baghdad denounced the US "occupation" of Iraq.', [("IRQ", "accuses", "USA"), ("USA", "attacks", "IRQ")]),
    # --- a hostile passive with no agent, coordinated right after one with a "by" agent, shares that agent
    ("Two Philippine ships were blocked by Chinese vessels and were threatened with water cannons.",
     [("CHN", "threatens", "PHL")]),
    ("The Georgian village was shelled by Russian artillery and was then stormed.", [("RUS", "attacks", "GEO")]),
    ("Kyiv was praised by Warsaw and was criticized for the delay.", [("POL", "praises", "UKR")]),
]

test_s32 = edge_cases(CASES, "en", prefix="s32")
