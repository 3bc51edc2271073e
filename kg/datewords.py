"""The date words of a language, from ``kg/data/dates/<lang>.toml`` (and ``dates/<lang>.toml`` of the
user's ``--data`` folders, whose lists extend the packaged ones).

Month and day names in every form a text uses, the words around a date ("w", "im", "r.",
"roku"), spans ("od … do", "seit"), relative periods ("w ubiegłym roku" = the year before the
article's), units of "N hours ago", and the events texts date others by ("od początku wojny").
:mod:`kg.datescan` composes them. A malformed file is a ``DataError`` naming it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.datapath import DataError, DataPath, active, display
from kg.text import Token, tokenize

UNITS = ("minute", "hour", "day", "week", "month", "year")
#: Roles of the phrase tables: words that mean something only around a date.
ROLES = ("before", "before_year", "after_year", "month_year_joiners", "since", "range_from", "range_to",
         "range_between", "range_and", "present", "before_time", "after_time")
_KEYS = {"language", "capitalized", "months", "month_abbreviations", "weekdays", "weekday_adjectives", "numbers",
         "units", "ago", "days", "relative", "modifiers", "anchor", *ROLES}


@dataclass(frozen=True)
class Anchor:
    """An event that texts date others by ("od początku wojny"): its date, in the articles that
    name one of the actors of ``context`` (by code)."""

    date: str  # ISO: 2022-02-24, 2022-02 or 2022
    context: frozenset[str]
    note: str = ""


class _Phrases:
    """Phrases of one role by their first word, longest first."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}

    def add(self, phrase: str, payload: object = True) -> None:
        words = tuple(t.low for t in tokenize(phrase))
        if words:
            entries = self.by_first.setdefault(words[0], [])
            entries.append((words, payload))
            entries.sort(key=lambda e: -len(e[0]))

    def match(self, toks: Sequence[Token], i: int) -> tuple[int, object] | None:
        """(end, payload) of the longest phrase at token ``i``."""
        entries = self.by_first.get(toks[i].low) if i < len(toks) else None
        if entries:
            for words, payload in entries:
                n = len(words)
                if n == 1 or (i + n <= len(toks) and all(toks[i + k].low == words[k] for k in range(1, n))):
                    return i + n, payload
        return None

    def matches(self, toks: Sequence[Token], i: int) -> list[tuple[int, object]]:
        """(end, payload) of every phrase at token ``i``, longest first."""
        entries = self.by_first.get(toks[i].low) if i < len(toks) else None
        if not entries:
            return []
        return [(i + len(words), payload) for words, payload in entries
                if i + len(words) <= len(toks) and all(toks[i + k].low == words[k] for k in range(1, len(words)))]


@dataclass
class DateWords:
    """The date words of one language, compiled for lookups."""

    lang: str
    capitalized: bool = False
    months: dict[str, int] = field(default_factory=dict)
    abbreviations: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    weekday_adjectives: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    ago_after: _Phrases = field(default_factory=_Phrases)
    ago_before: _Phrases = field(default_factory=_Phrases)
    days: _Phrases = field(default_factory=_Phrases)
    relative: _Phrases = field(default_factory=_Phrases)
    modifiers: _Phrases = field(default_factory=_Phrases)
    anchors: _Phrases = field(default_factory=_Phrases)
    roles: dict[str, _Phrases] = field(default_factory=lambda: {r: _Phrases() for r in ROLES})
    _starters: frozenset[str] | None = None
    _cores: frozenset[str] | None = None

    @property
    def starters(self) -> frozenset[str]:
        """Every word a date expression may start with (digits aside): the scanner tries no other."""
        if self._starters is None:
            openers = ("before", "before_year", "since", "range_from", "range_between")
            tables = [self.ago_before, self.days, self.relative, self.modifiers, self.anchors,
                      *(self.roles[r] for r in openers)]
            self._starters = frozenset().union(
                self.months, self.abbreviations, self.weekdays, self.weekday_adjectives, self.numbers,
                *(t.by_first for t in tables))
        return self._starters

    @property
    def cores(self) -> frozenset[str]:
        """Words one of which (or a number in digits) every date expression holds: a month, a weekday, the
        unit of "N hours ago" (number words count only before one), or a word of a day ("wczoraj"), a
        relative period ("w ubiegłym roku") or an event phrase (its longest word, which any match of it
        has too). The words around a date ("w", "seit", "od … do") make none alone, so a sentence without
        a core word has no date to scan for."""
        if self._cores is None:
            phrases = [words for t in (self.days, self.relative, self.anchors)
                       for entries in t.by_first.values() for words, _ in entries]
            self._cores = frozenset().union(
                self.months, self.abbreviations, self.weekdays, self.weekday_adjectives, self.units,
                {max(reversed(words), key=lambda w: (len(w), w[:1].isalnum())) for words in phrases})
        return self._cores


def date_files(lang: str, data: DataPath | None = None) -> list[Path]:
    """The date files of ``lang``: the packaged one, then the user folders' ``dates/<lang>.toml``."""
    data = data if data is not None else active()
    return [d / "dates" / f"{lang}.toml" for d in data.dirs if (d / "dates" / f"{lang}.toml").is_file()]


def _strings(value, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: '{key}' must be a list of words")
    return value


def _numbered(value, where: str, key: str, count: int) -> list[list[str]]:
    if not isinstance(value, list) or len(value) != count:
        raise DataError(f"{where}: '{key}' must list {count} entries (lists of words), first to last")
    return [_strings(v, where, f"{key}[{n + 1}]") for n, v in enumerate(value)]


def _load_file(words: DateWords, path: Path) -> None:
    where = display(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DataError(f"{where}: {e}") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise DataError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})")
    if data.get("language", words.lang) != words.lang:
        raise DataError(f"{where}: language = {data['language']!r}, but the file is for {words.lang!r}")
    words.capitalized = bool(data.get("capitalized", words.capitalized))
    for key, target, count in (("months", words.months, 12), ("month_abbreviations", words.abbreviations, 12),
                               ("weekdays", words.weekdays, 7), ("weekday_adjectives", words.weekday_adjectives, 7)):
        if key in data and data[key] != []:
            for n, forms in enumerate(_numbered(data[key], where, key, count)):
                for form in forms:
                    target[form.lower().rstrip(".")] = n + 1 if count == 12 else n
    for form, value in (data.get("numbers") or {}).items():
        if not isinstance(value, int) or value < 1:
            raise DataError(f"{where}: numbers.{form} must be a whole number above 0")
        words.numbers[form.lower()] = value
    for unit, forms in (data.get("units") or {}).items():
        if unit not in UNITS:
            raise DataError(f"{where}: units.{unit}: not a unit ({', '.join(UNITS)})")
        for form in _strings(forms, where, f"units.{unit}"):
            words.units[form.lower().rstrip(".")] = unit
    ago = data.get("ago") or {}
    for phrase in _strings(ago.get("after", []), where, "ago.after"):
        words.ago_after.add(phrase)
    for phrase in _strings(ago.get("before", []), where, "ago.before"):
        words.ago_before.add(phrase)
    for offset, phrases in (data.get("days") or {}).items():
        try:
            n = int(offset)
        except ValueError:
            raise DataError(f"{where}: days.{offset}: the key must be a number of days (-1 = the day before)") from None
        for phrase in _strings(phrases, where, f"days.{offset}"):
            words.days.add(phrase, n)
    for n, entry in enumerate(data.get("relative") or [], 1):
        unit, offset = entry.get("unit"), entry.get("offset")
        if unit not in ("week", "month", "year") or not isinstance(offset, int):
            raise DataError(f"{where}: relative #{n}: needs unit (week, month or year) and a whole-number offset")
        for phrase in _strings(entry.get("words"), where, f"relative #{n}.words"):
            words.relative.add(phrase, (unit, offset))
    for kind, phrases in (data.get("modifiers") or {}).items():
        if kind not in ("last", "next", "this"):
            raise DataError(f"{where}: modifiers.{kind}: must be last, next or this")
        for phrase in _strings(phrases, where, f"modifiers.{kind}"):
            words.modifiers.add(phrase, kind)
    anchors: dict[tuple[str, ...], list[Anchor]] = {}
    for n, entry in enumerate(data.get("anchor") or [], 1):
        date, context = entry.get("date"), entry.get("context")
        if not isinstance(date, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
            raise DataError(f"{where}: anchor #{n}: date must be YYYY, YYYY-MM or YYYY-MM-DD")
        anchor = Anchor(date, frozenset(_strings(context, where, f"anchor #{n}.context")), str(entry.get("note", "")))
        for phrase in _strings(entry.get("words"), where, f"anchor #{n}.words"):
            anchors.setdefault(tuple(t.low for t in tokenize(phrase)), []).append(anchor)
    for key, found in anchors.items():
        words.anchors.add(" ".join(key), tuple(found))
    for role in ROLES:
        for phrase in _strings(data.get(role, []), where, role):
            words.roles[role].add(phrase)


@cache
def _date_words(lang: str, files: tuple[Path, ...], stamps: tuple[int, ...] = ()) -> DateWords:
    words = DateWords(lang)
    for path in files:
        _load_file(words, path)
    return words


def date_words(lang: str, data: DataPath | None = None) -> DateWords:
    """The date words of ``lang`` (empty when no file has any), loaded once per set of files
    and their modification times."""
    files = tuple(date_files(lang, data))
    return _date_words(lang, files, tuple(x for p in files for x in (p.stat().st_mtime_ns, p.stat().st_size)))


def languages(data: DataPath | None = None) -> list[str]:
    data = data if data is not None else active()
    return sorted({p.stem for d in data.dirs for p in (d / "dates").glob("*.toml")})


