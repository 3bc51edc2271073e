"""Small things a new user sees: the quick start is quiet, plurals, consistent language options."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from kg.actors import LANGS
from kg.cli import LABEL_LANGS, main
from kg.records import RELATIONS

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_first_command_builds_the_examples_without_a_warning(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && kg build examples/articles -o exports" in readme
    r = CliRunner().invoke(main, ["build", str(ROOT / "examples" / "articles"), "-o", str(tmp_path / "out"),
                                  "--no-html"])
    assert r.exit_code == 0, r.output
    assert "skipping" not in r.output and "error" not in r.output.lower()
    assert re.search(r"from 5 articles ->", r.output)
    assert not list((ROOT / "examples" / "articles").glob("*.jsonl")), "only articles in examples/articles"


def test_one_article_is_one_article(tmp_path):
    art = tmp_path / "one.txt"
    art.write_text("Poland supports Ukraine.\n\nPoland strongly supports Ukraine, the minister said.\n",
                   encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(art), "-o", str(tmp_path / "out"), "--no-html"])
    assert r.exit_code == 0, r.output
    assert "from 1 article ->" in r.output


def test_language_options_read_alike_in_every_command():
    runner = CliRunner()
    metavars = set()
    for cmd in ("extract", "build"):
        help_text = runner.invoke(main, [cmd, "--help"]).output
        metavars.add(re.search(r"--lang (\S+)", help_text)[1])
    assert metavars == {"[auto|de|en|pl]"}
    assert set(LABEL_LANGS) == set(LANGS)
    for cmd in ("viz", "query"):
        help_text = runner.invoke(main, [cmd, "--help"]).output
        assert re.search(r"--label-lang \[pl\|en\|de\]", help_text), cmd


def test_readme_has_no_placeholder_lines():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "README section text for" not in readme
    assert "(README section" not in (ROOT / "docs" / "graph.md").read_text(encoding="utf-8")


def test_table_shows_the_titles_of_html_and_jsonl_articles(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>Warsaw backs Kyiv</title></head><body><article><h1>Warsaw backs Kyiv</h1>"
                    "<p>Poland supports Ukraine. The government in Warsaw said so on Monday.</p></article>"
                    "</body></html>", encoding="utf-8")
    lines = tmp_path / "b.jsonl"
    lines.write_text('{"id": "b1", "title": "Berlin und Kiew", "text": "Poland supports Ukraine."}\n',
                     encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(page), str(lines), "--format", "table"])
    assert r.exit_code == 0, r.output
    assert "— Warsaw backs Kyiv" in r.output
    assert "== b1 — Berlin und Kiew" in r.output
    # the first article's header opens the output (as the README shows it); a blank line separates the next
    assert r.output.startswith("== ") and "\n\n== b1" in r.output


def test_table_of_no_claims_is_its_count_alone(tmp_path):
    """An article without claims prints no header, so the count is the whole output: no blank line before it."""
    art = tmp_path / "a.txt"
    art.write_text("The weather was nice in the park today.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(art), "--format", "table"]).output == "0 claims\n"
    art.write_text("Sweden did not send troops to Latvia.\n", encoding="utf-8")  # one claim, hidden
    assert runner.invoke(main, ["extract", str(art), "--format", "table"]).output == \
        "0 of 1 claims shown (1 not asserted: --all shows them)\n"


def test_table_says_what_it_hides(tmp_path):
    """The table's count is not a second definition of 'claims': it says how many it shows of how
    many, and what --all would add (negated claims, structural facts), so that it agrees with
    --format jsonl and with kg build."""
    text = "Sweden did not send troops to Latvia. Poland supported Ukraine. Donald Tusk praised Ukraine."
    art = tmp_path / "a.txt"
    art.write_text(text + "\n", encoding="utf-8")
    runner = CliRunner()
    lines = runner.invoke(main, ["extract", str(art), "--format", "jsonl"]).output.splitlines()
    claims = [json.loads(x) for x in lines if x.startswith("{")]
    negated = sum(1 for c in claims if c["negated"])
    structural = sum(1 for c in claims if not c["negated"] and c["relation"] not in RELATIONS)
    assert negated and structural, claims
    shown = len(claims) - negated - structural
    table = runner.invoke(main, ["extract", str(art), "--format", "table"]).output
    assert f"\n{shown} of {len(claims)} claims shown ({negated} not asserted, {structural} structural: --all shows " \
           "them)\n" in table, table
    assert runner.invoke(main, ["extract", str(art), "--format", "table", "--all"]).output.endswith(
        f"\n{len(claims)} claims\n")
    art.write_text("Donald Tusk praised Ukraine.\n", encoding="utf-8")  # only a structural fact hidden
    assert runner.invoke(main, ["extract", str(art), "--format", "table"]).output.endswith(
        "\n1 of 2 claims shown (1 structural: --all shows them)\n")


def test_python_m_kg_prints_and_exits_as_the_library_does(tmp_path):
    """``python -m kg`` (and the console script) end a command that only reads and prints right after its output
    is flushed (kg.cli.run): the claims, the messages and the exit status are those of the in-process command."""
    import subprocess
    import sys

    art = tmp_path / "one.txt"
    art.write_text("Chile sent troops to Peru on Monday. Bolivia condemned Chile.", encoding="utf-8")
    args = ["extract", str(art), str(tmp_path / "missing.txt"), "--format", "jsonl", "--lang", "en"]
    inproc = CliRunner().invoke(main, args)
    proc = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == inproc.exit_code == 1  # one input failed
    assert proc.stdout and proc.stdout == inproc.stdout
    assert "missing.txt" in proc.stderr and "Traceback" not in proc.stderr
    ok = subprocess.run([sys.executable, "-m", "kg", "extract", str(art), "--format", "jsonl", "--lang", "en"],
                        capture_output=True, text=True, cwd=tmp_path)
    assert ok.returncode == 0 and len(ok.stdout.splitlines()) == len(
        [c for c in (json.loads(line) for line in proc.stdout.splitlines())])


def test_an_article_in_another_language_gets_a_notice_not_silence(tmp_path):
    """French or Spanish text is detected as one of kg's languages and gives no claims: kg extract and kg build
    say that it reads as none of them (exit 0: the article was read). Our own sentences."""
    from click.testing import CliRunner

    from kg.cli import main

    fr = tmp_path / "fr.txt"
    fr.write_text("Le ministre espagnol a rencontré son homologue portugais à Lisbonne pour parler du commerce, "
                  "de la pêche et des relations entre les deux pays voisins.\n", encoding="utf-8")
    pl = tmp_path / "pl.txt"
    pl.write_text("Minister spraw zagranicznych Hiszpanii spotkał się w Lizbonie ze swoim portugalskim odpowiednikiem "
                  "i rozmawiał o handlu oraz o rybołówstwie.\n", encoding="utf-8")
    # with --jobs 2 the worker that detects the language finds the notice; the build reports it
    for args in (["extract", str(fr), str(pl)], ["build", str(fr), str(pl), "-o", str(tmp_path / "out"), "--no-html"],
                 ["build", str(fr), str(pl), "-o", str(tmp_path / "out2"), "--no-html", "--jobs", "2"]):
        r = CliRunner().invoke(main, args)
        notices = [ln for ln in r.stderr.splitlines() if "does not read as Polish, English or German" in ln]
        assert r.exit_code == 0 and len(notices) == 1 and str(fr) in notices[0], r.stderr


def test_a_short_text_in_another_script_gets_the_notice():
    """A sentence in Cyrillic is too short for the common-word count, but its script says it is none of kg's
    languages; a short Polish headline is not flagged. Our own sentences."""
    from kg.language import read_language

    assert read_language("Польша поддержала Литву, заявил министр в Варшаве.")[1]
    assert not read_language("Polska poparła Litwę.")[1]
    assert not read_language("Chile backs Peru.")[1]
