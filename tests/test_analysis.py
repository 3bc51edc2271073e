"""The analysis stages below roles: morphology for every token, noun phrases and their attachments."""

from __future__ import annotations

import pytest

from kg.engine.chunks import ChunkRules, chunk
from kg.engine.morphology import analyse, closed_class
from kg.engine.tables import tables_for
from kg.lexicon import LEXICON_DIR, load_lexicon
from kg.text import tokenize


def _morph(lang: str, text: str) -> dict[str, object]:
    toks = tokenize(text)
    morphs = analyse(toks, load_lexicon(LEXICON_DIR / f"{lang}.toml").morphology)
    return {t.text: m for t, m in zip(toks, morphs, strict=True)}


def test_polish_readings_carry_case_and_verb_form():
    m = _morph("pl", "Rosja poparłaby wspieranego przez Iran sojusznika, oskarżono Kijów.")
    assert m["Rosja"].is_("PROPN") and "nom" in m["Rosja"].cases
    assert {"past", "cond"} <= m["poparłaby"].feats
    assert "ppas" in m["wspieranego"].feats and m["wspieranego"].is_("VERB")
    assert m["przez"].only("ADP") and "acc" in m["przez"].feats
    assert "imps" in m["oskarżono"].feats


def test_english_closed_classes_override_the_dictionary():
    m = _morph("en", "The US said its allies would not attack.")
    assert m["The"].only("DET") and "poss" in m["its"].feats
    assert m["US"].is_("PROPN")  # not the pronoun "us"
    assert m["would"].is_("AUX") and "neg" in m["not"].feats
    assert {"past"} <= m["said"].feats


def test_english_noun_after_a_determiner_is_not_a_verb():
    m = _morph("en", "Kenya condemned the attack and the support.")
    assert m["attack"].pos == {"NOUN"} and m["support"].pos == {"NOUN"}


def test_german_articles_show_case_and_names_their_genitive():
    m = _morph("de", "Der Kanzler lobte die Hilfe Norwegens.")
    assert m["Der"].only("DET") and {"nom", "gen", "dat"} <= m["Der"].cases
    assert "gen" in m["Norwegens"].cases
    assert m["lobte"].is_("VERB")


def test_closed_class_lists_are_validated():
    from kg.actors import DataError

    with pytest.raises(DataError, match="unknown part of speech"):
        closed_class({"PREP": ["w"]}, "xx.toml [morphology]")
    assert closed_class({"ADP_gen": ["bez"]}, "x")["bez"].feats == {"gen"}


def _phrases(lang: str, text: str, mentions: list[tuple[int, int, bool]]):
    toks = tokenize(text)
    lex = load_lexicon(LEXICON_DIR / f"{lang}.toml")
    rules = ChunkRules(frozenset({"of"}) if lang == "en" else frozenset(), cases=lang != "en",
                       possessive_clitics=tables_for(lang).chunk_rules.possessive_clitics)  # the lexicon's "'s"
    nps = chunk(toks, analyse(toks, lex.morphology), mentions, rules)
    return toks, nps


def test_polish_genitive_attaches_to_the_noun_before_it():
    toks, nps = _phrases("pl", "Armia ostrzelała pozycje Hamasu w Strefie Gazy.", [(3, 4, False)])
    by_head = {toks[np.head].text: np for np in nps}
    assert by_head["Hamasu"].rel == "gen" and toks[nps[by_head["Hamasu"].attach].head].text == "pozycje"
    assert toks[by_head["Strefie"].prep].text == "w"


def test_english_hyphen_compound_modifies_the_head():
    toks, nps = _phrases("en", "The Kremlin-backed militia shelled the town of Avdiivka.", [(1, 2, False)])
    first = nps[0]
    assert toks[first.head].text == "militia" and 1 in first.modifiers
    of = [np for np in nps if np.rel == "of"]
    assert of and toks[of[0].head].text == "Avdiivka"


def test_english_possessive_and_compound_modifier():
    toks, nps = _phrases("en", "NATO sanctions on Belarus and Turkey's offensive were debated.",
                         [(0, 1, False), (3, 4, False), (5, 6, False)])
    heads = [toks[np.head].text for np in nps]
    assert heads[:2] == ["sanctions", "Belarus"] and 0 in nps[0].modifiers
    turkey = next(np for np in nps if toks[np.head].text == "Turkey")
    assert turkey.rel == "poss" and toks[nps[turkey.attach].head].text == "offensive"


def test_a_participle_after_a_noun_is_the_verb():
    toks, nps = _phrases("en", "The rebels attacked convoys near the border.", [])
    assert [toks[np.head].text for np in nps] == ["rebels", "convoys", "border"]
