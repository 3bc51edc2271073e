"""Negation words and what they negate: a negation word that negates here ("nie tylko" does not), a negating
preposition heading its own phrase, German negation in the middle field, a negated verb of stopping, a verb of
negating in a conjunct of its own or heading the trigger's noun phrase ("vetoed the sanctions package"), and a
full verb standing between a negation and a trigger noun. Split from ``modality.py`` (past 500 lines), which
asks these in ``frame_modality``."""

from __future__ import annotations

from kg.engine.record import FrameResult, SentenceRecord
from kg.engine.syntax import closes_at
from kg.engine.tables import Tables


def negated_at(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether a negation word at ``k`` negates: not "not only", not a negated resolve that closes its clause."""
    toks = rec.tokens
    return toks[k].low in tb.markers["negation"] and not (
        k + 1 < len(toks) and toks[k + 1].low in tb.markers["not_negating"]  # "nie tylko", "not only"
        or any(cm.start == k + 1 for cm in rec.cues.get("not_negating", ()))  # "did not hold back in condemning"
        # a resolve cue the negation opens and that closes its clause: "schließt einen Angriff nicht aus"
        or any(cm.start == k and closes_at(toks, cm.end, len(toks)) for cm in rec.cues.get("resolve", ())))


def adverbial_without(rec: SentenceRecord, k: int, f: FrameResult) -> bool:
    """A negating preposition ("ohne", "without") heads a phrase of its own ("griff ohne Vorwarnung an",
    "verhandelten ohne die Ukraine"): it denies only the act noun it governs, never the verb of the clause."""
    return bool(rec.morphs) and rec.morphs[k].only("ADP") and not (f.is_noun and 0 < f.match.start - k <= 3)


def middle_field_negation(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """Where negation follows the verb, a clause's negation stands anywhere in its middle field, often after the
    object ("unterstützte den Vorschlag nicht") or before a clause-final verb ("wird keine Soldaten entsenden"):
    a negation word of the language's morphology ("nicht", "kein") in the window around the trigger where its
    'forbid' words are looked for negates it. The window stops at a comma on either side of the trigger, so "nicht"
    of another clause does not."""
    lo, hi = f.near
    if not rec.morphs:
        return None
    for k in range(lo, hi):
        if k >= f.match.end and rec.tokens[k].text == ",":
            break  # "Polen unterstützt die Ukraine, schickt aber keine Truppen": the negation of the next clause
        if f.match.start <= k < f.match.end or "neg" not in rec.morphs[k].feats or not negated_at(tb, rec, k) \
                or adverbial_without(rec, k, f):
            continue
        if f.is_noun and (k > f.match.start or verb_between(tb, rec, k + 1, f.match.start)):
            continue  # "hat Russlands Krieg nicht verurteilt": the negation is the verb's, the war is given
        return k
    return None


def stopping_negated(rec: SentenceRecord, k: int, b: int) -> bool:
    """A negation right before a verb of stopping that comes before token ``b`` negates the stopping: "nie
    przestanie wspierać Ukrainy" (will not stop supporting) says the support goes on."""
    return any(cm.start in (k + 1, k + 2) and cm.end <= b for cm in rec.cues.get("cessation", ()))


def own_conjunct(rec: SentenceRecord, k: int, b: int) -> bool:
    """A verb of negating ("blockiert", "blocked") joined by "und"/"and" to the trigger is a conjunct of its
    own: "hatte die Schiffe blockiert und mit Wasserwerfern beschossen" fired all the same."""
    return bool(rec.morphs) and rec.morphs[k].is_("VERB") and not rec.morphs[k].is_("PART") and any(
        rec.morphs[j].is_("CCONJ") and not rec.morphs[j].is_("NOUN", "VERB", "ADJ") for j in range(k + 1, b))
    # ("i" reads as a particle too: "zablokowała porty i zaatakowała statki")


def negating_head(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """A verb of negating ("vetoed", "blocked") whose object phrase ends with the trigger noun, however many
    numbers, adjectives and nouns between ("blocked a 3 billion dollar Nordic military support plan"): the
    verb's negation is the noun's. Only words of a noun phrase may stand between."""
    if not rec.morphs or not (f.is_noun or rec.morphs[f.match.end - 1].is_("NOUN")):
        return None  # "package" reads as a verb too, "financial aid" opens with an adjective
    after = blocked_after(tb, rec, f)
    if after is not None:
        return after
    k = f.match.start - 1
    # "vetoed the EU's latest package of sanctions": a genitive "of" and an owner's "'s" are words of the phrase
    inside = tb.markers["genitive_marker"] | tb.markers["possessive_clitic"]
    while k >= f.clause[0] and (rec.morphs[k].is_("DET", "NUM", "ADJ", "NOUN", "PROPN") or rec.tokens[k].low in inside
                                and k < f.match.start - 1) and rec.tokens[k].low not in tb.markers["negation"]:
        k -= 1  # ("aid" reads as a verb too)
    if k - 1 >= f.clause[0] and k < f.match.start - 2 and rec.morphs[k].only("ADP") \
            and rec.tokens[k - 1].low in tb.markers["negation"]:
        k -= 1  # "zablokowały w poniedziałek pakiet sankcji": an adjunct right after the verb
    if k >= f.clause[0] and rec.tokens[k].low in tb.markers["coordination"] and rec.tokens[k].is_word:
        # "zablokowały pakiet sankcji wobec Rosji oraz pożyczkę dla Ukrainy": a later conjunct of a blocked object
        first = next((g for g in rec.frames if g is not f and g.match.end <= k and g.clause == f.clause and all(
            t.is_word and not (rec.morphs[j].is_("VERB") and not rec.morphs[j].is_("NOUN", "ADJ"))
            for j, t in enumerate(rec.tokens[g.match.end:k], g.match.end))), None)
        return negating_head(tb, rec, first) if first is not None else None
    if k < f.clause[0] or k == f.match.start - 1 or not rec.morphs[k].is_("VERB") \
            or rec.tokens[k].low not in tb.markers["negation"] or not negated_at(tb, rec, k):
        return None
    return k


def blocked_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """A passive participle of negating set after the noun's phrase, past a comma or a dash ("pakiet sankcji wobec
    Rosji – zablokowany przez Węgry"): the participle's negation is the noun's."""
    toks, morphs = rec.tokens, rec.morphs
    if not tb.cases:
        return None  # ("with backing from France, vetoed": an English past is no participle here)
    k = f.match.end
    while k < min(len(toks), f.match.end + 6) and toks[k].is_word and not morphs[k].is_("VERB"):
        k += 1  # the noun's own phrase: "wobec Rosji"
    if k + 1 < len(toks) and toks[k].text in ",–—-" and "ppas" in morphs[k + 1].feats \
            and toks[k + 1].low in tb.markers["negation"]:
        return k + 1
    return None


def verb_between(tb: Tables, rec: SentenceRecord, a: int, b: int) -> bool:
    """A full verb between a negation and a trigger noun: the negation is the verb's ("will not
    tolerate provocations" negates the tolerating, not the provocations) — unless it is a light verb,
    whose negation is the noun's ("nie podpisała porozumienia", "did not impose sanctions")."""
    light = {k for cm in rec.cues.get("light_verbs", ()) for k in range(cm.start, cm.end)}
    return any(m.is_("VERB") and not m.is_("AUX", "NOUN", "ADJ") and k not in light
               for k, m in enumerate(rec.morphs[a:b], a))
