"""Acts told as prospects, or as given: what decides a frame's modality from the words around its trigger
noun rather than from its clause's cues.

An attack or sanctions noun a threat takes as its content ("threatened new strikes on Kyiv"), what a
warning fears ("warned of a Russian attack"), an act after "any"/"jede"/"każdy" are prospects, not acts
done; an event after a phrase that takes it as given ("amid Russia's war") or with its own possessive agent
in a prepositional phrase is real whatever the clause around it denies; a deal that is the goal of a purpose
infinitive, or talks a verb of backing argues for, are not concluded or held. Split from ``modality.py``, which
asks these before its clause-wide cues.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, SentenceRecord
from kg.engine.tables import Tables
from kg.text import HYPHENS


def span(rec: SentenceRecord, start: int, end: int) -> str:
    """The sentence's text from token ``start`` to token ``end`` (exclusive)."""
    return rec.text[rec.tokens[start].start:rec.tokens[end - 1].end]


def threat_content(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """An attack or sanctions noun that a threat noun or verb takes as its content, right after it with only
    "of", articles and modifiers between ("threatened military action against Peru", "issued a threat of
    strikes on Peru", "the threat of a Chilean invasion"): the act threatened, not one done."""
    if f.relation not in ("attacks", "sanctions") or not rec.morphs or tb.cases or not reads_as_noun(tb, rec, f):
        return None  # "Russia without warning attacked Georgia": a verb is no threat's content
    k = f.match.start
    for g in rec.frames:
        if g is f or g.relation != "threatens" or not (g.match.end <= k <= g.match.end + 4) \
                or g.failure == "needs" or takes_reason(rec, g.match.start, g.match.end):
            continue  # "in response to Russian attacks": no threat where the words do not make one; "revenge for
            # the raid": what revenge is taken for was done
        between = range(g.match.end, k)
        if all(rec.tokens[j].low in tb.markers["genitive_marker"] or rec.morphs[j].is_("DET", "ADJ", "NUM")
               and not rec.morphs[j].is_("PROPN") or any(m.start <= j < m.end and m.kind == "adjectives"
                                                           for m in rec.mentions) for j in between):
            return " ".join(t.text for t in rec.tokens[g.match.start:g.match.end])
    return None


def takes_reason(rec: SentenceRecord, start: int, end: int) -> bool:
    """Whether a threat's words end in the lexicon's ``punished_for`` words ("revenge for", "zemsta za",
    "avenge"): what follows is the act answered, done, not the act threatened."""
    return any(start <= cm.start and cm.end == end for cm in rec.cues.get("punished_for", ()))


def avenged(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the trigger noun is the act a threat answers ("vowed revenge for the killing of …", "vowed to
    avenge the raid"): a threat taking a reason right before it, only articles and modifiers between."""
    k = f.match.start
    owner = set(range(f.subject.start, f.subject.end)) if f.subject is not None else set()
    clitics = tb.markers["possessive_clitic"]
    if not rec.morphs:
        return False
    for m in rec.triggers:
        if tb.triggers[m.payload].relation != "threatens" or not m.end <= k <= m.end + 9:
            continue
        # the reason word ends the threat's words or follows them ("zapowiedział zemstę za zabicie …"), the
        # threat's own target between ("vowed revenge on the United States for the shooting of …")
        start = m.end if takes_reason(rec, m.start, m.end) else next(
            (cm.end for cm in rec.cues.get("punished_for", ()) if m.end <= cm.start and cm.end <= k
             and (cm.start == m.end or f.subject is not None and f.subject.end == cm.start)), None)
        if start is not None and all(rec.morphs[j].is_("DET", "ADJ", "NUM") or j in owner
                                     or rec.tokens[j].low in clitics for j in range(start, k)):
            return True  # "revenge for Israel's killing of …"
    return False


def reads_as_noun(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the trigger is a noun here: the roles found it so, or its word cannot be a verb, or a
    noun/verb word after a determiner, preposition, adjective, number or possessive ("of sanctions")."""
    if f.is_noun:
        return True
    k = f.match.start
    m = rec.morphs[k]
    if not m.is_("NOUN"):
        return False
    if not m.is_("VERB", "AUX"):
        return True
    if k == 0:
        return False
    left = rec.morphs[k - 1]
    return (left.only("DET", "ADP", "ADJ", "NUM") or "poss" in left.feats
            or rec.tokens[k - 1].low in tb.markers["possessive_clitic"])


def feared_words(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """The words of a warning whose preposition of what is feared ("warned of", "warned against", "ostrzegła
    przed", "warnte vor") governs the trigger, only articles and adjectives between ("a Russian attack"): the
    act is a prospect. A possessive owner ("warned of Russia's war") names a real one and stops the search."""
    if f.relation in ("accuses", "threatens", "praises"):
        return None  # "warn against provocations from Russia": a judgement of conduct taken as real
    toks = rec.tokens
    lo, tm = f.clause[0], f.match
    adjectives = {k for g in rec.groups for m in g.mentions if m.kind == "adjectives" for k in range(m.start, m.end)}
    k = tm.start - 1
    while k >= lo and tm.start - k <= 3 and (toks[k].low in tb.markers["determiners"] or k in adjectives
                                             or rec.morphs and rec.morphs[k].only("DET", "ADJ")):
        k -= 1
    if k < lo or toks[k].low not in tb.markers["warned_of"]:
        return None
    cue = next((cm for cm in rec.cues.get("warning", ()) if lo <= cm.start and cm.end <= k), None)
    return None if cue is None else span(rec, cue.start, k + 1)


def threat_verb(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """The threat verb whose direct object the act is ("threatened new strikes on Kyiv", "threatens
    military action against Caracas"; only articles, adjectives, numbers and nouns naming no actor between):
    the act is threatened, not done. Its words, else None."""
    if f.relation not in ("attacks", "sanctions") or not rec.morphs:
        return None
    tm = f.match
    lo = f.clause[0]
    m = next((m for m in rec.triggers if tb.triggers[m.payload].relation == "threatens"
              and lo <= m.start and m.end <= tm.start <= m.end + 3 and rec.morphs[m.end - 1].only("VERB")), None)
    if m is None or takes_reason(rec, m.start, m.end):
        return None  # "vowed to avenge the killing": the act avenged was done
    named = {k for g in rec.groups for k in range(g.start, g.end)}
    # a noun naming no actor may stand between too: "threatened a ground operation against …"
    if any(not rec.morphs[k].is_("DET", "ADJ", "ADV", "NUM", "NOUN") or rec.morphs[k].is_("ADP", "PRON", "VERB")
           or k in named for k in range(m.end, tm.start)):
        return None
    return span(rec, m.start, m.end)


def any_word(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """The word of an "any" or "every" determiner right before a trigger noun (one adjective may stand
    between: "jede weitere Aggression") or before the adjective that is a verb's subject ("Any Russian drone
    entering Polish airspace will be shot down"): the act is not told as one that happened, only as one that
    might."""
    if not rec.morphs:
        return None
    if not f.is_noun or not reads_as_noun(tb, rec, f):
        subj = f.subject
        if subj is None or subj.mentions[0].kind not in ("adjectives", "body") or subj.start <= f.clause[0]:
            return None
        k = subj.start - 1
        return rec.tokens[k].text if rec.tokens[k].low in tb.markers["any_determiners"] else None
    k = f.match.start - 1
    dets = tb.markers["any_determiners"]
    named = {j for m in rec.mentions for j in range(m.start, m.end)}
    for _ in range(2):  # "jede weitere Aggression" (a determiner may read as one: "każdą"), "any US arms sales"
        if k > f.clause[0] and rec.tokens[k].low not in dets and (
                rec.morphs[k].only("ADJ") or k in named or rec.morphs[k].is_("NOUN") and rec.tokens[k].is_word):
            k -= 1
    if k >= f.clause[0] and rec.tokens[k].low in dets:
        return rec.tokens[k].text
    return None


def presupposed(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A trigger noun right after a phrase that takes its event as given ("amid Russia's war",
    "w obliczu rosyjskiej agresji", "seit dem Überfall"): a denial, demand or possibility
    elsewhere in the clause is about something else."""
    k = f.match.start
    if not reads_as_noun(tb, rec, f):
        # "urged restraint after meeting in Oslo": a gerund right after the cue is as given
        return rec.tokens[k].low.endswith("ing") and any(cm.end == k for cm in rec.cues.get("presupposing", ()))
    clitics = tb.markers["possessive_clitic"]
    asked = {d.end for d in rec.cues.get("demand", ())}  # "die Forderung nach Verhandlungen": what is asked for
    return any(cm.end <= k <= cm.end + 3 and all(t.is_word or t.low in clitics for t in rec.tokens[cm.end:k])
               and cm.start not in asked for cm in rec.cues.get("presupposing", ()))


def definite_event(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A trigger noun with its own possessive agent inside a prepositional phrase ("involvement in
    Russia's war", "help with Iran's attacks"): a definite description of an event the text takes as
    given, whatever the clause around it denies or asks."""
    subj = f.subject
    if subj is None or "attached" not in f.how or not reads_as_noun(tb, rec, f):
        return False
    j = subj.start
    while j > 0 and rec.tokens[j - 1].low in tb.markers["determiners"] \
            and rec.tokens[j - 1].low not in tb.markers["any_determiners"]:  # "condemn any attack": none given
        j -= 1
    if any(m.end == j and tb.triggers[m.payload].relation == "accuses" for m in rec.triggers):
        return True  # what one condemns is given, whatever befalls the condemning ("a motion aimed at condemning
        # Moscow's invasion of Georgia", "urged the UN to condemn the Russian invasion")
    if not subj.mentions[-1].possessive:
        return False
    k = subj.start - 1
    return k >= 0 and bool(rec.morphs) and rec.morphs[k].only("ADP")


def opposed_act(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """A trigger verb right after a word of opposing ("warned Washington against arming Taiwan", "voted against
    sending troops"): the act is what someone is against, not one that happened. A noun there may be given
    ("protested against the invasion"), so only a verb form."""
    k = f.match.start - 1
    if k < f.clause[0] or reads_as_noun(tb, rec, f) or rec.tokens[k].low not in tb.markers["opposing"]:
        return None
    return rec.tokens[k].text


def deal_as_goal(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """A deal verb in a "to"-infinitive of purpose: after a phrase a preposition governs, in a clause with a
    finite verb of its own ("arrived in Beirut in an effort to finalise a truce", "are mediating between
    Israel and Hamas to reach a ceasefire", "engaged in talks to secure a deal"). Its deal is the goal of
    the act, not one concluded; an infinitive a verb or adjective takes ("agreed to sign", "managed to reach",
    "ready to sign") is the clause's own and keeps its mood, and so does one after a bare noun ("the first
    country to sign the treaty")."""
    k = f.match.start
    if f.relation != "signsAgreementWith" or f.is_noun or k < 2 or not rec.morphs \
            or "infmark" not in rec.morphs[k - 1].feats:
        return None
    i = next((i for i, p in enumerate(rec.phrases) if p.start <= k - 2 < p.end), None)
    if i is None or rec.phrases[i].end != k - 1:
        return None
    while rec.phrases[i].prep is None and i > 0 and all(  # "between Israel and Hamas to …": the list's preposition
            t.low in tb.markers["coordination"] for t in rec.tokens[rec.phrases[i - 1].end:rec.phrases[i].start]):
        i -= 1
    np = rec.phrases[i]
    if np.prep is None:
        return None
    if not any(rec.morphs[j].is_("VERB", "AUX") and not rec.morphs[j].is_("NOUN", "PROPN")
               for j in range(f.clause[0], np.start)):
        return None
    return rec.tokens[k - 1].text


def worked_on(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """A deal or talks noun that a phrase of work towards it governs ("are now working on a ceasefire deal", "will
    focus on a Chilean-Peruvian trade agreement"; the lexicon's ``goal_work``, only articles, adjectives, nouns
    and actor adjectives between): a goal, not one concluded or held. Its words, else None."""
    if f.relation not in _PROPOSED or not rec.morphs:
        return None
    k = f.match.start
    for cm in rec.cues.get("goal_work", ()):
        if cm.end <= k <= cm.end + 5 and all(  # (nouns too: "a trade agreement")
                rec.morphs[j].is_("DET", "ADJ", "PROPN", "NOUN") or rec.tokens[j].text in HYPHENS
                for j in range(cm.end, k)):
            return span(rec, cm.start, cm.end)
    return None


def likely_future(rec: SentenceRecord, f: FrameResult) -> str | None:
    """A future act told as only likely: a word of likelihood (the lexicon's ``likelihood``: "probably", "wohl") and
    a future word in the trigger's clause ("Germany will probably send tanks", "wird der Lieferung wohl zustimmen"):
    a future possibility, not a stated plan. Its words, else None."""
    lo, hi = f.clause
    likely = next((cm for cm in rec.cues.get("likelihood", ()) if lo <= cm.start and cm.end <= hi), None)
    if likely is None or not any(lo <= cm.start and cm.end <= hi for cm in rec.cues.get("future", ())):
        return None
    return span(rec, likely.start, likely.end)


#: Relations whose noun, when backed or advocated, is a proposal, not an event: talks and deals.
_PROPOSED = ("meetsWith", "signsAgreementWith")


def advocated(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """The words of a verb of backing that governs a talks or deal noun ("Slovakia backed negotiations with
    Russia", "opowiedziała się za rozmowami z Rosją", "sprach sich für Verhandlungen mit Russland aus"):
    talks one argues for are not held, like talks one calls for. None when no such verb stands right
    before the noun (only articles, adjectives and a preposition between)."""
    if f.relation not in _PROPOSED or not f.is_noun or not rec.morphs:
        return None
    tm = f.match
    for g in rec.frames:
        # the verb's words before the noun (a separable verb may close the clause after it: "sprach … aus")
        before = [k for k in g.match.tokens if k < tm.start]
        if g.relation != "supports" or g.is_noun or not before or tm.start - before[-1] > 4 \
                or g.match.start < f.clause[0] or not g.considered:  # ('welcomed the meeting': not that sense)
            continue
        if all(rec.morphs[k].is_("ADJ", "DET", "ADP", "PRON") or rec.tokens[k].low in tb.markers["determiners"]
               for k in range(before[-1] + 1, tm.start)):
            return span(rec, g.match.start, before[-1] + 1)
    return None


def modal_predicate(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """An act noun opened by an indefinite article ("a Chinese attack on Taiwan", "an invasion of Guyana") that is
    the subject of a modal auxiliary of supposition (a ``hypothetical`` cue that is an auxiliary: "could", "would",
    "might"): the auxiliary's token; None otherwise. English only: a language without cases."""
    toks, morphs = rec.tokens, rec.morphs
    if tb.cases or not f.is_noun or not morphs:
        return None
    k = f.match.start - 1
    while k >= f.clause[0] and (morphs[k].only("ADJ") or any(m.start <= k < m.end and m.kind == "adjectives"
                                                              for m in rec.mentions)):
        k -= 1  # "a Chinese", "a full-scale Russian"
    if k < f.clause[0] or toks[k].low not in tb.markers["indefinite"]:
        return None
    verb = next((j for j in range(f.match.end, f.clause[1]) if morphs[j].is_("VERB", "AUX")
                 and not morphs[j].is_("NOUN", "ADJ", "ADP")), None)
    if verb is None or not morphs[verb].is_("AUX") or verb + 1 < len(toks) and toks[verb + 1].low == "have":
        return None  # ("a Russian attack could have killed five": a past act whose outcome is supposed)
    return verb if any(cm.start == verb for cm in rec.cues.get("hypothetical", ())) else None
