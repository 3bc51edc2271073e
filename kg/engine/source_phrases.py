"""Phrases that say who says something: the actors of an attribution ("according to Kyiv", "nach
südkoreanischen Angaben", "US-Beamten zufolge") take no role of the clause's acts.

Split from ``kg.engine.syntax``.
"""

from __future__ import annotations

from kg.engine.record import SentenceRecord
from kg.engine.tables import Tables
from kg.text import HYPHENS


def source_mentions(tb: Tables, rec: SentenceRecord) -> list:
    """Mentions that only say who says something, so that they take no role: an actor inside an
    attribution phrase ("nach südkoreanischen Angaben") and one right before a word that follows its
    source (``source_before``: "US-Beamten zufolge", "der ukrainischen Armee zufolge")."""
    toks = rec.tokens
    inside = [(cm.start, cm.end) for cm in rec.cues.get("attribution", ())]
    after = {k for k, t in enumerate(toks) if t.low in tb.markers["source_before"]}
    out = []
    for m in rec.mentions:
        if any(lo < m.start < hi for lo, hi in inside):
            out.append(m)
        elif m.end in after or m.end + 2 in after and toks[m.end].text in HYPHENS \
                and toks[m.end].start == toks[m.end - 1].end and toks[m.end + 1].start == toks[m.end].end:
            out.append(m)  # "US-Beamten zufolge": the name hyphenated to the noun of its people
    return out


def names_after(tb: Tables, rec: SentenceRecord, cm) -> int:
    """1 when the attribution cue ``cm`` names who says it right after it ("laut Kiew"), 0 when it
    follows its source ("US-Beamten zufolge … die M23": the name after it is an argument)."""
    if any(t.low in tb.markers["self_source"] for t in rec.tokens[cm.start:cm.end]):
        return 0  # "griff nach eigenen Angaben Stellungen der PKK an": the subject says it, not a name after
    return 0 if rec.tokens[cm.end - 1].low in tb.markers["source_before"] else 1
