"""Groups: coordinated mentions that share a role ("the US, South Korea and Japan").

Mentions join the group before them when only coordination words and
determiners stand between ("do Polski i do Litwy" too), or when they name the
same actor right after it (apposition). Not across a possessive ("Russia's
and …") nor a speaker after a comma ("…, Seoul says").
"""

from __future__ import annotations

from kg.engine.record import Discourse, Group, SentenceRecord
from kg.engine.tables import Tables


def groups(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Fold the sentence's mentions into coordinated groups."""
    toks = rec.tokens
    coordination = tb.markers["coordination"]
    prepositions = tb.markers["prepositions"]
    joiners = coordination | tb.markers["determiners"]
    speakers = {cm.start for cm in rec.cues.get("speech", ())}
    out: list[Group] = []
    for m in rec.mentions:
        if out:
            prev = out[-1].mentions[-1]
            between = toks[prev.end:m.start]
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
