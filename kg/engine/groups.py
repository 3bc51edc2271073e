"""Groups: coordinated mentions that share a role ("the US, South Korea and Japan").

Mentions join the group before them when only coordination words and
determiners stand between ("do Polski i do Litwy" too), or when they name the
same actor right after it (apposition). Not across a possessive ("Russia's
and …") nor a speaker after a comma ("…, Seoul says"). Members listed after an
organization ("państw NATO, w tym Łotwy i Estonii") take its place: the
organization's mention keeps its position and case but names the members.
"""

from __future__ import annotations

from dataclasses import replace

from kg.engine.record import Discourse, Group, Mention, SentenceRecord
from kg.engine.tables import Tables


def groups(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Fold the sentence's mentions into coordinated groups."""
    toks = rec.tokens
    coordination = tb.markers["coordination"]
    prepositions = tb.markers["prepositions"]
    joiners = coordination | tb.markers["determiners"]
    speakers = {cm.start for cm in rec.cues.get("speech", ())}
    including = {(cm.start, cm.end) for cm in rec.cues.get("including", ())}
    out: list[Group] = []
    for m in rec.mentions:
        if out:
            prev = out[-1].mentions[-1]
            between = toks[prev.end:m.start]
            if _members(tb, out[-1], m, including, between):
                out[-1] = Group([replace(prev, actors=m.actors, via="its members named after it"), m])
                continue
            said = m.end in speakers and any(t.text == "," for t in between)  # "…, Seoul says"
            apposition = not between and {tb.top(a) for a in prev.actors} == {tb.top(a) for a in m.actors}
            repeated = any(t.low in coordination for t in between) and all(
                t.low in joiners or t.low in prepositions for t in between)  # "do Polski i do Litwy"
            coordinated = any(t.low in coordination for t in between)  # not "Russland die Ukraine"
            if apposition or (between and coordinated and (all(t.low in joiners for t in between) or repeated)
                              and not prev.possessive and not said):
                out[-1].mentions.append(m)
                continue
        out.append(Group([m]))
    rec.groups = out
    rec.parties_before = list(disc.parties)  # read by pairs; only the discourse stage changes the discourse
    return rec


def _members(tb: Tables, g: Group, m: Mention, including: set[tuple[int, int]],
             between: list) -> bool:
    """Whether ``m`` starts the list of members of the organization group ``g`` ends with ("NATO, w tym Łotwy")."""
    prev = g.mentions[-1]
    if len(g.mentions) != 1 or prev.possessive or m.resolved or not between:
        return False
    k = prev.end + (1 if between[0].text == "," else 0)
    if (k, m.start) not in including:
        return False
    gaz = tb.gazetteer
    return all(gaz[a].type == "Organization" for a in prev.actors if a in gaz.actors) and all(
        a in gaz.actors and gaz[a].type != "Organization" for a in m.actors)
