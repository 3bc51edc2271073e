"""Actors named in a comitative phrase: who acts together with the subject, and whose help a noun after "with"
names.

"Chile hat zusammen mit Peru Soldaten geschickt": Peru acts too; "with the backing of Moscow", "mit Hilfe der USA":
the clause's subject is the one helped. Split from roles.py, which calls these for every frame.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import can_be_nominative, prep
from kg.engine.tables import Tables, phrases_of

#: Relations whose noun after "with" helps the clause's subject ("with the backing of Moscow").
HELPING = ("supports", "providesAidTo", "suppliesWeaponsTo")


def co_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The actor a co-agent phrase ("together with", "alongside", "gemeinsam mit", "wraz z") names
    between the subject and the trigger: it acts with the subject ("Chile hat zusammen mit Peru Soldaten
    nach Bolivien geschickt", "Chile wysłało wraz z Peru żołnierzy"). Not a plain "with", which names a
    partner or an instrument; after a verb trigger, only right after it ("sent, together with Peru, troops",
    "fought alongside Russian forces against Ukraine")."""
    phrases = sorted(phrases_of(tb, "co_agents", several=False), key=len, reverse=True)
    toks = rec.tokens
    subj = f.subject
    tm = f.match
    for g in rec.groups:
        if g is subj or g.start < max(subj.end, f.clause[0]) or g.end > f.clause[1]:
            continue
        k = g.start
        while k > 0 and toks[k - 1].low in tb.markers["determiners"]:
            k -= 1
        w = next((w for w in phrases if tuple(t.low for t in toks[k - len(w):k]) == w), None)
        if w is None:
            continue
        if g.end <= tm.start or not f.is_noun and (
                tm.end <= k - len(w) and all(t.text == "," for t in toks[tm.end:k - len(w)])
                or tm.tokens[0] + 1 == k - len(w) and g.end < tm.end):  # inside a gapped verb ("fought … against")
            return g
    return None


def comitative_owner(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The clause's first actor outside prepositional phrases, when the trigger noun is governed by a
    comitative preposition ("with the support of", "with Russian backing", "mit Hilfe der USA")."""
    toks = rec.tokens
    lo, hi = f.clause
    k = f.match.start - 1
    if toks[f.match.start].low in tb.markers["comitative"] and len(f.match.tokens) > 1:
        k = f.match.start  # the trigger holds its preposition ("mit Hilfe")
    elif toks[f.match.start].low in tb.markers["comitative_fused"]:
        return _comitative_clause_subject(tb, rec, f, f.match.start)  # "mithilfe": the word is the preposition
    seen = 0
    while k >= lo and seen < 4 and toks[k].low not in tb.markers["comitative"]:
        if not (toks[k].low in tb.markers["determiners"] or toks[k].text[:1].islower() and toks[k].is_word
                or any(g.start <= k < g.end for g in rec.groups)
                or toks[k].low in tb.markers["possessive_clitic"]):  # "with Lukashenko's support"
            return None
        k -= 1
        seen += 1
    if k < lo or toks[k].low not in tb.markers["comitative"]:
        return None
    return _comitative_clause_subject(tb, rec, f, k)


def _comitative_clause_subject(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> Group | None:
    """The clause's subject, helped by the act of the comitative phrase that opens at ``k``."""
    lo, hi = f.clause
    if rec.morphs and k - 1 >= lo and "ppas" in rec.morphs[k - 1].feats \
            and (k - 1 == lo or rec.tokens[k - 2].text == ","):
        return None  # "The deal, brokered with support from the US and France, required …": the broker is supported
    if tb.settings.get("verb_second") and rec.morphs:
        return _second_place_subject(tb, rec, f)
    return next((g for g in rec.groups if lo <= g.start and g.end <= hi and g is not f.subject
                 and prep(tb, rec, g.start, lo) is None), None)


def _second_place_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The subject of a verb-second clause: the actor that opens it before its finite verb, else the first one
    right after that verb ("Mit Hilfe Ruandas nahmen die Rebellen Goma ein": the rebels, not Goma)."""
    lo, hi = f.clause
    verb = next((k for k in range(lo, hi) if rec.morphs[k].is_("VERB", "AUX") and rec.morphs[k].feats & {"fin", "past"}
                 and rec.tokens[k].text[:1].islower() and not rec.morphs[k].is_("NOUN", "PROPN")
                 and not any(g.start <= k < g.end for g in rec.groups)), None)  # ("eroberte" may read as ADJ)
    if verb is None:
        return None
    body = {k for cm in rec.cues.get("body", ()) for k in range(cm.start, cm.end)}

    def head_words(a: int, b: int) -> bool:  # articles, adjectives and a body noun ("die Armee Tschads")
        return all(rec.tokens[j].low in tb.markers["determiners"] or rec.morphs[j].is_("ADJ") or j in body
                   for j in range(a, b))

    first = next((g for g in rec.groups if g is not f.subject and lo <= g.start < verb
                  and prep(tb, rec, g.start, lo) is None), None)
    if first is not None and head_words(lo, first.start):
        return first  # "Die Regierung Malis eroberte mit der Hilfe Russlands …"
    g = next((g for g in rec.groups if verb < g.start < hi and g is not f.subject), None)
    if g is None or prep(tb, rec, g.start, verb + 1) is not None or not can_be_nominative(g) \
            or not head_words(verb + 1, g.start):
        return None
    return g
