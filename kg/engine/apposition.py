"""Appositions that place an unknown name: "summoned Nurul Islam, Bangladesh's deputy envoy," is
Bangladesh's envoy. Split from ``syntax`` (one job: the actor an apposition gives a name)."""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord


def apposed_actor(rec: SentenceRecord, i: int) -> Group | None:
    """An unknown name set off by an apposition that names its actor: "Nurul Islam, Bangladesh's deputy
    envoy," (the apposition closes at a comma or the sentence's end, not at a verb: "…, Uganda said")."""
    phrases = rec.phrases
    toks = rec.tokens
    np = phrases[i]
    words = [t for t in toks[np.start:np.end] if t.is_word]
    if not words or not all(t.text[:1].isupper() for t in words) or np.end >= len(toks) or toks[np.end].text != ",":
        return None
    if i + 1 >= len(phrases) or phrases[i + 1].start != np.end + 1 or phrases[i + 1].prep is not None:
        return None
    j = i + 1
    while j + 1 < len(phrases) and phrases[j].attach == j + 1 and phrases[j].rel == "poss":
        j += 1  # "Bangladesh's" hangs on "deputy envoy": the apposition is both
    app = phrases[j]
    if app.end < len(toks) and toks[app.end].is_word and not (rec.morphs and rec.morphs[app.end].is_("ADP")):
        return None
    a, b = phrases[i + 1].start, app.end
    return next((g for g in rec.groups if a <= g.start < b and not g.mentions[-1].possessive), None) or next(
        (g for g in rec.groups if a <= g.start < b), None)
