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

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def prenominal_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group | None] | None:
    """(agent, what the participle modifies) for "die von Ruanda unterstützte Rebellengruppe M23"."""
    if not tb.settings.get("prenominal_agent"):
        return None
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    k = tm.start
    if len(tm.tokens) != 1 or not toks[k].text[:1].islower() or k + 1 >= hi or not toks[k + 1].text[:1].isupper():
        return None  # an attributive participle is one lower-case word before a (capitalized) noun
    agent_markers = tb.markers["agent"]
    agent = next((g for g in reversed(rec.groups) if lo <= g.start and g.end <= k and k - g.end <= 2
                  and prep(tb, rec, g.start, lo) in agent_markers), None)
    if agent is None or not all(t.is_word and t.text[:1].islower() for t in toks[agent.end:k]):
        return None  # only adverbs between agent and participle ("von Russland völkerrechtswidrig annektierte")
    gaz = tb.gazetteer
    codes = {gaz[a].code for a in agent.actors}
    obj = next((g for g in rec.groups if k < g.start <= k + 3 and g.start < hi
                and all(t.is_word and t.text[:1].isupper() for t in toks[k + 1:g.start])
                and not all(gaz[a].code in codes for a in g.actors)), None)
    return agent, obj


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
    end = next((k for k in range(lv.end, hi) if not toks[k].is_word), hi)
    if not all(rec.morphs and rec.morphs[k].is_("VERB", "AUX") for k in range(lv.end, end)):
        return None, None  # the light verb closes its clause, auxiliaries aside ("gestartet hat, …")
    subj = next((g for g in rec.groups if lo <= g.start and g.end <= tm.start
                 and prep(tb, rec, g.start, lo) is None and g.mentions[0].kind != "adjectives"), None)
    if subj is None:
        return None, None
    gaz = tb.gazetteer
    codes = {gaz[a].code for a in subj.actors}
    marked = tb.object_markers[f.index] - {""}
    obj = next((g for g in rec.groups if subj.end <= g.start and g.end <= tm.start
                and prep(tb, rec, g.start, subj.end) in marked
                and not all(gaz[a].code in codes for a in g.actors)), None)
    return subj, obj


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
    return rec.tokens[np.prep].low if np.prep is not None and np.prep >= floor else None


def fronted_modality(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[str, str] | None:
    """"Die Entsendung deutscher Soldaten schloss Merz aus", "Die Lieferung … lehnt die Regierung ab":
    a trigger noun fronted as the object of its clause's verb takes that verb's negation, denial,
    demand or hypothetical (verb-second: the verb and its subject come after the noun)."""
    if not (f.is_noun and tb.settings.get("verb_second") and rec.morphs):
        return None
    tm = f.match
    lo, hi = f.clause
    if any(_finite(rec, k) for k in range(lo, tm.start)):
        return None  # the noun is not before the clause's verb
    k = next((k for k in range(tm.end, hi) if _finite(rec, k)), None)
    if k is None or not any(k < g.start <= k + 3 and prep(tb, rec, g.start, k + 1) is None for g in rec.groups):
        return None  # no subject after the verb: the noun is the subject ("Die Angriffe könnten zunehmen")
    tok = rec.tokens[k]
    if tok.low in tb.markers["negation"]:
        return "negated", tok.text
    for concept, mod in (("denial", "denied"), ("demand", "demanded"), ("hypothetical", "hypothetical")):
        if any(cm.start == k for cm in rec.cues.get(concept, ())):
            return mod, tok.text
    return None


def _finite(rec: SentenceRecord, k: int) -> bool:
    m = rec.morphs[k]
    return m.is_("VERB", "AUX") and not m.is_("NOUN", "ADJ") and bool(m.feats & {"fin", "past"})


def agentive_genitive(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """"die Unterstützung des iranischen Regimes für den Angriffskrieg": the genitive of a noun whose
    genitive is otherwise its object is its agent when the noun's marked object follows it."""
    if not tb.settings.get("agentive_genitive") or f.trigger.genitive != "object":
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


def verb_late(rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the trigger verb stands late in its clause — after a finite auxiliary or modal ("hat …
    ausgewiesen", "hatte Lawrow … gedankt") or at the end of a subordinate clause ("dass …
    ausweist") — so that its objects come before it; a verb in second place has them after it."""
    lo = f.clause[0]
    if lo > 0 and rec.tokens[lo - 1].is_word:
        return True  # a subordinate clause: "dass", "weil", "nachdem", "wo" …
    named = {k for m in rec.mentions for k in range(m.start, m.end)}  # not "bin" in "Mohammed bin Salman"
    return bool(rec.morphs) and any(_finite(rec, k) for k in range(lo, f.match.start) if k not in named)


def prefield(tb: Tables, rec: SentenceRecord, f: FrameResult, first: Group) -> Group:
    """Verb-second: everything before the finite verb is one constituent, so the bare actors joined by
    "und" there are all the subject ("Katars Premier und Außenminister Al Thani und CIA-Chef Burns
    trafen … ein"), even where a title between them kept them apart as groups."""
    lo = f.clause[0]
    k = f.match.start
    if verb_late(rec, f) or lo > 0 and rec.tokens[lo - 1].is_word:
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
