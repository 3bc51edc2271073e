"""Reading inputs: plain-text articles, HTML pages, JSON Lines, folders and stdin.

Every input becomes an :class:`~kg.records.Article`; an input that cannot be
read becomes a one-line error naming it, and the others go on. Bytes are
decoded as UTF-8 when they are UTF-8, otherwise with charset-normalizer,
which tells the Central European code pages (cp1250, ISO-8859-2) apart: Polish
news in those encodings is common.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from kg.actors import DATA_DIR
from kg.records import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_KEYS = {"id", "text", "title", "url", "published", "source", "lang"}


class InputError(Exception):
    """An input that cannot be read; str() is the one-line message."""


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[list[re.Pattern], list[re.Pattern]]:
    data = tomllib.loads((DATA_DIR / "boilerplate.toml").read_text(encoding="utf-8"))
    lines = [re.compile(p, re.IGNORECASE) for p in data["line"]]
    source = [re.compile(p, re.IGNORECASE) for p in data["source_line"]]
    return lines, source


def decode(data: bytes, name: str) -> str:
    """Bytes to text, refusing binary data; raises InputError naming ``name``."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_legacy(data)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(f"{name}: not text in a known encoding")
        text = str(best)
    ctrl = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    if ctrl > len(text) / 100:
        raise InputError(f"{name}: binary file, not text")
    return text


_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜéèàçÉ")
_PUNCT = set("„”“‘’–—…«»°€§·•\u00a0")


def _decode_legacy(data: bytes) -> str | None:
    """The most plausible of the legacy code pages of kg's languages, or None.

    Polish news comes in cp1250 (Windows) and ISO-8859-2 (older Unix sites);
    German and English in cp1252. A general detector guesses cp1252 for short
    Polish texts ("têpi³"), so each candidate is scored by how many of its
    non-ASCII characters are letters of Polish/German and common punctuation.
    """
    best, best_score = None, None
    for enc in ("cp1250", "iso8859_2", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = 0
        for ch in text:
            if ord(ch) < 128:
                continue
            score += 1 if ch in _LETTERS or ch in _PUNCT else -3
        if best_score is None or score > best_score:
            best, best_score = text, score
    return best if best_score is not None and best_score >= 0 else None


def parse_plain(text: str, doc: str, lang: str | None = None) -> Article:
    """A text article: headline, optional source line, body, trailing boilerplate.

    The text keeps its original characters so that offsets point into the
    file; boilerplate lines are blanked out with spaces, not removed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line_res, source_res = _boilerplate()
    lines = text.split("\n")
    title = next((ln.strip() for ln in lines if ln.strip()), None)
    source = None
    out = []
    seen_title = False
    nonblank_seen = 0
    for ln in lines:
        s = ln.strip()
        if s:
            nonblank_seen += 1
        if s and not seen_title:
            seen_title = True
            out.append(ln)
            continue
        if s and nonblank_seen == 2 and len(s) < 100:
            m = next((r.match(s) for r in source_res if r.match(s)), None)
            if m:
                source = (m.groupdict().get("site") or "").strip() or None
                out.append(" " * len(ln))
                continue
        if s and any(r.search(s) for r in line_res):
            out.append(" " * len(ln))
            continue
        out.append(ln)
    return Article(doc=doc, text="\n".join(out), title=title, source=source, lang=lang)


def parse_html(html: str, doc: str, lang: str | None = None) -> Article:
    """Main text and metadata of a web page, with trafilatura."""
    import trafilatura

    res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if res is None:
        raise InputError(f"{doc}: no article text found in the HTML")
    get = res.get if isinstance(res, dict) else (lambda k: getattr(res, k, None))
    text = get("text") or ""
    if not text.strip():
        raise InputError(f"{doc}: no article text found in the HTML")
    title = get("title")
    body = f"{title}\n\n{text}" if title and not text.lstrip().startswith(title.strip()) else text
    return Article(doc=doc, text=body, title=title, url=get("url"), published=get("date"),
                   source=get("sitename"), lang=lang or get("language"))


def parse_jsonl(text: str, name: str) -> Iterator[Article | str]:
    """One article per line; a bad line is an error naming the file and line."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            yield f"{name}:{n}: invalid JSON ({e.msg})"
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield f"{name}:{n}: a JSON line needs a non-empty 'text'"
            continue
        extra = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in JSON_KEYS - {"text", "id"}}
        doc = str(rec.get("id") or f"{name}:{n}")
        yield Article(doc=doc, text=rec["text"], **extra)


def _looks_like_articles(text: str) -> bool:
    for line in text.splitlines():
        if line.strip():
            try:
                rec = json.loads(line)
            except ValueError:
                return True  # let the parser report the error
            return isinstance(rec, dict) and "text" in rec
    return False


def read_path(path: Path, name: str | None = None) -> Iterator[Article | str]:
    name = name or path.name
    label = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield f"{label}: cannot read ({e.strerror or e})"
        return
    yield from read_bytes(data, name, path.suffix.lower())


def read_bytes(data: bytes, name: str, suffix: str = "") -> Iterator[Article | str]:
    try:
        text = decode(data, name)
    except InputError as e:
        yield str(e)
        return
    head = text.lstrip()[:200].lower()
    if suffix in JSONL_SUFFIXES or (not suffix and head.startswith("{")):
        yield from parse_jsonl(text, name)
    elif suffix in HTML_SUFFIXES or (not suffix and head.startswith(("<!doctype html", "<html", "<"))):
        try:
            yield parse_html(text, name)
        except InputError as e:
            yield str(e)
    else:
        yield parse_plain(text, name)


def _walk(directory: Path) -> Iterator[Path]:
    for p in sorted(directory.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts):
            if p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                yield p


def iter_articles(paths: Iterable[str | Path], warn=None) -> Iterator[Article | str]:
    """Articles from files, folders (recursively, sorted) and ``-`` (stdin).

    Yields an Article per article and a one-line error string per input that
    failed. In folders, JSON Lines files that hold no articles (no ``text``
    field, e.g. annotations) are skipped with a warning.
    """
    warn = warn or (lambda msg: print(f"kg: {msg}", file=sys.stderr))
    for raw in paths:
        if str(raw) == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            for p in _walk(path):
                if p.suffix.lower() in JSONL_SUFFIXES:
                    try:
                        text = decode(p.read_bytes(), p.name)
                    except (InputError, OSError) as e:
                        yield str(e)
                        continue
                    if not _looks_like_articles(text):
                        warn(f"skipping {p}: not an article file (no 'text' field)")
                        continue
                    yield from parse_jsonl(text, p.name)
                else:
                    # doc = path inside the folder, so a/x.txt and b/x.txt stay apart
                    yield from read_path(p, p.relative_to(path).as_posix())
        elif path.exists():
            yield from read_path(path)
        else:
            yield f"{path}: no such file or directory"
