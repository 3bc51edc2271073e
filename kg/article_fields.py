"""The fields of an article record as every input kind reads them: its id, language, title and date.

Plain text, HTML and JSON Lines (``kg.ingest``, ``kg.ingest_jsonl``) clean and check these the same way, so an
article's record does not depend on the file it came in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from kg.dates import parse_published
from kg.decoding import clean_text

#: Titles longer than this are cut (a plain-text "article" of one 50 MB line has no headline).
MAX_TITLE = 300

Warn = Callable[[str], None]


def doc_name(name: str) -> str:
    """A file name as an article id: undecodable bytes and control characters cleaned."""
    return clean_text(name).replace("\n", " ")


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    from kg.lexicon import available_languages

    return frozenset(available_languages())


def language_code(value) -> str | None:
    """'pl', 'PL', 'pl-PL', 'pl_PL' -> 'pl'; None for anything kg has no lexicon for."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if code in _languages() else None


def title_text(value) -> str | None:
    if value is None:
        return None
    s = clean_text(str(value)).strip()
    if len(s) > MAX_TITLE:
        cut = s[:MAX_TITLE]
        s = (cut[:cut.rfind(" ")] if " " in cut[MAX_TITLE // 2:] else cut).rstrip() + "…"
    return s.replace("\n", " ") or None


def published_value(value, now: dt.datetime | None, where: str | None = None, warn: Warn | None = None):
    """(ISO, precision) of a ``published`` value, or (None, None) with a notice when it is no date."""
    s = field_text(value)
    if s is None:
        return None, None
    w = parse_published(s, now)
    if w is None:
        if warn is not None and where is not None:
            warn(f"{where}: ignored 'published': {s[:40]!r} is not a date kg can read")
        return None, None
    return w.iso, w.precision


def field_text(value) -> str | None:
    if value is None:
        return None
    s = clean_text(str(value)).strip()
    return s or None
