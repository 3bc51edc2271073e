"""The act a measure punishes: sanctions imposed for an act ("nałożyła sankcje za ataki Rosji na Ukrainę",
"imposed sanctions over Iran's strikes on Israel", "verhängte Sanktionen wegen der Angriffe Russlands auf die
Ukraine") fall on the act's agent, when the measure names no target before that phrase. The victim inside the
phrase ("auf die Ukraine") is not the target.

The lexicon's ``punished_for`` lists the words that open such a phrase; the act is a trigger noun right after
them whose frame found its agent.
"""

from __future__ import annotations

from kg.engine.record import SentenceRecord
from kg.engine.tables import Tables

#: Acts whose agent a measure taken "for" them punishes: a state's own hostile acts. Not arms sales or support,
#: whose sanctions fall on the firms and persons involved (ANNOTATION rule 10: "Beijing imposed sanctions in
#: response to US arms sales to Taiwan" sanctions defence firms, not the United States).
PUNISHED = ("attacks", "deploysTroopsTo", "threatens")


def punished_agents(tb: Tables, rec: SentenceRecord) -> None:
    """Give a sanction with no target of its own before its reason phrase the agent of the act it punishes."""
    gaz = tb.gazetteer
    reasons = rec.cues.get("punished_for", ())
    for f in rec.frames:
        if f.failure is not None or f.relation != "sanctions" or f.subject is None:
            continue
        hi = f.clause[1]
        marker = next((cm for cm in reasons if f.match.end <= cm.start < min(hi, f.match.end + 4)), None)
        if marker is None or f.object is not None and f.object.start < marker.start:
            continue  # "sankcje na Rosję za ataki": the measure names its target
        act = next((g for g in rec.frames if g is not f and g.failure is None and g.is_noun and g.subject is not None
                    and g.relation in PUNISHED and marker.end <= g.match.start <= marker.end + 3
                    and g.match.start < hi), None)
        if act is None:
            continue
        mine = {gaz[a].code for a in f.subject.actors}
        if {gaz[a].code for a in act.subject.actors} <= mine:
            continue
        f.object = act.subject
        f.how.append("punished-act")
