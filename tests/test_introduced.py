"""Open-world actors: persons and bodies an article introduces, named again in any inflected form.

Every name here is made up for the test, and so are the sentences.
"""

from __future__ import annotations

import pytest

from kg.engine.record import INTRODUCED
from kg.extract import extract


def edges(claims) -> set[tuple[str, str, str]]:
    return {(c.subject.id, c.relation, c.object.id) for c in claims if not c.negated}


def test_polish_person_introduced_by_office_and_named_in_other_cases():
    text = ("Rosyjski wiceminister spraw zagranicznych Oleg Tarnowow odwiedził Teheran. "
            "Polska skrytykowała Tarnowowa. "
            "Z Tarnowowem spotkał się minister Sikorski. "
            "Tarnowow oskarżył USA o prowokacje.")
    claims = extract(text, lang="pl", doc="pl.txt")
    person = INTRODUCED + "oleg-tarnowow"
    assert {("POL", "accuses", person), ("radoslaw-sikorski", "meetsWith", person),
            (person, "accuses", "USA"), (person, "officialOf", "RUS")} <= edges(claims)
    ref = next(c.subject for c in claims if c.subject.id == person)
    assert (ref.label, ref.type, ref.code, ref.acts_for) == ("Oleg Tarnowow", "Person", "RUS", "RUS")
    official = next(c for c in claims if c.relation == "officialOf")
    assert official.rule == "article:introduced"


def test_polish_office_with_a_body_and_a_korean_style_name():
    text = "Szefowa północnokoreańskiego MSZ Pak Un Mi spotkała się z Ławrowem. Rosja poparła Pak Un Mi."
    got = edges(extract(text, lang="pl"))
    person = INTRODUCED + "pak-un-mi"
    assert {(person, "meetsWith", "sergey-lavrov"), ("RUS", "supports", person)} <= got


def test_polish_inflection_of_a_name_first_seen_inflected():
    text = ("Minister rolnictwa spotkał się z ukraińskim ministrem polityki rolnej Witalijem Kowalem-Nowakiem. "
            "Kowal podziękował Polakom.")
    claims = extract(text, lang="pl")
    person = INTRODUCED + "witalij-kowal-nowak"
    assert (person, "praises", "POL") in edges(claims)
    assert next(c.subject.label for c in claims if c.subject.id == person) == "Witalij Kowal-Nowak"


@pytest.mark.parametrize(("text", "label"), [
    # a nominative keeps its "-a": no "Ann Kowalenko"
    ("Rzeczniczka rosyjskiego MSZ Anna Kowalenko skrytykowała Litwę.", "Anna Kowalenko"),
    # a first name the dictionary knows gives its lemma, an unknown surname loses the ending
    ("Wicepremier Ukrainy spotkał się z ministrem obrony Litwy Siergiejem Paulauskiem.", "Siergiej Paulausk"),
])
def test_polish_label_of_an_introduced_person_is_its_base_form(text, label):
    claims = extract(text, lang="pl")
    assert label in {ref.label for c in claims for ref in (c.subject, c.object) if ref.type == "Person"}


def test_german_person_introduced_by_office_and_named_in_the_genitive():
    text = ("Der iranische Außenminister Dariusch Nasrabadi traf sich mit dem russischen Präsidenten. "
            "Russland unterstützt Nasrabadis Plan. Nasrabadi warf Israel Aggression vor.")
    person = INTRODUCED + "dariusch-nasrabadi"
    assert {(person, "meetsWith", "RUS"), ("RUS", "supports", person), (person, "accuses", "ISR")} \
        <= edges(extract(text, lang="de"))


def test_english_person_introduced_with_a_possessive_state():
    text = ("Russia's deputy foreign minister Pavel Orlenko arrived in Tehran. "
            "Orlenko accused the United States of provocations. Poland criticised Orlenko's remarks.")
    person = INTRODUCED + "pavel-orlenko"
    assert {(person, "accuses", "USA"), ("POL", "accuses", person)} <= edges(extract(text, lang="en"))


@pytest.mark.parametrize(("lang", "text", "person", "state", "target"), [
    ("en", "Omar Badawi, a senior official of Hamas, criticised Egypt. Badawi also accused Jordan of betrayal.",
     "omar-badawi", "HAMAS", "JOR"),
    ("en", "Ali al-Haddadi, a spokesman for Hezbollah, condemned France. Haddadi also accused Jordan of betrayal.",
     "ali-al-haddadi", "HEZBOLLAH", "JOR"),
    ("pl", "Piotr Zielonka, rzecznik MSZ Czech, skrytykował Węgry. Zielonka oskarżył też Słowację o hipokryzję.",
     "piotr-zielonka", "CZE", "SVK"),
    ("de", "Jan Zelenka, Sprecher des tschechischen Außenministeriums, kritisierte Ungarn. Zelenka warf zudem der "
           "Slowakei Heuchelei vor.", "jan-zelenka", "CZE", "SVK"),
])
def test_person_introduced_by_an_apposition_after_the_name(lang, text, person, state, target):
    claims = extract(text, lang=lang, doc=f"{lang}.txt")
    got = {(c.subject.code, c.relation, c.object.code) for c in claims if not c.negated}
    assert (state, "accuses", target) in got
    assert any(c.relation == "officialOf" and c.subject.id.startswith(INTRODUCED + person[:-2])
               and c.object.code == state for c in claims)


def test_an_introduced_person_lasts_for_its_article_only():
    assert edges(extract("Tarnowow oskarżył USA o prowokacje.", lang="pl")) == set()
    first = "Rosyjski wiceminister Oleg Tarnowow odwiedził Teheran. "
    assert (INTRODUCED + "oleg-tarnowow", "accuses", "USA") in edges(
        extract(first + "Tarnowow oskarżył USA o prowokacje.", lang="pl"))
    assert edges(extract("Tarnowow oskarżył USA o prowokacje.", lang="pl")) == set()  # not global


def test_unknown_bodies_are_actors_of_their_state():
    text = "The Syrian interior ministry accused Israel of an attack. The interior ministry praised Qatar."
    claims = extract(text, lang="en")
    body = INTRODUCED + "SYR-interior-ministry"
    assert {(body, "accuses", "ISR"), (body, "praises", "QAT")} <= edges(claims)
    ref = next(c.subject for c in claims if c.subject.id == body)
    assert (ref.label, ref.type, ref.code) == ("Syrian interior ministry", "Organization", "SYR")


@pytest.mark.parametrize("lang,text", [
    ("de", "Der polnische Minister fährt dann mit einer Liste weiter, die Frankreich prüfen will."),
    ("en", "The minister Pavel Orlenko arrived in Tehran."),  # an office without a state
    ("pl", "Rosyjskie siły pomogły Rosji odeprzeć atak."),
    ("en", "The Russian foreign ministry accused Poland of provocations."),  # a body the data knows
    ("pl", "Rosyjski minister spraw zagranicznych Siergiej Ławrow odwiedził Teheran."),  # a known person
])
def test_no_actor_is_introduced_without_office_state_and_an_unknown_name(lang, text):
    claims = extract(text, lang=lang)
    assert not any(r.id.startswith(INTRODUCED) for c in claims for r in (c.subject, c.object))


def test_introduced_actors_go_into_the_rdf_and_validate(tmp_path):
    from kg.exports import build_exports
    from kg.validate import validate_export

    claims = extract("Russia's deputy foreign minister Pavel Orlenko accused the United States of provocations.",
                     lang="en", doc="o.txt")
    build_exports(claims, tmp_path, html=False)
    ttl = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "<https://w3id.org/kg/id/actor/~pavel-orlenko> a kg:Person" in ttl and 'rdfs:label "Pavel Orlenko"' in ttl
    assert validate_export(tmp_path / "graph.ttl") == []
