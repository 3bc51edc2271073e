"""Inflection of the words written in the data files (kg.morph): a lexicon entry is written once, in
its base form, and must match the forms news use."""

from __future__ import annotations

from scored import edges

from kg.morph import word_forms


def _forms(word: str, lang: str) -> set[str]:
    return {f for f, _ in word_forms(word, lang)}


def test_english_nouns_the_dictionary_lacks_get_their_regular_plural():
    assert {"airstrike", "airstrikes"} <= _forms("airstrike", "en")
    assert "tranches" in _forms("tranche", "en")
    assert "go-betweens" in _forms("go-between", "en")
    assert {"supports", "supported"} <= _forms("support", "en")  # the dictionary's forms as before


def test_a_plural_of_a_compound_trigger_noun_is_a_trigger():
    assert edges("Chile carried out airstrikes on Peru.", "en") == {("CHL", "attacks", "PER")}


def test_german_weak_verbs_whose_stem_ends_in_t_or_d_take_ete():
    assert {"antwortete", "antworteten", "entsendete", "entsendeten"} <= _forms("antworten", "de") | _forms(
        "entsenden", "de")


def test_responding_with_an_act_is_doing_it():
    # "reagieren mit", "antworten mit" are light verbs: their subject does the act of the noun after "mit"
    assert edges("Chile antwortete mit Luftangriffen auf Stellungen der Rebellen in Peru.", "de") >= {
        ("CHL", "attacks", "PER")}
    assert ("CHL", "attacks", "PER") in edges("Chile reagierte mit Angriffen auf Peru.", "de")


def test_a_polish_lemma_brings_its_gerund_and_plural_kin_but_not_a_homographs_paradigm():
    # "wsparcie" is the gerund of "wesprzeć", "wojska" the plural of "wojsko": their forms come along
    assert {"wsparł", "wesprze"} <= _forms("wsparcie", "pl")
    assert {"wojsku", "wojskiem"} <= _forms("wojska", "pl")
    # "starcie" (a clash) is also the locative of "start" (a launch), "broń" (arms) the imperative of "bronić"
    # (defend), "dostawa" (a delivery) a form of "dostawać" (get): those paradigms stay out
    assert not {"startów", "startu"} & _forms("starcie", "pl")
    assert not {"bronił", "bronią się"} & _forms("broń", "pl")
    assert not {"dostaje", "dostawał"} & _forms("dostawa", "pl")


def test_a_polish_name_the_dictionary_lacks_softens_its_last_consonant_in_the_locative():
    # "w Bachmucie", "w Ejlacie", "w Darfurze", "w Biełgorodzie"; a soft "ń" is written "ni" before a vowel
    assert {"bachmucie", "ejlacie", "darfurze", "biełgorodzie"} <= {
        f for w in ("Bachmut", "Ejlat", "Darfur", "Biełgorod") for f, _ in word_forms(w, "pl", proper=True)}
    assert {"chersonia", "chersoniu", "chersoniem"} <= {f for f, _ in word_forms("Chersoń", "pl", proper=True)}
    assert edges("Rosyjski ostrzał w Chersoniu zabił dwie osoby.", "pl") == {("RUS", "attacks", "UKR")}
    assert edges("Rosyjskie drony uderzyły w Bachmucie w szpital.", "pl") == {("RUS", "attacks", "UKR")}


def test_an_english_gerund_after_an_actor_adjective_or_a_determiner_is_a_noun():
    # "Russian shelling in Kherson": the adjective's state shells the place's; "by arming Kyiv" stays a verb
    assert edges("Russian shelling in Kherson killed two people.", "en") == {("RUS", "attacks", "UKR")}
    assert edges("Two soldiers died in Russian shelling of Kharkiv.", "en") == {("RUS", "attacks", "UKR")}
    assert edges("Moscow accused Paris of prolonging the war by arming Kyiv.", "en") == {
        ("RUS", "accuses", "FRA"), ("FRA", "suppliesWeaponsTo", "UKR")}
