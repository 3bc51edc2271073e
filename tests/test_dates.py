"""Dates with their precision (kg.dates, kg.datescan, kg.datewords): datelines, published values,
and what date words resolve to against an article date. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.datapath import DataError
from kg.dates import When, parse_dateline, parse_iso, parse_published, resolve, resolve_expr, when
from kg.datescan import scan_text
from kg.datewords import _date_words, date_files

NOW = dt.datetime(2025, 7, 13, 12, 0)  # a Sunday


def _line(line: str, now: dt.datetime = NOW):
    got = parse_dateline(line, now)
    return None if got is None else (got[0], got[1].iso, got[1].precision)


# --- datelines: absolute and relative, in three languages ------------------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("Gazeta Wschodnia 12 listopada 2025", ("Gazeta Wschodnia", "2025-11-12", "day")),
    ("Kurier Testowy 8 godzin temu", ("Kurier Testowy", "2025-07-13T04:00", "hour")),
    ("Kurier Testowy 3 dni temu", ("Kurier Testowy", "2025-07-10", "day")),
    ("Kurier Testowy 25 minut temu", ("Kurier Testowy", "2025-07-13T11:35", "minute")),
    ("Kurier Testowy wczoraj", ("Kurier Testowy", "2025-07-12", "day")),
    ("Dziennik 12.11.2025, godz. 14:30", ("Dziennik", "2025-11-12T14:30", "minute")),
    ("Harbour Post | Nov. 12, 2025", ("Harbour Post", "2025-11-12", "day")),
    ("Harbour Post 5 hours ago", ("Harbour Post", "2025-07-13T07:00", "hour")),
    ("Harbour Post an hour ago", ("Harbour Post", "2025-07-13T11:00", "hour")),
    ("Harbour Post November 12, 2025", ("Harbour Post", "2025-11-12", "day")),
    ("Der Bote vor 3 Stunden", ("Der Bote", "2025-07-13T09:00", "hour")),
    ("Der Bote 12. November 2025", ("Der Bote", "2025-11-12", "day")),
    ("Der Bote · 12.11.2025, um 9:05 Uhr", ("Der Bote", "2025-11-12T09:05", "minute")),
    ("Der Bote gestern", ("Der Bote", "2025-07-12", "day")),
    ("2025-11-12", (None, "2025-11-12", "day")),
    ("12.11.2025", (None, "2025-11-12", "day")),
])
def test_datelines(line, expected):
    assert _line(line) == expected


@pytest.mark.parametrize("line", [
    "Rosja zaatakowała w sobotę",  # a subtitle that ends with a date is not a dateline
    "A subtitle about the summit in 2024",
    "Polska poparła Ukrainę.",
    "Gazeta 12 listopada",  # no year: not trusted
    "Was geschah am Samstag?",
    "",
])
def test_lines_that_are_not_datelines(line):
    assert _line(line) is None


def test_a_relative_dateline_is_as_precise_as_its_unit_and_follows_now():
    assert _line("Gazeta 2 tygodnie temu") == ("Gazeta", "2025-06-29", "week")
    assert _line("Gazeta 3 miesiące temu") == ("Gazeta", "2025-04", "month")
    later = dt.datetime(2025, 7, 14, 3, 30)
    assert _line("Kurier Testowy 8 godzin temu", later) == ("Kurier Testowy", "2025-07-13T19:00", "hour")


# --- published values of feeds and pages ---------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("2025-07-13", ("2025-07-13", "day")),
    ("2025-07", ("2025-07", "month")),
    ("2025", ("2025", "year")),
    ("2025-07-13T10:22:05+02:00", ("2025-07-13T10:22", "minute")),
    ("2025-07-13 10:22", ("2025-07-13T10:22", "minute")),
    ("12 listopada 2025 r., godz. 14:30", ("2025-11-12T14:30", "minute")),
    ("Nov. 12, 2025", ("2025-11-12", "day")),
    ("vor 2 Tagen", ("2025-07-11", "day")),
    ("5 hours ago", ("2025-07-13T07:00", "hour")),
])
def test_published_values(value, expected):
    w = parse_published(value, NOW)
    assert (w.iso, w.precision) == expected


def test_published_falls_back_to_dateparser_for_other_forms():
    w = parse_published("Tue, 12 Nov 2025 14:30:00 GMT", NOW)
    assert w.iso.startswith("2025-11-12")


@pytest.mark.parametrize("value", ["soon", "not a date at all", "2025-13-45"])
def test_published_that_is_no_date(value):
    assert parse_published(value, NOW) is None


def test_iso_and_when():
    assert parse_iso("2024-02-30") is None
    assert when("2025-07-13T04:00", "hour").iso == "2025-07-13T04:00"
    assert when("2025-07-13", "month").iso == "2025-07"  # a precision never adds digits
    assert when("garbage") is None and when(None) is None
    w = When.of(dt.datetime(2024, 8, 13, 9, 41), "month")
    assert (w.iso, w.end) == ("2024-08", dt.date(2024, 8, 31))
    assert sorted(["2025", "2024-08-06", "2024-08", "2025-01-02T03:00"]) == ["2024-08", "2024-08-06", "2025",
                                                                             "2025-01-02T03:00"]


# --- what date words say, resolved against the article date ------------------------------------------------

ARTICLE = When.of(dt.datetime(2025, 7, 13, 4, 0), "hour")  # Sunday, 13 July 2025, 04:00


def _dates(text: str, lang: str, ref: When | None = ARTICLE, codes=()) -> list[tuple]:
    out = []
    for e in scan_text(text, lang):
        d = resolve_expr(e, ref, codes)
        out.append((d.text, d.start and d.start.iso, d.start and d.start.precision, d.end and d.end.iso))
    return out


@pytest.mark.parametrize("text, lang, expected", [
    # absolute
    ("Umowę podpisano 12 listopada 2024 r. w Moskwie.", "pl", [("12 listopada 2024 r.", "2024-11-12", "day", None)]),
    ("The treaty was signed on 19 June 2024.", "en", [("on 19 June 2024", "2024-06-19", "day", None)]),
    ("Der Vertrag wurde am 19. Juni 2024 unterzeichnet.", "de", [("am 19. Juni 2024", "2024-06-19", "day", None)]),
    # partial: a month, a year
    ("W sierpniu 2024 r. wojska wkroczyły do obwodu.", "pl", [("W sierpniu 2024 r.", "2024-08", "month", None)]),
    ("Troops crossed the border in August 2024.", "en", [("in August 2024", "2024-08", "month", None)]),
    ("Im Oktober 2024 trafen sich die Minister.", "de", [("Im Oktober 2024", "2024-10", "month", None)]),
    ("Sojusz zawarto w 2019 roku.", "pl", [("w 2019 roku", "2019", "year", None)]),
    ("The alliance dates from the year 2019.", "en", [("year 2019", "2019", "year", None)]),
    ("Im Jahr 2019 wurde das Bündnis geschlossen.", "de", [("Im Jahr 2019", "2019", "year", None)]),
    # relative to the article date
    ("Oba kraje podpisały umowę w ubiegłym roku.", "pl", [("w ubiegłym roku", "2024", "year", None)]),
    ("Rozmowy odbyły się w sobotę.", "pl", [("w sobotę", "2025-07-12", "day", None)]),
    ("Podczas sobotniego szczytu przywódcy rozmawiali.", "pl", [("sobotniego", "2025-07-12", "day", None)]),
    ("Wizyta odbyła się w listopadzie ubiegłego roku.", "pl", [("w listopadzie ubiegłego roku", "2024-11", "month",
                                                                None)]),
    ("W sierpniu Ukraina wkroczyła do obwodu.", "pl", [("W sierpniu", "2024-08", "month", None)]),
    ("The ministers met on Saturday.", "en", [("on Saturday", "2025-07-12", "day", None)]),
    ("The ministers met last November.", "en", [("last November", "2024-11", "month", None)]),
    ("The treaty was signed last June.", "en", [("last June", "2024-06", "month", None)]),
    ("The ministers met in May.", "en", [("in May", "2025-05", "month", None)]),
    ("The ministers met last week.", "en", [("last week", "2025-06-30", "week", None)]),
    ("They met two years ago.", "en", [("two years ago", "2023", "year", None)]),
    ("Die Minister trafen sich am Samstag.", "de", [("am Samstag", "2025-07-12", "day", None)]),
    ("Die Minister trafen sich im vergangenen Jahr.", "de", [("im vergangenen Jahr", "2024", "year", None)]),
    ("Die Minister trafen sich am vergangenen Freitag.", "de", [("am vergangenen Freitag", "2025-07-11", "day",
                                                                None)]),
    # spans
    ("Od lutego do kwietnia 2024 r. trwały ćwiczenia.", "pl", [("Od lutego do kwietnia 2024 r.", "2024-02", "month",
                                                                "2024-04")]),
    ("Od 2022 r. Polska wspiera Ukrainę.", "pl", [("Od 2022 r.", "2022", "year", "2025-07-13")]),
    ("Since February 2022 the EU has sanctioned Russia.", "en", [("Since February 2022", "2022-02", "month",
                                                                  "2025-07-13")]),
    ("The drills ran between 2019 and 2021.", "en", [("between 2019 and 2021", "2019", "year", "2021")]),
    ("Seit Februar 2022 liefert Deutschland Waffen.", "de", [("Seit Februar 2022", "2022-02", "month",
                                                              "2025-07-13")]),
    ("Von Januar bis März 2023 liefen die Gespräche.", "de", [("Von Januar bis März 2023", "2023-01", "month",
                                                               "2023-03")]),
])
def test_date_words_resolve_against_the_article_date(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Korea Północna wysłała ponad 10 tysięcy żołnierzy.", "pl"),
    ("Polska poparła Ukrainę w sporze o zboże.", "pl"),
    ("Maja Nowak spotkała się z ministrem.", "pl"),
    ("Russia may send 2000 more troops.", "en"),
    ("The 2024 budget supports Ukraine.", "en"),
    ("March on, said the general.", "en"),
    ("Die Regierung unterstützt die Ukraine mit 500 Millionen Euro.", "de"),
])
def test_no_date_where_there_is_none(text, lang):
    assert scan_text(text, lang) == []


def test_what_the_article_date_cannot_settle_stays_unresolved():
    assert _dates("Rozmowy odbyły się w sobotę.", "pl", ref=None) == [("w sobotę", None, None, None)]
    month_only = When.of(dt.datetime(2025, 7, 1), "month")
    assert _dates("Rozmowy odbyły się w sobotę.", "pl", ref=month_only) == [("w sobotę", None, None, None)]
    assert _dates("W ubiegłym roku podpisano umowę.", "pl", ref=month_only) == [("W ubiegłym roku", "2024", "year",
                                                                               None)]
    assert _dates("W sierpniu 2024 r. wojska wkroczyły.", "pl", ref=None) == [("W sierpniu 2024 r.", "2024-08",
                                                                               "month", None)]


def test_events_date_others_only_after_a_preposition_and_by_the_article_actors():
    text = "Od początku wojny Polska przyjęła uchodźców."
    assert _dates(text, "pl", codes={"UKR", "POL"}) == [("Od początku wojny", "2022-02-24", "day", "2025-07-13")]
    assert _dates(text, "pl", codes={"ISR"}) == [("Od początku wojny", "2023-10-07", "day", "2025-07-13")]
    assert _dates(text, "pl", codes={"UKR", "ISR"}) == [("Od początku wojny", None, None, None)]  # which war?
    assert _dates(text, "pl", codes=()) == [("Od początku wojny", None, None, None)]
    assert _dates("Rosja kontynuuje pełnoskalowej inwazji na Ukrainę.", "pl", codes={"UKR"}) == []
    assert _dates("Seit Beginn des Krieges hilft Polen.", "de", codes={"UKR"})[0][1] == "2022-02-24"


def test_resolve_needs_a_precise_enough_reference():
    from kg.datescan import Spec

    assert resolve(Spec(ago=("hour", 3)), When.of(NOW, "day")) is None
    assert resolve(Spec(ago=("day", 3)), When.of(NOW, "day")).iso == "2025-07-10"
    assert resolve(Spec(weekday=5, modifier="next"), ARTICLE).iso == "2025-07-19"
    assert resolve(Spec(month=3, modifier="next"), ARTICLE).iso == "2026-03"


# --- the data files -------------------------------------------------------------------------------------------


def test_every_language_has_date_words():
    for lang in ("pl", "en", "de"):
        assert date_files(lang), lang


def test_a_malformed_date_file_is_an_error_naming_it(tmp_path):
    bad = tmp_path / "pl.toml"
    bad.write_text('language = "pl"\nmonths = [["styczeń"]]\n', encoding="utf-8")
    with pytest.raises(DataError, match="pl.toml.*months.*12"):
        _date_words("pl", (bad,))
    bad.write_text('language = "pl"\nunknown_key = 1\n', encoding="utf-8")
    with pytest.raises(DataError, match="unknown key"):
        _date_words("pl", (bad,))


def test_user_date_words_extend_the_packaged_ones(tmp_path, monkeypatch):
    from kg import datapath
    from kg.datewords import date_words

    (tmp_path / "dates").mkdir()
    (tmp_path / "dates" / "pl.toml").write_text(
        'language = "pl"\n[[relative]]\nunit = "year"\noffset = -2\nwords = ["dwa lata wcześniej"]\n',
        encoding="utf-8")
    data = datapath.data_path([tmp_path], env=False)
    words = date_words("pl", data)
    expr = scan_text("Dwa lata wcześniej podpisano umowę.", "pl", data)
    assert words.months["sierpnia"] == 8
    assert resolve_expr(expr[0], ARTICLE).start.iso == "2023"


def test_check_data_reads_the_date_files(tmp_path):
    from kg import datapath
    from kg.checks import check_data

    (tmp_path / "dates").mkdir()
    (tmp_path / "dates" / "en.toml").write_text(
        'language = "en"\n[[anchor]]\nwords = ["the start of the siege"]\ndate = "2024-05-01"\ncontext = ["NOPE"]\n',
        encoding="utf-8")
    problems = check_data(datapath.data_path([tmp_path], env=False))
    assert any("context 'NOPE' is no actor's code" in p and "en.toml" in p for p in problems), problems
    (tmp_path / "dates" / "en.toml").write_text('language = "en"\nmonths = "May"\n', encoding="utf-8")
    problems = check_data(datapath.data_path([tmp_path], env=False))
    assert any("months" in p for p in problems), problems


@pytest.mark.parametrize("text", ["Polska poparła Ukrainę. ²", "² lat temu", "٣ godzin temu", "12.³.2024",
                                  "2024-٠١-01"])
def test_digits_that_are_not_ascii_are_no_dates(text):
    for lang in ("pl", "en", "de"):
        for e in scan_text(text, lang):
            assert resolve_expr(e, ARTICLE).start is None or e.text.isascii()
    assert parse_dateline(text, NOW) is None


@pytest.mark.parametrize("lang", ["pl", "en", "de"])
def test_the_screen_for_date_words_never_drops_a_date(lang):
    """``scan`` does not start on a sentence without a core word (``DateWords.cores``): every phrase of the
    day, relative-period and event tables, every month, weekday and "N units ago" finds the same dates
    with the screen as without it."""
    from kg.datescan import _Scanner, scan
    from kg.datewords import date_words
    from kg.text import tokenize

    words = date_words(lang)
    texts = [" ".join(ws) for t in (words.days, words.relative, words.anchors)
             for entries in t.by_first.values() for ws, _ in entries]
    texts += [f"{m} 2024" for m in words.months] + [f"w {d}" for d in words.weekdays]
    texts += [f"2 {u} {ago}" for u in words.units for ago in ("temu", "ago")] + [f"vor 3 {u}" for u in words.units]
    found = 0
    for text in texts:
        toks = tokenize(text)
        unscreened = _Scanner(words, toks, text).scan()
        assert scan(words, toks, text) == unscreened, text
        found += bool(unscreened)
    assert found >= 20  # many of the texts are dates: the comparison is not between empty lists
