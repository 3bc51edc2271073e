"""Objects of conflict nouns that a phrase between hides: the diplomats a sanctions noun names past where
they are expelled from ("wydalenie z Białorusi dwóch polskich dyplomatów"), and the foe of a fight "z"
someone the gazetteer does not know, whose "w" phrase after it is a place, not a target ("w walce z IS w
Syrii"). Split from ``roles_object``."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import finite, prep
from kg.engine.tables import Tables


def expelled(tb: Tables, rec: SentenceRecord, f: FrameResult, skip: Group | None) -> Group | None:
    """The diplomats or assets (``sanctioned``) a sanctions noun names a few words on, past a "z" phrase of
    where from and their count: "wydalenie z Rosji trzech kolejnych estońskich konsulów"."""
    tm = f.match
    hi = min(f.clause[1], tm.end + 8)
    marked = [c for c in rec.cues.get("sanctioned", ()) if tm.end < c.start < hi]
    for g in rec.groups:
        if g is skip or not tm.end < g.start < hi or not any(g.start <= c.start < g.end for c in marked):
            continue
        if rec.morphs and any(finite(rec.morphs[k]) for k in range(tm.end, g.start)):
            return None
        return g if prep(tb, rec, g.start, tm.end) in (None, *tb.markers["from"]) else None
    return None


def unnamed_target(tb: Tables, rec: SentenceRecord, a: int, b: int, markers: AbstractSet[str]) -> bool:
    """A phrase between ``a`` and ``b`` (its preposition may end the trigger, "walka z") with one of ``markers``
    that names no actor."""
    named = {g.start for g in rec.groups}
    return any(a - 1 <= np.prep and np.start < b and rec.tokens[np.prep].low in markers and np.start not in named
               and with_case(rec, np.head) for np in rec.phrases if np.prep is not None)


def with_case(rec: SentenceRecord, k: int) -> bool:
    """Whether the noun at ``k`` can be in the instrumental: "z" with it is "with" (a foe), not "from"
    ("ataki z powietrza w Syrii" strike Syria)."""
    return bool(rec.morphs) and "inst" in rec.morphs[k].cases
