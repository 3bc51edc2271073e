"""Event dates on claims (the ``dates`` stage, kg.engine.dates) and article dates through ingest and
``kg extract --now``. Every sentence and article here is written for the test, in each language:
absolute, relative, partial and spanning dates, and sentences without a date, which get none."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.explain import explain_text
from kg.extract import extract_article
from kg.ingest import iter_articles, read_path
from kg.records import Article

STRUCTURAL = ("leaderOf", "officialOf", "memberOf")
PUBLISHED = "2025-07-13T04:00"  # Sunday


def _claims(text: str, lang: str, published: str | None = PUBLISHED, precision: str | None = "hour") -> list[tuple]:
    art = Article("t", text, published=published, published_precision=precision, lang=lang)
    return [(c.relation, c.subject.code, c.object.code, c.event_date, c.event_precision, c.event_end, c.event_text)
            for c in extract_article(art) if c.relation not in STRUCTURAL]


@pytest.mark.parametrize("lang, text, expected", [
    # absolute
    ("pl", "Polska podpisała umowę z Ukrainą 12 listopada 2024 r.",
     ("signsAgreementWith", "POL", "UKR", "2024-11-12", "day", None, "12 listopada 2024 r.")),
    ("en", "Poland signed a security agreement with Ukraine on 12 November 2024.",
     ("signsAgreementWith", "POL", "UKR", "2024-11-12", "day", None, "on 12 November 2024")),
    ("de", "Polen unterzeichnete am 12. November 2024 ein Abkommen mit der Ukraine.",
     ("signsAgreementWith", "POL", "UKR", "2024-11-12", "day", None, "am 12. November 2024")),
    # partial: the month or the year only
    ("pl", "W sierpniu 2024 r. Ukraina zaatakowała Rosję.",
     ("attacks", "UKR", "RUS", "2024-08", "month", None, "W sierpniu 2024 r.")),
    ("en", "In August 2024, Ukraine attacked Russia.", ("attacks", "UKR", "RUS", "2024-08", "month", None,
                                                        "In August 2024")),
    ("de", "Im Oktober 2024 griff Russland die Ukraine an.", ("attacks", "RUS", "UKR", "2024-10", "month", None,
                                                               "Im Oktober 2024")),
    # relative to the article date
    ("pl", "Polska i Litwa podpisały w ubiegłym roku porozumienie obronne.",
     ("signsAgreementWith", "POL", "LTU", "2024", "year", None, "w ubiegłym roku")),
    ("pl", "W sobotę minister spraw zagranicznych Polski spotkał się z szefem litewskiej dyplomacji.",
     ("meetsWith", "POL", "LTU", "2025-07-12", "day", None, "W sobotę")),
    ("en", "On Saturday the Polish foreign minister met his Lithuanian counterpart.",
     ("meetsWith", "POL", "LTU", "2025-07-12", "day", None, "On Saturday")),
    ("en", "Russia attacked Ukraine last November.", ("attacks", "RUS", "UKR", "2024-11", "month", None,
                                                      "last November")),
    ("de", "Am Samstag traf der polnische Außenminister seinen litauischen Amtskollegen.",
     ("meetsWith", "POL", "LTU", "2025-07-12", "day", None, "Am Samstag")),
    ("de", "Polen und Litauen unterzeichneten im vergangenen Jahr ein Abkommen.",
     ("signsAgreementWith", "POL", "LTU", "2024", "year", None, "im vergangenen Jahr")),
    # spans: from ... to, and since (ended by the article date)
    ("pl", "Od lutego 2022 r. Polska przekazuje Ukrainie broń.",
     ("suppliesWeaponsTo", "POL", "UKR", "2022-02", "month", "2025-07-13", "Od lutego 2022 r.")),
    ("pl", "Polska od początku wojny przekazuje Ukrainie pomoc humanitarną.",
     ("providesAidTo", "POL", "UKR", "2022-02-24", "day", "2025-07-13", "od początku wojny")),
    ("en", "Since February 2022 Poland has supplied weapons to Ukraine.",
     ("suppliesWeaponsTo", "POL", "UKR", "2022-02", "month", "2025-07-13", "Since February 2022")),
    ("en", "Germany sent weapons to Ukraine between 2022 and 2024.",
     ("suppliesWeaponsTo", "DEU", "UKR", "2022", "year", "2024", "between 2022 and 2024")),
    ("de", "Seit Februar 2022 liefert Deutschland Waffen an die Ukraine.",
     ("suppliesWeaponsTo", "DEU", "UKR", "2022-02", "month", "2025-07-13", "Seit Februar 2022")),
    ("de", "Von Januar bis März 2023 lieferte Deutschland Panzer an die Ukraine.",
     ("suppliesWeaponsTo", "DEU", "UKR", "2023-01", "month", "2023-03", "Von Januar bis März 2023")),
])
def test_event_dates(lang, text, expected):
    assert expected in _claims(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Polska poparła Ukrainę."),
    ("pl", "Niemcy wysłały żołnierzy na Litwę, która w 2004 roku wstąpiła do NATO."),  # Lithuania's date
    ("en", "Poland supports Ukraine."),
    ("en", "Russia may send 2000 more troops to Belarus."),
    ("de", "Polen unterstützt die Ukraine."),
    ("de", "Die Regierung in Berlin liefert der Ukraine 500 Panzer."),
])
def test_a_sentence_without_its_own_date_gets_none(lang, text):
    found = _claims(text, lang)
    assert found, "the sentence gives a claim"
    assert all(c[3] is None and c[6] is None for c in found), found


def test_the_article_date_is_never_the_event_date():
    for c in _claims("Polska poparła Ukrainę. Niemcy wysłały żołnierzy na Litwę.", "pl"):
        assert c[3] is None
    art = Article("t", "Polska poparła Ukrainę.", published=PUBLISHED, published_precision="hour", lang="pl")
    (c,) = extract_article(art)
    assert (c.published, c.published_precision, c.event_date) == (PUBLISHED, "hour", None)


def test_a_date_the_article_date_cannot_settle_keeps_its_words():
    (c,) = [c for c in _claims("Polska poparła Ukrainę w sobotę.", "pl", published=None, precision=None)]
    assert c[3:] == (None, None, None, "w sobotę")
    (c,) = _claims("W sierpniu 2024 r. Ukraina zaatakowała Rosję.", "pl", published=None, precision=None)
    assert c[3] == "2024-08", "an absolute date needs no article date"


def test_a_date_dates_what_its_verb_governs_and_no_other_verb():
    found = _claims("Według Moskwy w sierpniu 2024 r. doszło do ukraińskiej inwazji na Rosję.", "pl")
    assert ("attacks", "UKR", "RUS", "2024-08", "month", None, "w sierpniu 2024 r.") in found
    found = _claims("Manila said the pact Japan and the Philippines signed in 2024 extends to Chinese attacks on "
                    "Philippine ships.", "en")
    dated = {c[0]: c[3] for c in found}
    assert dated == {"signsAgreementWith": "2024", "attacks": None}, found


def test_a_relative_clause_dates_the_noun_before_it():
    found = _claims("Rozmowy dotyczyły umowy o strategicznym partnerstwie, którą Rosja i Korea Północna "
                    "podpisały w ubiegłym roku.", "pl")
    dated = {c[0]: c[3] for c in found}
    assert dated["signsAgreementWith"] == "2024" and dated["alliedWith"] == "2024"
    assert dated.get("meetsWith") is None, "the talks are not last year's"


def test_a_paragraph_scene_dates_the_same_kind_of_event_only():
    text = ("W sobotę minister spraw zagranicznych Polski spotkał się z szefem litewskiej dyplomacji. "
            "Rozmowy Polski i Litwy trwały dwie godziny. Polska poparła Ukrainę.\n\n"
            "Rozmowy Polski i Litwy będą kontynuowane.")
    found = _claims(text, "pl")
    meets = [c for c in found if c[0] == "meetsWith"]
    assert [c[3] for c in meets] == ["2025-07-12", "2025-07-12", None], meets  # the next paragraph has none
    assert [c[6] for c in meets][:2] == ["W sobotę", "W sobotę"]
    assert [c[3] for c in found if c[0] == "supports"] == [None]


def test_a_sentence_about_now_does_not_inherit_the_paragraph_date():
    text = "W sobotę Polska i Litwa podpisały porozumienie. Obecnie Polska i Litwa podpisują kolejne porozumienie."
    dates = [c[3] for c in _claims(text, "pl") if c[0] == "signsAgreementWith"]
    assert dates == ["2025-07-12", None]


def test_attributive_relations_are_not_dated():
    found = _claims("Since November 2023 the Iran-backed Houthis have attacked ships.", "en")
    assert all(c[3] is None for c in found if c[0] == "supports"), found


def test_explain_shows_the_dates_stage():
    (e,) = explain_text("W sierpniu 2024 r. Ukraina zaatakowała Rosję.", "pl")
    view = e.stages["dates"]
    assert view["dates"][0]["text"] == "W sierpniu 2024 r."
    assert view["dates"][0]["date"] == {"date": "2024-08", "precision": "month"}
    assert view["frames"][0]["from"] in ("clause", "sentence")


# --- article dates through ingest and the command line -------------------------------------------------------

ARTICLE_PL = """Moskwa i Pjongjang zacieśniają współpracę

Kurier Wschodni 6 godzin temu

Szef rosyjskiej dyplomacji przyleciał w sobotę do Pjongjangu. Rozmowy dotyczyły wykonania umowy o \
partnerstwie strategicznym, którą Rosja i Korea Północna podpisały w ubiegłym roku.

Według Moskwy w sierpniu 2024 r. Ukraina zaatakowała Rosję w obwodzie kurskim. Od jesieni Korea Północna \
wysyła do Rosji żołnierzy.
"""


def test_a_polish_article_is_dated_like_the_seed(tmp_path):
    """The dateline's outlet and hour, last year's agreement, and the incursion's month; nothing else."""
    path = tmp_path / "artykul.txt"
    path.write_text(ARTICLE_PL, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(path), "--now", "2025-07-13T12:00:00", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    claims = [json.loads(line) for line in res.output.splitlines()]
    assert {(c["source"], c["published"], c["published_precision"]) for c in claims} == {
        ("Kurier Wschodni", "2025-07-13T06:00", "hour")}
    by = {(c["relation"], c["subject"]["code"], c["object"]["code"]): c for c in claims}
    agreement = by[("signsAgreementWith", "RUS", "PRK")]
    assert (agreement["event_date"], agreement["event_precision"]) == ("2024", "year")
    attack = by[("attacks", "UKR", "RUS")]
    assert (attack["event_date"], attack["event_precision"], attack["event_text"]) == (
        "2024-08", "month", "w sierpniu 2024 r.")
    troops = by[("deploysTroopsTo", "PRK", "RUS")]
    assert troops["event_date"] is None and troops["event_text"] is None, "'od jesieni' names no year"
    assert "Kurier Wschodni" not in "".join(c["sentence"] for c in claims), "the dateline is not text"


def test_relative_datelines_default_to_the_file_modification_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Nagłówek\n\nKurier Testowy 2 godziny temu\n\nPolska poparła Ukrainę.\n", encoding="utf-8")
    mtime = dt.datetime(2025, 3, 4, 15, 40, tzinfo=dt.UTC).timestamp()
    os.utime(path, (mtime, mtime))
    art = next(read_path(path))
    assert (art.source, art.published, art.published_precision) == ("Kurier Testowy", "2025-03-04T13:00", "hour")
    art = next(iter_articles([path], now=dt.datetime(2025, 1, 1, 9, 0)))
    assert art.published == "2025-01-01T07:00"


def test_absolute_datelines_in_three_languages(tmp_path):
    for name, line, expected in [
        ("pl.txt", "Gazeta Wschodnia 12 listopada 2025", ("Gazeta Wschodnia", "2025-11-12", "day")),
        ("en.txt", "Harbour Post | Nov. 12, 2025, 14:30", ("Harbour Post", "2025-11-12T14:30", "minute")),
        ("de.txt", "Der Bote 12.11.2025", ("Der Bote", "2025-11-12", "day")),
    ]:
        path = tmp_path / name
        path.write_text(f"Headline\n\n{line}\n\nPoland supports Ukraine.\n", encoding="utf-8")
        art = next(read_path(path))
        assert (art.source, art.published, art.published_precision) == expected


def test_jsonl_published_is_normalized_and_a_bad_one_is_noticed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Polska poparła Ukrainę.", "published": "2025-07-13T10:22:05+02:00"},
        {"id": "b", "text": "Polska poparła Ukrainę.", "published": "12 listopada 2025"},
        {"id": "c", "text": "Polska poparła Ukrainę.", "published": "wkrótce"},
        {"id": "d", "text": "Polska poparła Ukrainę.", "published": "3 dni temu"},
    ]) + "\n", encoding="utf-8")
    notices: list[str] = []
    arts = list(iter_articles([path], warn=notices.append, now=dt.datetime(2025, 7, 13, 12)))
    assert [(a.published, a.published_precision) for a in arts] == [
        ("2025-07-13T10:22", "minute"), ("2025-11-12", "day"), (None, None), ("2025-07-10", "day")]
    assert any("feed.jsonl:3" in n and "published" in n for n in notices), notices


def test_html_dates_come_from_the_metadata(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("""<html lang="pl"><head><title>Polska i Ukraina</title>
<meta property="article:published_time" content="2024-07-08T14:30:00+02:00"></head>
<body><article><h1>Polska i Ukraina</h1><p>Polska poparła Ukrainę w sporze o zboże. Rozmowy trwały długo
i zakończyły się porozumieniem w sprawie kontroli transportów na granicy obu państw.</p></article></body></html>""",
                    encoding="utf-8")
    art = next(read_path(page))
    assert (art.published, art.published_precision) == ("2024-07-08", "day")


def test_now_must_be_a_date(tmp_path):
    res = CliRunner().invoke(main, ["extract", "-", "--now", "yesterday-ish"], input="Polska poparła Ukrainę.\n")
    assert res.exit_code == 2
    assert "not an ISO date" in res.output


def test_the_table_shows_the_outlet_the_article_date_and_event_dates(tmp_path):
    path = tmp_path / "artykul.txt"
    path.write_text(ARTICLE_PL, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(path), "--now", "2025-07-13T12:00:00"])
    assert res.exit_code == 0, res.output
    assert "[pl] · Kurier Wschodni · 2025-07-13T06:00" in res.output
    assert "signsAgreementWith  North Korea (PRK)   [2024]" in res.output
    assert "attacks  Russia (RUS)   [per Russia, 2024-08]" in res.output
