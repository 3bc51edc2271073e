"""Reading inputs: plain-text articles, HTML pages, JSON Lines, folders and stdin.

Every input becomes an :class:`~kg.records.Article`; an input that cannot be read becomes a
one-line error naming it (and the line, in JSON Lines), and the others go on. Reading is
lazy: ``iter_articles`` walks folders as its articles are consumed and reads JSON Lines
(files and stdin) line by line, so memory does not grow with the number of articles and a
consumer can start at once. Bytes become text in :mod:`kg.decoding` (encodings, binary
files, stray characters); JSON Lines are read in :mod:`kg.ingest_jsonl`, and the fields every
kind of input shares (id, language, title, date) are cleaned in :mod:`kg.article_fields`.

In a folder, files whose suffix is not an article's (images, archives, PDFs...) are skipped
with one notice per folder (each one named with ``verbose``); a file given by name is read
whatever its suffix, and is an error when it cannot be.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import re
import stat
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from kg.actors import DATA_DIR
from kg.article_fields import Warn, doc_name, field_text, language_code, published_value, title_text
from kg.dates import parse_dateline
from kg.decoding import (
    SNIFF_BYTES,
    InputError,
    binary_kind,
    bom_encoding,
    clean_text,
    decode,
    utf16_without_bom,
)
from kg.errors import os_reason, shown
from kg.folders import walk_folder
from kg.ingest_jsonl import jsonl_stream, looks_like_articles, parse_jsonl
from kg.records import Article

__all__ = [
    "ARTICLE_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "InputError", "decode",
    "iter_articles", "parse_html", "parse_jsonl", "parse_plain", "read_bytes", "read_path",
]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def _print_warning(msg: str) -> None:
    print(f"kg: {msg}", file=sys.stderr)


@lru_cache(maxsize=1)
def _boilerplate() -> list[re.Pattern]:
    data = tomllib.loads((DATA_DIR / "boilerplate.toml").read_text(encoding="utf-8"))
    return [re.compile(p, re.IGNORECASE) for p in data["line"]]


# --- the three kinds of article -----------------------------------------------------------


_LINE = re.compile(r"[^\n]*")


def parse_plain(text: str, doc: str, lang: str | None = None, now: dt.datetime | None = None) -> Article:
    """A text article: headline, optional source/date line, body, trailing boilerplate.

    The source/date line under the headline ("Gazeta Wschodnia 12 listopada 2025",
    "warszawawpigulce.pl 8 godzin temu") gives the outlet and the article date, a relative
    one read against ``now`` (:func:`kg.dates.parse_dateline`). The text keeps its characters
    so that offsets point into the file (line breaks become ``\\n``); boilerplate lines are
    blanked out with spaces, not removed. Lines are visited one at a time and only blanked
    lines are copied, so a huge article is not held twice over.
    """
    text = clean_text(text)
    line_res = _boilerplate()
    title = None
    source = None
    published = None
    blank: list[tuple[int, int]] = []
    nonblank_seen = 0
    for m in _LINE.finditer(text):
        ln = m.group()
        s = ln.strip()
        if not s:
            continue
        nonblank_seen += 1
        if nonblank_seen == 1:
            title = s
            continue
        if nonblank_seen == 2 and len(s) < 100 and (dateline := parse_dateline(s, now)) is not None:
            source, published = dateline
            source = title_text(source)
            blank.append(m.span())
            continue
        if len(s) < 1000 and any(r.search(s) for r in line_res):
            blank.append(m.span())
    if blank:
        pieces, pos = [], 0
        for start, end in blank:
            pieces += [text[pos:start], " " * (end - start)]
            pos = end
        pieces.append(text[pos:])
        text = "".join(pieces)
    return Article(doc=doc, text=text, title=title_text(title), source=source, lang=language_code(lang),
                   published=published.iso if published else None,
                   published_precision=published.precision if published else None)


def parse_html(html: str, doc: str, lang: str | None = None, label: str | None = None,
               now: dt.datetime | None = None) -> Article:
    """Main text and metadata of a web page, with trafilatura.

    Nothing on the page is followed or run: ``<base href>``, ``<meta refresh>``, scripts
    and inline images are only markup to trafilatura.
    """
    import trafilatura

    try:
        res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # a third-party parser on hostile markup: any failure is this page's
        raise InputError(f"{shown(label or doc)}: cannot parse the HTML ({type(e).__name__})") from None
    if res is None:
        raise InputError(f"{shown(label or doc)}: no article text found in the HTML")
    get = res.get if isinstance(res, dict) else (lambda k: getattr(res, k, None))
    text = clean_text(get("text") or "")
    if not text.strip():
        raise InputError(f"{shown(label or doc)}: no article text found in the HTML")
    title = title_text(get("title"))
    body = f"{title}\n\n{text}" if title and not text.lstrip().startswith(title.strip()) else text
    published, precision = published_value(get("date"), now)
    return Article(doc=doc, text=body, title=title, url=field_text(get("url")), published=published,
                   published_precision=precision, source=title_text(get("sitename")),
                   lang=language_code(lang or get("language")))


# --- streams ------------------------------------------------------------------------------


def _looks_html(text_head: str) -> bool:
    head = text_head.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"))


def _read_head(f: BinaryIO, interactive: bool) -> bytes:
    """The first bytes of a stream, to tell its kind. From a pipe, the first complete line
    is enough: a feed written line by line is then read as the lines arrive."""
    if not interactive:
        return f.read(SNIFF_BYTES)
    read = getattr(f, "read1", f.read)
    chunks: list[bytes] = []
    size = 0
    while size < SNIFF_BYTES:
        chunk = read(SNIFF_BYTES - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk and b"".join(chunks).strip():
            break
    return b"".join(chunks)


def _read_stream(f: BinaryIO, name: str, suffix: str, warn: Warn, in_folder: bool = False,
                 label: str | None = None, interactive: bool = False,
                 now: dt.datetime | None = None) -> Iterator[Article | str]:
    """Articles from an open binary stream; ``name`` is the article id (doc) and message name."""
    label = label or name
    head = _read_head(f, interactive)
    bom = bom_encoding(head)
    wide = (bom is not None and bom[0] != "utf-8") or (bom is None and utf16_without_bom(head) is not None)
    if not wide:
        if not head.strip():
            yield f"{shown(label)}: {'empty file' if not head else 'only whitespace'}"
            return
        kind = binary_kind(head)
        if kind is not None:
            yield f"{shown(label)}: binary file ({kind}), not text"
            return
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if suffix in JSONL_SUFFIXES or (suffix not in ARTICLE_SUFFIXES and first == b"{"):
            yield from jsonl_stream(head, f, name, warn, in_folder, label, now)
            return
    if f.seekable():  # one copy of a big file in memory, not two
        f.seek(0)
        data = f.read()
    else:
        data = head + f.read()
    del head
    try:
        text = decode(data, shown(label), warn)
    except InputError as e:
        yield str(e)
        return
    del data
    yield from _parse_text(text, name, suffix, warn, in_folder, label, now)


def _parse_text(text: str, name: str, suffix: str, warn: Warn, in_folder: bool, label: str,
                now: dt.datetime | None = None):
    known = suffix in ARTICLE_SUFFIXES
    start = text.lstrip()[:1]
    if suffix in JSONL_SUFFIXES or (not known and start == "{"):
        if in_folder:
            first = next((ln for ln in re.split(r"\r\n|\r|\n", text[:SNIFF_BYTES]) if ln.strip()), "")
            if not looks_like_articles(first):
                warn(f"skipping {shown(label)}: not an article file (no 'text' field)")
                return
        yield from parse_jsonl(text, name, warn, label, now)
    elif suffix in HTML_SUFFIXES or (not known and start == "<") or _looks_html(text[:1000]):
        try:
            yield parse_html(text, name, label=label, now=now)
        except InputError as e:
            yield str(e)
    else:
        yield parse_plain(text, name, now=now)


def read_bytes(data: bytes, name: str, suffix: str = "", warn: Warn | None = None,
               now: dt.datetime | None = None) -> Iterator[Article | str]:
    """Articles from bytes (a file's content): JSON Lines, HTML or plain text by suffix or content."""
    yield from _read_stream(io.BytesIO(data), name, suffix.lower(), warn or _print_warning, now=now)


def _mtime(fd: int) -> dt.datetime:
    """A file's modification time in UTC: what "8 hours ago" in it is read against by default."""
    return dt.datetime.fromtimestamp(os.fstat(fd).st_mtime, dt.UTC).replace(tzinfo=None)


def read_path(path: Path, name: str | None = None, warn: Warn | None = None,
              in_folder: bool = False, now: dt.datetime | None = None) -> Iterator[Article | str]:
    """Articles from one file (``name`` is the article id; default: the file name). Relative
    dates in it are read against ``now``, by default the file's modification time."""
    warn = warn or _print_warning
    path = Path(path)
    name = doc_name(name or path.name)
    try:
        f = open(path, "rb")  # closed below, also when the consumer stops early
    except OSError as e:
        yield f"{shown(path)}: cannot read ({os_reason(e)})"
        return
    try:
        interactive = stat.S_ISFIFO(os.fstat(f.fileno()).st_mode)
        yield from _read_stream(f, name, path.suffix.lower(), warn, in_folder, label=str(path),
                                interactive=interactive, now=now or _mtime(f.fileno()))
    except OSError as e:
        yield f"{shown(path)}: cannot read ({os_reason(e)})"
    finally:
        f.close()


def iter_articles(paths: Iterable[str | Path], warn: Warn | None = None,
                  verbose: bool = False, now: dt.datetime | None = None) -> Iterator[Article | str]:
    """Articles from files, folders (recursively, sorted) and ``-`` (stdin), lazily.

    Yields an Article per article and a one-line error string per input (or JSON line)
    that failed. Notices (skipped files, removed characters) go to ``warn`` (default:
    stderr). In folders, only files with an article suffix are read (others are skipped
    with a notice), and JSON Lines files that hold no articles (no ``text`` field, e.g.
    annotations) are skipped with a notice. Relative dates ("8 godzin temu", "5 hours ago") are
    read against ``now``: by default each file's modification time, and the present for stdin.
    """
    warn = warn or _print_warning
    yield from _iter_inputs(paths, warn, verbose, now)


def _located(items: Iterator[Article | str], path: Path) -> Iterator[Article | str]:
    """Each article with where it was read: its JSON line, or else its file."""
    for item in items:
        yield replace(item, origin=shown(path)) if isinstance(item, Article) and item.origin is None else item


def _iter_inputs(paths: Iterable[str | Path], warn: Warn, verbose: bool,
                 now: dt.datetime | None) -> Iterator[Article | str]:
    done: set[tuple[int, int]] = set()  # files read: one given again (alone and in its folder) is read once

    def first_time(st: os.stat_result | Path) -> bool:
        try:
            st = st.stat() if isinstance(st, Path) else st
        except OSError:
            return True  # reading it will say what is wrong
        key = (st.st_dev, st.st_ino)
        if key in done:
            return False
        done.add(key)
        return True

    for raw in paths:
        if str(raw) == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "", warn, interactive=True,
                                    now=now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
            continue
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as e:
            reason = os_reason(e)
            if e.errno == errno.ENOENT and path.is_symlink():
                reason = "broken symbolic link"
            elif e.errno not in (errno.ENOENT, errno.ELOOP):
                reason = f"cannot read ({reason})"
            yield f"{shown(path)}: {reason}"
            continue
        if stat.S_ISDIR(st.st_mode):
            for p in walk_folder(path, warn, verbose, ARTICLE_SUFFIXES):
                if isinstance(p, str):
                    yield p
                elif first_time(p):  # doc = path inside the folder, so a/x.txt and b/x.txt stay apart
                    yield from _located(read_path(p, p.relative_to(path).as_posix(), warn=warn, in_folder=True,
                                                  now=now), p)
        elif stat.S_ISFIFO(st.st_mode) or stat.S_ISREG(st.st_mode) and first_time(st):
            yield from _located(read_path(path, warn=warn, now=now), path)
        elif stat.S_ISREG(st.st_mode):
            continue
        else:
            yield f"{shown(path)}: not a file or folder"
