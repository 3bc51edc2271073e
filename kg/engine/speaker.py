"""Who is speaking: the narrator's subject of a sentence, for quotes whose verb names no one.

"Siekierski denied it. – We support Ukraine – he assured.": the speaker of
a quote placed before a verb of saying that names no one ("– zapewnił.",
'"…," he said.', '„…", sagte sie.') is the person the narration was about:
the subject of the main clause of the previous sentence(s), not the last
actor named (which is often inside the quote itself). The discourse keeps
that subject in ``Discourse.speaker``; a subject that names no known actor
("Siekierski", a minister the data does not know) is kept as "someone
unknown" (an empty list), so that his "we" gives no claim rather than a
wrong one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from kg.engine.record import Discourse, Group, Mention, SentenceRecord
from kg.engine.syntax import can_be_nominative, finite, prep
from kg.engine.tables import Tables
from kg.phrases import Match
from kg.text import hyphened

QUOTES = frozenset('"„”“«»')
DASHES = frozenset("-–—")


def narration_start(rec: SentenceRecord) -> int:
    """The first token after a quote that opens the sentence ('"…," he said', '– … – zapewnił'), else 0."""
    toks = rec.tokens
    if not toks or not (toks[0].text in QUOTES or toks[0].text in DASHES):
        return 0
    opener = toks[0].text
    for k in range(1, len(toks)):
        t = toks[k].text
        if (opener in DASHES and t in DASHES) or (opener in QUOTES and t in QUOTES):
            return k + 1
    return 0


def postposed_speaker(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the pronoun at ``k`` is the subject of a verb of saying that follows, after a comma, the
    reported clause opening the sentence (German "…, werde Russland antworten, warnte sie"; the verb
    inverted after what it reports): it names the speaker, whom the narration named before."""
    toks, morphs = rec.tokens, rec.morphs
    if not tb.settings.get("verb_second") or not morphs or k < 3 or not finite(morphs[k - 1]) \
            or toks[k - 2].text != ",":
        return False
    rest = [j for j in range(k + 1, len(toks)) if toks[j].is_word]  # a particle at most: "…, fügte sie hinzu"
    return len(rest) <= 1 and all(toks[j].text[:1].islower() for j in rest)


def main_group(tb: Tables, rec: SentenceRecord, lo: int = 0) -> Group | None:
    """The main clause's subject from token ``lo``: the first group before the first trigger and the
    first clause break that no preposition governs (triggers inside attributions and names do not
    count); of the phrases coreference resolved, only a pair or the parties ("the leaders welcomed …"); none
    when a phrase naming no actor or a pronoun opens the clause before a verb of saying (the topic stays)."""
    # a participle hyphenated to a name only qualifies the noun after it ("the Iran-backed rebels have …"): neither
    # that name nor that participle is the main clause's subject or verb
    first_trigger = min((f.match.start for f in rec.frames if f.failure not in ("in-attribution", "in-name")
                         and f.match.start >= lo and not hyphened(rec.tokens, f.match.start)), default=len(rec.tokens))
    first_break = min((b for b in rec.breaks if b >= lo), default=len(rec.tokens))
    np = next((p for p in rec.phrases if p.start == lo and p.prep is None), None)
    if np is not None and any(cm.start == np.end for cm in rec.cues.get("speech", ())) and all(
            g.resolved and g.mentions[0].kind == "pronoun" for g in rec.groups if np.start <= g.start < np.end):
        return None  # "He said Israel had not …", "The minister said Israel …": the sayer names no actor (or a
        # pronoun refers back): the actor of what is reported is not the main clause's subject
    opening = next((k for k in range(lo, len(rec.tokens)) if rec.tokens[k].is_word), None)
    if tb.pro_drop and rec.morphs and opening is not None and finite(rec.morphs[opening]) \
            and rec.morphs[opening].feats & {"1", "2"}:
        return None  # "– Cofnęliśmy Hezbollah o dziesięciolecia": the dropped subject is who speaks; the topic stays
    return next((g for g in rec.groups if lo <= g.start < first_trigger and g.start < first_break
                 and g.mentions[0].kind != "adjectives" and not g.mentions[-1].compound
                 and (not g.resolved or g.mentions[0].kind in ("pair", "parties", "group"))
                 and prep(tb, rec, g.start, lo) is None  # (asked after the cheaper tests)
                 and (not tb.cases or can_be_nominative(g) or _nominative_body(rec, g))), None)


def _nominative_body(rec: SentenceRecord, g: Group) -> bool:
    """"Szef litewskiej dyplomacji": a body whose own noun is nominative, whatever its adjective's case."""
    return g.mentions[0].kind == "body" and bool(rec.morphs) and "nom" in rec.morphs[g.start].cases


def main_subject(tb: Tables, rec: SentenceRecord, main: Group | None | bool = False) -> list[str] | None:
    """The actors of the narration's main-clause subject; ``[]`` when the narration opens with a noun
    phrase that names no actor right before its verb ("Siekierski zaprzeczył", "John Smith denied");
    None when it shows no subject (a dropped subject, a verb-first clause). ``main``: ``main_group(tb, rec)``
    when the caller has it already (False: not known)."""
    lo = narration_start(rec)
    g = main if lo == 0 and main is not False else main_group(tb, rec, lo)
    if g is not None:
        return list(g.actors)
    morphs = rec.morphs
    np = next((p for p in rec.phrases if p.start == lo and p.prep is None), None)
    if np is None or not morphs or any(np.start <= m.start < np.end for m in rec.mentions):
        return None
    end = np.end
    for p in rec.phrases:  # "Hans Meier", "Premier Litwy": the phrases right after it
        if p.start == end and p.prep is None and not any(p.start <= m.start < p.end for m in rec.mentions):
            end = p.end
    while end < len(morphs) and morphs[end].is_("VERB", "AUX") and not (
            morphs[end].feats & {"fin", "past"} or morphs[end].only("VERB", "AUX")):
        end += 1
    if end < len(morphs) and morphs[end].is_("VERB", "AUX") and (
            morphs[end].feats & {"fin", "past"} or morphs[end].only("VERB", "AUX")):
        return []  # someone the data does not know
    return None


def names_no_one(tb: Tables, rec: SentenceRecord, sp: Match) -> bool:
    """Whether the verb of saying ``sp`` after a quote names no speaker: right after the quote's closing
    mark (or a pronoun: '"…," he said', '„…", sagte er'), and no noun phrase right after it
    ("– zapewnił.", "– dodał na konferencji", but not "– powiedział minister", '"…," senior official X
    said', '"…," said the minister')."""
    toks = rec.tokens
    pronouns = {k for cm in rec.cues.get("pronoun", ()) for k in range(cm.start, cm.end)}
    if sp.start - 1 in pronouns:  # '"…," he said'
        return sp.start > 1 and _closing(toks[sp.start - 2].text)
    if sp.end in pronouns:  # '„…", sagte er'
        return _closing(toks[sp.start - 1].text) if sp.start else False
    if _office_before(tb, rec, sp):
        return True  # '"…," the spokesman said': an office with no state of its own, the one spoken of before
    if sp.start == 0 or not _closing(toks[sp.start - 1].text):
        return False
    if sp.end >= len(toks) or not toks[sp.end].is_word or toks[sp.end].low in tb.markers["prepositions"]:
        return True
    if _bare_office(rec, sp):
        return True  # "– dodał rzecznik resortu.": the office the narration named before, with no state of its own
    return not (rec.morphs and rec.morphs[sp.end].is_("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM"))


def _office_before(tb: Tables, rec: SentenceRecord, sp: Match) -> bool:
    """A definite office between the quote's closing mark and the verb of saying ('"…," the spokesman
    said', '"…," the official added'): it names no one, so the narration's last subject speaks."""
    toks = rec.tokens
    office = next((cm for cm in rec.cues.get("role", ()) if cm.end == sp.start), None)
    if office is None or office.start < 2 or toks[office.start - 1].low not in tb.markers["definite"]:
        return False
    return _closing(toks[office.start - 2].text) and not any(
        office.start - 1 <= m.start < sp.start for m in rec.mentions)


def _bare_office(rec: SentenceRecord, sp: Match) -> bool:
    """An office right after the verb of saying that ends the sentence and names no one ("– dodał rzecznik.",
    "– powiedział wiceszef MSZ."): the same office holder the narration was about."""
    toks = rec.tokens
    office = next((cm for cm in rec.cues.get("role", ()) if cm.start == sp.end), None)
    if office is None or any(m.start >= sp.end and m.start <= office.end + 1 for m in rec.mentions):
        return False
    k = office.end
    while k < len(toks) and toks[k].is_word and k - office.end < 1:
        k += 1  # one word more: "rzecznik resortu", "wiceszef MSZ"
    return k >= len(toks) or toks[k].text in (".", "!", "?")


def _closing(text: str) -> bool:
    return text in QUOTES or text in DASHES or text == ","


def quote_speaker(tb: Tables, rec: SentenceRecord, disc: Discourse, at: int) -> Group | None:
    """The speaker of a quote whose verb of saying names no one: the narration's last subject, as a
    group placed at token ``at`` (None when the article has not named one)."""
    if not disc.speaker:
        return None
    return Group([Mention(at, at, tuple(disc.speaker), "speaker", resolved=True,
                          via="the subject of the narration before the quote")])


def update_speaker(tb: Tables, rec: SentenceRecord, disc: Discourse, main: Group | None | bool = False) -> None:
    """Fold the sentence's speaker into the discourse: the quote's named speaker, else the main subject
    (``main``: ``main_group(tb, rec)`` when the caller has it, False when not)."""
    from kg.engine.said_after import quoted_speaker, speech_after

    if disc.quote_ahead is not None:
        return  # inside a quote of several sentences: its subjects are not the narration's
    if ns := narration_start(rec):
        sp = speech_after(tb, rec, ns - 1)  # after the closing mark: not a verb of saying inside the quote
        g = quoted_speaker(tb, rec, sp) if sp is not None else None
        if g is not None and not g.resolved:
            disc.speaker = list(g.actors)
        return
    subj = main_subject(tb, rec, main)
    if subj is not None:
        disc.speaker = subj


#: How many sentences after its first a quote may close and still name its speaker.
_QUOTE_SPAN = 6


def _opens_quote(text: str) -> str | None:
    """The mark that opens a quote the sentence ``text`` does not close ('„Polska prowokuje.', '– Widzimy
    to.'), else None."""
    t = text.lstrip()
    if not t or not (t[0] in QUOTES or t[0] in DASHES):
        return None
    return None if _closes(t[1:], t[0]) else t[0]


def _closes(text: str, opener: str) -> bool:
    """Whether ``text`` closes a quote that ``opener`` opened: a quotation mark, or for a dash a dash
    standing alone between words ("… wojny – powiedział")."""
    if opener in QUOTES:
        return any(c in QUOTES for c in text)
    return any(f" {d} " in text for d in DASHES)


def quote_ahead(tb: Tables, text: str, spans: list[tuple[int, int]], i: int, disc: Discourse,
                analyse: Callable[[int, Discourse], SentenceRecord]) -> tuple[list[str] | None, int]:
    """The speaker of a quote that sentence ``i`` (0-based) opens and a later sentence closes with a verb
    of saying that names him ('„Polska i Litwa prowokują. Zamknęli przejścia" – powiedział białoruski
    dyktator.'), and the index of that closing sentence; (None, i) when there is none. ``analyse(j, d)``
    analyses sentence ``j`` with discourse ``d`` (a copy: the look-ahead changes nothing)."""
    from kg.engine.said_after import quoted_speaker, speech_after

    opener = _opens_quote(text[spans[i][0]:spans[i][1]])
    if opener is None:
        return None, i
    for j in range(i + 1, min(len(spans), i + 1 + _QUOTE_SPAN)):
        s, e = spans[j]
        if not _closes(text[s:e], opener):
            continue
        ahead = copy.deepcopy(disc)
        rec = analyse(j, ahead)
        marks = QUOTES if opener in QUOTES else DASHES
        close = next((k for k, t in enumerate(rec.tokens) if t.text in marks), None)
        sp = speech_after(tb, rec, close) if close is not None else None
        g = quoted_speaker(tb, rec, sp) if sp is not None else None
        if g is None or not g.actors:
            return None, i
        for a in g.actors:  # a speaker the closing sentence introduces ("…," Prime Minister X said) is known
            if a not in disc.actors and a in ahead.actors:  # before it: the sentences in between name him
                disc.actors[a] = ahead.actors[a]
        return list(g.actors), j
    return None, i


def infinitive_with_object(tb: Tables, rec: SentenceRecord, cm) -> bool:
    """A verb of saying in an infinitive that takes a bare noun for object ("Ethiopia's plan to add water to the
    reservoir"): another sense of the verb, which reports nothing (not "to add that …", "to say Israel …", nor when
    a "that", a colon or a quote follows the noun)."""
    toks = rec.tokens
    k = cm.end
    if tb.cases or not rec.morphs or cm.start == 0 or "infmark" not in rec.morphs[cm.start - 1].feats \
            or k >= len(toks):
        return False
    while k < len(toks) and (rec.morphs[k].only("ADJ", "NUM", "DET") or toks[k].text in (".", ",") and k + 1 < len(toks)
                             and toks[k - 1].text[:1].isdigit() and toks[k + 1].text[:1].isdigit()):
        k += 1  # "to pump 9.5 billion cubic metres"
    if k >= len(toks) or not toks[k].is_word or not toks[k].text[:1].islower() or not rec.morphs[k].is_("NOUN") \
            or any(m.start <= k < m.end for m in rec.mentions):
        return False
    # what is said still follows the one told ("to tell reporters on Monday that …", 'to tell lawmakers: "…"')
    return not any(t.low in tb.markers["complementizer"] or t.text in QUOTES or t.text == ":"
                   for t in toks[k + 1:k + 10])
