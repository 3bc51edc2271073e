"""Who did the act an event word stands for ("Poland condemned the attack", "potępiły próbę"): the agent of such an
act told before it in the sentence, else the article's last agent, unless the word names its own actor in the
genitive. Split from ``roles_object`` (one job: the agent behind an event word)."""

from __future__ import annotations

from kg.engine.objects import QUOTES
from kg.engine.record import Discourse, Group, Mention, SentenceRecord
from kg.engine.tables import Tables


def event_owner(tb: Tables, rec: SentenceRecord, k: int, hi: int) -> Group | None:
    """The actor an event noun at ``k`` names as its own in the genitive, even past a closing quote the
    phrase chunker stops at ("każdą decyzję” libańskiego ugrupowania"): then the event is not the
    last agent's."""
    if not tb.cases or not rec.morphs:
        return None
    toks = rec.tokens
    j = k + 1
    while j < hi and (toks[j].text in QUOTES or rec.morphs[j].is_("ADJ") and toks[j].is_word):
        j += 1
    g = next((g for g in rec.groups if g.start <= j < g.end or g.start == j), None)
    if g is None or g.start > j or "gen" not in g.mentions[0].feats and not (
            g.mentions[0].resolved and "gen" in rec.morphs[g.mentions[0].start].cases):
        return None
    if any(m.kind == "adjectives" for m in g.mentions):
        return None
    return g


def event_group(tb: Tables, rec: SentenceRecord, k: int, disc: Discourse) -> Group | None:
    """The agent of the last attack, launch or sanction, standing for the event word at ``k``; an attack
    word ("den Angriff") stands for the last attacker only, not for whoever sanctioned last."""
    agent, via = last_agent(tb, rec, k, disc)
    return Group([Mention(k, k + 1, agent, "event", resolved=True, via=via)]) if agent else None


def last_agent(tb: Tables, rec: SentenceRecord, k: int, disc: Discourse) -> tuple[tuple[str, ...], str]:
    """Who did the act an event word at ``k`` stands for: the agent of such an act told before it in this sentence
    ("Russia struck Kyiv, and Poland condemned the attack"), else the article's last agent (its last attacker
    for an attack word)."""
    attack = any(m.start <= k < m.end and tb.triggers[m.payload].relation == "attacks" for m in rec.triggers)
    kinds = ("attacks",) if attack else ("attacks", "sanctions")
    here = next((g for g in reversed(rec.frames) if g.failure is None and g.relation in kinds and g.match.end <= k
                 and g.subject is not None and g.object is not None and not g.subject.resolved), None)
    if here is not None:
        return tuple(here.subject.actors), "the agent of the act told before in this sentence"
    if disc.decider and any(cm.start <= k < cm.end for cm in rec.cues.get("decided_acts", ())):
        return tuple(disc.decider), "the last act's decider"  # "the move": the clause subject of the last act
    return tuple(disc.attacker if attack else disc.agent), "the last agent"
