"""The one an answer answers: an act of answering (a threat, a protest) with no object of its own, followed by
a clause that says what it answers ("vowed to retaliate after the EU imposed sanctions", "protested after
China sent warships"), is aimed at that clause's subject.

Only a conjunction that takes what follows as given opens such a clause (the lexicon's ``presupposing``
words that can be subordinators: "after", "since"); only the actor that is that clause's subject (a finite
verb follows its phrase) is taken, never one inside a prepositional phrase.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, clause_span, finite, noun_agents, opens_clause
from kg.engine.tables import Tables

#: Words an answer and its reason clause may have between them ("protested on Thursday after …").
_REACH = 5


def reason_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The subject of a reason clause right after the trigger, when it is not the trigger's own subject (the
    frame's ``how`` then says "reason-clause")."""
    toks = rec.tokens
    lo, hi = f.clause
    # the clause may follow a comma that closes the answer's own ("kündigte Gegenmaßnahmen an, nachdem die USA …")
    cues = [cm for cm in rec.cues.get("presupposing", ()) if cm.end - cm.start == 1
            and f.match.end <= cm.start <= f.match.end + _REACH and cm.start <= hi + 1
            and all(t.is_word or j == cm.start - 1 and t.text == "," for j, t in
                    enumerate(toks[f.match.end:cm.start], f.match.end))]
    if not cues:
        return None
    k = cues[0].start
    if any(f.match.end <= g.start and g.end <= k for g in rec.groups):
        return None  # "threatened to attack Peru after Bolivia …": the threat names its own target first
    _, end = clause_span(rec, k + 1, k + 1) if k >= hi else (lo, hi)
    agent = _agent_of_noun(tb, rec, k, end)
    if agent is not None:  # "zapowiedziała odwet po nałożeniu przez USA ceł": the verbal noun's agent
        g = agent
    else:
        g = next((g for g in rec.groups if g.start > k), None)
        if g is None or g.start >= end or not all(t.low in tb.markers["determiners"] for t in toks[k + 1:g.start]):
            return None
        late = tb.settings.get("verb_second") and rec.morphs[k].is_("SCONJ") and any(
            finite(m) for m in rec.morphs[g.end:end])  # "nachdem Washington Zölle auf Stahl verhängt hatte"
        if g.mentions[0].kind == "adjectives" or not (opens_clause(rec, k, g.start) or late):
            return None
    own = {tb.top(a) for a in f.subject.actors} if f.subject is not None else set()
    if {tb.top(a) for a in g.actors} <= own:
        return None
    f.how.append("reason-clause")
    return g


def _agent_of_noun(tb: Tables, rec: SentenceRecord, k: int, end: int) -> Group | None:
    """A verbal noun right after the presupposing word at ``k`` with its agent after it ("po nałożeniu przez USA
    ceł", "after the imposition by Washington of tariffs"): that agent, else None."""
    markers = noun_agents(tb)
    j = k + 1
    while j < end and rec.tokens[j].low in tb.markers["determiners"]:
        j += 1
    if not markers or j >= end or not rec.morphs or not rec.morphs[j].is_("NOUN") or j in rec.trigger_tokens \
            and not any(m.start == j for m in rec.triggers):
        return None
    g = after(tb, rec, j + 1, min(end, j + 3), markers)
    return g if g is not None and g.mentions[0].kind != "adjectives" else None

