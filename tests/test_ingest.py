"""Reading inputs: plain text, HTML, JSON Lines, folders, stdin, encodings and bad files.

Everything here is written by the test itself (no corpus files): the ingest
layer (``kg.ingest``) directly, and the same paths through ``kg extract``
(``click.testing.CliRunner`` on ``kg.cli.main``, plus one real subprocess).
The extraction sentences used are the simplest of their kind ("Polska poparła
Ukrainę."), so that these tests check reading and the output contract, not
the engine's coverage.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import extract_article, extract_paths
from kg.ingest import decode, iter_articles, read_path
from kg.records import Article
from kg.text import split_sentences

PLAIN_PL = """Polska i Litwa zacieśniają współpracę wojskową

Kurier Testowy 2 godziny temu

Polska poparła Ukrainę w sporze o eksport zboża. Minister obrony Niemiec spotkał się w Wilnie \
z prezydentem Litwy.

Niemcy wysłały żołnierzy na Litwę.

Fot. Kurier Testowy / archiwum

Idź do oryginalnego materiału
"""

PLAIN_EN = """Germany sends more troops to Lithuania

Test Herald 5 hours ago

Poland supported Ukraine in the grain dispute. Germany sent troops to Lithuania.

Photo: Test Herald archive

Read the original article
"""

BOILERPLATE = ("Idź do oryginalnego", "Fot.", "Read the original", "Photo:", "godziny temu", "hours ago")

HTML = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Niemcy wysłały żołnierzy na Litwę | Gazeta Testowa</title>
<meta property="og:site_name" content="Gazeta Testowa">
<meta property="og:title" content="Niemcy wysłały żołnierzy na Litwę">
<meta property="og:url" content="https://gazeta-testowa.example/swiat/niemcy-litwa">
<meta property="article:published_time" content="2025-04-01T09:15:00+02:00">
</head><body>
<header><nav><ul>
<li><a href="/">Strona główna</a></li>
<li><a href="/rosja">Rosja zaatakowała Gruzję – archiwum</a></li>
<li><a href="/chiny">Chiny grożą Tajwanowi</a></li>
</ul></nav></header>
<main><article>
<h1>Niemcy wysłały żołnierzy na Litwę</h1>
<p>Niemcy wysłały na Litwę kolejnych żołnierzy brygady pancernej, która ma stacjonować tam na stałe.
Minister obrony Niemiec spotkał się w Wilnie z prezydentem Litwy, a litewski przywódca podziękował
Berlinowi za wsparcie i zapewnił, że jego kraj pokryje koszty budowy koszar.</p>
<p>Polska poparła decyzję Berlina. Według litewskiego rządu pierwsze oddziały przybyły już do bazy,
a kolejne mają dotrzeć przed końcem roku. Eksperci uważają, że to najważniejsza zmiana w regionie od lat.</p>
<p>Rosyjskie MSZ skrytykowało rozmieszczenie brygady i zapowiedziało odpowiedź, której jednak nie opisało.
Władze w Wilnie odpowiadają, że brygada ma charakter wyłącznie obronny.</p>
</article></main>
<footer><p>© 2025 Gazeta Testowa. Stany Zjednoczone nałożyły sankcje na Iran – newsletter.</p>
<p><a href="/regulamin">Regulamin</a> · <a href="/kontakt">Kontakt</a></p></footer>
</body></html>
"""

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
       b"\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")

#: Keys every ``--format jsonl`` line carries (the contract of issue 2 and score.py).
CONTRACT_KEYS = {"doc", "relation", "subject", "object", "negated", "hedged", "attributed_to", "sentence",
                 "start", "end", "lang", "rule", "confidence", "title", "url", "published"}
ACTOR_KEYS = {"id", "label", "type", "code"}


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _articles(paths, warnings=None) -> tuple[list[Article], list[str]]:
    arts, errs = [], []
    warn = warnings.append if warnings is not None else (lambda m: None)
    for item in iter_articles([str(p) for p in paths], warn=warn):
        (errs if isinstance(item, str) else arts).append(item)
    return arts, errs


def _invoke(args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    # Never a traceback: a crash shows up as result.exception that is not SystemExit.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _edges(claims: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(c["doc"], c["subject"]["code"], c["relation"], c["object"]["code"])
            for c in claims if not c["negated"]}


# --- plain text ---------------------------------------------------------------------------
@pytest.mark.parametrize("content, title, source", [
    (PLAIN_PL, "Polska i Litwa zacieśniają współpracę wojskową", "Kurier Testowy"),
    (PLAIN_EN, "Germany sends more troops to Lithuania", "Test Herald"),
])
def test_plain_text_title_source_and_boilerplate(tmp_path, content, title, source):
    art = next(read_path(_write(tmp_path / "a.txt", content)))
    assert isinstance(art, Article)
    assert art.doc == "a.txt"
    assert art.title == title
    assert art.source == source
    for junk in BOILERPLATE:
        assert junk not in art.text
    sentences = [art.text[s:e] for s, e in split_sentences(art.text)]
    assert not [s for s in sentences if any(j in s for j in BOILERPLATE)]
    # The body stays, in place.
    body = "Polska poparła Ukrainę" if "Polska" in content else "Poland supported Ukraine"
    assert body in art.text
    assert content.index(body) == art.text.index(body), "offsets point into the file as written"


@pytest.mark.parametrize("content", [PLAIN_PL, PLAIN_EN])
def test_claim_offsets_point_into_the_article_text(tmp_path, content):
    path = _write(tmp_path / "a.txt", content)
    art = next(read_path(path))
    claims = extract_article(art)
    assert claims, "the sample sentences give claims"
    for c in claims:
        assert art.text[c.start:c.end] == c.sentence
        assert content[c.start:c.end] == c.sentence, "the same offsets work on the file itself"
        assert not any(j in c.sentence for j in BOILERPLATE)
        assert c.title == art.title


def test_source_line_is_optional(tmp_path):
    art = next(read_path(_write(tmp_path / "a.txt", "Nagłówek\n\nPolska poparła Ukrainę.\n")))
    assert art.title == "Nagłówek"
    assert art.source is None
    assert "Polska poparła Ukrainę." in art.text


# --- HTML ---------------------------------------------------------------------------------
def test_html_metadata_and_main_text(tmp_path):
    art = next(read_path(_write(tmp_path / "page.html", HTML)))
    assert isinstance(art, Article), art
    assert art.doc == "page.html"
    assert art.title == "Niemcy wysłały żołnierzy na Litwę"
    assert art.published == "2025-04-01"
    assert art.source == "Gazeta Testowa"
    assert art.url == "https://gazeta-testowa.example/swiat/niemcy-litwa"
    assert "Polska poparła decyzję Berlina." in art.text
    assert "Rosyjskie MSZ skrytykowało rozmieszczenie brygady" in art.text
    for nav_or_footer in ("Strona główna", "Gruzję", "Tajwanowi", "Regulamin", "sankcje na Iran", "©"):
        assert nav_or_footer not in art.text


def test_html_time_element_gives_the_date(tmp_path):
    page = (HTML.replace('<meta property="article:published_time" content="2025-04-01T09:15:00+02:00">', "")
            .replace("<h1>Niemcy wysłały żołnierzy na Litwę</h1>",
                     '<h1>Niemcy wysłały żołnierzy na Litwę</h1>\n'
                     '<p class="meta"><time datetime="2025-04-02T10:00:00+02:00">2 kwietnia 2025</time></p>'))
    art = next(read_path(_write(tmp_path / "page.htm", page)))
    assert isinstance(art, Article), art
    assert art.published == "2025-04-02"


def test_html_claims_carry_page_metadata_and_no_nav_edges(tmp_path):
    path = _write(tmp_path / "page.html", HTML)
    result = _invoke(["extract", path, "--format", "jsonl", "--lang", "pl"])
    assert result.exit_code == 0, result.stderr
    claims = _jsonl(result.stdout)
    assert claims
    for c in claims:
        assert c["doc"] == "page.html"
        assert c["title"] == "Niemcy wysłały żołnierzy na Litwę"
        assert c["published"] == "2025-04-01"
        assert c["url"] == "https://gazeta-testowa.example/swiat/niemcy-litwa"
    codes = {(c["subject"]["code"], c["object"]["code"]) for c in claims}
    assert ("RUS", "GEO") not in codes and ("CHN", "TWN") not in codes and ("USA", "IRN") not in codes


# --- JSON Lines ---------------------------------------------------------------------------
JSONL = "\n".join([
    json.dumps({"id": "art-1", "text": "Polska poparła Ukrainę.", "title": "Poparcie",
                "url": "https://example.org/1", "published": "2025-01-02", "source": "Serwis", "lang": "pl"},
               ensure_ascii=False),
    "{this is not json",
    "",
    json.dumps({"id": "art-3", "text": "Germany sent troops to Lithuania.", "lang": "en"}),
    json.dumps({"id": "art-4", "title": "no text here"}),
    json.dumps({"text": "Poland supported Ukraine."}),
]) + "\n"


def test_jsonl_fields_ids_and_bad_lines(tmp_path):
    arts, errs = _articles([_write(tmp_path / "feed.jsonl", JSONL)])
    assert [a.doc for a in arts][:2] == ["art-1", "art-3"]
    a1 = arts[0]
    assert (a1.title, a1.url, a1.published, a1.source, a1.lang) == (
        "Poparcie", "https://example.org/1", "2025-01-02", "Serwis", "pl")
    assert a1.text == "Polska poparła Ukrainę."
    assert len(arts) == 3, "a line without id still parses"
    assert arts[2].doc and arts[2].text == "Poland supported Ukraine."
    assert len(errs) == 2
    assert any("feed.jsonl:2" in e for e in errs)
    assert any("feed.jsonl:5" in e for e in errs)
    assert all("\n" not in e for e in errs)


def test_jsonl_through_the_cli(tmp_path):
    path = _write(tmp_path / "feed.jsonl", JSONL)
    result = _invoke(["extract", path, "--format", "jsonl"])
    assert result.exit_code != 0
    err_lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 2 and all("feed.jsonl:" in ln for ln in err_lines)
    claims = _jsonl(result.stdout)
    assert ("art-1", "POL", "supports", "UKR") in _edges(claims)
    c = next(c for c in claims if c["doc"] == "art-1")
    assert (c["title"], c["url"], c["published"], c["lang"]) == (
        "Poparcie", "https://example.org/1", "2025-01-02", "pl")


# --- folders and stdin --------------------------------------------------------------------
def test_folder_recursive_sorted_and_annotation_jsonl_skipped(tmp_path):
    root = tmp_path / "in"
    _write(root / "b" / "z.txt", "Zet\n\nPolska poparła Ukrainę.\n")
    _write(root / "a" / "y.txt", "Igrek\n\nPolska poparła Ukrainę.\n")
    _write(root / "a" / "sub" / "x.txt", "Iks\n\nPolska poparła Ukrainę.\n")
    _write(root / "c.html", HTML)
    _write(root / "m.jsonl", json.dumps({"id": "m-1", "text": "Polska poparła Ukrainę."}) + "\n")
    _write(root / "gold.jsonl", json.dumps({"doc": "x.txt", "edges": [["POL", "supports", "UKR"]]}) + "\n")
    _write(root / ".hidden" / "h.txt", "Ukryty\n\nPolska poparła Ukrainę.\n")
    warnings: list[str] = []
    arts, errs = _articles([root], warnings)
    assert errs == []
    # inside a folder, doc is the path below it: a/x.txt and b/x.txt stay apart
    assert [a.doc for a in arts] == ["a/sub/x.txt", "a/y.txt", "b/z.txt", "c.html", "m-1"]
    assert any("gold.jsonl" in w for w in warnings)

    result = _invoke(["extract", root, "--format", "jsonl", "--lang", "pl"])
    assert result.exit_code == 0, result.stderr
    docs = [c["doc"] for c in _jsonl(result.stdout)]
    assert docs and "gold.jsonl" not in docs
    first_seen = list(dict.fromkeys(docs))
    order = ["a/sub/x.txt", "a/y.txt", "b/z.txt", "c.html", "m-1"]
    assert first_seen == [d for d in order if d in first_seen]


def test_stdin(tmp_path):
    result = _invoke(["extract", "-", "--lang", "pl", "--format", "jsonl"],
                     input="Polska poparła Ukrainę.\n".encode())
    assert result.exit_code == 0, result.stderr
    claims = _jsonl(result.stdout)
    assert {(c["subject"]["code"], c["relation"], c["object"]["code"]) for c in claims} >= {
        ("POL", "supports", "UKR")}
    assert all(c["doc"] for c in claims)


@pytest.mark.parametrize("text, lang", [
    ("Polska poparła Ukrainę.", "pl"),
    ("Rosja zaatakowała Ukrainę.", "pl"),
    ("Poland supported Ukraine.", "en"),
])
def test_stdin_language_is_detected(text, lang):
    result = _invoke(["extract", "-", "--format", "jsonl"], input=f"{text}\n".encode())
    assert result.exit_code == 0, result.stderr
    claims = _jsonl(result.stdout)
    assert claims, f"no claims: language detected wrongly? {text!r}"
    assert {c["lang"] for c in claims} == {lang}


def test_stdin_together_with_files(tmp_path):
    path = _write(tmp_path / "a.txt", "Nagłówek\n\nPolska poparła Ukrainę.\n")
    result = _invoke(["extract", path, "-", "--lang", "pl", "--format", "jsonl"],
                     input="Polska poparła Ukrainę.\n".encode())
    assert result.exit_code == 0, result.stderr
    assert len({c["doc"] for c in _jsonl(result.stdout)}) == 2


# --- encodings ----------------------------------------------------------------------------
POLISH_ARTICLE = """Rosja zaatakowała Ukrainę, świat potępił atak

Źródła w Warszawie podają, że Polska poparła Ukrainę. Śledztwo w sprawie ataku na elektrownię trwa, \
a żołnierze ćwiczą w Łodzi i Gdańsku. Ministrowie spotkali się w Krakowie; ich rozmowy były długie \
i dotyczyły również dostaw amunicji oraz pomocy dla uchodźców, którzy przyjeżdżają do Przemyśla.
"""

SHORT_POLISH = "Rosja zaatakowała Ukrainę; świat potępił atak.\n"


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
@pytest.mark.parametrize("text", [POLISH_ARTICLE, SHORT_POLISH], ids=["article", "one-sentence"])
def test_central_european_encodings(tmp_path, encoding, text):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, "x.txt") == text
    art = next(read_path(_write(tmp_path / "legacy.txt", data)))
    assert isinstance(art, Article), art
    assert art.title == text.splitlines()[0]
    assert text.rstrip("\n").splitlines()[-1] in art.text


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_encoded_article_through_the_cli(tmp_path, encoding):
    path = _write(tmp_path / "legacy.txt", POLISH_ARTICLE.encode(encoding))
    result = _invoke(["extract", path, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    claims = _jsonl(result.stdout)
    assert claims
    for c in claims:
        assert c["lang"] == "pl"
        assert c["sentence"] in POLISH_ARTICLE
        assert POLISH_ARTICLE[c["start"]:c["end"]] == c["sentence"]
    assert ("legacy.txt", "POL", "supports", "UKR") in _edges(claims)


def test_utf8_bom_and_crlf(tmp_path):
    data = b"\xef\xbb\xbf" + "Nagłówek\r\n\r\nPolska poparła Ukrainę.\r\n".encode()
    art = next(read_path(_write(tmp_path / "bom.txt", data)))
    assert art.title == "Nagłówek"
    for c in extract_article(art):
        assert art.text[c.start:c.end] == c.sentence


# --- bad inputs ---------------------------------------------------------------------------
def _bad_inputs(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    good = _write(tmp_path / "good.txt", "Nagłówek\n\nPolska poparła Ukrainę.\n")
    bad = {
        "empty": _write(tmp_path / "empty.txt", b""),
        "blank": _write(tmp_path / "blank.txt", b"  \n\n \t\n"),
        "png": _write(tmp_path / "image.png", PNG),
        "png-as-txt": _write(tmp_path / "picture.txt", PNG + bytes(range(256)) * 4),
        "missing": tmp_path / "does-not-exist.txt",
        "empty-html": _write(tmp_path / "empty.html",
                             "<html><head><title>x</title></head><body></body></html>"),
    }
    return good, bad


@pytest.mark.parametrize("kind", ["empty", "blank", "png", "png-as-txt", "missing", "empty-html"])
def test_bad_input_is_one_line_error_and_others_go_on(tmp_path, kind):
    good, bad = _bad_inputs(tmp_path)
    result = _invoke(["extract", bad[kind], good, "--format", "jsonl", "--lang", "pl"])
    assert result.exit_code != 0
    err_lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 1, result.stderr
    assert bad[kind].name in err_lines[0]
    assert ("good.txt", "POL", "supports", "UKR") in _edges(_jsonl(result.stdout))


def test_all_bad_inputs_at_once(tmp_path):
    good, bad = _bad_inputs(tmp_path)
    args = ["extract", *bad.values(), good, "--format", "table", "--lang", "pl"]
    result = _invoke(args)
    assert result.exit_code != 0
    err_lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == len(bad)
    for path in bad.values():
        assert sum(path.name in ln for ln in err_lines) == 1, (path.name, err_lines)
    assert "good.txt" in result.stdout


def test_bad_inputs_in_a_folder(tmp_path):
    good, bad = _bad_inputs(tmp_path)
    claims, errors = extract_paths([tmp_path], lang="pl")
    assert {c.doc for c in claims} == {"good.txt"}
    # in a folder only article suffixes are read: .txt/.html inputs that are bad are reported
    named = " ".join(errors)
    for key in ("empty", "blank", "png-as-txt", "empty-html"):
        assert bad[key].name in named


def test_missing_path_only(tmp_path):
    result = _invoke(["extract", tmp_path / "nope.txt"])
    assert result.exit_code != 0
    assert "nope.txt" in result.stderr
    assert len([ln for ln in result.stderr.splitlines() if ln.strip()]) == 1


def test_real_subprocess(tmp_path):
    good = _write(tmp_path / "good.txt", PLAIN_PL)
    png = _write(tmp_path / "image.png", PNG)
    kg = shutil.which("kg")
    cmd = [kg] if kg else [sys.executable, "-c", "from kg.cli import main; main()"]
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS"}}
    proc = subprocess.run([*cmd, "extract", str(png), str(good), str(tmp_path / "missing.txt"),
                           "--format", "jsonl"], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    err_lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 2
    assert any("image.png" in ln for ln in err_lines) and any("missing.txt" in ln for ln in err_lines)
    claims = _jsonl(proc.stdout)
    assert ("good.txt", "POL", "supports", "UKR") in _edges(claims)


# --- output formats -----------------------------------------------------------------------
def test_jsonl_carries_the_contract_keys(tmp_path):
    path = _write(tmp_path / "feed.jsonl", json.dumps({
        "id": "k-1", "text": "Polska poparła Ukrainę. Według Reutersa Niemcy miały poprzeć Litwę.",
        "title": "Tytuł", "url": "https://example.org/k1", "published": "2025-02-03", "lang": "pl"},
        ensure_ascii=False) + "\n")
    result = _invoke(["extract", path, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    claims = _jsonl(result.stdout)
    assert claims
    for c in claims:
        assert CONTRACT_KEYS <= c.keys(), CONTRACT_KEYS - c.keys()
        assert ACTOR_KEYS <= c["subject"].keys() and ACTOR_KEYS <= c["object"].keys()
        assert isinstance(c["negated"], bool) and isinstance(c["hedged"], bool)
        assert isinstance(c["start"], int) and isinstance(c["end"], int) and c["start"] < c["end"]
        assert isinstance(c["confidence"], float | int) and 0 <= c["confidence"] <= 1
        assert c["rule"] and c["lang"] == "pl" and c["doc"] == "k-1"
        assert (c["title"], c["url"], c["published"]) == ("Tytuł", "https://example.org/k1", "2025-02-03")
    reported = [c for c in claims if c["subject"]["code"] == "DEU" and c["relation"] == "supports"]
    assert reported and reported[0]["hedged"] and reported[0]["attributed_to"] == "Reuters"


def test_table_is_readable(tmp_path):
    path = _write(tmp_path / "a.txt", PLAIN_PL)
    result = _invoke(["extract", path, "--format", "table"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "a.txt" in out and "Polska i Litwa zacieśniają współpracę wojskową" in out
    assert "Poland (POL)" in out and "supports" in out and "Ukraine (UKR)" in out
    assert "Polska poparła Ukrainę" in out, "the evidence sentence is shown"
    assert "{" not in out, "not JSON"
    assert all(len(line) <= 200 for line in out.splitlines())
    assert "claim" in out.splitlines()[-1]


def test_table_is_the_default_and_shows_asserted_relations(tmp_path):
    path = _write(tmp_path / "a.txt", "Nagłówek\n\nPolska poparła Ukrainę. Niemcy nie poparły Rosji.\n")
    default = _invoke(["extract", path, "--lang", "pl"])
    assert default.exit_code == 0
    assert "Poland (POL)" in default.stdout
    assert "Germany (DEU)  supports" not in default.stdout
    everything = _invoke(["extract", path, "--lang", "pl", "--all"])
    assert "Germany (DEU)  supports" in everything.stdout and "NEGATED" in everything.stdout


def test_help_and_usage_errors_have_no_traceback():
    assert _invoke(["--help"]).exit_code == 0
    assert "PATHS" in _invoke(["extract", "--help"]).stdout
    res = _invoke(["extract"])
    assert res.exit_code == 2
    res = _invoke(["extract", "x.txt", "--format", "xml"])
    assert res.exit_code == 2
