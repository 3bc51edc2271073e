"""Status: whether the act a claim reports is done, ongoing or pledged; and its CAMEO code.

"Germany will send 500 troops" and "Germany sent 500 troops" report the same relation but
not the same event: one is a promise, the other a deployment. CAMEO codes the promise as an
intent (0334 *express intent to provide military protection*) and the act as the act (074),
so kg tells them apart too. Status is orthogonal to modality: "Germany will not send
troops" is negated *and* pledged; the status never changes whether a claim is an edge.

The status is read from the verb group of the trigger — the trigger verb, or for a noun
("the deployment", "wysłanie", "die Lieferung") the verb that governs it — with the
token features of the morphology stage and cue words of the lexicon (data):

1. a ``future`` word before the verb ("will", "będą", "wird", "ma wysłać") -> pledged;
2. a ``pledge`` word governing it ("promised to send", "zobowiązała się przekazać",
   "kündigte … an"), or among the trigger's own words ("pledged aid", "obiecała pomoc"),
   or right before a trigger noun ("the planned deployment") -> pledged;
3. an ``ongoing`` word ("continues to", "nadal", "weiterhin") -> ongoing;
4. the verb's form: conditional -> pledged; past, impersonal past or past participle ->
   done (German weak and strong pasts by the lexicon's ``past_suffixes`` and
   ``past_forms``); a present form -> ongoing, except a perfective present where the
   language makes it a future (Polish "wyśle": ``[settings] perfective_future``) ->
   pledged, and in a headline, where the present tells what happened -> done; an
   "-ing" form after an auxiliary -> ongoing; an infinitive takes the status of the
   verb that governs it ("began to send" -> done);
5. nothing decides -> done.

Acts whose CAMEO code has no intent code (praise, accusations, threats) are statements:
saying it is doing it, so a "pledged" statement is done ("vowed retaliation" is a threat
made). The claim's CAMEO code is then the trigger's code, or its intent code when pledged.
"""

from __future__ import annotations

from kg.cameo import cameo_table
from kg.engine.prospects import avenged, presupposed, reads_as_noun
from kg.engine.record import Discourse, FrameResult, SentenceRecord
from kg.engine.syntax import clause_span
from kg.engine.tables import Tables
from kg.engine.verb_final import zu_infinitive
from kg.records import is_headline

#: How far a verb group reaches to the left of its verb, and how far a noun looks for its verb.
_GROUP = 8
_NOUN_LEFT, _NOUN_RIGHT = 8, 6


def status(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Whether each frame's act is done, ongoing or pledged, and the CAMEO code of its claims."""
    table = cameo_table()
    for f in rec.frames:
        if f.failure is None and f.pairs:
            f.status, f.status_by = frame_status(tb, rec, f)
            if f.status == "pledged" and table[f.trigger.cameo].pledge is None:
                f.status, f.status_by = "done", f"a statement ({f.status_by}): saying it is doing it"
            f.cameo = table.for_status(f.trigger.cameo, f.status)
    return rec


def occasion_between(rec: SentenceRecord, start: int, tm) -> bool:
    """Whether a clause of what a reaction answers opens between ``start`` and the trigger verb, with the verb's
    own subject named after its opening word ("vowed to retaliate after Israel struck Syria"): the verb is that
    clause's, told as done, not pledged or threatened by the words before the opening word."""
    return not (rec.morphs and rec.morphs[tm.start].only("NOUN")) and any(
        start <= cm.start and any(cm.end <= m.start and m.end <= tm.start for m in rec.mentions)
        for cm in rec.cues.get("occasion", ()))


def _cue_tokens(rec: SentenceRecord, concept: str) -> set[int]:
    return {k for cm in rec.cues.get(concept, ()) for k in cm.tokens}


def _is_verb(rec: SentenceRecord, k: int) -> bool:
    m = rec.morphs[k]
    return m.is_("VERB", "AUX") and not m.only("NOUN", "PROPN", "ADJ", "ADP")


def _finite(rec: SentenceRecord, k: int) -> bool:
    m = rec.morphs[k]
    return _is_verb(rec, k) and not m.is_("NOUN", "ADJ") and bool(m.feats & {"fin", "past", "imps", "cond"}) \
        and "inf" not in m.feats


def _past(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """A past form: marked by the analyser, or (German) a lemma plus a past suffix, or a listed strong past."""
    m, tok = rec.morphs[k], rec.tokens[k]
    if m.feats & {"past", "imps"}:
        return True
    if k in _cue_tokens(rec, "past_forms"):
        return True
    suffixes = tb.lexicon.words.get("past_suffixes", ())
    if not suffixes or "fin" not in m.feats:
        return False
    lemma = m.lemma.lower()  # "schicken": the stem is "schick"
    stems = {lemma, lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma}
    return tok.low != lemma and any(tok.low == stem + s for stem in stems for s in suffixes)


def _head(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """The verb of the frame: the first verb among the trigger's tokens; for a noun, the verb governing it."""
    lo, hi = f.clause
    tm = f.match
    if not reads_as_noun(tb, rec, f):
        return next((k for k in tm.tokens if _is_verb(rec, k)), tm.start)
    for k in range(tm.start - 1, max(lo, tm.start - _NOUN_LEFT) - 1, -1):
        if _is_verb(rec, k) and not rec.morphs[k].is_("NOUN"):
            return k
    for k in range(tm.end, min(hi, tm.end + _NOUN_RIGHT)):
        if _finite(rec, k) and not rec.morphs[k].is_("NOUN"):
            return k
    return None


def _form(tb: Tables, rec: SentenceRecord, k: int, aux_before: bool) -> tuple[str | None, str]:
    """What the form of the verb at ``k`` says: (status or None when it does not decide, why)."""
    m, tok = rec.morphs[k], rec.tokens[k]
    if "cond" in m.feats:
        return "pledged", f"conditional “{tok.text}”"
    if _past(tb, rec, k) or "ppas" in m.feats and not m.feats & {"fin", "inf"}:
        return "done", f"past “{tok.text}”"
    if "ppas" in m.feats and aux_before:  # "hat Litauen unterstützt": a participle after its auxiliary, not a
        return "done", f"perfect “{tok.text}”"  # present that reads the same (a future "wird" decided before)
    if "pact" in m.feats and aux_before:
        return "ongoing", f"progressive “{tok.text}”"
    after_to = k > 0 and "infmark" in rec.morphs[k - 1].feats
    if "fin" in m.feats and ("inf" not in m.feats or not aux_before and not after_to):  # "send": finite here
        if tb.settings.get("perfective_future") and "perf" in m.feats and "imperf" not in m.feats:
            # (a verb of both aspects, "okupuje", "anektuje", tells the present: "Rosja okupuje Krym od 2014")
            return "pledged", f"perfective present “{tok.text}”"
        if is_headline(rec.article.title, rec.text, rec.start):
            return "done", f"present “{tok.text}” in a headline"
        return "ongoing", f"present “{tok.text}”"
    return None, ""


def governing_pledge(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """The pledge verb of the clause a German "zu" infinitive after a comma depends on ("Israel versprach, den
    Iran anzugreifen", "kündigte an, … zu liefern"): the walk along the verb group stops at the comma, so the
    infinitive read alone would be an act done."""
    lo = f.clause[0]
    if lo == 0 or rec.tokens[lo - 1].text != "," or not (zu_infinitive(tb, rec, f) or _noun_of_infinitive(tb, rec, f)):
        return None
    plo, phi = clause_span(rec, lo - 1, lo - 1)
    pledge = _cue_tokens(rec, "pledge")
    return next((k for k in range(plo, phi) if k in pledge and _is_verb(rec, k)), None)


def _noun_of_infinitive(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A noun the "zu" infinitive closing its clause governs ("…, eine Offensive gegen die YPG zu starten")."""
    marker = tb.markers["infinitive_marker"]
    hi = f.clause[1]
    toks = rec.tokens
    last = hi - 1 if hi - 1 > f.match.end and not toks[hi - 1].is_word else hi
    k = last - 1
    return bool(f.is_noun and marker and rec.morphs) and k > f.match.end and "inf" in rec.morphs[k].feats \
        and toks[k - 1].low in marker and k not in _cue_tokens(rec, "ongoing")  # continuing an act: it goes on


def frame_status(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[str, str]:
    """(status, the words that decided) for one frame."""
    toks = rec.tokens
    lo, _hi = f.clause
    future, pledge, ongoing, plans = (_cue_tokens(rec, c) for c in ("future", "pledge", "ongoing", "plan_nouns"))
    tm = f.match
    own_pledge = next((k for k in tm.tokens if k in pledge), None)
    if own_pledge is not None:
        return "pledged", f"“{toks[own_pledge].text}”"
    if f.voice == "compound":  # "the Iran-backed Houthis": the compound describes what is, whatever the clause says
        return "done", f"compound “{toks[tm.start].text}”"
    noun = reads_as_noun(tb, rec, f)
    if noun and avenged(tb, rec, f):  # "vowed revenge for the killing of its commander": the act answered
        return "done", "answered: a threat takes it as its reason"
    if noun:  # "the planned deployment", "planowane rozmieszczenie", "die geplante Stationierung"
        for k in range(max(lo, tm.start - 3), tm.start):
            if k in pledge:
                return "pledged", f"“{toks[k].text}”"
    if noun and presupposed(tb, rec, f):  # "vowed revenge after the attack on its embassy": the attack is given
        return "done", "given: a presupposing phrase opens it"
    head = _head(tb, rec, f)
    governing = governing_pledge(tb, rec, f)
    if head is None and governing is None:
        return "done", "a noun with no verb"
    if governing is not None:  # "versprach, den Iran anzugreifen": the clause before the comma governs it
        return "pledged", f"“{toks[governing].text}”"
    if noun:  # the verb governing the noun: "announced the deployment", "the delivery will start"
        for cues, state in ((future, "pledged"), (pledge, "pledged"), (ongoing, "ongoing")):
            if head in cues:
                return state, f"“{toks[head].text}”"
    if "ppas" in rec.morphs[head].feats and head + 1 < len(toks) and rec.morphs[head + 1].only("AUX") \
            and "inf" in rec.morphs[head + 1].feats:  # "soll … geschickt haben": a perfect infinitive, done
        return "done", f"perfect “{toks[head].text} {toks[head + 1].text}”"
    # the verb group: words left of the verb in its clause, up to another finite verb (which governs it)
    aux_before = False
    governing = None
    own_past = _past(tb, rec, head)
    for k in range(head - 1, max(lo, head - _GROUP) - 1, -1):
        if not toks[k].is_word and toks[k].text not in ("-", "–"):
            break
        if own_past and toks[k].low in tb.markers["coordination"]:
            break  # "agreed to expand links and signed a deal": a past verb after 'and' is a predicate of its own
        if own_past and occasion_between(rec, k, tm):
            break  # "vowed to retaliate after Israel struck Syria": the strike is the answered clause's, done
        if k in future:
            return "pledged", f"“{toks[k].text}”"
        if k in pledge and _is_verb(rec, k):
            return "pledged", f"“{toks[k].text}”"
        if k in plans and k == head - 2 and not rec.morphs[k + 1].is_("NOUN", "VERB", "ADJ", "PROPN"):
            return "pledged", f"“{toks[k].text}”"  # "a plan to invade": a noun of planning before its infinitive
        if k in ongoing:
            return "ongoing", f"“{toks[k].text}”"
        if rec.morphs[k].only("AUX") or rec.morphs[k].is_("AUX") and _finite(rec, k):
            aux_before = True
            continue
        if _finite(rec, k) and not rec.morphs[k].is_("NOUN", "PROPN"):
            governing = k
            break
    state, why = _form(tb, rec, head, aux_before)
    if state is not None:
        return state, why
    if governing is not None:  # an infinitive or gerund: "began to send", "zdecydował się wysłać"
        state, why = _form(tb, rec, governing, False)
        if state is not None:
            return state, why
    return "done", "nothing says otherwise"
