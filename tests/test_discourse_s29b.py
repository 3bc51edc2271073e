"""Discourse rules of session 29, second round (pl, en, de): the owner of a question under discussion ("omówił
kwestię Mołdawii na spotkaniu z …", "besprach die Frage Moldaus bei einem Treffen mit …", "discussed the Taiwan
issue in a meeting with …") is what the talks are about, not a party of them; in English the object of a verb is
no subject of a gerund in a prepositional phrase after it, the verb's subject is; a German prefield that is one
prepositional phrase ("Über Fragen zu Asien und Taiwan sprach …") holds no subject, however many actors it
coordinates; the owner before a noun of neighbourhood ("der kleinen litauischen Nachbarrepublik Lettland",
"Serbia's neighbour Montenegro", "białoruskiego sąsiada Łotwę") only says whose neighbour the name after it is;
in Polish a quote that opens with a first-person verb ("– Przekonaliśmy Katar …") keeps the topic: its dropped
subject is who speaks, the name after the verb its object; the words of a relative clause closed before a verb of
saying ("Zum Verfahren gegen Ungarn, welches Brüssel wegen Verstößen begonnen hatte, sagte Macron, …") are
not the sayer's.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # the owner of a question under discussion is the topic of the talks
    ("pl", "Prezydent Litwy omówił kwestię Mołdawii na spotkaniu z premierem Włoch.", [("LTU", "meetsWith", "ITA")],
     [("MDA", "meetsWith", "ITA"), ("LTU", "meetsWith", "MDA")]),
    ("pl", "Premier Czech omówił sprawę Tajwanu w rozmowie z prezydentem Francji.", [("CZE", "meetsWith", "FRA")],
     [("TWN", "meetsWith", "FRA")]),
    ("de", "Der polnische Präsident besprach die Frage Moldaus bei einem Treffen mit dem französischen Präsidenten.",
     [("POL", "meetsWith", "FRA")], [("POL", "meetsWith", "MDA")]),
    ("en", "The Australian prime minister discussed the Taiwan issue in a meeting with his Japanese counterpart.",
     [("AUS", "meetsWith", "JPN")], [("TWN", "meetsWith", "JPN")]),
    # a headline: the verb's object is no subject of the gerund after the preposition
    ("en", "Orban discussed Ukraine issue at meeting with Meloni", [("HUN", "meetsWith", "ITA")],
     [("UKR", "meetsWith", "ITA")]),
    ("en", "Japan praised Australia at meeting with India", [("JPN", "meetsWith", "IND")],
     [("AUS", "meetsWith", "IND")]),
    # (not after a preposition of control: the object does the act)
    ("en", "Washington stopped Israel from attacking Lebanon.", [], [("USA", "attacks", "LBN")]),
    ("en", "Beijing told Washington to drop its plan to sell arms to Taiwan.",
     [("USA", "suppliesWeaponsTo", "TWN")], []),
    ("en", "Russia issued a statement after talks with China.", [("RUS", "meetsWith", "CHN")], []),
    # a German prefield that is one prepositional phrase holds no subject
    ("de", "Über Fragen zu Asien und Taiwan sprach der japanische Minister auch mit der australischen Außenministerin.",
     [("JPN", "meetsWith", "AUS")], [("TWN", "meetsWith", "JPN")]),
    ("de", "Nach Angaben der Ukraine griff Russland in der Nacht Charkiw an.", [("RUS", "attacks", "UKR")], []),
    # the owner before a noun of neighbourhood only says whose neighbour the name after it is
    ("de", "Riga - Bundeskanzler Friedrich Merz hat am Montag der kleinen litauischen Nachbarrepublik Lettland "
           "Beistand zugesichert.", [("DEU", "supports", "LVA")], [("DEU", "supports", "LTU")]),
    ("en", "Paris backs Serbia's neighbour Montenegro.", [("FRA", "supports", "MNE")], [("FRA", "supports", "SRB")]),
    ("pl", "Litwa wspiera białoruskiego sąsiada Łotwę.", [("LTU", "supports", "LVA")], [("LTU", "supports", "BLR")]),
    ("pl", "Chiny zaatakowały swojego sąsiada Wietnam.", [("CHN", "attacks", "VNM")], []),
    # Polish: a quote that opens with a first-person verb keeps the topic (its dropped subject is who speaks)
    ("pl", "Prezydent Finlandii Alexander Stubb przemawiał w Helsinkach. – Przekonaliśmy Katar do naszego planu. "
           "I podkreślił, że dostrzega poważne zagrożenie ze strony Rosji.",
     [("FIN", "accuses", "RUS")], [("QAT", "accuses", "RUS")]),
    ("pl", "Premier Szwecji przemawiał w Sztokholmie. – Odsunęliśmy Hamas od tej sprawy. Zrobimy wszystko dla "
           "bezpieczeństwa – zapowiedział przywódca. I dodał, że widzi rosnące zagrożenie ze strony Iranu.",
     [("SWE", "accuses", "IRN")], [("HAMAS", "accuses", "IRN")]),
    # the words of a relative clause closed before a verb of saying are not the sayer's
    ("de", "Zum Verfahren gegen Ungarn, welches Brüssel im Frühjahr wegen mutmaßlicher Verstöße begonnen hatte, "
           "sagte Macron, er äußere sich dazu nicht.", [], [("FRA", "accuses", "HUN"), ("FRA", "accuses", "EU")]),
    ("pl", "O postępowaniu wobec Węgier, które Komisja wszczęła z powodu naruszeń praworządności, Macron powiedział, "
           "że nie będzie go komentował.", [], [("FRA", "accuses", "HUN")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_discourse_s29b(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
