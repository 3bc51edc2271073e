"""A past verb after "and" that leaves a reported clause told in the present: the sayer's second verb.

"The minister stated that Finland is a hostile state and blamed NATO for …": the reported clause is
told in the present ("is"), so the past "blamed" after "and" does not continue it; it joins "stated",
and its subject is the sayer, not the reported clause's subject. Only where the tenses tell it: a reported
clause with a past or perfect form ("said that Russia attacked Kyiv and killed …", "has made … and
accused") may go on, and is left alone. Only for a language without cases whose verbs do not go last.
"""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord
from kg.engine.syntax import clause_span, left_subject
from kg.engine.tables import Tables


def sayer_of_switch(tb: Tables, rec: SentenceRecord, lo: int, conj: int, verb: int) -> Group | None:
    """The subject of the saying clause when the verb at ``verb`` is a plain past form after the coordinating
    word at ``conj`` and the reported clause from ``lo`` (opened by a complementizer) has only present or
    modal forms before it; None otherwise."""
    toks, morphs = rec.tokens, rec.morphs
    present_aux = tb.markers["present_aux"]
    if tb.cases or tb.settings.get("verb_second") or not morphs or not present_aux or lo < 2 \
            or toks[lo - 1].low not in tb.markers["complementizer"] or lo - 1 not in rec.breaks:
        return None
    m = morphs[verb]
    if not m.is_("VERB") or m.is_("NOUN", "ADJ") or "past" not in m.feats or "fin" in m.feats:
        return None
    nxt = toks[verb + 1].low if verb + 1 < len(toks) else ""
    if nxt in tb.markers["prepositions"] and nxt not in tb.markers["complementizer"]:
        return None  # "that Taiwan is isolated and surrounded by …": a participle the auxiliary governs too
    present = False
    for j in range(lo, conj):
        mj = morphs[j]
        if mj.is_("AUX"):
            if toks[j].low not in present_aux:
                return None  # "was", "has", "had": a past or perfect the verb may continue
            present = True
        elif mj.is_("VERB") and not mj.is_("NOUN", "ADJ", "ADP", "PROPN"):
            if "past" in mj.feats or "ppas" in mj.feats:
                return None
            present = present or "fin" in mj.feats
    if not present:
        return None
    plo, _ = clause_span(rec, lo - 1, lo - 1)
    return left_subject(tb, rec, plo, lo - 1, nominative=True)


def switched_sayer(tb: Tables, rec: SentenceRecord, verb: int) -> Group | None:
    """``sayer_of_switch`` for the verb at ``verb`` when a coordinating word stands before it (auxiliaries and
    adverbs between): a verb of saying there ("… and accused NATO of hostile intentions") is the sayer's."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or not tb.markers["present_aux"]:
        return None
    lo = clause_span(rec, verb, verb)[0]
    k = verb - 1
    while k > lo and (toks[k].low in tb.markers["auxiliaries"] or morphs[k].only("ADV")):
        k -= 1
    if k <= lo or toks[k].low not in tb.markers["coordination"] or not morphs[k].is_("CCONJ"):
        return None
    return sayer_of_switch(tb, rec, lo, k, verb)
