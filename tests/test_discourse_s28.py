"""Discourse rules of session 28 (pl, en, de): a pair determiner standing alone for its two parties ("The two
met", "Die beiden trafen sich"); "both mediators", "beiden Vermittlern", "obydwoma mediatorami" as the
partner of a third party; a plural 'they' is never one person; an actor of an attribution phrase ("według
… mediów operacja …") is not the owner of the event noun after it; a possessive before a defence noun: its
owner defends; "zwischen A und B sowie um C": C is no conjunct of the pair; "Spain and
Portugal's Libya talks": the possessors meet, Libya is the topic.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # a bare pair determiner as the subject: the two parties named before
    ("en", "The Spanish and Portuguese prime ministers took office within months of each other. The two met in "
           "Lisbon in May.",
     [("ESP", "meetsWith", "PRT")], []),
    ("de", "Der spanische und der portugiesische Regierungschef sind seit wenigen Monaten im Amt. Die beiden "
           "trafen sich im Mai in Lissabon.",
     [("ESP", "meetsWith", "PRT")], []),
    # not before the noun it determines, however many words come between
    ("en", "Russia and Belarus held joint drills. The two heavily sanctioned countries condemned Western blackmail.",
     [], [("RUS", "accuses", "BLR"), ("BLR", "accuses", "RUS")]),
    # "both mediators" is the pair last met; who talks with it meets each of them
    ("en", "Oman's foreign minister hosted his Qatari counterpart in Muscat. An Iranian delegation later held "
           "talks with both mediators.",
     [("IRN", "meetsWith", "OMN"), ("IRN", "meetsWith", "QAT")], []),
    ("pl", "Szef MSZ Omanu przyjął w Maskacie katarskiego odpowiednika. Irańska delegacja rozmawiała potem z "
           "obydwoma mediatorami.",
     [("IRN", "meetsWith", "OMN"), ("IRN", "meetsWith", "QAT")], []),
    ("de", "Der omanische Außenminister empfing in Maskat seinen katarischen Amtskollegen. Eine iranische "
           "Delegation sprach danach mit beiden Vermittlern.",
     [("IRN", "meetsWith", "OMN"), ("IRN", "meetsWith", "QAT")], []),
    # 'they' after one person: the actors named together before it, whatever preposition governs them
    ("en", "Trump put duties on steel from Japan and Vietnam and threatened new penalties if they keep selling "
           "it cheaply.",
     [("USA", "threatens", "JPN"), ("USA", "threatens", "VNM")], [("JPN", "threatens", "USA")]),
    # an actor in an attribution phrase before an event noun tells of the act; it is not the act's owner
    ("pl", "Izrael rozpoczął w sobotę ataki na Iran. Według irańskich mediów i urzędników operacja zniszczyła "
           "magazyn paliwa pod Szirazem.",
     [("ISR", "attacks", "IRN")], [("IRN", "attacks", "ISR")]),
    ("en", "Israel launched strikes on Iran on Saturday. According to Iranian officials the operation hit a plant "
           "in Isfahan.",
     [("ISR", "attacks", "IRN")], [("IRN", "attacks", "ISR")]),
    # a possessive before the defence noun: the one defending is the actor named last before it, not the helper
    ("de", "Norwegen schickt der Ukraine für ihren Abwehrkampf gegen die russische Invasion neue Mittel.",
     [("RUS", "attacks", "UKR")], [("RUS", "attacks", "NOR")]),
    # after 'and', a conjunct under another preposition is another phrase: the talks' topic, no third party
    ("de", "Beim Treffen soll es um die Beziehungen zwischen Spanien und Portugal sowie um die Ukraine-Krise gehen.",
     [("ESP", "meetsWith", "PRT")], [("ESP", "meetsWith", "UKR"), ("PRT", "meetsWith", "UKR")]),
    # coordinated possessors of a talks noun a name modifies: they are the parties, the name is the topic
    ("en", "Spain and Portugal's Libya talks ended on Monday.",
     [("ESP", "meetsWith", "PRT")], [("ESP", "meetsWith", "LBY"), ("PRT", "meetsWith", "LBY")]),
    # not before a verb phrase: the possessor's name after it is the actor it owns
    ("en", "Tajikistan and Afghanistan's Taliban hold talks on water.", [("TJK", "meetsWith", "AFG")], []),
    # 'the politicians', 'Politycy', 'die Politiker' alone: the parties just named together
    ("pl", "Premier Hiszpanii, kanclerz Niemiec i prezydent Francji wygłosili w środę przemówienia w Strasburgu. "
           "Politycy spotkali się potem z prezydent Mołdawii.",
     [("ESP", "meetsWith", "MDA"), ("DEU", "meetsWith", "MDA"), ("FRA", "meetsWith", "MDA")], []),
    ("en", "The Spanish prime minister, the German chancellor and the French president gave speeches in Strasbourg "
           "on Wednesday. The politicians then met the president of Moldova.",
     [("ESP", "meetsWith", "MDA"), ("DEU", "meetsWith", "MDA"), ("FRA", "meetsWith", "MDA")], []),
    ("de", "Der spanische Ministerpräsident, der deutsche Kanzler und der französische Präsident hielten am "
           "Mittwoch Reden in Straßburg. Die Politiker trafen danach die Präsidentin Moldaus.",
     [("ESP", "meetsWith", "MDA"), ("DEU", "meetsWith", "MDA"), ("FRA", "meetsWith", "MDA")], []),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_discourse_s28(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
