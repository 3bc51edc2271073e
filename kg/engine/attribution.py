"""Attribution: who says each part of a sentence.

An attribution cue followed by a news agency or an actor names who says it. Attributions at the start or end
of a sentence cover all of it; inside, only the conjunct clause that carries them ("A sent jets, and B –
according to PAP – tanks": PAP speaks for B). The modality stage reads the conjuncts this stage finds: a
denial, demand or hypothetical never reaches into a later conjunct. Split from ``modality``.
"""

from __future__ import annotations

from kg.engine.record import Discourse, FrameResult, SentenceRecord
from kg.engine.sayers import sayer_attributions
from kg.engine.source_phrases import names_after, source_mentions
from kg.engine.tables import Tables, derived


def attribution(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """'według agencji Reutera', 'according to Moscow': who says each conjunct of the sentence.

    An attribution at the start or the end of the sentence covers the whole of it ("According
    to Reuters, A and B", "A, and B, according to Reuters"); one inside covers only the conjunct
    that carries it: "Niemcy wyślą myśliwce, a Wielka Brytania – według PAP – ma przekazać
    czołgi" is PAP's word on Britain only. Conjuncts are the spans between a comma, dash or
    semicolon followed by a coordinating word ("a", "and", "but", "und") — see ``conjuncts``.
    ``rec.attribution`` is the attribution of the first conjunct that has one.
    """
    rec.conjuncts = conjuncts(tb, rec)
    rec.attributions = []
    rec.attribution = None
    bodies = {b.start for b in rec.cues.get("body", ())}
    for cm in rec.cues.get("attribution", ()):
        if cm.start in bodies and any(m.end == cm.start for m in rec.mentions):
            continue  # "met a delegation of Hamas officials in Cairo": the name's people in a place, no source
        who, end = _attributed(tb, rec, cm)
        if who is None:
            continue
        lo, hi = _scope(rec, cm.start, end)
        rec.attributions.append((lo, hi, who))
    rec.attributions += sayer_attributions(tb, rec)  # "…, Reuters reported", "the Pentagon said that …"
    if rec.attributions:
        rec.attribution = min(rec.attributions, key=lambda a: (a[0], a[0] - a[1]))[2]
    return rec


def _attributed(tb: Tables, rec: SentenceRecord, cm) -> tuple[str | None, int]:
    """The news agency or actor an attribution cue names right after it, and where that name ends;
    else the words of the noun phrase it governs ("according to Western officials"). The name must
    stand in the cue's own phrase: "according to officials, Iran sent …" is not Iran's word."""
    toks = rec.tokens

    def own(start: int) -> bool:
        return all(t.is_word for t in toks[cm.end:start])

    for m in source_mentions(tb, rec):  # "nach südkoreanischen Angaben", "US-Beamten zufolge"
        if cm.start < m.start < cm.end or m.end <= cm.start <= m.end + 2:
            return tb.gazetteer[m.actors[0]].label("en"), cm.end
    if not names_after(tb, rec, cm):
        return None, cm.end  # "Berichten zufolge": the name after it does something
    for s in rec.sources:
        if cm.end <= s.start <= cm.end + 3 and own(s.start):
            return tb.gazetteer.sources[s.payload].label(), s.end
    bodies = {b.start for b in rec.cues.get("body", ())}
    for m in rec.mentions:  # only determiners and adjectives between: "według zachodnich dyplomatów Iran …"
        if m.possessive and not bodies & {m.end, m.end + 1}:
            continue  # "citing Iran's repeated violations": the owner of a reason cited, no source
        if cm.end <= m.start <= cm.end + 3 and not m.resolved and own(m.start) and not any(
                rec.morphs and rec.morphs[j].only("NOUN") for j in range(cm.end, m.start)):
            return tb.gazetteer[m.actors[0]].label("en"), m.end
    np = next((p for p in rec.phrases if p.start == cm.end or p.prep == cm.end - 1 and p.start <= cm.end + 1), None)
    if np is not None and rec.morphs and rec.morphs[np.head].is_("NOUN") and np.end - np.start <= 5:
        end = np.end
        named = {k for m in rec.mentions for k in range(m.start, m.end)}
        while end < len(toks) and end - np.end < 4 and toks[end].is_word and toks[end].text[:1].isupper() \
                and end not in named:
            end += 1  # a name the gazetteer lacks: "według agencji BNS", "according to the daily Kommersant"
        return rec.text[toks[np.start].start:toks[end - 1].end], end
    return None, cm.end


def _conjunct_words(m) -> tuple[frozenset[str], frozenset[str]]:
    """Words that join a conjunct after a comma, and words that break one on their own."""
    joining = (m["coordination"] | m["clause_break"]) - m["relative"] - m["complementizer"] - {",", "(", ")"}
    breaking = m["clause_break"] - m["relative"] - m["complementizer"] - m["coordination"] - {",", "(", ")", ":"}
    return joining, breaking


def conjuncts(tb: Tables, rec: SentenceRecord) -> list[tuple[int, int]]:
    """The sentence's conjunct clauses, as token spans: it is cut before a comma, dash or semicolon
    followed by a coordinating word ("…, a Wielka Brytania", "…, and France", "…, aber"), before a
    semicolon, and before a clause-break conjunction that is not a relative or a complementizer
    ("but", "ale", "während"); relative and reported clauses stay with the clause they belong to."""
    toks = rec.tokens
    joining, breaking = derived(tb, "conjuncts", _conjunct_words)
    cuts = []
    for k in range(1, len(toks)):
        t = toks[k]
        if t.text == ";" or t.text in (",", "–", "—") and k + 1 < len(toks) and toks[k + 1].low in joining:
            cuts.append(k)
        elif t.is_word and t.low in breaking:
            cuts.append(k - 1 if toks[k - 1].text == "," else k)
    spans, lo = [], 0
    for k in sorted(set(cuts)):
        if k > lo:
            spans.append((lo, k))
            lo = k
    spans.append((lo, len(toks)))
    return spans


def _scope(rec: SentenceRecord, start: int, end: int) -> tuple[int, int]:
    """The tokens a cue phrase at ``start:end`` speaks for: the whole sentence when it opens or closes
    it (nothing but punctuation before or after), else its conjunct."""
    toks = rec.tokens
    n = len(toks)
    if not any(t.is_word for t in toks[:start]) or not any(t.is_word for t in toks[end:]):
        return 0, n
    return next(((lo, hi) for lo, hi in rec.conjuncts if lo <= start < hi), (0, n))


def conjunct_of(rec: SentenceRecord, k: int) -> tuple[int, int]:
    """The conjunct that holds token ``k``: cues outside it speak for another conjunct."""
    return next(((lo, hi) for lo, hi in rec.conjuncts if lo <= k < hi), (0, len(rec.tokens)))


def conjunct_start(rec: SentenceRecord, k: int) -> int:
    """The first token of the conjunct that holds token ``k``."""
    return conjunct_of(rec, k)[0]


def frame_attribution(rec: SentenceRecord, f: FrameResult) -> str | None:
    """Who says a frame's claims: the narrowest attribution whose scope holds the trigger."""
    k = f.match.start
    found = [(hi - lo, who) for lo, hi, who in rec.attributions if lo <= k < hi]
    return min(found)[1] if found else None


def covers(rec: SentenceRecord, cm, k: int) -> bool:
    """Whether a hedge at ``cm`` speaks for token ``k`` (the whole sentence from its edges, else its conjunct)."""
    lo, hi = _scope(rec, cm.start, cm.end)
    return lo <= k < hi
