"""The target of an attack noun that hangs on a noun of targeting: "Ukraina była celem rosyjskiego ataku",
"Kiew war in der Nacht Ziel eines russischen Angriffs", "Celem izraelskiego nalotu był Bejrut": the attack
names no object of its own; the clause's subject, which the copula makes its target, is what was hit."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import can_be_nominative, finite, left_subject, prep
from kg.engine.tables import Tables

#: Words of the noun phrase between the noun of targeting and the attack noun ("celem kolejnego,
#: zmasowanego rosyjskiego ataku dronów"): at most this many.
_SPAN = 6


def attack_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The group an attack noun hit when it hangs on a noun of targeting (``target_noun``) that a copula
    (``target_copula``) predicates of the clause's subject, or that opens a clause whose subject follows
    the copula ("Celem ataku był port"); None otherwise."""
    toks, morphs = rec.tokens, rec.morphs
    lo, hi = f.clause
    nouns, copulas = tb.markers["target_noun"], tb.markers["target_copula"]
    k = f.match.start - 1
    while k >= lo and f.match.start - k <= _SPAN and toks[k].low not in nouns \
            and (toks[k].is_word or toks[k].text == ","):
        k -= 1
    if k < lo or toks[k].low not in nouns or prep(tb, rec, k, lo) is not None:
        return None  # "zum Ziel", "z celem": a phrase of purpose, no predicate
    if morphs and any(finite(morphs[j]) for j in range(k + 1, f.match.start)):
        return None  # another clause between them
    before = next((j for j in range(k - 1, lo - 1, -1) if toks[j].low in copulas), None)
    if before is not None:  # "Ukraina była celem …", "Kiew war in der Nacht Ziel …"
        g = left_subject(tb, rec, lo, before, nominative=tb.cases)
        if g is None:  # "Gdy premier leciał do Rygi, Łotwa stała się celem …": a group across the comma
            own = [m for h in rec.groups if h.start < lo < h.end for m in h.mentions
                   if lo <= m.start and m.end <= before]
            g = Group(own[-1:]) if own else None
        if g is None:  # verb-second: "In der Nacht war Kiew Ziel …"
            g = next((g for g in rec.groups if before < g.start and g.end <= k
                      and prep(tb, rec, g.start, lo) is None), None)
        return g
    after = next((j for j in range(f.match.end, hi) if toks[j].low in copulas), None)
    if after is None or any(toks[j].is_word for j in range(lo, k)) and not all(
            toks[j].low in tb.markers["determiners"] for j in range(lo, k)):
        return None
    # "Celem izraelskiego nalotu był Bejrut": the subject after the copula
    # (not "Celem ataku było osłabienie Zachodu": a genitive of what it was meant to do)
    g = next((g for g in rec.groups if after < g.start < hi and prep(tb, rec, g.start, lo) is None), None)
    if g is None or tb.cases and not can_be_nominative(g) or morphs and any(
            morphs[j].only("NOUN") and toks[j - 1].low not in tb.governing for j in range(after + 1, g.start)):
        return None
    return g


def captured_from(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The one a place was taken from: a verb of capturing (``capture``) whose object is a place, with an actor
    in a phrase of ``captured_from`` after that place ("hatten Manbidsch 2016 von der Miliz IS erobert"): that
    actor is the one attacked, the place only where. None in the passive, whose 'von' is the agent."""
    obj = f.object
    if f.voice == "passive" or obj is None or not all(tb.gazetteer[a].type == "Place" for a in obj.actors) \
            or not any(cm.start <= f.match.start < cm.end for cm in rec.cues.get("capture", ())):
        return None
    lo, hi = f.clause
    marks = tb.markers["captured_from"]
    g = next((g for g in rec.groups if obj.end <= g.start < hi and g is not f.subject
              and prep(tb, rec, g.start, obj.end) in marks
              and not all(tb.gazetteer[a].type == "Place" for a in g.actors)), None)
    if g is not None and g.mentions[0].kind == "group":
        # "von der Terrormiliz „Islamischer Staat“": the group noun is the name that follows it, quoted or not
        named = next((h for h in rec.groups if g.end <= h.start <= g.end + 1 and all(
            not t.is_word for t in rec.tokens[g.end:h.start])), None)
        g = named or g
    return g
