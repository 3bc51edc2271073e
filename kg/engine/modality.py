"""Modality and attribution: whether a claim is asserted, and who says it.

A question mark makes every claim of the sentence a question. Within the
trigger's clause, a negation word right before it ("nie", "not"), or after
it in languages that say so ("schickt keine Soldaten"), or a negated form
("niepoparcie") negates it; a denial, a demand or a hypothetical cue before
it in its clause — or in the clause that governs a reported one ("nie
wyklucza, że …") — makes it denied, demanded or hypothetical, as does a
conditional verb ending. A hedge anywhere keeps it asserted but hedged.
An attribution cue followed by a news agency or an actor names who says it.
"""

from __future__ import annotations

from kg.engine.record import Discourse, FrameResult, SentenceRecord
from kg.engine.syntax import clause_span
from kg.engine.tables import Tables


def attribution(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """'według agencji Reutera', 'according to Moscow': the source of the sentence."""
    rec.attribution = None
    for cm in rec.cues.get("attribution", ()):
        for s in rec.sources:
            if cm.end <= s.start <= cm.end + 3:
                rec.attribution = tb.gazetteer.sources[s.payload].label()
                return rec
        for m in rec.mentions:
            if cm.end <= m.start <= cm.end + 3 and not m.resolved:
                rec.attribution = tb.gazetteer[m.actors[0]].label("en")
                return rec
    return rec


def modality(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """The modality of every frame that gave pairs."""
    for f in rec.frames:
        if f.failure is None and f.pairs:
            f.modality, f.hedged, f.modality_by = frame_modality(tb, rec, f)
    return rec


def _negated_at(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    toks = rec.tokens
    return toks[k].low in tb.markers["negation"] and not (
        k + 1 < len(toks) and toks[k + 1].low in tb.markers["not_negating"])  # "nie tylko", "not only"


def _verb_between(tb: Tables, rec: SentenceRecord, a: int, b: int) -> bool:
    """A full verb between a negation and a trigger noun: the negation is the verb's ("will not
    tolerate provocations" negates the tolerating, not the provocations) — unless it is a light verb,
    whose negation is the noun's ("nie podpisała porozumienia", "did not impose sanctions")."""
    light = {k for cm in rec.cues.get("light_verbs", ()) for k in range(cm.start, cm.end)}
    return any(m.is_("VERB") and not m.is_("AUX", "NOUN", "ADJ") and k not in light
               for k, m in enumerate(rec.morphs[a:b], a))


def frame_modality(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[str, bool, str]:
    """(modality, hedged, the words that decided) for one frame."""
    toks = rec.tokens
    tm = f.match
    lo = f.clause[0]
    if rec.text.rstrip().rstrip("\"”»'’)").endswith("?"):
        return "question", False, "?"
    first = max(lo, tm.start - 4)
    for k in range(tm.start - 1, first - 1, -1):  # never across punctuation ("talks failed, and warned")
        if not toks[k].is_word:
            first = k + 1
            break
    for k in range(first, tm.start):
        if _negated_at(tb, rec, k) and not (f.is_noun and _verb_between(tb, rec, k + 1, tm.start)):
            return "negated", False, toks[k].text
    if tb.settings.get("negation_follows_verb"):
        for k in range(tm.start + 1, min(len(toks), tm.end + 4)):  # "schickt keine Soldaten"
            if not toks[k].is_word:
                break
            if _negated_at(tb, rec, k):
                return "negated", False, toks[k].text
    if "neg" in tm.features[0] and toks[tm.start].norm.startswith("nie"):
        return "negated", False, toks[tm.start].text
    scope = lo
    while scope > 0 and toks[scope - 1].low in tb.markers["complementizer"]:
        scope, _ = clause_span(rec, scope - 1, scope - 1)  # "nie wyklucza, że ..."
    cues = rec.cues
    for concept, mod in (("denial", "denied"), ("demand", "demanded")):
        for cm in cues.get(concept, ()):
            if scope <= cm.start and cm.end <= tm.start:
                return mod, False, _span(rec, cm.start, cm.end)
    for cm in cues.get("hypothetical", ()):
        if scope <= cm.start and cm.end <= tm.start or (tm.start - cm.end <= 3 and cm.end <= tm.start):
            return "hypothetical", False, _span(rec, cm.start, cm.end)
    suffixes = tb.lexicon.words["conditional_endings"]
    if suffixes:
        for tok in toks[scope:min(len(toks), tm.end + 1)]:
            if tok.low.endswith(suffixes) and len(tok.low) > 5:
                return "hypothetical", False, tok.text  # "wciągnęłoby Unię w wojnę": a conditional verb
    hedges = cues.get("hedge")
    return "asserted", bool(hedges), _span(rec, hedges[0].start, hedges[0].end) if hedges else ""


def _span(rec: SentenceRecord, start: int, end: int) -> str:
    return rec.text[rec.tokens[start].start:rec.tokens[end - 1].end]
