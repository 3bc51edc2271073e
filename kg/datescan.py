"""Finding date expressions in tokens: "12 listopada 2025", "w sierpniu 2024 r.", "last November",
"vor 3 Stunden", "seit Februar 2022", "od początku wojny".

What a language's dates look like is data (``kg/data/dates/<lang>.toml``: month and day names in
every form, the words around them, relative periods, units of "N hours ago", events that date
others); this module only composes those words into expressions, the same way for every
language. An expression is found, not resolved: "w ubiegłym roku" is "the year before the
article's" until :func:`kg.dates.resolve` is given the article date. Nothing here guesses: a
month name counts only next to a day, a year, a preposition or a modifier ("in May", not
"may"), a bare year only after a preposition or with its year word ("w 2024 r."), and a day name
only after a preposition, as an adjective ("sobotniego spotkania") or with a possessive.

We do not use dateparser's ``search_dates`` for this: it fills a missing day with today's ("in
May" came back as the 5th of May on the 5th of a month), loses the precision, and finds neither
"w ubiegłym roku" nor "od początku wojny"; see kg/dates.py for where dateparser does fit.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.datapath import DataPath
from kg.datewords import Anchor, DateWords, date_words
from kg.text import Token, tokenize

_YEAR = re.compile(r"^(19\d\d|20\d\d|2100)$", re.ASCII)
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}))?$", re.ASCII)
_YEARS = re.compile(r"^(\d{4})[-‐](\d{4})$", re.ASCII)
_TIME_PART = re.compile(r"^\d{1,2}$", re.ASCII)
_DASHES = ("–", "—", "-")


@dataclass(frozen=True)
class Spec:
    """What the words of one date say, before an article date resolves them."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None  # 0 = Monday
    modifier: str | None = None  # last | next | this, of a month or a day name
    year_offset: int | None = None  # a month of "last year" (-1)
    relative: tuple[str, int] | None = None  # ("year", -1): "last year"
    ago: tuple[str, int] | None = None  # ("hour", 8): "8 hours ago"
    days: int | None = None  # -1: "yesterday"
    anchors: tuple[Anchor, ...] = ()  # "the start of the war": one of these, by the article's actors

    @property
    def absolute(self) -> bool:
        """A date that needs no article date to resolve."""
        return self.year is not None and not self.anchors


@dataclass(frozen=True)
class DateExpr:
    """One date expression: tokens ``start:end``, its words, and what it says."""

    start: int  # token indices
    end: int
    text: str  # the literal words ("w sierpniu 2024 r.")
    first: Spec
    last: Spec | None = None  # the end of a span ("od lutego do kwietnia 2024")
    since: bool = False  # open span: from ``first`` until the article date ("seit Februar 2022")


# --- scanning -----------------------------------------------------------------------------


class _Scanner:
    """Date expressions in the tokens of one text, left to right, longest first."""

    def __init__(self, words: DateWords, toks: Sequence[Token], text: str):
        self.w = words
        self.toks = toks
        self.text = text

    # small lookups
    def _low(self, i: int) -> str | None:
        return self.toks[i].low if i < len(self.toks) else None

    def _role(self, role: str, i: int) -> int | None:
        m = self.w.roles[role].match(self.toks, i)
        return m[0] if m else None

    def _dot(self, i: int) -> int:
        """Past an optional "." (of "12." or "Nov.")."""
        return i + 1 if self._low(i) == "." else i

    def _name(self, table: Mapping[str, int], i: int) -> int | None:
        low = self._low(i)
        if low is None or low not in table:
            return None
        if self.w.capitalized and not self.toks[i].text[:1].isupper():
            return None
        return table[low]

    def _month(self, i: int, abbreviations: bool) -> tuple[int, int] | None:
        """(end, month) of a month name at ``i``; abbreviations only where a number follows."""
        if (m := self._name(self.w.months, i)) is not None:
            return self._dot(i + 1) if self._low(i + 1) == "." and self._low(i) in self.w.abbreviations else i + 1, m
        if abbreviations and (m := self._name(self.w.abbreviations, i)) is not None:
            return self._dot(i + 1), m
        return None

    def _year(self, i: int) -> int | None:
        low = self._low(i)
        return int(low) if low is not None and _YEAR.match(low) else None

    def _daynum(self, i: int) -> int | None:
        low = self._low(i)
        if low is None or not (m := _DAY.match(low)):
            return None
        n = int(m.group(1))
        return n if 1 <= n <= 31 else None

    def _number(self, i: int) -> int | None:
        low = self._low(i)
        if low is None:
            return None
        if low.isascii() and low.isdigit() and len(low) <= 3:
            return int(low)
        return self.w.numbers.get(low)

    def _year_tail(self, i: int) -> int:
        """Past a year word after a year ("r.", "roku")."""
        return self._role("after_year", i) or i

    def _time(self, i: int) -> tuple[int, int, int] | None:
        """(end, hour, minute) of "14:30", ", 14:30", "o godz. 14:30", "um 14:30 Uhr"."""
        j = i + 1 if self._low(i) == "," else i
        j = self._role("before_time", j) or j
        if not (self._low(j) and _TIME_PART.match(self._low(j)) and self._low(j + 1) == ":"
                and self._low(j + 2) and re.fullmatch(r"[0-9][0-9]", self._low(j + 2))):
            return None
        h, m = int(self._low(j)), int(self._low(j + 2))
        if h > 23 or m > 59:
            return None
        end = j + 3
        return (self._role("after_time", end) or end), h, m

    def _with_time(self, end: int, spec: Spec) -> tuple[int, Spec]:
        if spec.day is not None and (t := self._time(end)) is not None:
            return t[0], Spec(spec.year, spec.month, spec.day, t[1], t[2])
        return end, spec

    def _relyear(self, i: int) -> tuple[int, int] | None:
        """(end, offset) of a relative year after a month ("listopada ubiegłego roku", "of last year")."""
        j = self._role("month_year_joiners", i) or i
        m = self.w.relative.match(self.toks, j)
        if m and m[1][0] == "year":
            return m[0], m[1][1]
        return None

    # one date
    def point(self, i: int, loose: bool = False) -> tuple[int, Spec] | None:
        """(end, Spec) of one date starting at token ``i``; ``loose``: a bare month or year counts
        (inside a span, whose markers make it a date), and so does an event ("od początku wojny")."""
        ctxs = [e for e, _ in self.w.roles["before"].matches(self.toks, i)]
        for j in ([i] if loose else []) + ctxs:  # an event dates only after a preposition or "since"
            if (m := self.w.anchors.match(self.toks, j)) is not None:
                return m[0], Spec(anchors=m[1])
        ctx = ctxs[0] if ctxs else None
        for j in (i,) if ctx is None else (i, ctx):
            if (m := self.w.relative.match(self.toks, j)) is not None:
                return m[0], Spec(relative=m[1])
            if (m := self.w.days.match(self.toks, j)) is not None:
                return m[0], Spec(days=m[1])
        j = ctx if ctx is not None else i
        found = self._ago(j) or self._numeric(j) or self._modified(j) or self._day_month(j) or self._month_day(j)
        if found is not None:
            return found
        return self._month_year(j, ctx is not None or loose) or self._weekday(j, ctx is not None) \
            or self._year_only(j, ctx is not None or loose)

    def _ago(self, i: int) -> tuple[int, Spec] | None:
        """"8 godzin temu", "5 hours ago", "vor 3 Stunden"."""
        if (b := self.w.ago_before.match(self.toks, i)) is not None:
            n, unit = self._number(b[0]), self.w.units.get(self._low(b[0] + 1) or "")
            if n is not None and unit is not None:
                return self._dot(b[0] + 2) if self._low(b[0] + 1) in ("std", "min") else b[0] + 2, Spec(ago=(unit, n))
        n = self._number(i)
        if n is not None:
            unit = self.w.units.get(self._low(i + 1) or "")
            k = self._dot(i + 2)
            if unit is not None:
                for j in {i + 2, k}:
                    if (a := self.w.ago_after.match(self.toks, j)) is not None:
                        return a[0], Spec(ago=(unit, n))
        return None

    def _numeric(self, i: int) -> tuple[int, Spec] | None:
        """"2024-08-06", "12.11.2025", a span of years "2022-2024"."""
        low = self._low(i)
        if low is None:
            return None
        if m := _ISO.match(low):
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            if _valid(y, mo, d):
                if m[4] is not None and self._low(i + 1) == ":" and re.fullmatch(r"[0-9][0-9]", self._low(i + 2) or ""):
                    return i + 3, Spec(y, mo, d, int(m[4]), int(self._low(i + 2)))
                return self._with_time(i + 1, Spec(y, mo, d))
        if (d := self._daynum(i)) is not None and low.isascii() and low.isdigit() and self._low(i + 1) == "." \
                and (mo := self._daynum(i + 2)) is not None and self._low(i + 3) == "." \
                and (y := self._year(i + 4)) is not None and _valid(y, mo, d):
            return self._with_time(self._year_tail(i + 5), Spec(y, mo, d))
        return None

    def _modified(self, i: int) -> tuple[int, Spec] | None:
        """"last November", "w ubiegłą sobotę", "am vergangenen Samstag"."""
        m = self.w.modifiers.match(self.toks, i)
        if m is None:
            return None
        j, kind = m
        if (mo := self._month(j, False)) is not None:
            return mo[0], Spec(month=mo[1], modifier=kind)
        if (wd := self._name(self.w.weekdays, j)) is not None:
            return j + 1, Spec(weekday=wd, modifier=kind)
        return None

    def _day_month(self, i: int) -> tuple[int, Spec] | None:
        """"12 listopada 2025", "12. November", "12 Nov. 2025 r."."""
        if (d := self._daynum(i)) is None:
            return None
        j = self._dot(i + 1)
        if (mo := self._month(j, True)) is None:
            return None
        end, month = mo
        if (y := self._year(end)) is not None:
            if _valid(y, month, d):
                return self._with_time(self._year_tail(end + 1), Spec(y, month, d))
            return None
        if (ry := self._relyear(end)) is not None:
            return ry[0], Spec(month=month, day=d, year_offset=ry[1])
        return (self._with_time(end, Spec(month=month, day=d))) if _valid(2000, month, d) else None

    def _month_day(self, i: int) -> tuple[int, Spec] | None:
        """"November 12, 2025", "Nov. 12"."""
        if (mo := self._month(i, True)) is None or (d := self._daynum(mo[0])) is None:
            return None
        end = mo[0] + 1
        if self._low(end) == "," and (y := self._year(end + 1)) is not None:
            return self._with_time(end + 2, Spec(y, mo[1], d)) if _valid(y, mo[1], d) else None
        if (y := self._year(end)) is not None:
            return self._with_time(end + 1, Spec(y, mo[1], d)) if _valid(y, mo[1], d) else None
        return self._with_time(end, Spec(month=mo[1], day=d)) if _valid(2000, mo[1], d) else None

    def _month_year(self, i: int, bare: bool) -> tuple[int, Spec] | None:
        """"sierpień 2024", "w sierpniu", "im Oktober 2024", "listopada ubiegłego roku"."""
        if (mo := self._month(i, False)) is None:
            return None
        end, month = mo
        j = self._role("month_year_joiners", end) or end
        if (y := self._year(j)) is not None:
            return self._year_tail(j + 1), Spec(y, month)
        if (ry := self._relyear(end)) is not None:
            return ry[0], Spec(month=month, year_offset=ry[1])
        return (end, Spec(month=month)) if bare else None

    def _weekday(self, i: int, bare: bool) -> tuple[int, Spec] | None:
        """"w sobotę", "on Saturday", "Saturday's", "sobotniego"."""
        if (wd := self._name(self.w.weekday_adjectives, i)) is not None:
            return i + 1, Spec(weekday=wd)
        if (wd := self._name(self.w.weekdays, i)) is None:
            return None
        if bare or self._low(i + 1) == "'s":
            return i + 1, Spec(weekday=wd)
        return None

    def _year_only(self, i: int, bare: bool) -> tuple[int, Spec] | None:
        """"w 2024 r.", "in 2024", "roku 2024", "im Jahr 2024"."""
        j = self._role("before_year", i)
        if j is not None and (y := self._year(j)) is not None:
            return self._year_tail(j + 1), Spec(y)
        if (y := self._year(i)) is None:
            return None
        tail = self._year_tail(i + 1)
        if tail > i + 1 or bare:
            return tail, Spec(y)
        return None

    # spans
    def expression(self, i: int) -> DateExpr | None:
        """The date expression (a date or a span) that starts at token ``i``, if any."""
        for opener, closer in (("range_between", "range_and"), ("range_from", "range_to"), ("since", None)):
            j = self._role(opener, i)
            first = self.point(j, loose=True) if j is not None else None
            if first is None:
                continue
            if closer is None:
                return self._expr(i, first[0], first[1], since=True)
            k = self._role(closer, first[0])
            second = self.point(k, loose=True) if k is not None else None
            if second is not None:
                return self._span(i, second[0], first[1], second[1])
        ctx = self._role("before", i)
        if ctx is not None and (m := _YEARS.match(self._low(ctx) or "")):
            a, b = int(m[1]), int(m[2])
            if 1900 <= a < b <= a + 50:
                return self._span(i, ctx + 1, Spec(a), Spec(b))
        first = self.point(i)
        bare = first is None and self._year(i) is not None and self._low(i + 1) in _DASHES
        if bare:
            first = (i + 1, Spec(self._year(i)))  # "2022–2024": two bare years with a dash
        if first is None:
            return None
        if self._low(first[0]) in _DASHES and (first[1].year is not None or first[1].month is not None):
            second = self.point(first[0] + 1, loose=True)
            if second is not None and (second[1].year is not None or second[1].month is not None) \
                    and (not bare or (second[1].year is not None and second[1].month is None)):
                return self._span(i, second[0], first[1], second[1])
        return None if bare else self._expr(i, first[0], first[1])

    def _span(self, start: int, end: int, first: Spec, last: Spec) -> DateExpr:
        """A span; a start without a year takes the end's ("od lutego do kwietnia 2024")."""
        if first.year is None and first.month is not None and last.year is not None and not first.anchors:
            year = last.year - 1 if last.month is not None and first.month > last.month else last.year
            first = Spec(year, first.month, first.day, first.hour, first.minute)
        if first.year is None and first.year_offset is None and last.year_offset is not None and first.month:
            first = Spec(month=first.month, day=first.day, year_offset=last.year_offset)
        return self._expr(start, end, first, last)

    def _expr(self, start: int, end: int, first: Spec, last: Spec | None = None, since: bool = False) -> DateExpr:
        toks = self.toks
        return DateExpr(start, end, self.text[toks[start].start:toks[end - 1].end], first, last, since)

    def scan(self) -> list[DateExpr]:
        out: list[DateExpr] = []
        starters = self.w.starters
        toks = self.toks
        i = 0
        while i < len(toks):
            low = toks[i].low
            if low not in starters and not ("0" <= low[:1] <= "9"):
                i += 1
                continue
            e = self.expression(i)
            if e is not None and e.end > i:
                out.append(e)
                i = e.end
            else:
                i += 1
        return out


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def scan(words: DateWords, toks: Sequence[Token], text: str) -> list[DateExpr]:
    """Every date expression in ``toks`` (tokens of ``text``), in order, none overlapping."""
    if not words.months and not words.relative.by_first:
        return []
    cores = words.cores
    if not any(t.low in cores or "0" <= t.low[:1] <= "9" for t in toks):
        return []  # no month, weekday, number, day or period word: no date (most sentences)
    return _Scanner(words, toks, text).scan()


def scan_text(text: str, lang: str, data: DataPath | None = None) -> list[DateExpr]:
    """Date expressions in a piece of text (tokenized here)."""
    return scan(date_words(lang, data), tokenize(text), text)


def present_words(words: DateWords, toks: Sequence[Token]) -> list[int]:
    """Token indices where a "now" phrase starts ("teraz", "currently", "derzeit")."""
    return [i for i in range(len(toks)) if words.roles["present"].match(toks, i) is not None]
