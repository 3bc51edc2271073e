"""English constructions found by reading fresh news sentence by sentence (session 28), each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a state's adjective grows into a body noun after it only inside its own phrase: not past a preposition,
    # nor past a noun that acts on its own ("opposition"), so the body is not the state's
    ("Norway, a loyal patron of Belarusian opposition to President Lukashenko, hosted Polish envoys.",
     [("NOR", "meetsWith", "POL")]),
    # --- the comma before "and" closes a relative clause opened after the first name: the name after "and"
    # joins that first name, not the object inside the relative clause; a list inside the clause goes on
    ("Belarus, which backs Moscow, and Hungary signed a gas deal.",
     [("BLR", "supports", "RUS"), ("BLR", "signsAgreementWith", "HUN")]),
    ("Iran, which backs Hamas, Hezbollah and the Houthis, denied the report.",
     [("IRN", "supports", "HAMAS"), ("IRN", "supports", "HEZBOLLAH"),
      ("IRN", "supports", "HOUTHIS")]),
    # --- a hyphenated "X-backed" qualifies the noun right after it, not a name coordinated after that noun
    ("Weeks of shelling between the Russian-backed movement and Ukraine left dozens dead.", []),
    ("The French-backed Kurdish-led SDF units and Turkey clashed near Raqqa.",
     [("FRA", "supports", "SDF"), ("SDF", "attacks", "TUR"), ("TUR", "attacks", "SDF")]),
    # --- "failing to" before an act negates it, like "failed to"; a light verb between keeps the negation
    ("The Dutch premier was criticised for failing to meet Xi in Beijing.", []),
    ("Canberra kept failing to secure talks with Beijing.", []),
    ("Oslo faulted Rome for failing to sanction Minsk.", [("NOR", "accuses", "ITA")]),
    # --- the state or body a diplomat is posted to ("envoy to the United Nations") is where the envoy serves,
    # no object of a trigger before the envoy
    ("Egypt's warning was passed on in Geneva by Ahmed Salem, Egypt's envoy to the United Nations.", []),
    ("Poland summoned the Russian ambassador to Warsaw.", [("POL", "accuses", "RUS")]),
    # --- the agent of the clause's passive verb ("was announced by X") is a party of a meeting noun after it, as an
    # active subject is; an agent of a noun ("the raid by Russia") is not
    ("The decision was announced by the Polish foreign minister after talks with his Czech counterpart.",
     [("POL", "meetsWith", "CZE")]),
    ("The accord was hailed by Kenya's president after his talks with Uganda's leader.", [("KEN", "meetsWith", "UGA")]),
    ("The pledge was made on Friday by the Danish defence minister after talks with his Latvian counterpart.",
     [("DNK", "meetsWith", "LVA")]),
    ("After the raid by Russia, talks with Ukraine resumed in Istanbul.", []),
    # --- a free relative after a preposition or an attack verb ("on what it said were X targets", "struck what
    # it called X sites"): the phrase its reported predicate names is the target; a clause of its own names none
    ("Jordan carried out raids against what Amman said were Hamas arms caches.", [("JOR", "attacks", "HAMAS")]),
    ("Kyiv launched drone strikes on what it called Russian radar posts.", [("UKR", "attacks", "RUS")]),
    ("Moscow hit what its army claimed were Ukrainian fuel trains.", [("RUS", "attacks", "UKR")]),
    ("The jets flew over what Israel said would stay a closed zone.", []),
    # --- a participle clause after a comma ("…, again angering Moscow") has its own object: no party of the
    # meeting verb before it; a meeting participle still gives its own pairs, and a meeting noun keeps them
    ("Last month the Dutch minister visited the region, again angering Moscow.", []),
    ("The Slovak speaker toured the island, also infuriating Beijing.", []),
    ("Rutte travelled to the region, meeting Erdogan.", [("NATO", "meetsWith", "TUR")]),
]


test_rule = edge_cases(CASES, "en", prefix="en28")
