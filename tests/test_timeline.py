"""Time made queryable: ``kg build --since/--until``, the ``timeline`` and ``changes`` queries, date
parameters. The articles are written here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.dates import in_window, when

ARTICLES = {
    "a-2024.txt": """Moskwa i Pjongjang podpisały traktat

Kurier Wschodni 20 czerwca 2024

Rosja i Korea Północna podpisały w środę traktat o partnerstwie strategicznym. Polska poparła Ukrainę.
""",
    "b-2025.txt": """Żołnierze z Korei Północnej w Rosji

Kurier Wschodni 14.11.2025

W sierpniu 2024 r. Ukraina zaatakowała Rosję w obwodzie kurskim. Korea Północna wysłała do Rosji żołnierzy \
w październiku 2024 roku. Rosja i Korea Północna podpisały porozumienie o współpracy wojskowej w ubiegłym roku.
""",
    "c-2025.txt": """Minister w Pjongjangu

Kurier Wschodni 2025-07-13

Rosyjski minister spraw zagranicznych spotkał się w sobotę z przywódcą Korei Północnej.
""",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def export(articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "exports"
    res = CliRunner().invoke(main, ["build", str(articles), "-o", str(out), "--no-html", "-j", "1"])
    assert res.exit_code == 0, res.output
    return out


def _claims(out) -> list[dict]:
    return [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]


def _query(out, *args) -> list[dict]:
    res = CliRunner().invoke(main, ["query", str(out), *args, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_timeline_lists_what_happened_between_two_actors_in_time_order(export):
    rows = _query(export, "--name", "timeline", "--param", "a=RUS", "--param", "b=PRK")
    seq = [(r["when"], r.get("dated"), r["relation"]) for r in rows]
    assert seq == sorted(seq, key=lambda x: x[0])
    assert ("2024-06-19", "event", "signsAgreementWith") in seq  # the Wednesday before 20 June 2024
    assert ("2024", "event", "signsAgreementWith") in seq  # "w ubiegłym roku" in 2025
    assert ("2024-10", "event", "deploysTroopsTo") in seq
    assert ("2025-07-12", "event", "meetsWith") in seq
    assert all(r["sentence"] for r in rows)
    assert not any(r["relation"] == "attacks" for r in rows), "Ukraine's attack is not between Russia and Korea"
    by_name = _query(export, "--name", "timeline", "--param", "a=Rosja", "--param", "b=Korea Północna")
    assert by_name == rows


def test_changes_lists_edges_first_reported_since_a_date(export):
    rows = _query(export, "--name", "changes", "--param", "since=2025-01-01")
    edges = {(r["subject"].rsplit("/", 1)[-1], r["relation"], r["object"].rsplit("/", 1)[-1]) for r in rows}
    assert ("PRK", "deploysTroopsTo", "RUS") in edges and ("UKR", "attacks", "RUS") in edges
    assert ("POL", "supports", "UKR") not in edges, "first reported in 2024"
    assert all(r["first"] >= "2025" for r in rows)
    assert {r["since"] for r in rows} == {"2025-01-01"}
    assert _query(export, "--name", "changes", "--param", "since=2026") == []


def test_changes_leaves_out_edges_no_claim_asserts(tmp_path):
    """An edge whose every claim is negated was never reported: it is no change (issue 8)."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "d-2025.txt").write_text("Szwecja i Litwa\n\nKurier Wschodni 2025-03-03\n\n"
                                       "Szwecja nie wyśle na Litwę żołnierzy. Polska poparła Litwę.\n",
                                       encoding="utf-8")
    out = tmp_path / "exports"
    res = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-html", "-j", "1"])
    assert res.exit_code == 0, res.output
    assert any(c["negated"] and c["subject"]["id"] == "SWE" for c in _claims(out)), "the fixture needs a negation"
    rows = _query(out, "--name", "changes", "--param", "since=2025")
    edges = {(r["subject"].rsplit("/", 1)[-1], r["relation"], r["object"].rsplit("/", 1)[-1]) for r in rows}
    assert ("POL", "supports", "LTU") in edges
    assert not any(s == "SWE" for s, _, _ in edges), rows
    assert all(int(r["events"]) > 0 for r in rows)


def test_the_timeline_gives_the_precision_of_the_date_it_shows(tmp_path):
    """An article dated to the minute still shows as a day (RDF keeps the day), so the row says "day"."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "e.txt").write_text("Rozmowy w Moskwie\n\nKurier Wschodni 12.04.2024, 16:20\n\n"
                                  "Rosja poparła Koreę Północną.\n", encoding="utf-8")
    out = tmp_path / "exports"
    res = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-html", "-j", "1"])
    assert res.exit_code == 0, res.output
    assert _claims(out)[0]["published_precision"] == "minute"
    rows = _query(out, "--name", "timeline", "--param", "a=RUS", "--param", "b=PRK")
    assert [(r["when"], r["precision"], r["dated"]) for r in rows] == [("2024-04-12", "day", "article")]


@pytest.mark.parametrize("bad", ["2025-13", "yesterday", "2025-02-30", "25-01-01"])
def test_a_date_parameter_must_be_a_date(export, bad):
    res = CliRunner().invoke(main, ["query", str(export), "--name", "changes", "--param", f"since={bad}"])
    assert res.exit_code == 2
    assert "not a date" in res.output


def test_build_keeps_the_claims_of_a_window_by_event_date_else_article_date(articles, tmp_path):
    out = tmp_path / "window"
    res = CliRunner().invoke(main, ["build", str(articles), "-o", str(out), "--no-html", "-j", "1",
                                    "--since", "2024-08", "--until", "2024-12"])
    assert res.exit_code == 0, res.output
    assert "only claims dated from 2024-08 to 2024-12" in res.output
    got = {(c["doc"], c["relation"], c["event_date"]) for c in _claims(out) if c["relation"] != "suppliesWeaponsTo"}
    assert got == {("b-2025.txt", "attacks", "2024-08"), ("b-2025.txt", "deploysTroopsTo", "2024-10"),
                   ("b-2025.txt", "signsAgreementWith", "2024"), ("b-2025.txt", "alliedWith", "2024")}, got
    # undated claims count by their article's date (20 June); the treaty signed on Wednesday the 19th
    # is outside, and last year's agreement (all of 2024) inside
    res = CliRunner().invoke(main, ["build", str(articles), "-o", str(out), "--no-html", "-j", "1",
                                    "--since", "2024-06-20", "--until", "2024-06-20"])
    assert res.exit_code == 0, res.output
    got = {(c["doc"], c["relation"], c["event_date"]) for c in _claims(out)
           if c["relation"] in ("supports", "signsAgreementWith")}
    assert got == {("a-2024.txt", "supports", None), ("a-2024.txt", "signsAgreementWith", None),
                   ("b-2025.txt", "signsAgreementWith", "2024")}, got


def test_a_window_is_part_of_what_an_update_reuses(articles, tmp_path):
    out = tmp_path / "upd"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(articles), "-o", str(out), "--no-html", "-j", "1",
                                "--since", "2025"]).exit_code == 0
    first = {c["event_date"] for c in _claims(out)}
    res = runner.invoke(main, ["build", str(articles), "--update", str(out), "--no-html", "-j", "1",
                               "--until", "2024"])
    assert res.exit_code == 0, res.output
    assert "reused" not in res.output
    assert {c["event_date"] for c in _claims(out)} != first


def test_bad_windows_are_usage_errors(articles, tmp_path):
    for args in (["--since", "2025-13"], ["--until", "last week"], ["--since", "2025", "--until", "2024-06"]):
        res = CliRunner().invoke(main, ["build", str(articles), "-o", str(tmp_path / "x"), *args])
        assert res.exit_code == 2, (args, res.output)


def test_in_window_uses_the_period_a_date_covers():
    spring = {"event_date": "2024-03", "event_precision": "month"}
    assert in_window(spring, when("2024-03-31"), when("2024-04"))
    assert not in_window(spring, when("2024-04"), None)
    span = {"event_date": "2022-02", "event_precision": "month", "event_end": "2025-07-13",
            "event_end_precision": "day"}
    assert in_window(span, when("2024"), when("2024"))
    assert in_window({"published": "2025-07-13T04:00", "published_precision": "hour"}, when("2025-07-13"), None)
    assert not in_window({"published": None}, when("2025"), None)
    assert in_window({"published": None}, None, None)


def test_a_date_parameter_binds_alike_on_an_endpoint(export):
    """``kg query --endpoint`` binds parameters with VALUES: a date gives what substitution gives."""
    from kg.query import bind_params, named_queries, run_query
    from kg.rdf import PREFIXES
    from kg.rdfio import load_store
    from kg.remote import bind_values, query_text

    store = load_store(export / "graph.nq")
    q = named_queries()["changes"]
    expected = run_query(store, q, {"since": "2025"})
    text = bind_values(query_text(q.text, PREFIXES), bind_params(q, {"since": "2025"}, store))
    got = [[sol[v] for v in expected.variables] for sol in store.query(text, use_default_graph_as_union=True)]
    assert expected.rows and sorted(map(str, got)) == sorted(map(str, expected.rows))
