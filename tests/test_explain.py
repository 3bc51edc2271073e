"""kg explain: what each stage saw, why a trigger gave no claim, and the claims (PL, EN, DE)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.engine import STAGES
from kg.explain import STAGE_VIEWS, ExplainError, explain_text, render_text
from kg.extract import extract


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["explain", *args], input=input)


def _json(*args: str) -> dict:
    res = _run(*args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def _edges(claims: list[dict]) -> set[tuple[str, str, str, bool]]:
    return {(c["subject"]["code"], c["relation"], c["object"]["code"], c["negated"]) for c in claims}


def test_every_stage_is_shown_in_order():
    (sent,) = _json("Szwecja poparła Finlandię.", "--lang", "pl")["sentences"]
    assert list(sent["stages"]) == [s.name for s in STAGES]
    text = _run("Szwecja poparła Finlandię.", "--lang", "pl").output
    positions = [text.index(f"-- {s.name}:") for s in STAGES]
    assert positions == sorted(positions)


def test_every_stage_has_a_view():
    assert set(STAGE_VIEWS) == {s.name for s in STAGES}  # a new stage needs a view to be explained


def test_polish_a_missing_needs_word_is_the_reason():
    text = "Szwecja wysłała do Finlandii list."  # a letter, not troops
    (sent,) = _json(text, "--lang", "pl")["sentences"]
    frames = [f for f in sent["stages"]["frames"] if f["rule"] == "pl:troops.send"]
    assert frames and all(f["failure"] == "needs" and "żołnierz" in f["detail"] for f in frames)
    assert sent["stages"]["claims"]["claims"] == []
    out = _run(text, "--lang", "pl").output
    assert "✗ needs: none of the 'needs' words (żołnierz" in out


def test_polish_roles_and_the_claim():
    (sent,) = _json("Szwecja nie poparła Finlandii.", "--lang", "pl")["sentences"]
    roles = [r for r in sent["stages"]["roles"] if r["rule"] == "pl:supports.verb"]
    assert roles and roles[0]["subject"]["actors"] == ["SWE"] and roles[0]["object"]["actors"] == ["FIN"]
    assert {(m["modality"], m["by"]) for m in sent["stages"]["modality"]} == {("negated", "nie")}
    assert _edges(sent["stages"]["claims"]["claims"]) == {("SWE", "supports", "FIN", True)}
    assert "○ SWE supports FIN  negated (not an edge)" in _run("Szwecja nie poparła Finlandii.", "--lang", "pl").output


def test_english_no_object_is_the_reason():
    (sent,) = _json("Canada condemned the decision.", "--lang", "en")["sentences"]
    (pair,) = [p for p in sent["stages"]["pairs"] if p["rule"] == "en:accuses.accuse"]
    assert pair["pairs"] == [] and pair["failure"] == "no-object" and "against" in pair["detail"]
    assert sent["stages"]["claims"]["claims"] == []
    out = _run("Canada condemned the decision.", "--lang", "en").output
    assert "✗ #1 en:accuses.accuse “condemned”: no-object" in out


def test_english_a_forbidden_word_is_the_reason_and_the_other_trigger_fires():
    text = "Norway sent humanitarian aid and rifles to Moldova."  # rifles, but near "humanitarian"
    (sent,) = _json(text, "--lang", "en")["sentences"]
    failed = {f["rule"]: f for f in sent["stages"]["claims"]["failed"]}
    weapons = failed["en:weapons.supply"]
    assert weapons["failure"] == "forbid" and "humanitarian" in weapons["detail"]
    assert _edges(sent["stages"]["claims"]["claims"]) == {("NOR", "providesAidTo", "MDA", False)}


def test_german_failure_and_claim():
    (sent,) = _json("Polen kritisierte.", "--lang", "de")["sentences"]
    assert {f["failure"] for f in sent["stages"]["claims"]["failed"]} == {"no-object"}
    (sent,) = _json("Frankreich unterstützt die Ukraine.", "--lang", "de")["sentences"]
    assert _edges(sent["stages"]["claims"]["claims"]) == {("FRA", "supports", "UKR", False)}
    (role,) = sent["stages"]["roles"]
    assert role["how"] == ["first"]  # verb-second: the clause's first actor


def test_doc_sentence_reads_the_earlier_sentences_for_coreference(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Litwa wysłała do Polski list.\n\nOba kraje poparły Ukrainę.\n", encoding="utf-8")
    (sent,) = _json("--doc", str(path), "--sentence", "2", "--lang", "pl")["sentences"]
    assert sent["index"] == 2 and sent["text"] == "Oba kraje poparły Ukrainę."
    (link,) = sent["stages"]["coreference"]["links"]
    assert [a["id"] for a in link["actors"]] == ["LTU", "POL"] and "previous sentence" in link["via"]
    assert _edges(sent["stages"]["claims"]["claims"]) == {("LTU", "supports", "UKR", False),
                                                          ("POL", "supports", "UKR", False)}


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Polska i Litwa podpisały umowę. Oba kraje potępiły Rosję, a Węgry nie poparły Ukrainy."),
    ("en", "Britain sanctioned Iran. France followed suit, and Germany did not condemn Russia."),
    ("de", "Frankreich unterstützt die Ukraine. Polen kritisierte Russland."),
])
def test_explain_shows_the_claims_extract_gives(lang, text):
    shown = {e for s in explain_text(text, lang) for e in _edges([c for c in s.stages["claims"]["claims"]])}
    extracted = {(c.subject.code, c.relation, c.object.code, c.negated) for c in extract(text, lang=lang)
                 if c.relation not in ("leaderOf", "officialOf", "memberOf")}
    assert shown == extracted and extracted


def test_a_stage_view_is_what_that_stage_left():
    (sent,) = explain_text("Szwecja poparła Finlandię.", "pl")
    assert sent.stages["frames"] and all(f["failure"] is None for f in sent.stages["frames"])
    assert "subject" not in sent.stages["frames"][0]  # roles came later
    assert sent.stages["discourse"]["topic"] == ["SWE"]


def test_bad_input_gives_a_usage_error():
    assert _run().exit_code == 2
    assert _run("Polska poparła Ukrainę.", "--doc", "x.txt").exit_code == 2
    res = _run("Polska poparła Ukrainę.", "--sentence", "3", "--lang", "pl")
    assert res.exit_code == 2 and "no sentence 3" in res.output
    with pytest.raises(ExplainError):
        explain_text("Polska poparła Ukrainę.", "pl", sentence=2)
    res = _run("   ", "--lang", "pl")
    assert res.exit_code == 2 and "empty" in res.output


def test_a_missing_file_or_several_articles_is_a_one_line_error(tmp_path):
    res = _run("--doc", str(tmp_path / "nope.txt"))
    assert res.exit_code == 1 and "nope.txt" in res.output and "Traceback" not in res.output
    many = tmp_path / "many.jsonl"
    many.write_text('{"text": "Polska poparła Ukrainę."}\n{"text": "Litwa poparła Łotwę."}\n', encoding="utf-8")
    res = _run("--doc", str(many))
    assert res.exit_code == 1 and "holds 2 articles" in res.output


def test_stdin_doc():
    res = _run("--doc", "-", "--lang", "en", input="Sweden backed Finland.\n")
    assert res.exit_code == 0 and "✓ SWE supports FIN" in res.output
    assert render_text(explain_text("Sweden backed Finland.", "en")) == res.output


def test_an_actor_the_article_introduces_is_shown():
    """A body the data does not know ("Ministerstwa Obrony Rosji") is an actor of the article only:
    explain shows it from the article's tables instead of failing on it."""
    ex = explain_text("Według Ministerstwa Obrony Rosji ukraińscy żołnierze zaatakowali obwód kurski.", lang="pl")
    mentions = ex[0].stages["mentions"]
    assert any(a["id"].startswith("~") and a["code"] == "RUS" for m in mentions for a in m["actors"])


def test_misses_script_buckets_each_missed_edge_by_stage(tmp_path):
    """scripts/misses.py: an edge kg gives is not a miss; one whose actors never share a sentence is a
    discourse miss; one named together with no trigger of its relation is a lexicon miss."""
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "en-1.txt").write_text(
        "Headline\n\nNorway criticised Chile on Monday. Portugal opened a bakery in Peru.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "en-1.txt", "lang": "en", "edges": [
        ["NOR", "accuses", "CHL"], ["NOR", "supports", "PER"], ["PRT", "praises", "PER"]]}) + "\n", encoding="utf-8")
    script = Path(__file__).resolve().parent.parent / "scripts" / "misses.py"
    out = subprocess.run([sys.executable, str(script), "--gold", str(gold), "--texts", str(tmp_path), "-v"],
                         capture_output=True, text=True, check=True).stdout
    assert "NOR accuses CHL" not in out
    assert "NOR supports PER\tno sentence names both" in out
    assert "PRT praises PER\tboth named, no trigger" in out
    assert "2 misses" in out


def test_the_readme_example_is_what_kg_explain_prints():
    """The README's Polish example is kg's own output: its stage headers and its claims section stay
    what `kg explain` prints (the counts of 'needs' words may grow with the lexicon)."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    command = '$ kg explain "Według Reutera Szwecja nie wyśle na Litwę żołnierzy." --lang pl\n'
    block = readme[readme.index(command) + len(command):]
    block = block[:block.index("```")]
    res = _run("Według Reutera Szwecja nie wyśle na Litwę żołnierzy.", "--lang", "pl")
    assert res.exit_code == 0, res.output

    def headers(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith("-- ")]

    def claims(text: str) -> list[str]:
        lines = text.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("-- claims:"))
        end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("-- "))
        return [line for line in lines[start:end] if line.lstrip().startswith("○") or line.lstrip().startswith("✓")]

    assert headers(block) == headers(res.output)
    assert claims(block) == claims(res.output)


def test_unclaimed_script_lists_sentences_naming_two_actors_without_a_claim(tmp_path):
    """scripts/unclaimed.py: a sentence that names two actors and gives no claim is listed with the relations
    that fired; a sentence with a claim only with --claims; a sentence naming one actor never."""
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "en-1.txt").write_text(
        "Headline\n\nNorway criticised Chile on Monday. Portugal opened a bakery in Peru. Spain grew.\n",
        encoding="utf-8")
    script = Path(__file__).resolve().parent.parent / "scripts" / "unclaimed.py"
    plain = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True,
                           check=True).stdout
    assert "NONE PER PRT" in plain and "bakery" in plain
    assert "criticised" not in plain and "Spain grew" not in plain
    assert "en-1.txt#3\tNONE PER PRT" in plain  # sentences count from 1 (the headline is the first), as in kg explain
    both = subprocess.run([sys.executable, str(script), str(tmp_path), "--claims"], capture_output=True, text=True,
                          check=True).stdout
    assert "CLAIMS NOR accuses CHL" in both


def test_readme_names_every_module():
    """A developer finds where a stage lives from the README's module and stage tables: a module they do not
    name is one nobody knows to look in (session 27 found eleven engine modules missing)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    missing = sorted(str(p.relative_to(root)) for p in (root / "kg").glob("**/*.py")
                     if p.name != "__init__.py" and p.name not in readme)
    assert not missing, f"name these modules in README.md: {missing}"


def test_explain_reads_standard_input_for_a_dash():
    """As `kg extract -` does, `kg explain -` explains the text on standard input, not the string '-'."""
    result = CliRunner().invoke(main, ["explain", "-", "--lang", "pl"], input="Szwecja poparła Finlandię.\n")
    assert result.exit_code == 0, result.output
    assert "SWE supports FIN" in result.output


def test_an_unreadable_curation_file_is_named_with_a_plain_reason(tmp_path):
    """A missing or binary curation file: one line with the file and the reason in words, not a Python class."""
    src = tmp_path / "a.txt"
    src.write_text("Szwecja poparła Finlandię.\n", encoding="utf-8")
    binary = tmp_path / "c.toml"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    for cur, reason in ((tmp_path / "missing.toml", "no such file or directory"), (binary, "not UTF-8 text")):
        result = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "--curation", str(cur)])
        assert result.exit_code != 0
        assert f"{cur.name}: cannot read it: {reason}" in result.output
        assert "Error)" not in result.output


def test_a_claims_sentence_index_is_the_sentence_explain_shows(tmp_path):
    """claims.jsonl names each claim's sentence by its 1-based position, the N of
    `kg explain --doc FILE --sentence N`, so an analyst goes from a doubtful claim to its explanation."""
    art = tmp_path / "a.txt"
    art.write_text("Rozmowy w Wilnie\n\nW poniedziałek padał deszcz. Później Litwa poparła Polskę w sporze.\n"
                   "Finlandia poparła Szwecję.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(art), "--lang", "pl", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    claims = [json.loads(line) for line in r.output.splitlines()]
    by_edge = {(c["subject"]["code"], c["object"]["code"]): c for c in claims if c["relation"] == "supports"}
    assert {k: c["sentence_index"] for k, c in by_edge.items()} == {("LTU", "POL"): 3, ("FIN", "SWE"): 4}
    for c in by_edge.values():
        shown = CliRunner().invoke(main, ["explain", "--doc", str(art), "--sentence", str(c["sentence_index"]),
                                          "--lang", "pl", "--format", "json"])
        assert shown.exit_code == 0, shown.output
        (sent,) = json.loads(shown.output)["sentences"]
        assert sent["text"] == c["sentence"]


def test_doc_of_several_articles_picks_one_by_id(tmp_path):
    src = tmp_path / "two.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": "Norwegia zaatakowała Islandię.", "lang": "pl"}) + "\n"
                   + json.dumps({"id": "n2", "text": "Chile poparło Peru.", "lang": "pl"}) + "\n", encoding="utf-8")
    several = _run("--doc", str(src))
    assert several.exit_code == 1 and "--article ID" in several.output and "n1, n2" in several.output
    picked = _run("--doc", str(src), "--article", "n2", "--format", "json")
    assert picked.exit_code == 0, picked.output
    claims = json.loads(picked.output)["sentences"][0]["stages"]["claims"]["claims"]
    assert {(c["subject"]["code"], c["relation"], c["object"]["code"]) for c in claims} == {("CHL", "supports", "PER")}
    unknown = _run("--doc", str(src), "--article", "n3")
    assert unknown.exit_code == 1 and "no article with id 'n3'" in unknown.output
    assert _run("Chile poparło Peru.", "--article", "n2").exit_code == 2


def test_a_bad_line_elsewhere_does_not_hide_the_article_asked_for(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": "Chile poparło Peru.", "lang": "pl"}) + "\n{\"id\": broken\n"
                   + json.dumps({"id": "n3", "text": "Norwegia zaatakowała Islandię.", "lang": "pl"}) + "\n",
                   encoding="utf-8")
    picked = _run("--doc", str(src), "--article", "n3", "--format", "json")
    assert picked.exit_code == 0 and "mixed.jsonl:2: invalid JSON" in picked.stderr
    claims = json.loads(picked.stdout)["sentences"][0]["stages"]["claims"]["claims"]
    assert {(c["subject"]["code"], c["relation"], c["object"]["code"]) for c in claims} == {("NOR", "attacks", "ISL")}
    whole = _run("--doc", str(src))
    assert whole.exit_code == 1 and "mixed.jsonl:2: invalid JSON" in whole.output
