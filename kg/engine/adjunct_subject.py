"""Adjunct subjects: the subject an -ing clause shares with its sentence.

"Saar said …, accusing Ankara of …", "X criticised Y while agreeing to provide aid to Z", "Blaming Russia for
the attack, the UK said …": an -ing form after a comma, after a word of the ``adjunct`` list, or opening the
sentence has no subject of its own; it takes the sentence's (the one right after the comma that closes an
opening -ing clause). Split from ``roles_verb``.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import antecedent, finite, first_subject, prep
from kg.engine.tables import Tables


def adjunct_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """An -ing clause shares the sentence's subject: after a comma ("Saar said …, accusing Ankara of …",
    also past an adverb: "…, publicly accusing Ankara"), after a word of the ``adjunct`` list ("X criticised
    Y while agreeing to provide aid to Z", "… after meeting Z"), and opening the sentence ("Blaming Russia
    for the attack, the UK said …", "After meeting Xi, Biden said …"): then the subject is the one right
    after the comma that closes the -ing clause, and the trigger's clause ends at that comma. A trigger
    the participle governs through "to" ("agreeing to provide") takes the same subject."""
    toks = rec.tokens
    tm = f.match
    lo = f.clause[0]
    k = tm.start
    if "prp" not in tm.features[0]:
        # "while agreeing to provide": an -ing form after the last actor before the trigger governs it
        if not rec.morphs or not any("infmark" in rec.morphs[j - 1].feats and rec.morphs[j].is_("VERB")
                                     for j in range(max(1, tm.start - 2), tm.start + 1)):
            return None  # only an infinitive or its object: "while agreeing to provide (continued) assistance"
        last = max([lo] + [g.end for g in rec.groups if g.end <= tm.start])
        k = next((j for j in range(last, tm.start) if rec.morphs[j].is_("VERB")
                  and rec.morphs[j].feats & {"ger", "pact"} and j > 0
                  and (toks[j - 1].text == "," or toks[j - 1].low in tb.markers["adjunct"])), -1)
        if k < 0 or any(cm.start <= k < cm.end for cm in rec.cues.get("attribution", ())):
            return None  # "Norway, according to Reuters, sent jets": no participle of its own
    while k > 0 and rec.morphs and rec.morphs[k - 1].only("ADV") and k > tm.start - 2:
        k -= 1
    opener = k > 0 and toks[k - 1].low in tb.markers["adjunct"]
    if opener and toks[k - 1].low in tb.markers["agent"] and any(
            g is not f and g.relation == "accuses" and g.match.start < k - 1 for g in rec.frames):
        return None  # "accused Algeria of interference by meeting rebels": the accused meets them
    if k == 0 or (opener and k == 1) or opener and k <= 5 and all(
            t.is_word and not finite(rec.morphs[j]) and not any(g.start <= j < g.end for g in rec.groups)
            for j, t in enumerate(toks[:k - 1])):
        return fronted_adjunct_subject(tb, rec, f, k)  # also "Barely a week after signing the deal, …"
    if not (toks[k - 1].text == "," or opener):
        return None
    subj = first_subject(tb, rec, lo, k - opener)
    rel = next((j for j in range(k - 1, subj.end - 1, -1) if toks[j].low in tb.markers["relative"]
                - tb.markers["complementizer"] and j in rec.breaks), None) if subj is not None and opener else None
    if rel is not None:  # "Somalia's president, who restored ties with Eritrea after signing a pact": the antecedent
        return antecedent(tb, rec, rel + 1)
    return subj


def fronted_adjunct_subject(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> Group | None:
    """"Blaming Iran for the strike, France said …": the actor right after the comma that closes an -ing
    clause opening the sentence; the trigger's clause then ends at that comma."""
    toks = rec.tokens
    comma = next((j for j in range(f.match.end, min(len(toks), f.clause[1] + 1)) if toks[j].text == ","), None)
    if comma is not None and comma + 1 < len(toks) and toks[comma + 1].low in tb.markers["relative"] \
            - tb.markers["complementizer"]:
        # "After meeting Speaker Berri, who has Hezbollah's support, Hochstein said": past the relative clause
        comma = next((j for j in range(comma + 2, len(toks)) if toks[j].text == ","), None)
    if comma is None:
        return None
    g = next((g for g in rec.groups if comma < g.start <= comma + 3 and prep(tb, rec, g.start, comma + 1) is None
              and not g.mentions[-1].possessive and all(t.is_word for t in toks[comma + 1:g.start])
              and not any(rec.morphs and finite(rec.morphs[j]) for j in range(comma + 1, g.start))), None)
    if g is None:
        return None
    f.clause = (f.clause[0], comma)
    return g
