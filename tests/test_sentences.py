"""Sentence splitting with the language's abbreviations: where an abbreviation ends a sentence too."""

from __future__ import annotations

import pytest

from kg.engine.pipeline import sentence_spans
from kg.engine.tables import tables_for
from kg.records import Article


def _sentences(text: str, lang: str) -> list[str]:
    art = Article(doc="t.txt", text=text, lang=lang)
    return [text[s:e] for s, e in sentence_spans(tables_for(lang), art)]


@pytest.mark.parametrize("text,lang,expected", [
    # a year's "r." after a clause ends it before a capital …
    ("Czechy wysłały saperów w marcu 2023 r. Słowacja przekazała Ukrainie amunicję.", "pl", 2),
    ("Umowę podpisano w 2021 r. Litwa i Łotwa ją ratyfikowały.", "pl", 2),
    # … but not an opening date phrase, whose capital is the subject
    ("W maju 2023 r. Słowacja przekazała Ukrainie amunicję.", "pl", 1),
    ("Pod koniec listopada 2021 r. Litwa wydaliła dyplomatów.", "pl", 1),
    ("12 czerwca 2022 r. Estonia poparła Mołdawię.", "pl", 1),
    # "itd." and "etc." end a list and the sentence
    ("Kanada wysłała hełmy, kamizelki itd. Norwegia dołączyła później.", "pl", 2),
    ("Chile sent helmets, vests, etc. Peru followed later.", "en", 2),
    ("Chile sandte Helme, Westen usw. Peru folgte später.", "de", 2),
    # a number's period before a capitalized unit noun is an ordinal's ("45. Brygada"), else it may end the sentence
    ("Wilno powitało w maju żołnierzy 12. Brygady Zmechanizowanej z Niemiec.", "pl", 1),
    ("Na Łotwę trafiła 3. Dywizja Piechoty z Kanady.", "pl", 1),
    ("Nach Litauen verlegt Berlin die 45. Panzerbrigade.", "de", 1),
    ("Liczba rannych wzrosła do 45. Rząd zwołał posiedzenie.", "pl", 2),
    # other abbreviations still never end one
    ("Według gen. Nowaka Litwa poparła Łotwę.", "pl", 1),
    ("W mieście mieszka ok. 5 tys. Ukraińców.", "pl", 1),
])
def test_closing_abbreviations(text, lang, expected):
    assert len(_sentences(text, lang)) == expected
