"""Actors joined to a trigger by a hyphen: a pair before it names its two sides ("the
Armenia-Azerbaijan peace talks"), which may act together against a third ("amerykańsko-izraelskie
bombardowania"), and a name hyphenated to a participle is its agent ("Iran-backed"). Kept apart
from kg.engine.roles, which calls these while it finds a frame's roles.
"""

from __future__ import annotations

from kg.engine.objects import verb_object
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.tables import Tables

#: Hyphens and dashes that join the two sides of a compound ("Israel-Hamas", "U.S.–Iran").
_PAIR_HYPHENS = ("-", "‐", "–")


def joint_target(tb: Tables, rec: SentenceRecord, f: FrameResult, pair: tuple[Group, Group]) -> Group | None:
    """A third actor (no mere place) an attack by a hyphened pair is aimed at, after the trigger: the pair
    then acts together against it."""
    if f.relation != "attacks":
        return None
    sides = {tb.gazetteer[a].code for g in pair for a in g.actors}
    g = verb_object(tb, rec, f.match.end, f.clause[1], tb.object_markers[f.index] - {""}, skip=pair[1])
    if g is None or any(tb.gazetteer[a].type == "Place" or tb.gazetteer[a].code in sides for a in g.actors):
        return None
    return g


def hyphen_pair(rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group] | None:
    """Two actors joined by a hyphen right before a trigger (one lower-case modifier may come between:
    "the Armenia-Azerbaijan peace talks"): the trigger's two sides."""
    toks = rec.tokens
    k = f.match.start
    second = next((g for g in rec.groups if g.end == k), None)
    if second is None and k > 0 and toks[k - 1].text[:1].islower() and toks[k - 1].is_word:
        second = next((g for g in rec.groups if g.end == k - 1), None)
    if second is None or second.start < 2 or toks[second.start - 1].text not in _PAIR_HYPHENS:
        return None
    if toks[second.start - 1].start != toks[second.start - 2].end:
        return None  # a spaced dash is punctuation, not a compound
    first = next((g for g in rec.groups if g.end == second.start - 1), None)
    return (first, second) if first is not None and len(first.mentions) == 1 else None


def compound_agent(rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The name a participle trigger is hyphenated to ("Iran-backed", "Kremlin-sponsored"); of a coordinated
    group only its last name: in "between Israel and Hamas-ally Hezbollah" Hamas is the ally, not Israel."""
    k = f.match.start
    if k < 2 or rec.tokens[k - 1].text not in ("-", "‐") or not rec.tokens[k].text[:1].islower():
        return None
    g = next((g for g in rec.groups if g.end == k - 1), None)
    return Group(g.mentions[-1:]) if g is not None else None
