"""The harmed: an attack noun with no target of its own, in the phrase a verb of being harmed governs ("Two
Iranian generals were killed in an Israeli strike", "Pakistani soldiers died in an Afghan Taliban attack"),
hits the one that verb says was harmed.

The lexicon's ``harmed`` words end in the preposition that governs the act ("killed in", "wounded by");
the one harmed is the actor right before them, in their clause, that no preposition governs, a few words
at most before them ("Hezbollah leader Hassan Nasrallah was killed in …").
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables

#: Words the harmed and the verb of being harmed may have between them ("generals were", "soldiers").
_REACH = 3


def harmed_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The harmed of the verb that governs the attack noun's phrase, when that is not its own agent."""
    toks = rec.tokens
    lo, hi = f.clause
    np = next((np for np in rec.phrases if np.start <= f.match.start < np.end), None)
    if np is None or np.prep is None:
        return None
    cm = next((cm for cm in rec.cues.get("harmed", ()) if cm.end - 1 == np.prep and cm.start >= lo), None)
    if cm is None:
        return None
    g = next((g for g in reversed(rec.groups) if lo <= g.start and g.end <= cm.start), None)
    if g is None or cm.start - g.end > _REACH or not all(t.is_word for t in toks[g.end:cm.start]) \
            or prep(tb, rec, g.start, lo) is not None:
        return None
    gaz = tb.gazetteer
    if {gaz[a].code for a in g.actors} & {gaz[a].code for a in f.subject.actors}:
        return None  # "Israeli soldiers were killed in an Israeli strike": fire of one's own side
    return g
