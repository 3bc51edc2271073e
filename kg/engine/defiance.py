"""Whom a threat is aimed at when it is told from the side of the one threatened: a warning or threat with its
author but no addressee, ignored, dismissed or defied by the clause's subject ("Finland ignored Russia's
warnings", "Finland joined NATO despite Russian warnings", "Trotz der Drohungen Moskaus trat Finnland bei",
"Finlandia zlekceważyła rosyjskie groźby"): the one who defies them is the one they were aimed at. The lexicon's
``defied`` words mark the verbs and prepositions of defiance."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def defied_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The clause's subject when the threat noun of ``f`` (its author known, no addressee) stands right after a
    word of defiance, with only determiners, adjectives, its author's adjective or possessive between; before the
    verb ("Despite Moscow's warnings, Finland joined"), the subject right after the comma that ends the phrase."""
    if f.relation != "threatens" or not f.is_noun or f.subject is None or f.object is not None or not rec.morphs:
        return None
    toks, morphs = rec.tokens, rec.morphs
    lo, hi = f.clause
    k = f.match.start
    author = {j for j in range(f.subject.start, f.subject.end)}
    clitic = tb.markers["possessive_clitic"]
    while k > lo and (k - 1 in author or toks[k - 1].low in clitic or toks[k - 1].low in tb.markers["determiners"]
                      or morphs[k - 1].only("ADJ") or toks[k - 1].low in tb.markers["any_determiners"]):
        k -= 1
    cue = next((c for c in rec.cues.get("defied", ()) if c.end == k and c.start >= lo), None)
    if cue is None:
        return None
    mine = {tb.top(a) for a in f.subject.actors}
    # the clause's own subject, its first free actor ("Finland joined NATO despite …": not NATO)
    subj = next((g for g in rec.groups if lo <= g.start and g.end <= cue.start and prep(tb, rec, g.start, lo) is None
                 and not g.mentions[-1].possessive), None)
    if subj is None and cue.start == lo:
        # "Despite Moscow's warnings, Finland joined"; "Mimo ostrzeżeń Kremla Finlandia wstąpiła", "Trotz der
        # Warnungen Moskaus trat Finnland bei": the first free actor after the phrase (past its comma)
        comma = next((j for j in range(f.match.end, hi) if toks[j].text == ","), None)
        start = comma + 1 if comma is not None else max(f.match.end, f.subject.end)
        subj = next((g for g in rec.groups if g.start >= start and g.start < hi and g is not f.subject
                     and prep(tb, rec, g.start, start) is None), None)
    if subj is None or {tb.top(a) for a in subj.actors} & mine:
        return None
    f.how.append("defied")
    return subj
