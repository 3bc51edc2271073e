"""Constructions of verb-final languages (German) that put the verb or the agent before its noun.

Three shapes, each switched on by a key of the lexicon's ``[settings]``:

* a participle between its agent and the noun it modifies — "die von Ruanda unterstützte
  Rebellengruppe M23", "aus der von Russland überfallenen Ukraine" (``prenominal_agent``):
  the agent did it to what the participle modifies;
* a passive auxiliary after its participle, at the end of a subordinate clause — "dass die
  Ukraine von Russland angegriffen wurde" (``passive_by_auxiliary``);
* a light verb closing the clause after its trigger noun — "nachdem die M23 eine Offensive
  gestartet hat", "wo X mit Y Gespräche führten" (``object_before_verb``): the clause's first
  actor is the noun's subject, a marked actor before the noun its object.
"""

from __future__ import annotations

from kg.engine.clauses import fused_infinitive_marker
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import antecedent, prep
from kg.engine.tables import Tables
from kg.text import HYPHENS


def prenominal_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group | None] | None:
    """(agent, what the participle modifies) for "die von Ruanda unterstützte Rebellengruppe M23"."""
    if not tb.settings.get("prenominal_agent"):
        return None
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    k = tm.start
    n = k + 1  # adjectives between the participle and its noun: "die vom Iran unterstützte schiitische Miliz"
    while n < hi and rec.morphs and toks[n].text[:1].islower() and (
            rec.morphs[n].only("ADJ") or toks[n].text in HYPHENS and n > k + 1):
        n += 1
    n = _second_participle(tb, rec, n, hi)
    if len(tm.tokens) != 1 or not toks[k].text[:1].islower() or n >= hi or not toks[n].text[:1].isupper():
        return None  # an attributive participle is one lower-case word before a (capitalized) noun
    if tb.settings.get("verb_second") and rec.morphs and not any(
            finite_at(rec, j) or _finite_before_article(tb, rec, j) for j in range(lo, hi) if j != k):
        return None  # the clause's only verb is finite: "In Anwesenheit von Macron unterzeichneten Polen …"
    agent_markers = tb.markers["agent"]
    agent = next((g for g in reversed(rec.groups) if lo <= g.start and g.end <= k and k - g.end <= 2
                  and prep(tb, rec, g.start, lo) in agent_markers), None)
    if agent is None or not all(t.is_word and t.text[:1].islower() for t in toks[agent.end:k]):
        return None  # only adverbs between agent and participle ("von Russland völkerrechtswidrig annektierte")
    gaz = tb.gazetteer
    codes = {gaz[a].code for a in agent.actors}
    obj = next((g for g in rec.groups if n <= g.start <= n + 2 and g.start < hi
                and all(t.is_word and t.text[:1].isupper() for t in toks[n:g.start])
                and not all(gaz[a].code in codes for a in g.actors)), None)
    return agent, obj


def _second_participle(tb: Tables, rec: SentenceRecord, n: int, hi: int) -> int:
    """Where a second participle phrase is coordinated before the noun ("die von Katar unterstützte und schwer
    bewaffnete Gruppe", "… und in Syrien verankerte Miliz"), the noun after it; else ``n``."""
    toks = rec.tokens
    if n >= hi or toks[n].low not in tb.markers["coordination"]:
        return n
    endings = tuple(tb.markers["attributive_endings"])
    for j in range(n + 1, min(hi - 1, n + 7)):
        if not toks[j].is_word:
            return n
        if toks[j].text[:1].islower() and toks[j].low.endswith(endings) and rec.morphs \
                and rec.morphs[j].is_("ADJ", "VERB") and toks[j + 1].text[:1].isupper():
            return j + 1
    return n


def _finite_before_article(tb: Tables, rec: SentenceRecord, j: int) -> bool:
    """A finite form that may also be an adjective ("verurteilte", "erlaubt") is the verb where no adjective
    can stand: an adjective before a noun is inflected and precedes its noun, so a form before an article
    ("Jordanien verurteilte die von Teheran unterstützte Miliz"), at the end of the sentence ("Das von Polen
    unterstützte Litauen protestierte.") or without an attributive ending ("Das von Chile geschlossene Abkommen
    erlaubt …") is the clause's verb."""
    m = rec.morphs[j]
    if not (m.is_("VERB") and "fin" in m.feats):
        return False
    toks = rec.tokens
    if j + 1 >= len(toks) or toks[j + 1].low in tb.markers["determiners"] or not toks[j + 1].is_word \
            and toks[j + 1].text in ".!?;":
        return True
    if j > 0 and toks[j - 1].is_word and toks[j - 1].text[:1].isupper() and any(g.start == j + 1 for g in rec.groups):
        return True  # between a noun and a name: "Die von Ruanda unterstützte M23 eroberte Goma"
    return m.is_("ADJ") and not toks[j].low.endswith(tuple(tb.markers["attributive_endings"]))


def aux_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """"…, dass die Ukraine von Russland angegriffen wurde": a passive auxiliary right after the
    participle, with an agent before it in the clause."""
    if not tb.settings.get("passive_by_auxiliary"):
        return False
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    if tm.end >= hi or toks[tm.end].low not in tb.markers["passive_aux"]:
        return False
    agent = tb.markers["agent"]
    return any(lo <= g.start and g.end <= tm.start and prep(tb, rec, g.start, lo) in agent for g in rec.groups)


def final_light_verb(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group | None, Group | None]:
    """Subject and object of a trigger noun whose light verb ends the clause (verb-final order)."""
    if not tb.settings.get("object_before_verb"):
        return None, None
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    lv = next((lv for lv in rec.cues.get("light_verbs", ()) if tm.end <= lv.start < hi), None)
    if lv is None:
        return None, None
    fronted = _fronted_noun(tb, rec, f, lv)
    if fronted is not None:
        return fronted
    end = next((k for k in range(lv.end, hi) if not toks[k].is_word), hi)
    if not all(rec.morphs and rec.morphs[k].is_("VERB", "AUX") for k in range(lv.end, end)):
        return None, None  # the light verb closes its clause, auxiliaries aside ("gestartet hat, …")
    marked = tb.object_markers[f.index] - {""}
    if rec.morphs and "ppas" in rec.morphs[lv.start].feats and any(
            toks[k].low in tb.markers["passive_aux"] for k in range(lo, tm.start)):
        # "Von der EU wurden neue Sanktionen gegen Russland verhängt", "Gegen Russland wurden von der EU …":
        # a passive light verb's agent is the subject, a marked phrase anywhere in the clause the object
        agent = next((g for g in rec.groups if lo <= g.start < hi
                      and prep(tb, rec, g.start, lo) in tb.markers["agent"]), None)
        if agent is not None:
            return agent, next((g for g in rec.groups if lo <= g.start < hi and g is not agent
                                and prep(tb, rec, g.start, lo) in marked), None)
    subj = next((g for g in rec.groups if lo <= g.start and g.end <= tm.start
                 and prep(tb, rec, g.start, lo) is None and g.mentions[0].kind != "adjectives"), None)
    if subj is None and lo > 1 and lo - 1 in rec.breaks and toks[lo - 1].low in tb.markers["relative_subject"] \
            and toks[lo - 2].text == ",":
        subj = antecedent(tb, rec, lo)  # "die EU, die zehn Sanktionspakete gegen Russland beschlossen hat"
    if subj is None and lo > 1 and toks[lo - 1].text == "," and (
            toks[lv.start - 1].low in tb.markers["infinitive_marker"] or fused_infinitive_marker(tb, rec, lv.start)):
        # "Die EU beschloss, neue Sanktionen gegen Russland zu verhängen": the clause before says who does it
        # (an accused or one called upon does it only as charged or demanded: left to those rules)
        ctrl, tag = infinitive_controller(tb, rec, lo)
        subj = ctrl if tag == "infinitive" else None
    if subj is None:
        return None, None
    gaz = tb.gazetteer
    codes = {gaz[a].code for a in subj.actors}
    if f.relation == "attacks" and not any(tm.end <= g.start < hi and prep(tb, rec, g.start, tm.end) in marked
                                           for g in rec.groups):
        # "hat in der Ukraine einen Angriffskrieg begonnen": where it is fought, when no target follows
        marked = marked | tb.markers["within"]
    obj = next((g for g in rec.groups if subj.end <= g.start and g.end <= tm.start
                and prep(tb, rec, g.start, subj.end) in marked and not other_noun_before(rec, f, subj.end, g)
                and not all(gaz[a].code in codes for a in g.actors)), None)
    return subj, obj


def other_noun_before(rec: SentenceRecord, f: FrameResult, lo: int, g: Group) -> bool:
    """Whether another trigger noun stands between ``lo`` and the marked phrase ``g``, whose object it is then
    ("haben wegen des Krieges Russlands gegen die Ukraine Sanktionen verhängt": the war is against Ukraine)."""
    return any(lo <= m.start < g.start and m.start not in f.match.tokens and "noun" in frozenset().union(*m.features)
               for m in rec.triggers)


def head_prep(tb: Tables, rec: SentenceRecord, g: Group, floor: int) -> str | None:
    """The preposition governing a group, or — for a genitive ("unter Vermittlung der USA",
    "gegen die Führung Russlands") — the one governing the phrase it is the genitive of."""
    toks = rec.tokens
    if g.end < len(toks) and toks[g.end].is_word and toks[g.end].text[:1].isupper() and not any(
            h.start == g.end for h in rec.groups):
        return prep(tb, rec, g.start, floor)  # "Israels Angriffe": a name before its noun owns it
    phrases = rec.phrases
    at = first = next((i for i, np in enumerate(phrases) if np.start <= g.start < np.end), None)
    for _ in range(3):
        if at is None or phrases[at].attach is None or phrases[at].rel not in ("gen", "of"):
            break
        at = phrases[at].attach
    if at is None or at == first:
        return prep(tb, rec, g.start, floor)
    np = phrases[at]
    if np.prep is not None and any(cm.start <= np.prep < cm.end for cm in rec.cues.get("led_by", ())):
        return None  # "Truppen unter Führung Russlands": the leader acts through the troops
    return rec.tokens[np.prep].low if np.prep is not None and np.prep >= floor else None


def fronted_modality(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[str, str] | None:
    """"Die Entsendung deutscher Soldaten schloss Merz aus", "Die Lieferung … lehnt die Regierung ab":
    a trigger noun fronted as the object of its clause's verb takes that verb's negation, denial,
    demand or hypothetical (verb-second: the verb and its subject come after the noun)."""
    if not (f.is_noun and tb.settings.get("verb_second") and rec.morphs):
        return None
    tm = f.match
    lo, hi = f.clause
    dets = tb.markers["determiners"]
    if any(finite_at(rec, k) or rec.morphs[k].is_("VERB") and rec.morphs[k].feats & {"fin", "past"}
           and rec.tokens[k + 1].low in dets for k in range(lo, tm.start)):
        return None  # the noun is not before the clause's verb (a past form before an article is one: "verurteilte")
    j = tm.start - 1
    while j >= lo and rec.morphs[j].only("DET", "ADJ", "PRON"):
        j -= 1
    if j >= lo and rec.tokens[j].low in tb.governing:
        return None  # a fronted adverbial ("Mit ihrem größten Manöver übten …"), not the verb's object
    if any(m.start == tm.end for m in rec.mentions):
        return None  # "Russland und sein Verbündeter Belarus drohten Polen": a noun before a name describes it
    k = next((k for k in range(tm.end, hi) if finite_at(rec, k)), None)
    if k is None or not any(k < g.start <= k + 3 and prep(tb, rec, g.start, k + 1) is None for g in rec.groups):
        return None  # no subject after the verb: the noun is the subject ("Die Angriffe könnten zunehmen")
    tok = rec.tokens[k]
    if tok.low in tb.markers["negation"]:
        return "negated", tok.text
    for concept, mod in (("denial", "denied"), ("demand", "demanded"), ("hypothetical", "hypothetical")):
        if any(cm.start == k for cm in rec.cues.get(concept, ())):
            return mod, tok.text
    return None


def fronted_demand(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """"O zawarcie rozejmu Peru i Chile prosił Lula": a trigger noun fronted in a control
    phrase ("o") that opens its clause is what the clause's first verb after it asks for, when that verb
    is a demand (the caller knows the trigger reads as a noun); the words of that verb, else None."""
    if not rec.morphs:
        return None
    tm = f.match
    lo, hi = f.clause
    j = tm.start - 1
    while j >= lo and rec.morphs[j].only("DET", "ADJ") and rec.tokens[j].is_word:
        j -= 1
    if j < lo or rec.tokens[j].low not in tb.markers["control"] or any(t.is_word for t in rec.tokens[lo:j]):
        return None
    k = next((k for k in range(tm.end, hi) if finite_at(rec, k)), None)
    cm = next((cm for cm in rec.cues.get("demand", ()) if k is not None and cm.start == k), None)
    return rec.tokens[k].text if cm is not None else None


def finite_at(rec: SentenceRecord, k: int) -> bool:
    """A finite or past verb form at token ``k`` (not one that may also be a noun or an adjective)."""
    m = rec.morphs[k]
    return m.is_("VERB", "AUX") and not m.is_("NOUN", "ADJ") and bool(m.feats & {"fin", "past"})


def agentive_genitive(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """"die Unterstützung des iranischen Regimes für den Angriffskrieg", "das Sanktionspaket der EU gegen
    Russland": the genitive of a noun whose genitive is otherwise its object (or says nothing alone) is its agent
    when the noun's marked object follows it."""
    if not tb.settings.get("agentive_genitive") or f.trigger.genitive not in ("object", "none"):
        return None
    tm = f.match
    hi = f.clause[1]
    g = next((g for g in rec.groups if tm.end <= g.start <= tm.end + 2 and g.start < hi), None)
    if g is None or g.mentions[0].kind == "adjectives" or prep(tb, rec, g.start, tm.end) is not None:
        return None
    if not all(t.low in tb.markers["determiners"] for t in rec.tokens[tm.end:g.start]):
        return None
    marked = tb.object_markers[f.index] - {""}
    later = next((h for h in rec.groups if h.start >= g.end and h.start < hi), None)
    if later is None or prep(tb, rec, later.start, g.end) not in marked:
        return None
    return g


def verb_late(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the trigger verb stands late in its clause — after a finite auxiliary or modal ("hat …
    ausgewiesen", "hatte Lawrow … gedankt") or at the end of a subordinate clause ("dass …
    ausweist") — so that its objects come before it; a verb in second place has them after it."""
    lo = f.clause[0]
    if lo > 0 and rec.tokens[lo - 1].is_word:
        return True  # a subordinate clause: "dass", "weil", "nachdem", "wo" …
    if zu_infinitive(tb, rec, f):
        return True  # "…, die Ukraine weiter zu unterstützen": the objects stand before
    named = {k for m in rec.mentions for k in range(m.start, m.end)}  # not "bin" in "Mohammed bin Salman"
    start = lo
    for k in range(lo, f.match.start):  # "griff die Ukraine an und drohte Polen": a verb after "und" starts again
        if rec.morphs and rec.morphs[k].only("CCONJ") and (k + 1 == f.match.start or finite_at(rec, k + 1)):
            start = k + 1  # not "hatte … geschlossen und Moskau … vorgeworfen": one auxiliary for both
    return bool(rec.morphs) and any(finite_at(rec, k) for k in range(start, f.match.start) if k not in named)


def fronted_object(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Verb-second: a prepositional object may stand first, before the finite verb, with the subject
    after it ("In Armenien sind russische Soldaten stationiert", "Gegen Russland verhängte die EU
    Sanktionen"): the group that opening preposition governs, when the trigger marks it. A noun trigger
    takes it through its light verb ("Gegen Iran verhängten die USA Strafmaßnahmen"), whose form in second
    place is a verb even where it could be an adjective."""
    if not (tb.settings.get("verb_second") and rec.morphs) or f.subject is None or (
            f.is_noun and f.how[-1:] not in (["light-verb"], ["attached"])):
        return None  # (an attached agent after the verb: "Gegen Niger verhängte die Ecowas Sanktionen")
    toks = rec.tokens
    lo, hi = f.clause
    if lo > 0 and toks[lo - 1].is_word or toks[lo].low not in tb.object_markers[f.index]:
        return None  # a subordinate clause, or no preposition the trigger takes opens the clause
    named = {k for m in rec.mentions for k in range(m.start, m.end)}
    verb = next((k for k in range(lo + 1, f.match.start) if k not in named and finite_at(rec, k)), None)
    g = next((g for g in rec.groups if lo < g.start), None)
    if verb is None and f.is_noun and g is not None and g.end < f.match.start and rec.morphs[g.end].is_("VERB") \
            and rec.morphs[g.end].feats & {"fin", "past"}:
        verb = g.end
    verb = f.match.start if verb is None else verb
    if f.subject.start < verb:
        return None
    codes = {tb.gazetteer[a].code for a in f.subject.actors}
    if g is None or g.end > verb or prep(tb, rec, g.start, lo) != toks[lo].low or all(
            tb.gazetteer[a].code in codes for a in g.actors):
        return None
    return g


#: Relations whose verb reacts to an act: a fronted act noun is their object ("Den Angriff verurteilte Berlin").
_REACTING = ("accuses", "praises")


def fronted_event(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group] | None:
    """Verb-second: an act noun standing first as the object of a verb that reacts to it, with the subject
    right after the verb ("Russlands Angriff kritisierte auch Polen", "Die Besetzung der Krim durch
    Russland verurteilte Kiew"): the subject after the verb, and the act's agent as the object."""
    if not (tb.settings.get("verb_second") and rec.morphs) or f.is_noun or f.relation not in _REACTING:
        return None
    toks = rec.tokens
    lo, hi = f.clause
    k = f.match.start
    if lo > 0 and toks[lo - 1].is_word or toks[lo].low in tb.governing or any(finite_at(rec, j) for j in range(lo, k)):
        return None  # a subordinate clause, a fronted adverbial, or not the clause's verb in second place
    act = next((g.subject for g in rec.frames if g is not f and g.is_noun and g.subject is not None
                and lo <= g.match.start and g.match.end <= k), None)
    if act is None and any(toks[j].low in tb.markers["event"] for j in range(lo, k)):
        # "Den Raketentest Nordkoreas" (not the target a preposition marks: "Den Angriff auf Peru")
        act = next((g for g in rec.groups if lo <= g.start and g.end <= k and prep(tb, rec, g.start, lo) is None), None)
    if act is None:
        return None
    after = [g for g in rec.groups if k < g.start < hi and prep(tb, rec, g.start, k + 1) is None
             and g.mentions[0].kind != "adjectives"]
    if len(after) != 1 or after[0].start > f.match.end + 2:
        return None  # no subject right after the verb, or an object of its own after it
    return after[0], act


def zu_infinitive(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A verb trigger in the infinitive with the infinitive marker ("zu unterstützen", "anzugreifen"): it
    has no subject of its own."""
    marker = tb.markers["infinitive_marker"]
    if not rec.morphs or f.is_noun or not marker:
        return False
    toks = rec.tokens
    k = f.match.start
    m = rec.morphs[k]
    if k > 0 and toks[k - 1].low in marker and "inf" in m.feats:
        return True  # "zu unterstützen"
    if k + 2 < len(toks) and toks[k + 1].low in marker and "ppas" in m.feats and rec.morphs[k + 2].is_("AUX"):
        return True  # "angegriffen zu haben"
    last = f.match.tokens[-1]
    if len(f.match.tokens) > 1 and last > 0 and (toks[last - 1].low in marker and "inf" in rec.morphs[last].feats
                                                 or fused_infinitive_marker(tb, rec, last)):
        return True  # a phrase that ends in its infinitive: "zur Verfügung zu stellen", "in Schutz zu nehmen"
    return len(f.match.tokens) == 1 and fused_infinitive_marker(tb, rec, k)


#: Tokens that end the stretch of a "zu" infinitive clause: a dash opens another clause ("… - während …").
_CLAUSE_ENDS = frozenset(",.;:!?-–—")


def governing_accusation(tb: Tables, rec: SentenceRecord, f: FrameResult) -> FrameResult | None:
    """The accusation whose charge is the "zu" infinitive clause holding ``f`` ("warf dem Westen vor, einen
    Krieg gegen Belarus zu führen", "beschuldigte die Separatisten, Waffen an Taiwan zu liefern"): the
    accused does what the charge says, so the accuser never does, and an accused that names no actor leaves
    the act with no actor subject."""
    if not tb.settings.get("verb_second") or not rec.morphs:
        return None
    toks = rec.tokens
    k = f.match.start
    comma = next((j for j in range(k - 1, -1, -1) if toks[j].text == ","), None)
    if comma is None or any(toks[j].text in _CLAUSE_ENDS for j in range(comma + 1, k)):
        return None
    if f.is_noun:
        end = next((j for j in range(k, len(toks)) if toks[j].text in _CLAUSE_ENDS), len(toks))
        marker = tb.markers["infinitive_marker"]
        if not any(toks[j].low in marker and j + 1 < end and "inf" in rec.morphs[j + 1].feats
                   or fused_infinitive_marker(tb, rec, j) for j in range(f.match.end, end)):
            return None  # the charge is a "zu" infinitive after the noun ("…, einen Krieg zu führen"); a tagger
            # may misread a word before it as finite, so the infinitive alone tells
    elif not zu_infinitive(tb, rec, f):
        return None
    return next((g for g in rec.frames if g is not f and g.relation == "accuses" and not g.is_noun
                 and g.voice != "passive" and g.match.end <= comma
                 and not any(toks[j].text == "," for j in range(g.match.end, comma))), None)


def infinitive_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group | None, str]:
    """The subject of a "zu" infinitive clause after a comma: the object of an accusation or a demand
    that governs it ("wirft Moskau vor, Polen angegriffen zu haben", "forderte Russland auf, …"), else
    the subject of the clause before ("Merz kündigte an, die Ukraine weiter zu unterstützen")."""
    lo = f.clause[0]
    if lo < 2 or rec.tokens[lo - 1].text != "," or not zu_infinitive(tb, rec, f):
        return None, ""
    return infinitive_controller(tb, rec, lo)


def infinitive_controller(tb: Tables, rec: SentenceRecord, lo: int) -> tuple[Group | None, str]:
    """Who does what the "zu" infinitive clause opening at ``lo`` (after a comma) says: the object of an
    accusation or a demand in the clause before, else that clause's subject (``infinitive_subject``)."""
    plo = lo - 1
    while plo > 0 and plo - 1 not in rec.breaks:
        plo -= 1
    for g in rec.frames:
        if g.relation == "accuses" and g.object is not None and plo <= g.match.start < lo:
            return g.object, "alleged"
    demand = next((cm for cm in rec.cues.get("demand", ()) if plo <= cm.start < lo), None)
    if demand is not None:
        obj = next((g for g in rec.groups if demand.end <= g.start < lo and prep(tb, rec, g.start, plo) is None), None)
        if obj is not None:
            return obj, "controlled"
    subj = next((g for g in rec.groups if plo <= g.start and g.end < lo and g.mentions[0].kind != "adjectives"
                 and prep(tb, rec, g.start, plo) is None), None)
    return subj, "infinitive" if subj is not None else ""


def prefield(tb: Tables, rec: SentenceRecord, f: FrameResult, first: Group) -> Group:
    """Verb-second: everything before the finite verb is one constituent, so the bare actors joined by
    "und" there are all the subject ("Katars Premier und Außenminister Al Thani und CIA-Chef Burns
    trafen … ein"), even where a title between them kept them apart as groups."""
    lo = f.clause[0]
    k = f.match.start
    if verb_late(tb, rec, f) or lo > 0 and rec.tokens[lo - 1].is_word:
        return first
    coordination = tb.markers["coordination"]
    mentions = list(first.mentions)
    end = first.end
    for g in rec.groups:
        if g.start < end or g.end > k:
            continue
        between = rec.tokens[end:g.start]
        if prep(tb, rec, g.start, lo) is not None or any(t.text == "," for t in between) or not any(
                t.low in coordination for t in between):
            break
        mentions += g.mentions
        end = g.end
    return first if len(mentions) == len(first.mentions) else Group(mentions)


def light_verb_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """"po rozpoczęciu przez Rosję inwazji na Ukrainę": a verbal noun of a light verb takes the agent
    phrase ('przez X') before its own object, the trigger noun, so that agent is the act's subject. Only
    an agent phrase right between the two counts: the noun then names nothing else (not "przez aklamację")."""
    if not tb.cases:
        return None
    tm = f.match
    lo = f.clause[0]
    lv = max((lv for lv in rec.cues.get("light_verbs", ()) if lo <= lv.start and lv.end < tm.start
              and tm.start - lv.end <= 4), key=lambda lv: lv.start, default=None)  # the nearest: "nawiązując
    # do wprowadzenia przez Pekin ograniczeń" (the gerund's, not the participle's before it)
    if lv is None or rec.tokens[lv.end].low not in tb.markers["agent"] or not rec.morphs \
            or "ger" not in rec.morphs[lv.start].feats:
        return None
    return next((g for g in rec.groups if g.start == lv.end + 1 and g.end == tm.start
                 and g.mentions[0].kind != "adjectives"), None)


def act_before_verb(tb: Tables, rec: SentenceRecord, f: FrameResult, judged: tuple[str, ...]) -> FrameResult | None:
    """The hostile act a verb of judging that closes its clause judges: "China hat die von den USA angekündigte
    Waffenlieferung an Taiwan kritisiert", "… die Bewilligung von Waffenlieferungen durch die USA verurteilt".
    The act noun heads the verb's object (no preposition before it) or hangs on that object by a genitive or
    'von'; an act inside another prepositional phrase ("nach dem Angriff der Hamas") is only the occasion."""
    if not tb.settings.get("verb_second") or f.subject is None:
        return None
    lo = max(f.clause[0], f.subject.end)
    toks = rec.tokens
    for g in rec.frames:
        if g.failure is not None or not g.is_noun or g.relation not in judged or g.subject is None \
                or g.subject is f.subject or not lo <= g.match.start < f.match.start:
            continue
        np = next((p for p in rec.phrases if p.start <= g.match.start < p.end), None)
        while np is not None and np.prep is not None and np.rel == "of" and np.attach is not None \
                and toks[np.prep].low == "von":
            np = rec.phrases[np.attach]
        if np is not None and np.prep is None and np.start >= lo:
            return g
    return None


def _fronted_noun(tb: Tables, rec: SentenceRecord, f: FrameResult, lv) -> tuple[Group, Group | None] | None:
    """A trigger noun that opens a main clause, its light verb second and the subject after it: "Schwere Vorwürfe
    gegen Peking erhob am Dienstag die australische Regierung", "Neue Sanktionen gegen Russland verhängte die EU".
    Only the noun's own marked phrase may stand between the noun and the finite verb."""
    if not tb.settings.get("verb_second") or not rec.morphs:
        return None
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    if not all(rec.morphs[k].is_("ADJ", "DET", "ADV") and toks[k].is_word for k in range(lo, tm.start)):
        return None
    if not finite_at(rec, lv.start) and not rec.morphs[lv.start].is_("VERB"):
        return None
    marked = tb.object_markers[f.index] - {""}
    obj = next((g for g in rec.groups if tm.end <= g.start and g.end <= lv.start
                and prep(tb, rec, g.start, tm.end) in marked), None)
    inside = set(range(tm.end, lv.start))
    if obj is None or not all(k in range(obj.end) for k in inside) or toks[tm.end].low not in marked:
        return None  # "Vorwürfe gegen Peking erhob": nothing but the noun's own phrase before the verb
    subj = next((g for g in rec.groups if lv.end <= g.start < hi and prep(tb, rec, g.start, lv.end) is None
                 and g.mentions[0].kind != "adjectives" and not set(g.actors) & set(obj.actors)), None)
    return (subj, obj) if subj is not None else None
