"""States that impose an organisation's measures: "Norway and Canada reimposed UN sanctions on Syria", "the three
states triggered the snapback of UN sanctions on Iran". A sanction noun whose attached agent is an organisation,
governed by a light verb whose subject names other actors, all states: the states impose the measures too, beside
the organisation whose measures they are. One job: join the light verb's subject to the attached agent."""

from __future__ import annotations

from kg.engine.governing_verb import left_of_light_verb, participle_at
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.tables import Tables


def imposing_states(tb: Tables, rec: SentenceRecord, f: FrameResult, subj: Group | None) -> Group | None:
    """The subject joined with the states that impose the organisation's measures, or None when the rule does not
    apply (not a sanction noun, no attached organisation, no verb of imposing right before the organisation's name
    with at most one adjective between, a subject that is not all states)."""
    if f.relation != "sanctions" or subj is None or "attached" not in f.how or tb.cases:
        return None
    if not subj.actors or not all(tb.gazetteer[a].type == "Organization" for a in subj.actors):
        return None
    toks, j = rec.tokens, subj.start
    if j > 0 and toks[j - 1].is_word and toks[j - 1].text[:1].islower() and rec.morphs \
            and rec.morphs[j - 1].is_("ADJ"):
        j -= 1  # "restore major UN sanctions"
    lv = next((cm for cm in rec.cues.get("imposing", ()) if cm.end == j and f.clause[0] <= cm.start), None)
    if lv is None or participle_at(rec, lv.start):
        return None  # "Slovakia approved the EU sanctions": approving is no imposing
    s_lv = left_of_light_verb(tb, rec, f.clause[0], lv.start)
    if s_lv is None or not s_lv.actors or s_lv.end > lv.start:
        return None
    if not all(tb.gazetteer[a].type == "State" for a in s_lv.actors):
        return None
    if {tb.top(a) for a in s_lv.actors} & {tb.top(a) for a in subj.actors}:
        return None
    return Group(mentions=[*s_lv.mentions, *subj.mentions])
