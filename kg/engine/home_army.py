"""'The army', 'die Armee', 'armia' with no owner of their own: the army of the state the sentence places itself in
or of the topic; and whether an owner is named in a genitive after a body noun. Moved out of kg.engine.coreference
(module size)."""

from __future__ import annotations

from kg.engine.record import Discourse, SentenceRecord
from kg.engine.syntax import distinct, prep
from kg.engine.tables import Tables
from kg.phrases import Match


def owner_named_after(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether an article at ``k`` opens a genitive that names an actor, with at most two lower-case adjectives
    between ("die Armee der äthiopischen Regierung", "die Kämpfer der TPLF"): the noun before is that actor's.
    Only in a cased (or verb-second) language, where the article after a noun marks its genitive."""
    toks = rec.tokens
    if not (tb.cases or tb.settings.get("verb_second")) or k >= len(toks) or toks[k].low not in tb.markers["definite"]:
        return False
    j = k + 1
    while j < min(len(toks), k + 3) and toks[j].is_word and toks[j].text[:1].islower():
        j += 1
    return any(k < m.start <= j and not m.resolved for m in rec.mentions)


def home_army(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'the army', 'die Armee', 'armia' with no owner of their own: the army of the state the sentence places
    itself in ("fighting between the army and the RSF in Sudan", "im Sudan … zwischen der Armee und der RSF",
    "w Sudanie … między armią a RSF"), else of the topic when it is one state. An owner after the noun ("the army
    of Mali", "armia Mali") names it instead: nothing here."""
    gaz = tb.gazetteer
    toks = rec.tokens
    nxt = cm.end
    if nxt < len(toks) and (any(m.start == nxt for m in rec.mentions) or toks[nxt].low in tb.markers["genitive_marker"]
                            and any(m.start == nxt + 1 for m in rec.mentions)) or owner_named_after(tb, rec, nxt):
        return (), "an owner named after it"
    within = tb.markers["within"] | {"im"} & tb.markers["locative"]
    for m in rec.mentions:
        tops = {tb.top(a) for a in m.actors if a in gaz}
        # a state named again by a description counts too ("in dem ostafrikanischen Land … die Armee")
        if (not m.resolved or m.kind in ("described_state", "this_state")) and len(tops) == 1 \
                and gaz[next(iter(tops))].type == "State" and prep(tb, rec, m.start, 0) in within:
            return tuple(tops), "the state the sentence places itself in"
    tops = distinct([tb.top(a) for a in disc.subject if a in gaz])
    if len(tops) == 1 and gaz[tops[0]].type == "State" and not any(
            m.end <= cm.start and not m.resolved for m in rec.mentions):
        return tuple(tops), "the topic's state"
    return (), "no state"
