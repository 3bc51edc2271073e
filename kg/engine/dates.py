"""Event dates: when what a sentence reports happened, as the text says it.

The date expressions of the sentence ("w sierpniu 2024 r.", "last November", "seit Februar
2022", "od początku wojny"; :mod:`kg.datescan`) are resolved against the article date
(:mod:`kg.dates`), and each frame takes, in this order:

1. the date of its own clause, the one nearest its trigger ("…, gdzie w sierpniu 2024 r. doszło
   do ukraińskiego wtargnięcia");
2. for a noun trigger right before a relative clause, that clause's date ("umowy o strategicznym
   partnerstwie, którą oba kraje podpisały w ubiegłym roku": the partnership is last year's);
3. the sentence's scene: a date in its first clause before any trigger ("W sobotę Rosja …, a
   Chiny …", "Podczas sobotniego spotkania …");
4. the paragraph's scene: the scene of an earlier sentence of the same paragraph, for a frame of
   a relation that sentence reported ("Podczas sobotniego spotkania …. Rozmowy dotyczyły …"),
   unless the sentence has dates of its own or says it is about now ("obecnie", "currently").

Nothing else: a sentence without a date gets none, and the article date is only the latest the
event can be. A date the article date cannot settle ("on Saturday" in an undated article) keeps
its words (``event_text``) without a value. The claims of the sentence get the date of their
frame; structural facts get none.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.dates import Dated, When, resolve_expr, when
from kg.datescan import DateExpr, scan
from kg.datewords import DateWords, date_words
from kg.engine.record import Discourse, FrameResult, SentenceRecord
from kg.engine.syntax import clause_span
from kg.engine.tables import Tables
from kg.records import Article, Claim
from kg.text import hyphened

#: How far back (characters) a paragraph's scene may reach: a paragraph is never longer in news.
_PARAGRAPH = 3000
#: Words a noun trigger's phrase may run on for before its relative clause ("embarga na ukraińskie zboże, które").
_NOUN_TAIL = 4


@dataclass(frozen=True)
class DateMention:
    """A date expression of the sentence (tokens ``start:end``) and what it resolved to."""

    start: int
    end: int
    dated: Dated

    @property
    def text(self) -> str:
        return self.dated.text


@dataclass(frozen=True)
class Scene:
    """A date that sets the scene of a paragraph, and the relations reported under it."""

    mention: DateMention
    relations: frozenset[str]
    end: int  # where its sentence ends in the article text


_WORDS: dict[str, tuple[object, DateWords]] = {}


def _words(tb: Tables) -> DateWords:
    """The language's date words, once per compiled lexicon (the tables of a sentence are made
    per article, their compiled lexicon is not): the data in use when first needed."""
    hit = _WORDS.get(tb.lang)
    if hit is None or hit[0] is not tb.compiled:
        hit = _WORDS[tb.lang] = (tb.compiled, date_words(tb.lang))
    return hit[1]


def date_tokens(tb: Tables, rec: SentenceRecord) -> frozenset[int]:
    """The tokens of the sentence's date expressions, preposition included ("on Monday", "am Montag", "w
    poniedziałek"): the roles read past them, as a time adverbial ties no argument to its verb."""
    return frozenset(k for e in scan(_words(tb), rec.tokens, rec.text) for k in range(e.start, e.end))


def dates(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Date expressions of the sentence, resolved against the article date; each frame's date (its
    clause's, its relative clause's, the sentence's or the paragraph's scene); the claims dated."""
    words = _words(tb)
    exprs = scan(words, rec.tokens, rec.text)
    art = rec.article
    ref = when(art.published, art.published_precision)
    rec.dates = [_mention(tb, rec, e, ref, disc) for e in exprs]
    precision = published_precision(art)
    now_words = words.roles["present"]
    rec.present = any(t.low in now_words.by_first and now_words.match(rec.tokens, i) is not None
                      for i, t in enumerate(rec.tokens))
    scene = _sentence_scene(rec)
    inherited = _paragraph_scene(rec, disc)
    for f in rec.frames:
        if not f.considered or _attributive(rec, f):
            continue
        found = _own(tb, rec, f, scene)
        if found is None and scene is not None:
            found = (scene, "sentence")
        if found is None and inherited is not None and f.relation in inherited.relations:
            found = (inherited.mention, "paragraph")
        if found is not None:
            f.date, f.date_from = found
    framed = {id(c) for f in rec.frames for c in f.claims}
    for f in rec.frames:
        for c in f.claims:
            _stamp(c, precision, f.date)
    for c in rec.claims:
        if id(c) not in framed:  # "followed suit": the sentence's scene, else the paragraph's
            m = scene if scene is not None else (
                inherited.mention if inherited is not None and c.relation in inherited.relations else None)
            _stamp(c, precision, m)
    rec.scene = None
    if scene is not None:
        relations = frozenset(f.relation for f in rec.frames if f.date is scene)
        rec.scene = Scene(scene, relations, rec.end)
    return rec


def published_precision(art: Article) -> str | None:
    """The article date's precision: as given, else what its digits say."""
    if not art.published:
        return None
    w = when(art.published, art.published_precision)
    return w.precision if w is not None else art.published_precision


def _mention(tb: Tables, rec: SentenceRecord, e: DateExpr, ref: When | None, disc: Discourse) -> DateMention:
    codes: set[str] = set()
    if e.first.anchors or (e.last is not None and e.last.anchors):
        named = [*disc.named, *(a for m in rec.mentions for a in m.actors)]
        codes = {tb.gazetteer[tb.top(a)].code for a in named if a in tb.gazetteer}
    return DateMention(e.start, e.end, resolve_expr(e, ref, codes))


def _own(tb: Tables, rec: SentenceRecord, f: FrameResult,
         scene: DateMention | None) -> tuple[DateMention, str] | None:
    """The date of the frame's clause nearest its trigger (one that reaches it: not another verb's,
    "the treaty signed in 1951 extends to attacks"), else of the relative clause right after a noun
    trigger."""
    lo, hi = f.clause if f.clause != (0, 0) else clause_span(rec, f.match.start, f.match.end)
    inside = [m for m in rec.dates if lo <= m.start < hi]
    if inside:
        near = [m for m in inside if m is scene or _reaches(rec, m, f, lo, hi)]
        return (min(near, key=lambda m: (_distance(m, f), m.start)), "clause") if near else None
    if not f.is_noun:
        return None
    toks = rec.tokens
    relative = tb.markers.get("relative", ())
    stops = {t for g in rec.frames if g.match.start >= f.match.end for t in range(g.match.start, g.match.end)}
    stops |= {t for m in rec.mentions if m.kind in ("names", "metonyms") and not m.resolved
              for t in range(m.start, m.end)}  # "na Litwę, która …": the relative clause is Lithuania's
    for k in range(f.match.end, min(f.match.end + _NOUN_TAIL + 1, hi + 1)):  # "embarga na zboże, które …"
        if k in stops:
            break
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in relative:
            _, rhi = clause_span(rec, k + 2, k + 2)
            after = [m for m in rec.dates if k + 1 <= m.start < rhi]
            return (min(after, key=lambda m: m.start), "relative clause") if after else None
    return None


def _is_verb(rec: SentenceRecord, k: int) -> bool:
    m = rec.morphs[k] if k < len(rec.morphs) else None
    return m is not None and m.only("VERB")


def _reaches(rec: SentenceRecord, m: DateMention, f: FrameResult, lo: int, hi: int) -> bool:
    """Whether a date of the clause dates the frame: the date belongs to its nearest verb (the one
    before it on a tie: "signed in 1951 extends to attacks"), and dates what that verb governs, up
    to the next verb ("w sierpniu 2024 r. doszło do ukraińskiego wtargnięcia")."""
    verbs = [k for k in range(lo, hi) if not m.start <= k < m.end and _is_verb(rec, k)]
    if not verbs:
        return True
    host = min(verbs, key=lambda k: (m.start - k - 1 if k < m.start else k - m.end, k > m.start))
    trigger = range(f.match.start, f.match.end)
    if host in trigger:
        return True
    a, b = sorted((host, f.match.start if host < f.match.start else f.match.end - 1))
    return not any(a < k < b and k not in trigger for k in verbs)


def _attributive(rec: SentenceRecord, f: FrameResult) -> bool:
    """A relation that describes an actor ("Iran-backed rebels", "the US-led coalition", a
    participle used as an adjective) stands beyond the event the sentence dates."""
    k = f.match.start
    return f.voice == "adjectival" or hyphened(rec.tokens, k)


def _distance(m: DateMention, f: FrameResult) -> int:
    if m.end <= f.match.start:
        return f.match.start - m.end
    if m.start >= f.match.end:
        return m.start - f.match.end
    return 0


def _sentence_scene(rec: SentenceRecord) -> DateMention | None:
    """A date in the first clause before any trigger: it dates the whole sentence."""
    first_break = min(rec.breaks, default=len(rec.tokens))
    first_trigger = min((f.match.start for f in rec.frames if f.considered), default=len(rec.tokens))
    before = [m for m in rec.dates if m.end <= first_trigger and m.start < first_break]
    return before[-1] if before else None


def _paragraph_scene(rec: SentenceRecord, disc: Discourse) -> Scene | None:
    """The scene of an earlier sentence of the same paragraph, when this one has no dates of
    its own and does not speak of the present."""
    scene = disc.scene
    if scene is None or rec.dates or rec.present or not scene.relations:
        return None
    text = rec.article.text
    if rec.start - scene.end > _PARAGRAPH or "\n" in text[scene.end:rec.start]:
        return None
    return scene


def _stamp(c: Claim, published_precision: str | None, m: DateMention | None) -> None:
    """Put the article date's precision and the event date on a claim."""
    c.published_precision = published_precision if c.published else None
    if m is None:
        return
    d = m.dated
    c.event_text = d.text
    if d.start is not None:
        c.event_date, c.event_precision = d.start.iso, d.start.precision
    if d.end is not None and d.start is not None:
        c.event_end, c.event_end_precision = d.end.iso, d.end.precision
