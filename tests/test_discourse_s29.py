"""Discourse rules of session 29 (pl, en, de): a place adverb ("tam", "dort", "there") is where a meeting
is held, never one of its parties; an attack noun hanging on a noun of targeting ("była celem ataku", "war
Ziel eines Angriffs", "was the target of an attack") hit the subject the copula predicates it of; talks
with a news outlet ("w rozmowie z RMF FM", "im Gespräch mit der ARD") are an interview: the actors of
what is said in it hold no talks; a reciprocal phrase after another verb or participle ("backing rebels
opposed to each other") is that verb's, not the trigger's; "both presidents" are two heads of state, not the
minister who met each of them.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # 'there' is the venue: the summit held there has no party in it
    ("pl", "Premier odleciał do Japonii. Weźmie tam udział w szczycie grupy G7 poświęconym handlowi.",
     [], [("JPN", "meetsWith", "G7")]),
    ("pl", "Prezydent przyleciał do Kanady. Odbywający się tam szczyt NATO potrwa dwa dni.",
     [], [("CAN", "meetsWith", "NATO")]),
    ("de", "Der Präsident reiste nach Spanien. Der dort stattfindende Gipfel der NATO beginnt am Dienstag.",
     [], [("ESP", "meetsWith", "NATO")]),
    # the subject of the copula is what the attack noun after the noun of targeting hit
    ("pl", "Jak podał mer, Kijów był w nocy celem zmasowanego rosyjskiego ataku rakietowego.",
     [("RUS", "attacks", "UKR")], []),
    ("pl", "Gdy premier był w drodze do Wilna, Ukraina stała się celem kolejnego, rosyjskiego nalotu.",
     [("RUS", "attacks", "UKR")], []),
    ("pl", "Celem izraelskiego nalotu był w czwartek Bejrut.", [("ISR", "attacks", "LBN")], []),
    ("de", "Odessa war in der Nacht Ziel eines massiven russischen Raketenangriffs.", [("RUS", "attacks", "UKR")], []),
    ("de", "Am Sonntag wurde Charkiw erneut Ziel russischer Drohnenangriffe.", [("RUS", "attacks", "UKR")], []),
    ("en", "Kharkiv was the target of a large Russian drone attack overnight.", [("RUS", "attacks", "UKR")], []),
    # an interview: the actors of what was said in it are no parties of the talks
    ("pl", "Węgry nie dostaną od nas wsparcia - powiedział w rozmowie z RMF FM szef litewskiego MSZ.",
     [], [("HUN", "meetsWith", "LTU")]),
    ("de", "Im Gespräch mit der ARD sagte die finnische Außenministerin, Russland wolle keinen Frieden.",
     [], [("FIN", "meetsWith", "RUS")]),
    ("pl", "W rozmowie z premierem Japonii szef MSZ Litwy mówił o Chinach.", [("JPN", "meetsWith", "LTU")], []),
    # "each other" of a participle after the trigger: the rebels oppose each other
    ("en", "Norway and Chile face accusations of backing rebel groups opposed to each other.",
     [], [("NOR", "supports", "CHL"), ("CHL", "supports", "NOR")]),
    ("pl", "Chile i Peru wymieniły wczoraj oskarżenia. Oba kraje są oskarżane o wspieranie rebeliantów walczących ze "
           "sobą nawzajem.", [], [("PER", "supports", "CHL"), ("CHL", "supports", "PER")]),
    ("en", "Chile and Peru expelled each other's diplomats.",
     [("CHL", "sanctions", "PER"), ("PER", "sanctions", "CHL")], []),
    # "both presidents": the two heads of state the minister met, not the minister
    ("pl", "Rubio spotkał się w poniedziałek z prezydentem Francji Emmanuelem Macronem. We wtorek Rubio rozmawiał z "
           "prezydentem Finlandii Alexandrem Stubbem. Obaj prezydenci zgodzili się przeprowadzić bezpośrednie rozmowy.",
     [("FRA", "meetsWith", "FIN")], []),
    ("de", "Rubio traf am Montag den französischen Präsidenten Emmanuel Macron. Am Dienstag sprach Rubio mit dem "
           "finnischen Präsidenten Alexander Stubb. Beide Präsidenten vereinbarten direkte Gespräche.",
     [("FRA", "meetsWith", "FIN")], []),
    # a goal, not a target: what the attack was to do names no target
    ("pl", "Celem rosyjskiego ataku było osłabienie Zachodu.", [], [("RUS", "attacks", "EU")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_discourse_s29(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
