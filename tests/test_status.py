"""What a claim says about its event: status, CAMEO code, place; attribution, hedges and denials
kept to the conjunct that carries them (issue 8). Sentences of our own in Polish, English, German.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kg
from kg.cameo import cameo_table
from kg.cli import main


def claim(text: str, lang: str, s: str, rel: str, o: str, **kw):
    """The one claim s-rel-o (by lifted code) the text gives; kg.extract keyword arguments pass through."""
    found = [c for c in kg.extract(text, lang=lang, **kw)
             if (c.subject.code, c.relation, c.object.code) == (s, rel, o)]
    assert len(found) == 1, f"{s} {rel} {o} in {text!r}: {found}"
    return found[0]


STATUS = [
    # language, sentence, subject, relation, object, status, CAMEO code
    ("pl", "Szwecja wyśle na Łotwę 300 żołnierzy.", "SWE", "deploysTroopsTo", "LVA", "pledged", "0334"),
    ("pl", "Szwecja wysłała na Łotwę 300 żołnierzy.", "SWE", "deploysTroopsTo", "LVA", "done", "074"),
    ("pl", "Szwecja wysyła na Łotwę żołnierzy.", "SWE", "deploysTroopsTo", "LVA", "ongoing", "074"),
    ("pl", "Szwecja będzie wysyłać na Łotwę żołnierzy.", "SWE", "deploysTroopsTo", "LVA", "pledged", "0334"),
    ("pl", "Norwegia zobowiązała się przekazać Ukrainie czołgi.", "NOR", "suppliesWeaponsTo", "UKR", "pledged",
     "0332"),
    ("pl", "Rosja nadal ostrzeliwuje Ukrainę.", "RUS", "attacks", "UKR", "ongoing", "190"),
    ("en", "Canada will send 300 troops to Latvia.", "CAN", "deploysTroopsTo", "LVA", "pledged", "0334"),
    ("en", "Canada sent 300 troops to Latvia.", "CAN", "deploysTroopsTo", "LVA", "done", "074"),
    ("en", "Canada has sent 300 troops to Latvia.", "CAN", "deploysTroopsTo", "LVA", "done", "074"),
    ("en", "Canada is sending troops to Latvia.", "CAN", "deploysTroopsTo", "LVA", "ongoing", "074"),
    ("en", "Canada plans to send troops to Latvia.", "CAN", "deploysTroopsTo", "LVA", "pledged", "0334"),
    ("en", "Norway pledged 50 million euros in humanitarian aid to Ukraine.", "NOR", "providesAidTo", "UKR",
     "pledged", "033"),
    ("en", "Russia continues to shell Ukraine.", "RUS", "attacks", "UKR", "ongoing", "190"),
    ("de", "Schweden wird 300 Soldaten nach Lettland schicken.", "SWE", "deploysTroopsTo", "LVA", "pledged", "0334"),
    ("de", "Schweden schickte 300 Soldaten nach Lettland.", "SWE", "deploysTroopsTo", "LVA", "done", "074"),
    ("de", "Schweden hat 300 Soldaten nach Lettland geschickt.", "SWE", "deploysTroopsTo", "LVA", "done", "074"),
    ("de", "Schweden schickt Soldaten nach Lettland.", "SWE", "deploysTroopsTo", "LVA", "ongoing", "074"),
    ("de", "Schweden will Soldaten nach Lettland schicken.", "SWE", "deploysTroopsTo", "LVA", "pledged", "0334"),
    ("de", "Norwegen sagte der Ukraine weitere Panzer zu.", "NOR", "suppliesWeaponsTo", "UKR", "pledged", "0332"),
    ("de", "Russland beschießt die Ukraine weiterhin.", "RUS", "attacks", "UKR", "ongoing", "190"),
    # a German participle that reads like a present: after its auxiliary it is a perfect, done; a perfect
    # infinitive after a reporting "soll" is done too
    ("de", "Belgien hat Moldau unterstützt.", "BEL", "supports", "MDA", "done", "052"),
    ("de", "Berichten zufolge soll Iran Drohnen nach Venezuela geschickt haben.", "IRN", "suppliesWeaponsTo", "VEN",
     "done", "072"),
    # statements: saying it is doing it, whatever the tense
    ("en", "Poland condemned Russia.", "POL", "accuses", "RUS", "done", "112"),
    ("pl", "Polska zagroziła Rosji odwetem.", "POL", "threatens", "RUS", "done", "130"),
    # a threat made by declared readiness or a condition carries the threat code of its act (cameo.csv)
    ("en", "Azerbaijan said it was prepared to strike Armenia.", "AZE", "threatens", "ARM", "done", "138"),
    ("pl", "Jeśli rozmowy upadną, Szwecja nałoży sankcje na Białoruś.", "SWE", "threatens", "BLR", "done", "1312"),
    # a past verb after 'and' is a predicate of its own: the promise before it does not make it a pledge
    ("en", "Chile and Peru agreed to boost port trade and signed a fisheries deal.", "CHL", "signsAgreementWith",
     "PER", "done", "057"),
    ("pl", "Czechy i Słowacja zgodziły się rozbudować sieć gazową i podpisały umowę energetyczną.", "CZE",
     "signsAgreementWith", "SVK", "done", "057"),
    ("en", "Chile will train officers and deliver rifles to Peru.", "CHL", "suppliesWeaponsTo", "PER", "pledged",
     "0332"),
    # a German "zu" infinitive after a comma is governed by the clause before it: promised there, it is pledged,
    # and force promised is a threat made
    ("de", "Norwegen versprach, der Ukraine weitere Panzer zu liefern.", "NOR", "suppliesWeaponsTo", "UKR", "pledged",
     "0332"),
    ("de", "Chile kündigte an, Stellungen in Peru anzugreifen.", "CHL", "threatens", "PER", "done", "138"),
    ("de", "Bolivien schwor, gegen Paraguay zurückzuschlagen.", "BOL", "threatens", "PRY", "done", "130"),
]


@pytest.mark.parametrize("lang,text,s,rel,o,status,code", STATUS, ids=[c[1] for c in STATUS])
def test_status_and_cameo_code(lang, text, s, rel, o, status, code):
    c = claim(text, lang, s, rel, o)
    assert (c.status, c.cameo, c.modality) == (status, code, "asserted")
    assert code in cameo_table()


@pytest.mark.parametrize("lang,text", [
    ("pl", "Szwecja nie wyśle na Łotwę żołnierzy."),
    ("en", "Canada will not send troops to Latvia."),
])
def test_status_does_not_change_negation(lang, text):
    s = {"pl": "SWE", "en": "CAN"}[lang]
    c = claim(text, lang, s, "deploysTroopsTo", "LVA")
    assert c.negated and c.modality == "negated"
    assert c.status == "pledged" and c.cameo == "0334"  # a promise not made is still about a promise


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada sends troops to Latvia\n\nCanada is sending troops to Latvia, the government said."),
    ("de", "Schweden schickt Soldaten nach Lettland\n\nSchweden schickt weiterhin Soldaten nach Lettland."),
])
def test_a_headline_in_the_present_reports_what_happened(lang, text):
    got = {(c.start > 0, c.status) for c in kg.extract(text, lang=lang) if c.relation == "deploysTroopsTo"}
    assert got == {(False, "done"), (True, "ongoing")}


PLACES = [
    ("pl", "Rosyjskie drony zaatakowały Odessę.", "RUS", "attacks", "UKR", "odesa", "Odesa", "UKR"),
    ("pl", "Szef MSZ Polski spotkał się w Pradze z ministrem spraw zagranicznych Czech.", "POL", "meetsWith", "CZE",
     "CZE-capital", "Prague", "CZE"),
    ("en", "Russian drones struck Odesa overnight.", "RUS", "attacks", "UKR", "odesa", "Odesa", "UKR"),
    ("en", "The Polish prime minister held talks with the Russian president in the Kremlin.", "POL", "meetsWith",
     "RUS", "RUS-capital", "Moscow", "RUS"),
    ("de", "Russische Drohnen griffen Odessa an.", "RUS", "attacks", "UKR", "odesa", "Odesa", "UKR"),
    ("de", "Bundeskanzler Scholz traf den litauischen Präsidenten Nausėda in Vilnius.", "DEU", "meetsWith", "LTU",
     "LTU-capital", "Vilnius", "LTU"),
]


@pytest.mark.parametrize("lang,text,s,rel,o,pid,label,state", PLACES, ids=[c[1] for c in PLACES])
def test_place_of_the_event(lang, text, s, rel, o, pid, label, state):
    found = [c for c in kg.extract(text, lang=lang) if (c.subject.code, c.relation, c.object.code) == (s, rel, o)]
    assert found and all(c.place is not None for c in found)
    p = found[0].place
    assert (p.id, p.label, p.state) == (pid, label, state)
    assert p.lat is not None and p.lon is not None  # coordinates where the gazetteer knows them


def test_no_place_when_the_clause_names_none():
    assert claim("Canada sent 300 troops to Latvia.", "en", "CAN", "deploysTroopsTo", "LVA").place is None


# --- attribution, hedges and denials stay in their conjunct -----------------------------------------

ATTRIBUTION = [
    # the attribution inside the second conjunct is that conjunct's only
    ("pl", "Szwecja wyśle myśliwce na Ukrainę, a według agencji PAP Norwegia przekaże Ukrainie czołgi.",
     ("SWE", "suppliesWeaponsTo", "UKR"), ("NOR", "suppliesWeaponsTo", "UKR"), "PAP"),
    ("en", "Sweden sent tanks to Ukraine, but Norway, according to Reuters, sent jets to Ukraine.",
     ("SWE", "suppliesWeaponsTo", "UKR"), ("NOR", "suppliesWeaponsTo", "UKR"), "Reuters"),
    ("de", "Polen verurteilte Russland, und Litauen lobte nach Angaben von Reuters die Ukraine.",
     ("POL", "accuses", "RUS"), ("LTU", "praises", "UKR"), "Reuters"),
]


@pytest.mark.parametrize("lang,text,free,attributed,who", ATTRIBUTION, ids=[a[1] for a in ATTRIBUTION])
def test_attribution_applies_to_its_conjunct(lang, text, free, attributed, who):
    assert claim(text, lang, *free).attributed_to is None
    assert claim(text, lang, *attributed).attributed_to == who


@pytest.mark.parametrize("lang,text,pairs", [
    ("pl", "Według PAP Szwecja wyśle myśliwce na Ukrainę, a Norwegia przekaże Ukrainie czołgi.",
     [("SWE", "suppliesWeaponsTo", "UKR"), ("NOR", "suppliesWeaponsTo", "UKR")]),
    ("en", "According to Reuters, Poland condemned Russia, and Lithuania praised Ukraine.",
     [("POL", "accuses", "RUS"), ("LTU", "praises", "UKR")]),
])
def test_an_attribution_opening_the_sentence_covers_all_of_it(lang, text, pairs):
    who = {"pl": "PAP", "en": "Reuters"}[lang]
    assert all(claim(text, lang, *p).attributed_to == who for p in pairs)


@pytest.mark.parametrize("lang,text,pair,who", [
    # a clause of saying that closes the sentence: its sayer (agency, actor, person) says what comes before it
    ("en", "Sweden sent tanks to Ukraine, Reuters reported.", ("SWE", "suppliesWeaponsTo", "UKR"), "Reuters"),
    ("en", "Chile shelled Peru overnight, the Bolivian army said on Monday.", ("CHL", "attacks", "PER"), "Bolivia"),
    ("pl", "Szwecja przekazała Ukrainie czołgi, podała agencja Reutera.", ("SWE", "suppliesWeaponsTo", "UKR"),
     "Reuters"),
    ("de", "„Chile hat Peru erneut angegriffen“, sagte Scholz am Montag.", ("CHL", "attacks", "PER"), "Olaf Scholz"),
    # one that opens it says what follows its verb
    ("en", "Reuters reported that Sweden had sent tanks to Ukraine.", ("SWE", "suppliesWeaponsTo", "UKR"), "Reuters"),
    ("pl", "PAP podała, że Szwecja przekazała Ukrainie czołgi.", ("SWE", "suppliesWeaponsTo", "UKR"), "PAP"),
])
def test_a_clause_of_saying_names_who_says_the_sentence(lang, text, pair, who):
    assert claim(text, lang, *pair).attributed_to == who


def test_a_sayer_that_names_no_one_gives_no_attribution():
    assert claim("Sweden sent tanks to Ukraine, officials said.", "en", "SWE", "suppliesWeaponsTo", "UKR") \
        .attributed_to is None


HEDGES = [
    ("pl", "Szwecja podobno wyśle myśliwce na Ukrainę, a Norwegia przekaże Ukrainie czołgi.",
     ("SWE", "suppliesWeaponsTo", "UKR"), ("NOR", "suppliesWeaponsTo", "UKR")),
    ("en", "Sweden reportedly sent tanks to Ukraine, but Norway praised Poland.",
     ("SWE", "suppliesWeaponsTo", "UKR"), ("NOR", "praises", "POL")),
    ("de", "Polen verurteilte Russland, und Litauen lobte angeblich die Ukraine.",
     ("LTU", "praises", "UKR"), ("POL", "accuses", "RUS")),
]


@pytest.mark.parametrize("lang,text,hedged,plain", HEDGES, ids=[h[1] for h in HEDGES])
def test_a_hedge_applies_to_its_conjunct(lang, text, hedged, plain):
    assert claim(text, lang, *hedged).hedged
    assert not claim(text, lang, *plain).hedged


@pytest.mark.parametrize("lang,text", [
    ("pl", "Węgry zaprzeczyły, jakoby wspierały Rosję, a Polska pochwaliła Ukrainę."),
    ("en", "Hungary denied supporting Russia, and Poland praised Ukraine."),
    ("de", "Ungarn bestritt, Russland zu unterstützen, und Polen lobte die Ukraine."),
])
def test_a_denial_does_not_reach_the_next_conjunct(lang, text):
    assert claim(text, lang, "POL", "praises", "UKR").modality == "asserted"
    assert any(c.modality == "denied" for c in kg.extract(text, lang=lang) if c.relation == "supports")


def test_jsonl_carries_status_cameo_and_place():
    r = CliRunner().invoke(main, ["extract", "-", "--format", "jsonl", "--lang", "en"],
                           input="Russian drones struck Odesa overnight.\n")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    (c,) = [x for x in rows if x["relation"] == "attacks"]
    assert (c["status"], c["cameo"]) == ("done", "190")
    assert c["place"]["id"] == "odesa" and c["place"]["state"] == "UKR"
    assert {"lat", "lon"} <= set(c["place"])
    structural = [x for x in rows if x["relation"] in ("leaderOf", "officialOf", "memberOf")]
    assert all(x["cameo"] is None for x in structural)  # facts from the gazetteer are not events


def test_explain_shows_status_and_place():
    r = CliRunner().invoke(main, ["explain", "Szwecja wyśle na Łotwę 300 żołnierzy.", "--lang", "pl"])
    assert r.exit_code == 0, r.output
    assert "-- status:" in r.output and "pledged by perfective present “wyśle”, CAMEO 0334" in r.output
