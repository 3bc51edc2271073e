"""The roles of a verb in the passive: the agent ("przez", "by", "von") is the subject, the actor on the left
the object ("Ukraina została zaatakowana przez Rosję"); a body on the left of a passive of deploying,
supplying or attacking is the doer ("British troops are stationed in Estonia"); with no agent, the state an
attack came from ("z terytorium Kambodży"). Split from ``roles_verb.py``.
"""

from __future__ import annotations

from kg.engine.record import Discourse, FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, antecedent, left_subject, prep
from kg.engine.tables import Tables

#: Relations whose passive with a body on the left keeps that body as the doer ("troops are stationed in").
_THEME_PASSIVES = ("deploysTroopsTo", "suppliesWeaponsTo", "attacks")


def _fired_from(tb: Tables, rec: SentenceRecord, k: int, hi: int) -> Group | None:
    """The state an attack told in the passive came from: "z terytorium Kambodży", "ze strony Azerbejdżanu"
    (an `area` or `agent_side` noun after "z"), the doer when no "przez" names one."""
    toks = rec.tokens
    nouns = tb.markers["area"] | tb.markers["agent_side"]
    return next((g for g in rec.groups if k + 1 <= g.start < hi and (
        toks[g.start - 1].low in nouns and g.start - 2 >= k and toks[g.start - 2].low in tb.markers["from"]
        or toks[g.start].low in nouns and toks[g.start - 1].low in tb.markers["from"])), None)  # "ze strony X" a body


def armed_group_named(tb: Tables, rec: SentenceRecord, disc: Discourse | None) -> bool:
    """Whether the sentence or the article so far names an armed group: then fire from a state's territory
    ("z terytorium Libanu", "vom Libanon aus") may be that group's, and the state is no sure doer."""
    gaz = tb.gazetteer
    named = {a for g in rec.groups for a in g.actors} | set(disc.counts if disc is not None else ())
    return any(a in gaz and gaz[a].type == "ArmedGroup" for a in named)


def _shared_agent(tb: Tables, rec: SentenceRecord, k: int) -> Group | None:
    """The agent of a passive coordinated right before one that names none ("were stopped by Libyan boats off
    the coast and were threatened with rifles"): the last "by" phrase before the "and", after a passive
    participle of its own."""
    toks = rec.tokens
    j = k - 1
    while j > 0 and (toks[j].low in tb.markers["auxiliaries"] or rec.morphs and rec.morphs[j].only("ADV")):
        j -= 1
    if j <= 0 or toks[j].low not in tb.markers["coordination"] or toks[j].text == ",":
        return None
    agent = tb.markers["agent"]
    found = [g for g in rec.groups if g.end <= j and prep(tb, rec, g.start, 0) in agent]
    if not found:
        return None
    g = found[-1]
    by = next((i for i in range(g.start - 1, -1, -1) if toks[i].low in agent), None)
    if by is None or by == 0 or not rec.morphs or not any(
            "ppas" in rec.morphs[i].feats for i in range(max(0, by - 3), by)):
        return None
    return g


def _agent_before(tb: Tables, rec: SentenceRecord, lo: int, verb: int, markers: frozenset[str] | None = None
                  ) -> Group | None:
    """Where the participle closes its clause, the agent phrase nearest before it ("wurde von Russland
    angegriffen"): in two coordinated passives each has its own ("von Russland angegriffen und von Belarus
    bedroht"), and an agent after the participle belongs to the next one."""
    markers = tb.markers["agent"] if markers is None else markers
    found = after(tb, rec, lo, verb, markers)
    while found is not None and (later := after(tb, rec, found.end, verb, markers)) is not None:
        found = later
    return found


#: relations of a word said, whose author a passive may name by where it came from ("aus Moskau kritisiert")
_SAID = ("accuses", "praises", "threatens")


def passive_roles(tb: Tables, rec: SentenceRecord, f: FrameResult, disc: Discourse | None = None) -> bool:
    """Agent ("przez", "by", "von") as subject, the actor on the left as object.

    Returns True when the frame is complete ("British troops are stationed in
    Estonia": the body on the left is the doer, the place the object).
    """
    tm = f.match
    lo, hi = f.clause
    agent = tb.markers["agent"]
    obj_markers = tb.object_markers[f.index]
    subj = _agent_before(tb, rec, lo, tm.start) if tb.settings.get("object_before_verb") else None
    if subj is None:
        subj = after(tb, rec, tm.end, hi, agent)
    if subj is not None and subj.end < len(rec.tokens) and rec.tokens[subj.end].low in tb.markers["from"] \
            and (f.relation != "attacks" or armed_group_named(tb, rec, disc)):
        subj = None  # "vom Libanon aus beschossen": "von … aus" is where the fire came from, not who fired
    if subj is None and f.relation == "sanctions" and not tb.cases:
        subj = after(tb, rec, tm.end, hi, tb.markers["from"])  # "expelled from Somalia": who expels
    if subj is None and f.relation in _SAID and tb.settings.get("object_before_verb"):
        # "wurde aus Moskau kritisiert": a word said comes from its author, who is the passive's agent
        subj = _agent_before(tb, rec, lo, tm.start, tb.markers["from"])
    if subj is None and f.relation == "attacks" and tb.cases and not armed_group_named(tb, rec, disc):
        subj = _fired_from(tb, rec, tm.end, hi)  # "zostały ostrzelane z terytorium Kambodży"
    if subj is None and not tb.cases and f.relation in ("attacks", "threatens"):
        # "were blocked by Chinese ships and were threatened with …": one hostile encounter told in two passives
        # (a word of judging may have another author: "was praised by Warsaw and was criticized")
        subj = _shared_agent(tb, rec, tm.start)
    left = left_subject(tb, rec, lo, tm.start)
    if left is None:
        # "Armenia, which is backed by France", "die Ukraine, die 2022 von Russland angegriffen wurde": a
        # passive relative clause with no actor of its own on the left is about the relative's antecedent
        left = antecedent(tb, rec, lo)
    bodied = left is not None and (left.mentions[-1].kind == "body" or left.mentions[-1].kind == "demonyms" and any(
        b.end == left.mentions[-1].end for b in rec.cues.get("body", ())))  # "Wagner fighters": a name for its people
    if subj is None and bodied and f.relation in _THEME_PASSIVES:
        # "British troops are stationed in Estonia", "Russian missiles were fired at Kyiv"
        f.subject, f.object = left, after(tb, rec, tm.end, hi, obj_markers - {""}, skip=left)
        if f.object is None and tb.settings.get("object_before_verb"):
            # the verb closes the clause: "wurden britische Soldaten nach Estland verlegt"
            f.object = after(tb, rec, left.end, tm.start, obj_markers - {""}, skip=left)
        if f.object is None and tb.settings.get("verb_second"):
            # or stands first: "Nach Rumänien wurden französische Soldaten verlegt"
            f.object = after(tb, rec, lo, left.start, obj_markers - {""}, skip=left)
        f.how = ["passive-theme"]
        return True
    f.subject, f.object = subj, left
    relative = lo > 0 and rec.tokens[lo - 1].low in tb.markers["relative_subject"] and lo - 1 in rec.breaks
    if f.object is None and not relative:  # "siły, które wspierane są przez USA w walce z ISIS": the forces only
        f.object = after(tb, rec, tm.end, hi, obj_markers - {""}, skip=subj)
    f.how.append("passive")
    return False
