"""Messy and hostile inputs (issue 9): encodings, binary sniffing, stray characters, JSON Lines
with bad lines and wrong types, HTML oddities, paths that cannot be read, and laziness.

Every file is written here, in tmp_path; large inputs are generated on the fly. The CLI
checks go through ``click.testing.CliRunner`` (``_invoke`` fails on any traceback) and, where
the process matters (permissions, pipes), a real subprocess.
"""

from __future__ import annotations

import codecs
import functools
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.decoding import FORMAT_RANGES, binary_kind, clean_text, decode
from kg.extract import extract_article
from kg.ingest import InputError, iter_articles, walk_folder
from kg.records import Article

POLISH = "Nagłówek testowy\n\nPolska poparła Ukrainę w sporze o zboże. Rosja zaatakowała Gruzję.\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
       b"\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
KG = shutil.which("kg")
KG_CMD = [KG] if KG else [sys.executable, "-c", "from kg.cli import main; main()"]


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _read(paths, verbose=False):
    arts, errs, notes = [], [], []
    for item in iter_articles([str(p) for p in paths], warn=notes.append, verbose=verbose):
        (errs if isinstance(item, str) else arts).append(item)
    return arts, errs, notes


def _invoke(args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def _edges(art: Article) -> set[tuple[str, str, str]]:
    return {(c.subject.code, c.relation, c.object.code) for c in extract_article(art) if not c.negated}


def _one_article(path: Path) -> Article:
    arts, errs, _ = _read([path])
    assert errs == [] and len(arts) == 1, (errs, arts)
    return arts[0]


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


# --- encodings by byte-order mark ------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                      "utf-8-sig"])
def test_unicode_encodings_with_a_byte_order_mark(tmp_path, encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")
    art = _one_article(_write(tmp_path / "a.txt", bom + POLISH.encode(encoding)))
    assert art.title == "Nagłówek testowy"
    assert "\ufeff" not in art.text
    assert {("POL", "supports", "UKR"), ("RUS", "attacks", "GEO")} <= _edges(art)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(tmp_path, encoding):
    art = _one_article(_write(tmp_path / "a.txt", POLISH.encode(encoding)))
    assert ("POL", "supports", "UKR") in _edges(art)


def test_utf16_jsonl_with_a_byte_order_mark(tmp_path):
    line = json.dumps({"id": "u16", "text": "Polska poparła Ukrainę."}, ensure_ascii=False) + "\r\n"
    arts, errs, _ = _read([_write(tmp_path / "feed.jsonl", (line * 2).encode("utf-16"))])
    assert errs == [] and [a.doc for a in arts] == ["u16", "u16"]


# --- binary only when binary -----------------------------------------------------------------
def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", POLISH)
    return buf.getvalue()


BINARIES = {
    "png": (PNG, "PNG image"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    "zip": (_zip_bytes(), "ZIP"),
    "gzip": (gzip.compress(POLISH.encode()), "gzip"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "JPEG"),
    "elf": (b"\x7fELF\x02\x01\x01" + bytes(64), "executable"),
    "random": (bytes((i * 7919 + 13) % 256 for i in range(20000)), "binary data"),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_files_are_refused_naming_what_they_are(tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    data, what = BINARIES[kind]
    assert what in (binary_kind(data) or "")
    result = _invoke(["extract", _write(Path("article.txt"), data)])
    assert result.exit_code == 1
    assert _lines(result.stderr) == [f"kg: error: article.txt: binary file ({binary_kind(data)}), not text"]


@pytest.mark.parametrize("stray", ["\x00", "\x01", "\x07", "\x1b[31m", "\x1b]0;title\x07", "\x7f", "\x9b"])
def test_a_stray_control_character_is_dropped_with_a_warning(tmp_path, monkeypatch, stray):
    monkeypatch.chdir(tmp_path)
    text = POLISH.replace("Polska", f"Pol{stray}ska").replace("Gruzję", f"Gruzję{stray}")
    notes: list[str] = []
    art = next(iter_articles([_write(Path("a.txt"), text)], warn=notes.append))
    assert isinstance(art, Article), art
    assert {("POL", "supports", "UKR"), ("RUS", "attacks", "GEO")} <= _edges(art)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in art.text)
    assert notes == ["a.txt: removed 2 control characters"]


@pytest.mark.parametrize("brk", ["\x0b", "\x0c", "\x85", "\u2028"])
def test_vertical_tab_form_feed_and_separators_are_line_breaks(tmp_path, brk):
    art = _one_article(_write(tmp_path / "a.txt", POLISH.replace(" Rosja", brk + "Rosja")))
    assert brk not in art.text and "\nRosja" in art.text
    assert {("POL", "supports", "UKR"), ("RUS", "attacks", "GEO")} <= _edges(art)


def test_a_short_article_with_two_stray_control_characters(tmp_path):
    art = _one_article(_write(tmp_path / "a.txt", b"Tytul\n\nPol\x00ska popar\x1b[31m\xc5\x82a Ukrain\xc4\x99.\n"))
    assert ("POL", "supports", "UKR") in _edges(art)


def test_text_with_some_nul_bytes_is_text_but_mostly_control_bytes_is_binary():
    body = (POLISH * 40).encode()
    assert binary_kind(body.replace(b" ", b"\x00", 10)) is None
    assert binary_kind(body[:1000] + bytes(range(32)) * 20) == "binary data"


# --- empty, whitespace, truncated, legacy code pages ----------------------------------------------
@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"   \n\t\r\n", "only whitespace"),
    (codecs.BOM_UTF8, "only whitespace"),
    (codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le"), "only whitespace"),
    (b"\xe2\x80\x8b\xe2\x80\x8b\n", "no text, only control or invisible characters"),
])
def test_empty_and_whitespace_files(tmp_path, monkeypatch, data, message):
    monkeypatch.chdir(tmp_path)
    names = ("a.txt", "a.html", "a") if message.startswith("no text") else ("a.txt", "a.jsonl", "a.html", "a")
    for name in names:
        result = _invoke(["extract", _write(Path(name), data)])
        assert result.exit_code == 1
        assert _lines(result.stderr) == [f"kg: error: {name}: {message}"], name


def test_truncated_utf8_keeps_the_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = POLISH.encode() + "Żółć".encode()[:-1]  # the last character cut in half
    notes: list[str] = []
    art = next(iter_articles([_write(Path("cut.txt"), data)], warn=notes.append))
    assert art.text.startswith("Nagłówek testowy") and art.text.endswith("Żół")
    assert notes == ["cut.txt: the last character is cut off (truncated UTF-8); dropped it"]


def test_one_damaged_byte_does_not_turn_utf8_into_a_legacy_code_page(tmp_path):
    data = (POLISH * 3).encode().replace("Gruzję".encode(), b"Gruzj\xff", 1)
    notes: list[str] = []
    text = decode(data, "x.txt", notes.append)
    assert "Nagłówek" in text and "Gruzj\ufffd" in text
    assert notes == ["x.txt: 1 byte that is not UTF-8 replaced with U+FFFD"]


def test_a_short_utf8_text_with_a_damaged_byte_stays_utf8():
    # a sentence has too few letters with diacritics for the tenfold rule: its valid sequences still decide
    data = "Szwecja wysłała czołgi na Łotwę. Litwa poparła ".encode() + b"\xff" + " Estonię.".encode()
    notes: list[str] = []
    text = decode(data, "short.txt", notes.append)
    assert text.startswith("Szwecja wysłała czołgi na Łotwę.") and "\ufffd" in text
    assert notes == ["short.txt: 1 byte that is not UTF-8 replaced with U+FFFD"]


def test_a_short_cp1250_text_is_still_read_as_cp1250():
    data = "Szwecja wysłała czołgi na Łotwę.".encode("cp1250")
    assert decode(data, "old.txt") == "Szwecja wysłała czołgi na Łotwę."


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_html_declaring_its_charset(tmp_path, encoding):
    page = (f'<html><head><meta charset="{encoding}"><title>Świat</title></head><body><article>'
            "<p>Polska poparła Ukrainę w sporze o eksport zboża, a rząd zapowiedział dalsze kroki.</p>"
            "<p>Rosja zaatakowała Gruzję, twierdzą źródła w Tbilisi i świadkowie na miejscu.</p>"
            "</article></body></html>")
    art = _one_article(_write(tmp_path / "p.html", page.encode(encoding)))
    assert "Rosja zaatakowała Gruzję" in art.text
    assert ("POL", "supports", "UKR") in _edges(art)


# --- line endings and invisible characters ---------------------------------------------------------
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings(tmp_path, newline):
    text = POLISH.replace("\n", newline).replace(" Rosja", newline + "Rosja")
    art = _one_article(_write(tmp_path / "a.txt", text.encode()))
    assert "\r" not in art.text and art.title == "Nagłówek testowy"
    claims = extract_article(art)
    assert {("POL", "supports", "UKR"), ("RUS", "attacks", "GEO")} <= _edges(art)
    for c in claims:
        assert art.text[c.start:c.end] == c.sentence


@pytest.mark.parametrize("hidden", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e",
                                    "\u202d", "\u2066", "\u200f", "\U000e0041"])
def test_invisible_characters_inside_names(tmp_path, monkeypatch, hidden):
    monkeypatch.chdir(tmp_path)
    text = POLISH.replace("Polska", f"Pol{hidden}ska").replace("Ukrainę", f"{hidden}Ukrai{hidden}nę")
    notes: list[str] = []
    art = next(iter_articles([_write(Path("a.txt"), text)], warn=notes.append))
    assert ("POL", "supports", "UKR") in _edges(art)
    assert hidden not in art.text
    bidi = hidden in "\u202e\u202d\u2066\u200f"
    assert bool(notes) == (bidi or hidden == "\U000e0041"), notes
    if bidi:
        assert notes == ["a.txt: removed 3 bidirectional overrides"]


def test_format_character_list_matches_unicodedata():
    listed = {c for a, b in FORMAT_RANGES for c in range(a, b + 1)}
    cf = {c for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    assert cf <= listed, sorted(hex(c) for c in cf - listed)
    removed = clean_text("".join(chr(c) for c in sorted(cf)))
    assert removed == ""


def test_clean_text_keeps_ordinary_text_and_replaces_surrogates():
    text = "Zażółć gęślą jaźń — „cytat” 😀 العربية 中文\tkoniec\n"
    assert clean_text(text) is text
    assert clean_text("a\ud800b\uffffc") == "a\ufffdb\ufffdc"
    assert clean_text("a\u2028b\u0085c\r\nd\re") == "a\nb\nc\nd\ne"


# --- JSON Lines -------------------------------------------------------------------------------
def _jl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def test_bad_json_lines_exit_1_naming_each_line_and_the_good_lines_go_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    feed = _write(Path("bad.jsonl"), _jl(
        {"id": "ok-1", "text": "Polska poparła Ukrainę."},
        "{not json",
        {"id": "no-text"},
        {"id": "num", "text": 5},
        {"id": "list", "text": ["Polska poparła Ukrainę."]},
        {"id": "null", "text": None},
        {"id": "blank", "text": "  \n "},
        [1, 2],
        "42",
        {"id": {"x": 1}, "text": "Polska poparła Ukrainę."},
        "[" * 100000,
        {"id": "ok-2", "text": "Rosja zaatakowała Gruzję."},
    ))
    result = _invoke(["extract", feed, "--format", "jsonl"])
    assert result.exit_code == 1
    errs = _lines(result.stderr)
    expect = {2: "invalid JSON", 3: "no 'text' field", 4: "'text' must be a string, not a number",
              5: "'text' must be a string, not a list", 6: "'text' must be a string, not null",
              7: "empty 'text'", 8: "must be an object", 9: "must be an object",
              10: "'id' must be a string or a number, not an object", 11: "invalid JSON"}
    assert len(errs) == len(expect), errs
    for (n, what), line in zip(sorted(expect.items()), errs, strict=True):
        assert line.startswith(f"kg: error: bad.jsonl:{n}: ") and what in line, line
    docs = {json.loads(x)["doc"] for x in _lines(result.stdout)}
    assert docs == {"ok-1", "ok-2"}


def test_wrong_types_of_optional_fields_and_languages(tmp_path):
    feed = _write(tmp_path / "f.jsonl", _jl(
        {"id": 7, "text": "Polska poparła Ukrainę.", "title": ["a"], "url": {"u": 1}, "published": 2025,
         "lang": "PL-pl"},
        {"id": "fr", "text": "La France soutient l'Ukraine.", "lang": "fr"},
        {"id": "", "text": "Poland supported Ukraine.", "lang": None, "source": True},
        json.dumps({"id": "sur", "text": "Polska poparła Ukrainę \ud800.", "title": "T\udfff"}),
    ))
    arts, errs, notes = _read([feed])
    assert errs == []
    assert [a.doc for a in arts] == ["7", "f.jsonl:3", "sur"]
    assert (arts[0].title, arts[0].url, arts[0].published, arts[0].lang) == (None, None, "2025", "pl")
    assert arts[1].source is None and arts[1].lang is None
    assert "\ud800" not in arts[2].text and arts[2].title == "T\ufffd"
    assert any("f.jsonl:1: ignored 'title'" in n for n in notes)
    assert any("f.jsonl:2: skipped: no lexicon for language 'fr'" in n for n in notes)
    # every claim serializes (no lone surrogate reaches the output)
    result = _invoke(["extract", feed, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert {json.loads(x)["doc"] for x in _lines(result.stdout)} >= {"7", "sur"}


def test_jsonl_line_endings_and_u2028_inside_strings(tmp_path):
    rec = {"id": "a", "text": "Polska poparła Ukrainę.\u2028Rosja zaatakowała Gruzję."}
    for newline in ("\n", "\r\n", "\r"):
        data = (json.dumps(rec, ensure_ascii=False) + newline) * 3
        arts, errs, _ = _read([_write(tmp_path / "f.jsonl", data)])
        assert errs == [] and len(arts) == 3, newline
        assert ("RUS", "attacks", "GEO") in _edges(arts[0])


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_jsonl_line_numbers_are_an_editors_whatever_the_line_ends(tmp_path, newline):
    """A bad line is named by the number an editor shows it at, and the good lines' ids too, with
    Windows (CRLF) and old Mac (CR) line ends as with Unix ones."""
    lines = [json.dumps({"text": "Polska poparła Ukrainę."}, ensure_ascii=False), "{bad", "",
             json.dumps({"text": "Rosja zaatakowała Gruzję."}, ensure_ascii=False)]
    feed = _write(tmp_path / "f.jsonl", newline.join(lines) + newline)
    for args, stdin in (([feed], None), (["-"], feed.read_bytes())):
        result = _invoke(["extract", *args, "--format", "jsonl"], input=stdin)
        assert result.exit_code == 1
        assert [e.split(": invalid JSON")[0].rsplit(":", 1)[1] for e in _lines(result.stderr)] == ["2"], result.stderr
        docs = {json.loads(x)["doc"].rsplit(":", 1)[1] for x in _lines(result.stdout)}
        assert docs == {"1", "4"}, (newline, args, docs)


def test_jsonl_in_a_legacy_code_page(tmp_path):
    data = _jl({"id": "a", "text": "Rosja zaatakowała Gruzję; świat potępił atak."}).encode("cp1250")
    notes: list[str] = []
    arts = [a for a in iter_articles([_write(tmp_path / "f.jsonl", data)], warn=notes.append)]
    assert arts[0].text == "Rosja zaatakowała Gruzję; świat potępił atak."
    assert notes and "not UTF-8" in notes[0]


# --- HTML -------------------------------------------------------------------------------------
BODY = ("<p>Polska poparła Ukrainę w sporze o eksport zboża, a rząd w Warszawie zapowiedział "
        "dalsze kroki w tej sprawie.</p>")


@pytest.mark.parametrize("name, page, error", [
    ("nobody.html", "<html><head><title>Tytuł</title></head></html>", "no article text found in the HTML"),
    ("empty-body.html", "<html><body></body></html>", "no article text found in the HTML"),
    ("scripts.html", "<html><body><script>document.write('<p>Polska poparła Ukrainę.</p>')</script>"
                     "<script>alert(1)</script></body></html>", "no article text found in the HTML"),
    ("broken.html", "<html><body><div><p>" + BODY[3:] + "<div><span><b>unclosed <i>tags</p></table>", None),
    ("base.html", '<html><head><base href="javascript:alert(1)//">'
                  '<meta http-equiv="refresh" content="0;url=https://evil.example/"></head>'
                  f'<body><article>{BODY}<a href="/x">x</a></article></body></html>', None),
    ("decl.xhtml", '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                   f"<body><article>{BODY}</article></body></html>", None),
    ("tag-soup.html", "<<<>>><p <p>>" * 200 + BODY, None),
])
def test_odd_html(tmp_path, monkeypatch, name, page, error):
    monkeypatch.chdir(tmp_path)
    result = _invoke(["extract", _write(Path(name), page), "--format", "jsonl"])
    if error:
        assert result.exit_code == 1 and _lines(result.stderr) == [f"kg: error: {name}: {error}"]
    else:
        assert result.exit_code == 0, result.stderr
        claims = [json.loads(x) for x in _lines(result.stdout)]
        assert ("POL", "supports", "UKR") in {(c["subject"]["code"], c["relation"], c["object"]["code"])
                                              for c in claims}
        assert all(not (c["url"] or "").startswith("javascript") for c in claims)


def test_html_with_a_huge_inline_image(tmp_path):
    blob = "iVBORw0KGgo" * 200_000  # ~2.2 MB of base64
    page = f'<html><body><article>{BODY}<img src="data:image/png;base64,{blob}">{BODY}</article></body></html>'
    art = _one_article(_write(tmp_path / "img.html", page))
    assert "iVBOR" not in art.text and len(art.text) < 1000
    assert ("POL", "supports", "UKR") in _edges(art)


def test_html_sniffed_in_a_txt_file_and_without_suffix(tmp_path):
    page = f"<!DOCTYPE html><html><body><article>{BODY}</article></body></html>"
    for name in ("page.txt", "page"):
        art = _one_article(_write(tmp_path / name, page))
        assert "<p>" not in art.text and "Polska poparła Ukrainę" in art.text


# --- folders: non-article files, links, laziness -----------------------------------------------------
def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    _write(root / "a.txt", POLISH)
    _write(root / "photo.png", PNG)
    _write(root / "scan.pdf", BINARIES["pdf"][0])
    _write(root / "sub" / "b.html", f"<html><body><article>{BODY}</article></body></html>")
    _write(root / "sub" / "bundle.zip", _zip_bytes())
    _write(root / "sub" / "notes", "no suffix")
    _write(root / "data.json", "{}")
    return root


def test_non_article_files_in_a_folder_are_skipped_with_one_notice(tmp_path):
    root = _folder(tmp_path)
    result = _invoke(["extract", root, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert _lines(result.stderr) == [
        f"kg: {root}: skipped 5 files that are not articles (--verbose lists them)"]
    assert {json.loads(x)["doc"] for x in _lines(result.stdout)} == {"a.txt", "sub/b.html"}

    verbose = _invoke(["extract", root, "--format", "jsonl", "--verbose"])
    assert verbose.exit_code == 0
    listed = _lines(verbose.stderr)
    assert len(listed) == 5 and all(ln.startswith(f"kg: skipped {root}/") for ln in listed)
    for name in ("photo.png", "scan.pdf", "sub/bundle.zip", "sub/notes", "data.json"):
        assert sum(f"{root}/{name}:" in ln for ln in listed) == 1, name


def test_a_named_file_that_is_not_an_article_is_an_error(tmp_path):
    root = _folder(tmp_path)
    result = _invoke(["extract", root / "photo.png", root / "scan.pdf", root / "a.txt", "--format", "jsonl"])
    assert result.exit_code == 1
    assert _lines(result.stderr) == [f"kg: error: {root}/photo.png: binary file (a PNG image), not text",
                                     f"kg: error: {root}/scan.pdf: binary file (a PDF document), not text"]
    assert _lines(result.stdout)


def test_symlink_loops_and_broken_links(tmp_path):
    root = _write(tmp_path / "in" / "a.txt", POLISH).parent
    (root / "loop.txt").symlink_to("loop.txt")
    (root / "gone.txt").symlink_to("nowhere.txt")
    (root / "up").symlink_to("..")  # a folder link back up: read once, never again
    (root / "self").symlink_to(".")
    arts, errs, notes = _read([root])
    assert [a.doc for a in arts] == ["a.txt"]
    assert sorted(errs) == [f"{root}/gone.txt: cannot read (no such file or directory)",
                            f"{root}/loop.txt: cannot read (symlink loop)"]
    # "up" is a new folder (tmp_path) holding "in" again, which is not read twice
    assert any("skipped" in n for n in notes)
    result = _invoke(["extract", root / "loop.txt", root / "gone.txt", tmp_path / "missing.txt"])
    assert result.exit_code == 1
    assert _lines(result.stderr) == [f"kg: error: {root}/loop.txt: symlink loop",
                                     f"kg: error: {root}/gone.txt: broken symbolic link",
                                     f"kg: error: {tmp_path}/missing.txt: no such file or directory"]


def test_deep_folders_do_not_overflow_the_stack(tmp_path):
    deep = tmp_path / "d"
    p = deep
    for _ in range(60):  # path length limits come first; the walk itself is not recursive
        p = p / "x"
    _write(p / "a.txt", POLISH)
    arts, errs, _ = _read([deep])
    assert errs == [] and len(arts) == 1


def test_folders_are_walked_lazily(tmp_path):
    root = tmp_path / "in"
    _write(root / "a" / "x.txt", POLISH)
    (root / "b").mkdir()
    it = iter_articles([root], warn=lambda m: None)
    first = next(it)
    assert first.doc == "a/x.txt"
    _write(root / "b" / "y.txt", POLISH)  # appears after the walk started: still read
    assert [a.doc for a in it] == ["b/y.txt"]
    assert next(walk_folder(root, print, suffixes={".txt"})) == root / "a" / "x.txt"


def test_jsonl_from_a_pipe_is_read_line_by_line(tmp_path):
    """The first article comes out while the writer still holds the rest of the feed."""
    r, w = os.pipe()
    reader = os.fdopen(r, "rb")
    fifo_line = (json.dumps({"id": "one", "text": "Polska poparła Ukrainę."}, ensure_ascii=False) + "\n").encode()
    os.write(w, fifo_line)
    got: list = []

    def consume():
        sys_stdin = sys.stdin
        try:
            sys.stdin = io.TextIOWrapper(reader)
            for item in iter_articles(["-"], warn=lambda m: None):
                got.append(item)
                if len(got) == 1:
                    first_seen.set()
        finally:
            sys.stdin = sys_stdin

    first_seen = threading.Event()
    t = threading.Thread(target=consume)
    t.start()
    assert first_seen.wait(10), "the first article was not read before the feed ended"
    os.write(w, (json.dumps({"id": "two", "text": "Rosja zaatakowała Gruzję."}, ensure_ascii=False) + "\n").encode())
    os.close(w)
    t.join(10)
    assert [a.doc for a in got] == ["one", "two"]


# --- paths that cannot be read ------------------------------------------------------------------
def _unprivileged(cmd: list[str]) -> list[str]:
    """Run ``cmd`` as a user that file permissions apply to (root ignores them)."""
    if os.geteuid() != 0:
        return cmd
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    wrapped = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    if not _unprivileged_can_run_kg():
        pytest.skip("the unprivileged user cannot run kg here (Python or kg installed in a private folder)")
    return wrapped


@functools.lru_cache(maxsize=1)
def _unprivileged_can_run_kg() -> bool:
    """Whether user 65534 can start kg at all: CI installs into /root, which that user may not read."""
    probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *KG_CMD, "--help"],
                           capture_output=True, text=True, timeout=120, cwd="/")
    return probe.returncode == 0


@pytest.fixture()
def open_tmp():
    """A temporary folder that every user may enter (pytest's own is private to its user)."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="kg-perm-"))
    path.chmod(0o755)
    yield path
    for p in path.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(path)


def test_unreadable_files_and_folders(open_tmp):
    tmp_path = open_tmp
    secret = _write(tmp_path / "secret.txt", POLISH)
    secret.chmod(0o000)
    closed = tmp_path / "closed"
    _write(closed / "a.txt", POLISH)
    closed.chmod(0o000)
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    proc = subprocess.run(_unprivileged([*KG_CMD, "extract", str(secret), str(closed)]), capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert _lines(proc.stderr) == [f"kg: error: {secret}: cannot read (permission denied)",
                                   f"kg: error: {closed}: cannot read the folder (permission denied)"]


def test_special_files(tmp_path):
    result = _invoke(["extract", "/dev/null"])
    assert result.exit_code == 1 and _lines(result.stderr) == ["kg: error: /dev/null: not a file or folder"]


def test_hostile_file_names_stay_on_one_line(tmp_path):
    names = ["new\nline.txt", "esc\x1b[2Jape.txt", "rtl\u202etxt.exe.txt"]
    if sys.platform.startswith("linux"):
        names.append(os.fsdecode(b"bad\xff\xfename.txt"))
    for name in names:
        _write(tmp_path / name, b"")
    result = _invoke(["extract", *[tmp_path / n for n in names], "--format", "jsonl"])
    errs = _lines(result.stderr)
    assert len(errs) == len(names), errs
    assert all("\x1b" not in e and "\u202e" not in e for e in errs)
    for name in names:
        _write(tmp_path / name, POLISH)
    result = _invoke(["extract", tmp_path, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    docs = {json.loads(x)["doc"] for x in _lines(result.stdout)}
    assert len(docs) == len(names)
    assert all("\n" not in d and "\x1b" not in d for d in docs)
    assert all(d.encode("utf-8") for d in docs)


# --- size: big articles and long feeds ----------------------------------------------------------
def test_decode_refuses_nothing_that_is_text():
    with pytest.raises(InputError, match="empty file"):
        decode(b"", "x")
    assert decode("Zażółć".encode(), "x") == "Zażółć"


_MEASURE = """
import resource, sys, time
from kg.ingest import iter_articles
import kg.lexicon, kg.decoding  # imported before the baseline
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = chars = 0
t0 = time.perf_counter()
for item in iter_articles(sys.argv[1:], warn=lambda m: None):
    assert not isinstance(item, str), item
    n += 1
    chars += len(item.text)
print(n, chars, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) * 1024, time.perf_counter() - t0)
"""


def _measure(*paths) -> tuple[int, int, int, float]:
    """(articles, characters, growth of the peak resident memory in bytes, seconds) of reading."""
    proc = subprocess.run([sys.executable, "-c", _MEASURE, *map(str, paths)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    n, chars, grown, secs = proc.stdout.split()
    return int(n), int(chars), int(grown), float(secs)


def test_a_200k_line_jsonl_is_streamed_with_flat_memory(tmp_path):
    feed = tmp_path / "feed.jsonl"
    line = {"text": "Polska poparła Ukrainę w sporze o eksport zboża. " * 2, "title": "Tytuł", "lang": "pl"}
    with feed.open("w", encoding="utf-8") as f:
        for i in range(200_000):
            f.write(json.dumps({"id": f"a{i}", **line}, ensure_ascii=False) + "\n")
    size = feed.stat().st_size
    n, _, grown, _ = _measure(feed)
    assert n == 200_000
    # holding the articles would take several times the file (~30 MB); streaming holds one
    assert grown < size / 4, (grown, size)


def test_a_50_mb_article_is_read_with_bounded_memory(tmp_path):
    big = tmp_path / "big.txt"
    para = "Pogoda była ładna, a mieszkańcy spacerowali po parku przez cały dzień.\n" * 40 + \
        "Polska poparła Ukrainę.\n\n"
    with big.open("w", encoding="utf-8") as f:
        f.write("Nagłówek\n\n")
        while f.tell() < 50_000_000:
            f.write(para)
    size = big.stat().st_size
    n, chars, grown, _ = _measure(big)
    assert n == 1 and chars > 0.9 * size
    # the bytes, the decoded text (two bytes a character: Polish letters) and the decoder's
    # working copy; a reader that split the text into lines or copied it per stage needs more
    # (its time is no unit test's business: a wall-clock bound failed a loaded machine; benchmarks/ time things)
    assert grown < 6 * size, (grown, size)


def test_one_long_sentence_costs_time_in_proportion(tmp_path):
    """A text without sentence punctuation is cut into bounded pieces for the engine."""
    from kg.text import MAX_SENTENCE, split_sentences

    text = "Polska poparła Ukrainę i Rosja zaatakowała Gruzję oraz " * 150  # 8 kB, one "sentence"
    spans = split_sentences(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)
    art = Article(doc="long", text=text, lang="pl")
    claims = extract_article(art)
    assert claims and all(text[c.start:c.end] == c.sentence for c in claims)


def test_kg_build_names_skipped_files_and_failed_inputs(tmp_path):
    root = _folder(tmp_path)
    out = tmp_path / "out"
    result = _invoke(["build", root, "-o", out, "--no-html"])
    assert result.exit_code == 0, result.stderr
    assert [ln for ln in _lines(result.stderr) if "skipped" in ln] == [
        f"kg: {root}: skipped 5 files that are not articles (--verbose lists them)"]
    verbose = _invoke(["build", root, "-o", out, "--no-html", "--verbose"])
    assert len([ln for ln in _lines(verbose.stderr) if ln.startswith(f"kg: skipped {root}/")]) == 5
    # nothing readable: every failed input is named, then the refusal; the export is kept
    before = (out / "claims.jsonl").read_bytes()
    refused = _invoke(["build", tmp_path / "missing", root / "photo.png", "-o", out])
    assert refused.exit_code == 1
    assert _lines(refused.stderr)[:2] == [f"kg: error: {tmp_path}/missing: no such file or directory",
                                          f"kg: error: {root}/photo.png: binary file (a PNG image), not text"]
    assert "left untouched" in _lines(refused.stderr)[2]
    assert (out / "claims.jsonl").read_bytes() == before


def test_output_folders_that_cannot_be_written(open_tmp):
    tmp_path = open_tmp
    good = _write(tmp_path / "a.txt", POLISH)
    good.chmod(0o644)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o755)  # owned by root: others cannot write into it
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    for args in (["build", str(good), "-o", str(locked / "out")],
                 ["viz", str(tmp_path), "-o", str(locked / "g.html")]):
        if args[0] == "viz":
            (tmp_path / "claims.jsonl").write_text("", encoding="utf-8")
            (tmp_path / "claims.jsonl").chmod(0o644)
        proc = subprocess.run(_unprivileged([*KG_CMD, *args]), capture_output=True, text=True, timeout=300, env=env)
        if os.geteuid() != 0 and os.access(locked, os.W_OK):
            pytest.skip("this user can write anywhere")
        assert proc.returncode == 1, (args, proc.stderr)
        lines = _lines(proc.stderr)
        assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "permission denied" in lines[0], lines
        assert str(locked) in lines[0] or lines[0].startswith(f"kg: error: {locked}"), lines
    # a file where a folder should be
    result = _invoke(["build", good, "-o", good])
    assert result.exit_code == 2 and "is a file" in result.stderr


def test_extract_of_a_folder_with_no_article_fails_like_build(tmp_path):
    """An empty folder is most often a wrong path or glob: `kg extract` says so and exits 1, as
    `kg build` does, instead of printing an empty result a script would take for 'no claims'."""
    empty = tmp_path / "empty"
    empty.mkdir()
    r = _invoke(["extract", str(empty), "--format", "jsonl"])
    assert r.exit_code == 1
    assert r.stdout == ""
    assert _lines(r.stderr) == [f"kg: error: no article found in {empty}"]
    quiet = _write(empty / "quiet.txt", "The weather was mild.\n")
    r = _invoke(["extract", str(quiet), "--format", "jsonl"])
    assert r.exit_code == 0 and r.stdout == ""
