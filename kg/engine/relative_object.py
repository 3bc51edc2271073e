"""The object a relative clause leaves to its antecedent.

"the YPG, which the US has supported", "Hezbollah, which Iran backs": a verb with a subject of its own
after "which" or "that" and no object after it has the antecedent of the relative pronoun as its object; in a
language with cases the pronoun's case (or the trigger's own preposition before it) says so ("Ukraina, której
Niemcy przekazały czołgi", "Gruzja, na którą napadła Rosja").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from kg.engine.record import FrameResult, Group, Mention, SentenceRecord
from kg.engine.syntax import antecedent, first_subject
from kg.engine.tables import Tables


def relative_object(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The antecedent of an object relative clause ("the YPG, which the US supports"), or None. The clause
    opens right after "which"/"that" with the frame's subject, and only auxiliaries stand between the
    subject and the verb (and adverbs); a language with cases marks its objects and needs none of this."""
    toks = rec.tokens
    lo = f.clause[0]
    subj = f.subject
    if tb.cases or f.is_noun or subj is None or lo <= 0 or "" not in tb.object_markers[f.index] \
            or toks[lo - 1].low not in tb.markers["relative"] or toks[lo - 1].low in tb.markers["complementizer"] \
            and lo >= 2 and toks[lo - 2].text != ",":
        return None
    k = lo
    while k < subj.start and toks[k].low in tb.markers["determiners"]:
        k += 1
    if k != subj.start or any(t.low not in tb.markers["auxiliaries"] and not (rec.morphs and rec.morphs[j].only("ADV"))
                              for j, t in enumerate(toks[subj.end:f.match.start], subj.end)):
        return None  # only auxiliaries and adverbs between: "which Washington has long backed"
    ante = antecedent(tb, rec, lo)
    if ante is None or ante is subj:
        return None
    act = next((g for g in rec.frames if g.failure is None and g.relation in ("attacks", "sanctions")
                and g.object is not None and g.object.start == ante.start and g.subject is not None
                and g.match.end <= ante.start), None) if f.relation in ("accuses", "praises") else None
    if act is not None:  # "Russia struck Georgia, which Turkey condemned": the act is judged, its agent is the object
        return Group([Mention(ante.start, ante.end, tuple(act.subject.actors), "event", resolved=True,
                              via="the agent of the act the relative clause judges")])
    return ante


def cased_relative_object(tb: Tables, rec: SentenceRecord, lo: int,
                     marks: AbstractSet[str] = frozenset()) -> Group | None:
    """"Rwanda, którą rząd Konga oskarża o przemyt", "Ukraina, której Niemcy przekazały czołgi": a relative
    pronoun in an object case makes its antecedent the verb's object; after a preposition only one that marks
    the trigger's object, not one of place ("Ukraina, na którą napadła Rosja"; not "miasto, w którym …")."""
    toks = rec.tokens
    if not tb.cases or lo < 2 or lo - 1 not in rec.breaks or toks[lo - 1].low not in tb.markers["relative"]:
        return None
    before = toks[lo - 2].low
    if before in tb.markers["prepositions"]:
        if before not in marks or before in tb.markers["within"] or before in tb.markers["control"]:
            return None  # not a place, nor the charge or reason: "Hezbollah, o którego wspieranie Izrael oskarża Iran"
        k = lo - 2  # the actor right before the comma the preposition follows
        while k > 0 and toks[k - 1].text == ",":
            k -= 1
        return next((g for g in rec.groups if g.end == k and k < lo - 2), None)
    if toks[lo - 1].low in tb.markers["relative_subject"] and before not in marks:
        return None
    if toks[lo - 1].low in tb.markers["relative_possessive"] and any(
            m.start == lo and m.kind == "body" and m.resolved for m in rec.mentions):
        return None  # "Kanada, której wojska stacjonują …": the pronoun owns the subject, it is no object
    return antecedent(tb, rec, lo)


def relative_own_subject(tb: Tables, rec: SentenceRecord, lo: int, before: int) -> Group | None:
    """The subject of its own that a relative clause names after a pronoun that may be accusative ("die Hamas, die der
    Iran unterstützt", "die Miliz, die der russische Präsident lobt"): the first actor, its article one that is never
    accusative ("der"), and nominative by a weak adjective after it ("der russische") or a masculine noun ("der Iran");
    the pronoun is then the object. Not "die der Türkei hilft" (a feminine dative), nor "die den Iran unterstützt"."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or not tb.markers["masculine_nouns"] or "acc" not in morphs[lo - 1].feats \
            or lo >= before or "acc" in morphs[lo].feats or not morphs[lo].is_("DET"):
        return None
    g = next((g for g in rec.groups if lo < g.start < before), None)
    if g is None or any(not morphs[k].is_("ADJ") for k in range(lo + 1, g.start)):
        return None  # only adjectives between the article and the actor
    weak = lo + 1 < g.end and morphs[lo + 1].is_("ADJ") and toks[lo + 1].low.endswith("e")
    head = g.mentions[0]
    masculine = any(toks[k].low in tb.markers["masculine_nouns"] for k in range(head.start, head.end))
    return g if weak or masculine else None


def object_relative(tb: Tables, rec: SentenceRecord, lo: int, verb: int) -> tuple[Group, Group] | None:
    """English: a relative clause from ``lo`` whose own subject is a pronoun before its verb ("Peru, which it
    accuses of harbouring rebels", "Chile, which it called hostile"): the antecedent is the verb's object and the
    sentence's first subject before it is the pronoun's, the verb's subject. (subject, object), or None."""
    toks = rec.tokens
    if tb.cases or lo <= 0 or lo >= verb or toks[lo - 1].low not in tb.markers["relative"] \
            or toks[lo].low not in tb.markers["subject_pronouns"] or not all(t.is_word for t in toks[lo:verb]) \
            or any(lo <= cm.start < verb for cm in rec.cues.get("speech", ())):
        return None  # ("Peru, which it says attacked …": the relative is the subject of what is said)
    obj = antecedent(tb, rec, lo)
    subj = first_subject(tb, rec, 0, obj.start) if obj is not None else None
    return (subj, obj) if subj is not None and set(subj.actors) != set(obj.actors) else None
