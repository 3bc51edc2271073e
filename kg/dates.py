"""Dates with the precision they really have: article dates and event dates.

A :class:`When` is a point in time and how precisely it is known: "2024" (a year), "2024-08"
(a month), "2025-07-12" (a day), "2025-07-13T04:00" with precision "hour" ("8 godzin temu"
read at 12:00 is 04:00 give or take an hour, not 04:00:00). Its ``iso`` form has exactly the
digits its precision has, so ISO strings of any precision still sort in time order.

* :func:`resolve` turns what a date expression says (:class:`kg.datescan.Spec`: "w ubiegłym
  roku", "last November", "on Saturday", "8 hours ago") into a ``When`` against a reference:
  the article's date for event dates, ``--now`` for an article's own dateline. What the
  reference cannot settle stays unresolved (a day name in an article known only to the
  month); nothing is filled in.
* :func:`parse_dateline` reads the source/date line under a plain-text headline
  ("Gazeta Wschodnia 12 listopada 2025", "warszawawpigulce.pl 8 godzin temu") into the outlet
  and the article date.
* :func:`parse_published` reads a ``published`` value of JSON Lines or HTML metadata: ISO 8601
  first, then kg's own date words, then dateparser for whatever else a feed writes
  ("Tue, 12 Nov 2025 14:30:00 GMT", "12 listopada 2025 r., godz. 14:30"). dateparser is the
  fallback and not the first reader because importing it and loading its languages costs
  about half of the one second `kg extract` of an article may take; kg's words read the
  common forms in microseconds (``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.datescan import DateExpr, Spec, scan
from kg.datewords import date_words
from kg.text import tokenize

#: Precisions, coarsest first; a week is a day give or take three.
PRECISIONS = ("year", "month", "week", "day", "hour", "minute")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}
_ISO = re.compile(
    r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?"
    r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?\s*$", re.IGNORECASE | re.ASCII)
#: What a dateline's outlet is separated from its date by.
_SEPARATORS = " \t|·•-–—,:;/"
_DATE_LANGS = ("pl", "en", "de")


@dataclass(frozen=True, order=True)
class When:
    """A time and its precision; ``value`` is the start of the period the precision leaves."""

    value: dt.datetime
    precision: str

    def __post_init__(self) -> None:
        if self.precision not in _RANK:
            raise ValueError(f"unknown precision {self.precision!r} (one of {', '.join(PRECISIONS)})")

    @classmethod
    def of(cls, value: dt.date | dt.datetime, precision: str) -> When:
        """``value`` cut to ``precision``: When.of(2024-08-13, "month") is 2024-08."""
        v = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
        v = v.replace(second=0, microsecond=0, tzinfo=None)
        if precision == "year":
            v = v.replace(month=1, day=1, hour=0, minute=0)
        elif precision == "month":
            v = v.replace(day=1, hour=0, minute=0)
        elif precision in ("week", "day"):
            v = v.replace(hour=0, minute=0)
        elif precision == "hour":
            v = v.replace(minute=0)
        return cls(v, precision)

    @property
    def iso(self) -> str:
        """"2024", "2024-08", "2024-08-06", "2025-07-13T04:00": the digits the precision has."""
        v = self.value
        if self.precision == "year":
            return f"{v.year:04d}"
        if self.precision == "month":
            return f"{v.year:04d}-{v.month:02d}"
        if self.precision in ("week", "day"):
            return v.date().isoformat()
        return v.strftime("%Y-%m-%dT%H:%M")

    @property
    def date(self) -> dt.date:
        return self.value.date()

    def finer_than(self, precision: str) -> bool:
        """Whether this is known at least to ``precision`` (a day is known to the month)."""
        return _RANK[self.precision] >= _RANK[precision]

    def cut(self, precision: str) -> When:
        """The same time at ``precision`` at most (coarser stays as it is)."""
        return When.of(self.value, precision) if self.finer_than(precision) else self

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        v = self.value
        if self.precision == "year":
            return dt.date(v.year, 12, 31)
        if self.precision == "month":
            return dt.date(v.year, v.month, calendar.monthrange(v.year, v.month)[1])
        return v.date()


def parse_iso(value: str) -> When | None:
    """ISO 8601 of any precision ("2025", "2025-07", "2025-07-13", "2025-07-13T10:22:05+02:00").

    A time keeps the clock time the text gives (its offset is dropped: the date is the
    outlet's date); seconds are not kept (minute precision at most)."""
    m = _ISO.match(value)
    if not m:
        return None
    y, mo, d, h, mi = (int(g) if g else None for g in m.groups())
    try:
        if mo is None:
            return When.of(dt.datetime(y, 1, 1), "year")
        if d is None:
            return When.of(dt.datetime(y, mo, 1), "month")
        if h is None:
            return When.of(dt.datetime(y, mo, d), "day")
        return When.of(dt.datetime(y, mo, d, h, mi or 0), "minute" if mi is not None else "hour")
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def when(value: str | None, precision: str | None = None) -> When | None:
    """A ``When`` from a record's ISO string and precision (``published`` and
    ``published_precision``); without a precision, the one the digits give."""
    if not value:
        return None
    w = parse_iso(str(value))
    if w is None:
        return None
    if precision in _RANK and precision != w.precision:
        return When.of(w.value, precision) if _RANK[precision] < _RANK[w.precision] else w
    return w


# --- resolving what words say ------------------------------------------------------------


def _add_months(d: dt.datetime, n: int) -> dt.datetime:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))


def _back(ref: When, unit: str, n: int) -> When:
    """``n`` units before ``ref``, at the unit's precision ("8 hours ago" is an hour)."""
    v = ref.value
    if unit in ("minute", "hour", "day", "week"):
        v = v - dt.timedelta(**{unit + "s": n})
    elif unit == "month":
        v = _add_months(v, -n)
    else:
        v = v.replace(year=v.year - n, day=min(v.day, calendar.monthrange(v.year - n, v.month)[1]))
    return When.of(v, unit)


def resolve(spec: Spec, ref: When | None, codes: Iterable[str] = ()) -> When | None:
    """The time ``spec`` names, read against ``ref`` (the article date; ``--now`` for datelines),
    or None when the words and ``ref`` do not settle it. ``codes``: the actor codes the article
    names, which choose among anchors ("the start of the war")."""
    try:
        return _resolve(spec, ref, frozenset(codes))
    except (ValueError, OverflowError):
        return None


def _resolve(spec: Spec, ref: When | None, codes: frozenset[str]) -> When | None:  # noqa: C901 - one case a line
    if spec.anchors:
        dates = {a.date for a in spec.anchors if a.context & codes}
        return parse_iso(dates.pop()) if len(dates) == 1 else None
    if spec.ago is not None:
        unit, n = spec.ago
        return _back(ref, unit, n) if ref is not None and ref.finer_than(unit) else None
    if spec.days is not None:
        if ref is None or not ref.finer_than("day"):
            return None
        return When.of(ref.value + dt.timedelta(days=spec.days), "day")
    if spec.relative is not None:
        unit, offset = spec.relative
        if ref is None or not ref.finer_than("day" if unit == "week" else unit):
            return None
        if unit == "year":
            return When.of(dt.datetime(ref.value.year + offset, 1, 1), "year")
        if unit == "month":
            return When.of(_add_months(ref.value.replace(day=1), offset), "month")
        monday = ref.value - dt.timedelta(days=ref.value.weekday()) + dt.timedelta(weeks=offset)
        return When.of(monday, "week")
    if spec.weekday is not None and spec.month is None:
        return _weekday(spec, ref)
    if spec.month is None:
        return When.of(dt.datetime(spec.year, 1, 1), "year") if spec.year is not None else None
    year = spec.year
    if year is None and spec.year_offset is not None:
        if ref is None:
            return None
        year = ref.value.year + spec.year_offset
    if year is None:
        year = _year_of(spec, ref)
        if year is None:
            return None
    if spec.day is None:
        return When.of(dt.datetime(year, spec.month, 1), "month")
    if spec.hour is not None:
        return When.of(dt.datetime(year, spec.month, spec.day, spec.hour, spec.minute or 0), "minute")
    return When.of(dt.datetime(year, spec.month, spec.day), "day")


def _year_of(spec: Spec, ref: When | None) -> int | None:
    """The year of a month (and day) named without one: the latest not after the article
    ("w sierpniu" in July 2025 is August 2024); "this" is the article's year, "last" the year
    before ("last June" in July 2025 is June 2024: this year's would be "in June"), "next" the
    first after the article's month."""
    if ref is None or not ref.finer_than("month"):
        return None
    r = ref.value
    here = (spec.month, spec.day or 1)
    now = (r.month, r.day if ref.finer_than("day") else 31)
    if spec.modifier == "this":
        return r.year
    if spec.modifier == "next":
        return r.year if spec.month > r.month else r.year + 1
    if spec.modifier == "last":
        return r.year - 1
    return r.year if here <= now else r.year - 1


def _weekday(spec: Spec, ref: When | None) -> When | None:
    """"on Saturday": the latest Saturday not after the article's day; "last": before it;
    "next": after it."""
    if ref is None or not ref.finer_than("day"):
        return None
    d = ref.value
    back = (d.weekday() - spec.weekday) % 7
    if spec.modifier == "next":
        ahead = (spec.weekday - d.weekday()) % 7 or 7
        return When.of(d + dt.timedelta(days=ahead), "day")
    if spec.modifier == "last" and back == 0:
        back = 7
    return When.of(d - dt.timedelta(days=back), "day")


@dataclass(frozen=True)
class Dated:
    """An expression resolved: the date, the end of a span, and the words that said it."""

    text: str
    start: When | None
    end: When | None = None
    since: bool = False  # an open span, ended by the article date


def resolve_expr(expr: DateExpr, ref: When | None, codes: Iterable[str] = ()) -> Dated:
    """A date expression against ``ref``: a span "od X do Y" gets both ends; "seit X" ends at
    ``ref`` (to the day at most), the latest the article can know it lasted."""
    codes = frozenset(codes)
    first = resolve(expr.first, ref, codes)
    if expr.last is not None:
        last = resolve(expr.last, ref, codes)
        if first is not None and last is not None and last.value < first.value:
            last = None
        return Dated(expr.text, first, last)
    if expr.since:
        end = ref.cut("day") if ref is not None and first is not None and ref.value >= first.value else None
        return Dated(expr.text, first, end, since=True)
    return Dated(expr.text, first)


# --- article dates -------------------------------------------------------------------------


def now_when(now: dt.datetime | None = None) -> When:
    """``--now`` (or the present, in UTC) as a reference to the minute."""
    if now is None:
        now = dt.datetime.now(dt.UTC)
    if now.tzinfo is not None:
        now = now.astimezone(dt.UTC).replace(tzinfo=None)
    return When.of(now, "minute")


#: Kinds of expression a dateline may end with: dates to the day, and "N hours ago" / "yesterday".
def _dateline_kind(spec: Spec) -> bool:
    return spec.ago is not None or spec.days is not None or (spec.day is not None and spec.month is not None)


def parse_dateline(line: str, now: dt.datetime | None = None) -> tuple[str | None, When] | None:
    """(outlet, date) of a source/date line: "Gazeta Wschodnia 12 listopada 2025",
    "warszawawpigulce.pl 8 godzin temu", "Harbour Post | Nov. 12, 2025, 14:30", "12.11.2025";
    None when the line does not end with a date to the day or a relative time ("2 hours ago",
    "wczoraj"). Relative times are read against ``now``."""
    s = line.strip()
    if not s or len(s) > 100 or s[-1] in "!?":
        return None
    toks = tokenize(s)
    for lang in _DATE_LANGS:
        exprs = scan(date_words(lang), toks, s)
        if not exprs:
            continue
        e = exprs[-1]
        if e.end != len(toks) or e.last is not None or e.since or not _dateline_kind(e.first):
            continue
        w = resolve(e.first, now_when(now))
        if w is None:
            continue
        if e.first.ago is None and e.first.days is None and e.first.year is None:
            continue  # "12 listopada" with no year: not a dateline we can trust
        site = s[:toks[e.start].start].rstrip(_SEPARATORS).strip() or None
        if site is not None and (len(site) > 60 or site[-1:] in ".!?" and not re.search(r"\w\.\w", site)):
            continue
        return site, w
    return None


def parse_published(value: str, now: dt.datetime | None = None) -> When | None:
    """A ``published`` value of a feed or a page: ISO 8601, kg's date words, then dateparser."""
    s = str(value).strip()
    if not s:
        return None
    if (w := parse_iso(s)) is not None:
        return w
    toks = tokenize(s)
    for lang in _DATE_LANGS:
        exprs = [e for e in scan(date_words(lang), toks, s) if e.last is None and not e.since]
        if exprs and exprs[-1].end >= len(toks) - 1 and (w := resolve(exprs[-1].first, now_when(now))) is not None:
            return w
    return _dateparser(s, now)


#: dateparser's periods as kg precisions ("time" means a clock time was given).
_PERIODS = {"year": "year", "month": "month", "week": "week", "day": "day", "time": "minute"}


def _dateparser(value: str, now: dt.datetime | None) -> When | None:
    """dateparser's reading of a date string, at the precision it reports."""
    ref = now_when(now).value
    try:
        from dateparser.date import DateDataParser

        parser = DateDataParser(languages=list(_DATE_LANGS), settings={
            "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": ref})
        data = parser.get_date_data(value[:200])
    except Exception:  # a third-party parser on arbitrary text: no date rather than a crash
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.replace(tzinfo=None)
    return When.of(d, _PERIODS.get(data.period or "day", "day"))


# --- time windows ---------------------------------------------------------------------------


def claim_period(claim: dict) -> tuple[dt.date, dt.date] | None:
    """The days a claim may be about: its event (from the start to the end of a span, each at
    its precision), else its article's date at its precision; None when it has neither."""
    start = when(claim.get("event_date"), claim.get("event_precision"))
    if start is not None:
        end = when(claim.get("event_end"), claim.get("event_end_precision")) or start
        return start.date, max(end.end, start.end)
    published = when(claim.get("published"), claim.get("published_precision"))
    return (published.date, published.end) if published is not None else None


def in_window(claim: dict, since: When | None = None, until: When | None = None) -> bool:
    """Whether a claim's period (``claim_period``) meets the window from the first day of
    ``since`` to the last day of ``until``; a claim with no date is outside any window."""
    if since is None and until is None:
        return True
    period = claim_period(claim)
    if period is None:
        return False
    return (since is None or period[1] >= since.date) and (until is None or period[0] <= until.end)
