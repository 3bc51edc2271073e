"""Fused articles: a preposition written together with its article ("im", "zum", "zur") shows the case of
its phrase, and an article of another case after "und" cannot be a second object of that preposition."""

from __future__ import annotations

from kg.engine.record import SentenceRecord


def case_clash(rec: SentenceRecord, start: int, lo: int, hi: int) -> bool:
    """Whether a phrase after a preposition fused with a dative article ("im Gazastreifen", "zur Ukraine") is
    followed after "and" by an article that cannot be dative ("… und die Hisbollah"): the article opens a
    phrase of another case, a new item of the clause, not a second object of that preposition."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or start == 0:
        return False
    gov = start - 1
    if not (morphs[gov].is_("ADP") and "art" in morphs[gov].feats and toks[gov].low[-1:] in ("m", "r")):
        return False
    return any(morphs[k].only("DET") and morphs[k].cases and "dat" not in morphs[k].cases for k in range(lo, hi))
