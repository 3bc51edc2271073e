"""The one an answer answers: an act of answering (a threat, a protest) with no object of its own, followed by
a clause that says what it answers ("vowed to retaliate after the EU imposed sanctions", "protested after
China sent warships"), is aimed at that clause's subject.

Only a conjunction that takes what follows as given opens such a clause (the lexicon's ``presupposing``
words that can be subordinators: "after", "since"); only the actor that is that clause's subject (a finite
verb follows its phrase) is taken, never one inside a prepositional phrase.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import opens_clause
from kg.engine.tables import Tables

#: Words an answer and its reason clause may have between them ("protested on Thursday after …").
_REACH = 5


def reason_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The subject of a reason clause right after the trigger, when it is not the trigger's own subject (the
    frame's ``how`` then says "reason-clause")."""
    toks = rec.tokens
    lo, hi = f.clause
    cues = [cm for cm in rec.cues.get("presupposing", ()) if cm.end - cm.start == 1
            and f.match.end <= cm.start <= f.match.end + _REACH and cm.start < hi
            and all(t.is_word for t in toks[f.match.end:cm.start])]
    if not cues:
        return None
    k = cues[0].start
    g = next((g for g in rec.groups if g.start > k), None)
    if g is None or g.start >= hi or not all(t.low in tb.markers["determiners"] for t in toks[k + 1:g.start]):
        return None
    if g.mentions[0].kind == "adjectives" or not opens_clause(rec, k, g.start):
        return None
    own = {tb.top(a) for a in f.subject.actors} if f.subject is not None else set()
    if {tb.top(a) for a in g.actors} <= own:
        return None
    f.how.append("reason-clause")
    return g
