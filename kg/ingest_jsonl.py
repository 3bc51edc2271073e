"""JSON Lines input: one article per line, read line by line so that memory stays flat.

A bad line is a one-line error naming the file and line; the other lines go on (``kg.ingest`` routes a file or
stream here by its suffix or its first byte).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from kg.article_fields import (
    Warn,
    _languages,
    doc_name,
    field_text,
    language_code,
    published_value,
    title_text,
)
from kg.decoding import clean_text, decode_legacy
from kg.errors import shown
from kg.records import Article


def _type_name(value) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number",
            str: "a string", type(None): "null"}.get(type(value), type(value).__name__)


def jsonl_record(line: str, where: str, warn: Warn | None = None, doc: str | None = None,
                 now: dt.datetime | None = None) -> Article | str | None:
    """One JSON Lines record as an Article, an error line naming ``where``, or None (skipped).

    ``doc`` is the article id when the record has none (default: ``where``)."""
    fallback = doc or where
    try:
        rec = json.loads(line)
    except ValueError as e:
        return f"{where}: invalid JSON ({getattr(e, 'msg', str(e))})"
    except RecursionError:
        return f"{where}: invalid JSON (nested too deeply)"
    if not isinstance(rec, dict):
        return f"{where}: a JSON line must be an object with a 'text' field, not {_type_name(rec)}"
    if "text" not in rec:
        return f"{where}: no 'text' field"
    text = rec["text"]
    if not isinstance(text, str):
        return f"{where}: 'text' must be a string, not {_type_name(text)}"
    text = clean_text(text, where, warn)
    if not text.strip():
        return f"{where}: empty 'text'"
    doc = rec.get("id")
    if isinstance(doc, bool) or not isinstance(doc, str | int | float | type(None)):
        return f"{where}: 'id' must be a string or a number, not {_type_name(doc)}"
    doc = doc_name(str(doc)) if doc is not None and str(doc).strip() else fallback
    fields = {}
    for key in ("title", "url", "published", "source", "lang"):
        value = rec.get(key)
        if isinstance(value, dict | list | bool):
            if warn:
                warn(f"{where}: ignored '{key}': {_type_name(value)}, not a string")
            value = None
        fields[key] = value
    lang = fields.pop("lang")
    code = language_code(lang)
    if lang is not None and str(lang).strip() and code is None:
        if warn:
            warn(f"{where}: skipped: no lexicon for language {str(lang)[:20]!r} "
                 f"(have: {', '.join(sorted(_languages()))})")
        return None
    published, precision = published_value(fields["published"], now, where, warn)
    return Article(doc=doc, text=text, title=title_text(fields["title"]), url=field_text(fields["url"]),
                   published=published, published_precision=precision, source=field_text(fields["source"]),
                   lang=code, origin=where)


def parse_jsonl(text: str, name: str, warn: Warn | None = None, label: str | None = None,
                now: dt.datetime | None = None) -> Iterator[Article | str]:
    """One article per line of ``text``; a bad line is an error naming the file (``label``,
    default ``name``) and line. A record without an id is ``name:LINE``."""
    for n, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        if line.strip():
            item = jsonl_record(line, f"{shown(label or name)}:{n}", warn, doc=f"{name}:{n}", now=now)
            if item is not None:
                yield item


def _byte_lines(head: bytes, f: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``f``, without line ends, one at a time."""
    *complete, partial = head.split(b"\n")
    yield from complete
    rest = f.readline()
    first = partial + rest
    if rest.endswith(b"\n"):
        yield first[:-1]
    elif first:
        yield first
        return
    for line in f:
        yield line[:-1] if line.endswith(b"\n") else line


def jsonl_stream(head: bytes, f: BinaryIO, name: str, warn: Warn, in_folder: bool,
                  label: str, now: dt.datetime | None = None) -> Iterator[Article | str]:
    """JSON Lines read line by line: memory stays flat whatever the number of lines."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    legacy_noted = False
    n = 0
    records = 0
    for raw in _byte_lines(head, f):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = decode_legacy(raw) or raw.decode("utf-8", "replace")
            if not legacy_noted:
                warn(f"{shown(label)}:{n + 1}: not UTF-8; read in a legacy code page")
                legacy_noted = True
        if line.endswith("\r"):  # a Windows line end is one line end, not two
            line = line[:-1]
        for part in line.split("\r") if "\r" in line else (line,):  # old Mac line ends
            n += 1
            part = part.strip().lstrip("\ufeff")  # a mark where two files were concatenated
            if not part:
                continue
            if records == 0 and in_folder and not looks_like_articles(part):
                warn(f"skipping {shown(label)}: not an article file (no 'text' field)")
                return
            records += 1
            item = jsonl_record(part, f"{shown(label)}:{n}", warn, doc=f"{name}:{n}", now=now)
            if item is not None:
                yield item
    if records == 0:  # an empty stream was refused before it got here
        yield f"{shown(label)}: only whitespace"


def looks_like_articles(line: str) -> bool:
    try:
        rec = json.loads(line)
    except (ValueError, RecursionError):
        return True  # let the parser report the error
    return not isinstance(rec, dict) or "text" in rec
