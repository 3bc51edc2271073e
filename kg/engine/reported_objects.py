"""Reported objects: the actor a "that" clause after an accusation or a threat names.

"the allegation that Iran armed …" accuses the clause's subject; "warned that British troops would be
legitimate targets" threatens them, but "warned that Russia may attack" only warns about Russia, and a
Polish clause whose subject acts in the past or present ("ostrzegła, że Rosja wydaje miliony") reports
a deed rather than a threat.
"""

from __future__ import annotations

from kg.engine.clauses import infinitive_opener
from kg.engine.objects import QUOTES
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, clause_span, finite, prep
from kg.engine.tables import Tables

#: Triggers in a reported clause that make its first actor the actor, not the one warned.
_ACTING = ("attacks", "deploysTroopsTo", "suppliesWeaponsTo", "sanctions")


def charge_clause(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """"den Vorwurf, dass Nordkorea Russland beliefert", "the allegation that Iran armed …": an
    accusation noun whose content clause follows accuses that clause's subject (its first actor that
    no preposition governs)."""
    toks = rec.tokens
    k = f.match.end
    if f.subject is not None and f.subject.start == k:
        k = f.subject.end  # "zarzuty Kremla, że Polska …": past the accuser in the genitive
    comp = tb.markers["complementizer"]
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or toks[k].low not in comp:
        return None
    k += 1
    chi = clause_span(rec, k, k)[1]
    obj = after(tb, rec, k, chi, {""}, skip=f.subject, first_only=True)
    if obj is not None:
        f.how.append("charge-clause")
    return obj


def warned_that(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """"warned that British troops would be legitimate targets", "ostrzegła, że … wobec Seulu"."""
    toks = rec.tokens
    tm = f.match
    comp = tb.markers["complementizer"]
    hi = f.clause[1]
    infinitive = False
    if f.relation == "threatens" and tm.end == hi and hi + 1 < len(toks) and toks[hi].text == "," and \
            tb.settings.get("verb_second") and infinitive_opener(tb, rec, hi, frozenset()):
        k = hi  # "Trump drohte, Sanktionen gegen Indien zu verhängen": the infinitive clause says against whom
        infinitive = True
    elif f.relation == "threatens" and reported_v2(tb, rec, f):
        k = tm.end + 1  # "warnte, Polen werde einen hohen Preis zahlen": a reported clause with its verb second
    elif not (tm.end < len(toks) and (
            toks[tm.end].low in comp
            or (toks[tm.end].text == "," and tm.end + 1 < len(toks) and toks[tm.end + 1].low in comp))):
        return None
    else:
        k = tm.end + (1 if toks[tm.end].low in comp else 2)
    if k < len(toks) and k in rec.breaks:  # "zagroził, że jeśli Bejrut nie rozbroi …"
        k += 1
    chi = clause_span(rec, k, k)[1]
    if chi <= k + 1:
        chi = clause_span(rec, chi + 1, chi + 1)[1]
    obj = after(tb, rec, k, chi, {""} | tb.object_markers[f.index] | set(tb.markers["prepositions"]),
                skip=f.subject)
    acting = {m.start for m in rec.triggers if m.start < chi and tb.triggers[m.payload].relation in _ACTING}
    warning = any(cm.start <= j < cm.end for cm in rec.cues.get("warning", ()) for j in tm.tokens)
    criticised = f.relation == "accuses" and not warning and not any(
        toks[j].low in tb.markers["passive_aux"] for j in range(k, chi))
    if obj is not None and not criticised and any(obj.end <= a <= obj.end + 4 for a in acting):
        return None  # "warned that Russia may attack": a warning about Russia, not to it
        # (but "kritisierte, dass Deutschland zu wenig Waffen liefert" blames the doer of the act)
    if obj is not None and f.relation == "threatens" and prep(tb, rec, obj.start, k) in (
            tb.markers["locative"] - tb.markers["warned_of"]):
        return None  # "warnte, dass dieser Schritt zu einer Eskalation im Gazastreifen führe": where, not whom
    forbid = tb.compiled.forbid[f.index]
    if obj is not None and forbid and any(toks[j].low in forbid for j in range(k, chi)):
        return None  # "ostrzegł, że istnieje zagrożenie atakiem na Litwę": the trigger's forbidden words in the report
    if obj is not None and f.relation == "threatens" and not infinitive and _doer_in_report(tb, rec, obj, k, chi):
        return None  # "ostrzegła, że Rosja wydaje miliony": a warning about Russia (accuses.warn-that's); an
        # infinitive clause has no subject of its own ("drohte, die Regierung Ruandas zu stürzen")
    if obj is not None:
        f.how.append("warned-that")
    return obj


def _doer_in_report(tb: Tables, rec: SentenceRecord, obj: Group, k: int, chi: int) -> bool:
    """Whether the first actor of a reported clause does what it says rather than suffers it: the agent of
    a passive ("że kraj jest oblegany przez Rosję"), or the subject of a verb in the past or present
    ("że Rosja wydaje miliony"). Only where aspect tells the future apart ("że Izrael stanie się celem",
    "że Szwecja zapłaci" are threats to them)."""
    if tb.settings.get("verb_second") and rec.morphs:
        return _plain_report(tb, rec, obj, k, chi)
    if not tb.settings.get("perfective_future") or not rec.morphs:
        return False
    p = prep(tb, rec, obj.start, k)
    if p is not None:
        return p in tb.markers["agent"]
    if "nom" not in rec.morphs[obj.start].cases:
        return False
    verb = next((j for j in range(obj.end, chi) if finite(rec.morphs[j])), None)
    return verb is not None and ("past" in rec.morphs[verb].feats or "imperf" in rec.morphs[verb].feats)


def _plain_report(tb: Tables, rec: SentenceRecord, obj: Group, k: int, chi: int) -> bool:
    """German: the actor that opens "dass …" with no preposition does what a clause with a plain verb says
    ("warnt, dass Russland Schwachstellen testet"); what will befall it is said with a future, a reported
    or hypothetical subjunctive or a copula ("dass Israel einen hohen Preis zahlen werde", "dass britische
    Soldaten legitime Ziele seien"), and those stay threats."""
    if prep(tb, rec, obj.start, k) is not None or any(g.start < obj.start and g.end > k for g in rec.groups):
        return False
    if any(k <= cm.start < chi for cm in rec.cues.get("hypothetical", ())):
        return False
    m_ = tb.markers
    aux = m_["passive_aux"] | m_["process_passive"] | m_["reported_future"]
    return not any(rec.tokens[j].low in aux for j in range(k, chi))


def reported_v2(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether a verb of warning or threatening is followed by a comma and a reported clause with its verb
    second and no complementizer ("Scholz warnte, Russland könnte die Nato angreifen"): the name after the
    comma opens that clause; German puts the verb's own object before the comma."""
    toks, tm = rec.tokens, f.match
    if not tb.settings.get("verb_second") or f.is_noun or tm.end + 1 >= len(toks) or toks[tm.end].text != ",":
        return False
    if toks[tm.end + 1].low in tb.markers["complementizer"] or infinitive_opener(tb, rec, tm.end, frozenset()):
        return False
    g = next((g for g in rec.groups if g.start > tm.end), None)  # only an article between: not "…, weil Chile"
    return g is not None and g.start <= tm.end + 2 and all(
        t.low in tb.markers["determiners"] for t in toks[tm.end + 1:g.start])


def preceding_report(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """German: a verb of criticising or threatening that opens its clause after a comma, its speaker after it,
    reports the clause before ("Russland sabotiere die Gespräche, kritisierte Paris"; "Polen werde dafür
    bezahlen, drohte Moskau"): the object is that clause's first actor not of the speaker's side (its subject,
    or past the speaker's own state the one it names next: "Russland werde auf jede Provokation Polens
    reagieren, drohte Medwedew")."""
    toks, tm = rec.tokens, f.match
    lo = f.clause[0]
    if not tb.settings.get("verb_second") or f.is_noun or f.subject is None or tm.start != lo \
            or f.subject.start < tm.end:
        return None
    k = lo - 1
    while k > 0 and toks[k].text in QUOTES:
        k -= 1
    if k < 2 or toks[k].text != ",":
        return None
    start, _ = clause_span(rec, k - 1, k - 1)
    while start < k and toks[start].text in QUOTES:
        start += 1
    if start > 0 and toks[start - 1].text not in ":" and toks[start - 1].text not in QUOTES:
        return None  # only a clause that opens the sentence (or a quote) is reported; not "…, weil X …, kritisierte"
    if start < k and toks[start].low in tb.governing | tb.markers["complementizer"]:
        return None  # a subordinate clause before the verb is its adjunct: "Als Russland angriff, kritisierte Polen …"
    gaz = tb.gazetteer
    own = {gaz[a].code for a in f.subject.actors}
    groups = [g for g in rec.groups if start <= g.start and g.end <= k and g.mentions[0].kind != "pronoun"]
    if not groups or prep(tb, rec, groups[0].start, start) is not None and f.relation == "accuses":
        return None
    for g in groups:
        if not {gaz[a].code for a in g.actors} & own:
            f.how.append("preceding-report")
            return g
    return None
