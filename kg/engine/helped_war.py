"""The war of the one helped: a war noun with a target and no agent of its own, after an act of help.

Split from kg.engine.roles_noun, which asks it for a war noun's subject: "Belarus helped Russia with ammunition
in its war on Ukraine" (Russia attacks Ukraine, not Belarus), "da Belarus Russland für dessen Angriffskrieg
gegen die Ukraine Drohnen liefert".
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.tables import Tables

#: Relations of material help: the one helped "in the war against X" is the one at war.
HELP = ("supports", "providesAidTo", "suppliesWeaponsTo", "deploysTroopsTo")


def helped_side(tb: Tables, rec: SentenceRecord, f: FrameResult, target: Group) -> Group | None:
    """A war noun with a target and no agent, in a prepositional phrase after an act of help, is the war
    of the one helped: "Belarus never helped Russia with ammunition in its war on Ukraine", "Iran liefert
    Russland Drohnen für den Krieg gegen die Ukraine". The one helped is the first actor after the help
    word (its object) that is not the target; the help word counts whatever its own frame became."""
    lo, _ = f.clause
    gaz = tb.gazetteer
    enemy = {gaz[a].code for a in target.actors}
    helps = [g.match for g in rec.frames  # (not an auxiliary: "has inflicted … since Israel went on the offensive")
             if g.relation in HELP and lo <= g.match.start and g.match.end <= f.match.start
             and g.failure != "auxiliary"]
    if any(g.relation == "supports" and g.match in helps for g in rec.frames):
        return None  # "unterstützt die Ukraine im Krieg gegen Russland": backing a side tells not who attacked
    if not helps and tb.settings.get("object_before_verb"):
        return _helped_before(tb, rec, f, enemy)
    for h in reversed(helps):  # "sent troops to Russia to help in the war": the help that names someone
        helped = next((g for g in rec.groups if h.end <= g.start and g.end <= f.match.start
                       and g.mentions[0].kind != "adjectives"), None)
        if helped is not None:
            between = rec.tokens[helped.end:f.match.start]
            if {gaz[a].code for a in helped.actors} & enemy or len(between) > 6 or not all(
                    t.is_word for t in between):
                return None  # the war noun belongs to the help's own phrase: no comma, a few words away
            f.how.append("helped-side")
            return helped
    return None


def _helped_before(tb: Tables, rec: SentenceRecord, f: FrameResult, enemy: set[str]) -> Group | None:
    """A verb-final clause closes with its act of help: "da Belarus Russland für dessen Angriffskrieg gegen
    die Ukraine Drohnen liefert". The one helped is the actor right before the war noun's phrase, after the
    clause's subject."""
    lo, hi = f.clause
    if not any(g.relation in HELP and not g.is_noun and f.match.end <= g.match.start < hi for g in rec.frames):
        return None
    before = [g for g in rec.groups if lo <= g.start and g.end <= f.match.start]
    if len(before) < 2:
        return None  # the subject alone: "weil Russland für seinen Krieg Drohnen kauft"
    helped = before[-1]
    between = rec.tokens[helped.end:f.match.start]
    if helped.mentions[0].kind == "adjectives" or {tb.gazetteer[a].code for a in helped.actors} & enemy \
            or len(between) > 5 or not all(t.is_word for t in between):
        return None  # (the goods may stand between: "Serbien mit Drohnen für dessen Krieg gegen …")
    f.how.append("helped-side")
    return helped
