"""Constructions probed with sentences of our own for the frequent failures of unseen articles (session 29).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

from kg.text import hyphened, tokenize

CASES = [
    # an aside set off by two dashes after the subject ("X – powołując się na raport –", "X – zarówno A, jak i B –")
    # is no quotation: the verb after the closing dash keeps the subject before the aside, and the attribution
    # inside the aside names no sayer beyond its dash
    ("pl", "Ambasador Rosji – powołując się na raport – oskarżył Litwę o prowokacje.", [("RUS", "accuses", "LTU")]),
    ("pl", "Niemcy – zarówno kanclerz, jak i opozycja – wspierają Litwę.", [("DEU", "supports", "LTU")]),
    ("pl", "Minister obrony Estonii - cytowany przez agencję BNS - oskarżył Rosję o cyberataki.",
     [("EST", "accuses", "RUS")]),
    ("pl", "W Dausze kraje pośredniczące – Egipt i Katar – spotkały się z delegacją Hamasu.",
     [("EGY", "meetsWith", "HAMAS"), ("QAT", "meetsWith", "HAMAS")]),
    # after the dash that closes a quotation the sayer is the nominative phrase, not a name in an object case
    ("pl", "– Nie cofniemy się ani o krok – ostrzegł Rosję prezydent Litwy.", [("LTU", "threatens", "RUS")]),
    ("pl", "– Wycofajcie wojska – zażądał od Rosji premier Łotwy.", [("LVA", "accuses", "RUS")]),
    # a hyphen with spaces around it is a dash, not a compound: the name before it is no modifier of the
    # participle after it, nor that participle's agent
    ("pl", "Izraelskie lotnictwo uderzyło w Hezbollah - wspieraną przez Syrię szyicką organizację.",
     [("ISR", "attacks", "HEZBOLLAH")]),
    ("pl", "Rosja ostrzelała Ukrainę - wspieraną przez Zachód.", [("RUS", "attacks", "UKR")]),
    # adverbs between a nominative phrase and its verb keep it the subject, not a genitive of the time phrase
    ("pl", "Od początku tygodnia rosyjskie drony kilkukrotnie atakowały Kijów.", [("RUS", "attacks", "UKR")]),
    ("pl", "Od końca lata białoruskie służby wielokrotnie oskarżały Polskę o prowokacje.",
     [("BLR", "accuses", "POL")]),
    # a deal or talks told as the setting of the clause ("Under the deal with X", "W ramach porozumienia z X", "Im
    # Rahmen des Abkommens mit X") are the clause subject's, with the partner the phrase names; in English a
    # name right before the main verb after the phrase's comma is that subject, no list member with the partner
    ("en", "Under the deal reached with Washington, Kyiv will share mineral revenues.",
     [("UKR", "signsAgreementWith", "USA")]),
    ("en", "Under the agreement with Rabat, Madrid will back the plan.", [("ESP", "signsAgreementWith", "MAR")]),
    ("en", "After talks with Tokyo, Manila said it would buy more patrol boats.", [("PHL", "meetsWith", "JPN")]),
    ("pl", "Na mocy umowy z Turcją Grecja otworzy granicę.", [("GRC", "signsAgreementWith", "TUR")]),
]


test_construction = edge_cases(CASES)


def test_a_hyphen_joins_a_word_only_without_spaces():
    toks = tokenize("Iran-backed rebels - backed by Iran -backed")
    words = [t.text for t in toks]
    assert [words[k] for k in range(len(toks)) if hyphened(toks, k)] == ["backed"]
