"""Control: the frame whose object is a trigger's subject ("accused Kenya of funnelling weapons",
"ukarał Iran za dostawy dronów", "thanked Japan for its support"), and the words of an accuser that
names no actor. Split from ``roles`` (one job: who controls an embedded act)."""

from __future__ import annotations

from kg.engine.dates import date_tokens
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import left_subject
from kg.engine.tables import Tables
from kg.phrases import Match

#: Relations whose object does what their "of"/"for" complement says ("accused X of", "thanked X for").
_CONTROLLERS = ("accuses", "praises", "sanctions", "threatens", "supports")


#: What one thanks someone for that the one thanked gives the thanker ("thanked Japan for its support"), or held with
#: the thanker ("podziękował za rozmowy": the one thanked met him).
THANKED_FOR = ("supports", "providesAidTo", "suppliesWeaponsTo", "meetsWith")


def threatened_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A threat noun with its author and no target, as the object of a verb ("Polen wies die Drohungen Russlands
    zurück", "Indien fürchtet die Sanktionsdrohungen der USA", "Litauen reagierte auf die Drohungen aus Minsk"):
    the one who rejects, fears or answers the threats is the one threatened, the verb's subject."""
    toks = rec.tokens
    lo = f.clause[0]
    k = f.match.start
    if f.subject is None or not rec.morphs or f.subject.start < k and not (
            f.subject.mentions[-1].kind == "adjectives" and "attached" in f.how):
        return None  # the author stands after the noun (its genitive or "aus" phrase) or is its adjective
    verb = next((j for j in range(k - 1, lo - 1, -1) if rec.morphs[j].is_("VERB", "AUX")
                 and rec.morphs[j].feats & {"fin", "past"} and toks[j].text[:1].islower()), None)
    if verb is None:
        return None  # the noun is the clause's subject or stands before its verb: nothing threatened named
    g = left_subject(tb, rec, lo, verb, nominative=True) or next(
        (g for g in rec.groups if verb < g.start < k and not prep_before(tb, rec, g, verb)), None)
    if g is None or set(g.actors) & set(f.subject.actors) or g.resolved and not g.actors:
        return None
    return g


def prep_before(tb: Tables, rec: SentenceRecord, g: Group, floor: int) -> bool:
    """Whether a preposition governs the group (from ``floor`` on)."""
    k = g.start - 1
    while k >= floor and rec.morphs[k].only("DET", "ADJ"):
        k -= 1
    return k >= floor and rec.tokens[k].low in tb.markers["prepositions"]


def control_at(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """The control preposition right before a trigger ("of", "for", "für"), its determiners aside."""
    k = f.match.start - 1
    # modifiers between: in a language with no cases to place them, adjectives and nouns; with cases, only an
    # adjective that names no actor ("za konsekwentne wspieranie", not "o rosyjskie ataki")
    adjectives = 0
    named = {j for m in rec.mentions for j in range(m.start, m.end)}
    while k >= 0 and not tb.cases and rec.morphs[k].only("ADV") and rec.tokens[k].text[:1].islower():
        k -= 1  # "for allegedly supplying arms", "of repeatedly violating"
    while k >= 0 and (rec.morphs[k].only("DET") or "poss" in rec.morphs[k].feats or adjectives < 2 and (
            rec.morphs[k].is_("ADJ", "NOUN") or "ppas" in rec.morphs[k].feats) and rec.tokens[k].text[:1].islower()
            and not rec.morphs[k].is_("ADP") and rec.tokens[k].is_word
            and (not tb.cases or rec.morphs[k].only("ADJ") and k not in named)):
        adjectives += not (rec.morphs[k].only("DET") or "poss" in rec.morphs[k].feats)
        k -= 1  # "of its support", "over their alleged support"
    if k >= 1 and rec.tokens[k].low in tb.markers["coordination"] and rec.morphs[f.match.start].is_("VERB") \
            and "ger" in rec.morphs[f.match.start].feats:
        # "of supplying arms and deploying troops": a gerund coordinated with a controlled one shares its control
        first = next((g for g in reversed(rec.frames) if g.match.end <= k and f.clause[0] <= g.match.start
                      and "ger" in rec.morphs[g.match.start].feats and g.match.start != f.match.start), None)
        if first is not None and not any(rec.morphs[j].is_("VERB", "AUX") and rec.morphs[j].feats & {"fin", "past"}
                                         and not rec.morphs[j].is_("NOUN", "ADJ") for j in range(first.match.end, k)):
            return control_at(tb, rec, first)
    if k < 1 or rec.tokens[k].low not in tb.markers["control"]:
        return None
    return k


def _by_gerund(tb: Tables, rec: SentenceRecord, f: FrameResult) -> FrameResult | None:
    """A gerund after "by" in the charge of an accusation before it ("accused the West of escalating
    the war by supplying missiles"): the accused does it, not the accuser."""
    tm = f.match
    if tm.start < 1 or not rec.morphs or "ger" not in rec.morphs[tm.start].feats \
            or rec.tokens[tm.start - 1].low not in tb.markers["agent"]:
        return None
    g = next((g for g in rec.frames if g is not f and g.relation == "accuses" and g.voice != "passive"
              and f.clause[0] <= g.match.start and g.match.end < tm.start and not g.is_noun
              and any(rec.tokens[j].low in tb.markers["control"] for j in range(g.match.end, tm.start))), None)
    if g is not None and g.object is None and any(g.match.end <= m.start < g.match.end + 3 for m in rec.mentions):
        return None  # an accused actor the accusation did not take: leave the gerund to its own rules
    return g


def controller(tb: Tables, rec: SentenceRecord, f: FrameResult) -> FrameResult | None:
    """The frame whose object is this trigger's subject: a trigger right after a control preposition
    ("of", "for", "o", "za") that follows that frame's object ("accused Kenya of funnelling weapons",
    "ukarał Iran za dostawy dronów", "thanked Japan for its support"); in a verb-final clause the
    frame may come after it ("hatte Nordkorea für die Unterstützung gedankt")."""
    toks = rec.tokens
    k = control_at(tb, rec, f)
    if k is None:
        return _by_gerund(tb, rec, f)
    for g in rec.frames:  # "the UAE has been accused of arming the RSF": the passive's subject, alleged by no one named
        if g is not f and g.relation == "accuses" and g.voice == "passive" and g.object is not None \
                and g.match.end == k and g.match.start < f.match.start:
            return g
    for g in rec.frames:
        if g is f or g.relation not in _CONTROLLERS:
            continue
        if g.subject is None and (g.relation != "accuses" or accuser_text(rec, g) is None):
            continue  # "Western officials accused Tehran of …": an accuser that names no actor still alleges
        if "owners-named" in g.how:
            continue  # "Sanktionen gegen Russlands Verbündeten Belarus wegen des Krieges": whose war is not said
        if g.match.start >= f.match.start and not (
                tb.settings.get("object_before_verb") and g.object is not None and g.object.end <= k
                and g.match.start <= f.clause[1]):
            continue
        if g.object is not None and g.object.end <= k and (all(
                not t.is_word or rec.morphs[j].is_("ADV") for j, t in enumerate(toks[g.object.end:k], g.object.end))
                or _rest_of_phrase(tb, rec, g.object.end, k) or _dated_between(tb, rec, g.object.end, k)):
            return g
        # "accused Mkrtychev of negotiating": the object is no actor, so the gerund has no actor subject
        np = next((p for p in rec.phrases if p.end <= k and p.start >= g.match.end and p.prep is None), None)
        if g.object is None and g.match.end <= k and np is not None and np.end >= k - 1 and not any(
                cm.start <= np.head < cm.end for cm in rec.cues.get("decision", ())):
            return g  # (not "ogłosił decyzję o zamknięciu …": the decision is the subject's own, see `decision`)
    return None


def _dated_between(tb: Tables, rec: SentenceRecord, a: int, b: int) -> bool:
    """Whether tokens a..b are a date expression ("sanctions on Iran on Monday over its deliveries"): a time
    adverbial between the object and the control word keeps the object its controller."""
    if a >= b:
        return False
    dated = date_tokens(tb, rec)  # scanned only when something stands between
    return all(j in dated or not rec.tokens[j].is_word for j in range(a, b))


def _rest_of_phrase(tb: Tables, rec: SentenceRecord, a: int, b: int) -> bool:
    """Whether tokens a..b only finish the object's noun phrase ("Rwanda's military and senior officials
    over …"): a few nouns, adjectives, determiners and "and", no verb, preposition, comma or other actor."""
    if b - a > 6 or any(a <= m.start < b for m in rec.mentions):
        return False
    toks = rec.tokens
    coordination = tb.markers["coordination"]
    return all(t.low in tb.markers["possessive_clitic"] or t.is_word and (t.low in coordination or rec.morphs[j].is_(
        "NOUN", "ADJ", "DET", "NUM") and not rec.morphs[j].is_("ADP", "AUX")) for j, t in enumerate(toks[a:b], a))


def accuser_text(rec: SentenceRecord, g: FrameResult) -> str | None:
    """The words of an accusation's subject that names no actor ("Western officials", "US
    prosecutors"): the noun phrase right before its verb in its clause, with no preposition, whose
    head is a noun (not a pronoun)."""
    lo = g.clause[0]
    toks = rec.tokens
    np = next((p for p in reversed(rec.phrases) if lo <= p.start and p.end <= g.match.start and p.prep is None), None)
    if np is None or not rec.morphs or not rec.morphs[np.head].is_("NOUN"):
        return None
    if any(not t.is_word for t in toks[np.end:g.match.start]):
        return None  # "Officials, however, accused": not the verb's own subject
    return rec.text[toks[np.start].start:toks[np.end - 1].end]


def purpose_subject(tb: Tables, rec: SentenceRecord, tm: Match, lo: int) -> Group | None:
    """A "to"-infinitive right after the object of a verb of ``purpose`` ("called Modi to congratulate him",
    "summoned the envoy to protest"): that verb's subject does it, not its object."""
    toks = rec.tokens
    if not rec.morphs or not rec.cues.get("purpose"):
        return None
    k = tm.start - 1
    while k > lo and rec.morphs[k].only("ADV"):
        k -= 1
    if k <= lo or "infmark" not in rec.morphs[k].feats:
        return None
    obj = next((g for g in rec.groups if g.end == k), None)
    if obj is None:
        return None
    verb = next((cm for cm in rec.cues.get("purpose", ()) if lo <= cm.start and cm.end <= obj.start and all(
        t.is_word and (rec.morphs[j].is_("DET", "ADJ", "NOUN", "PROPN") or t.low in tb.markers["determiners"])
        for j, t in enumerate(toks[cm.end:obj.start], cm.end))), None)
    if verb is None or not rec.morphs[verb.start].is_("VERB") or any(
            cm.start <= verb.start < cm.end for cm in rec.cues.get("demand", ())):
        return None  # "called on Uganda to condemn …": a demand, the one asked would do it
    return left_subject(tb, rec, lo, verb.start, nominative=tb.cases)


def caused_subjects(tb: Tables, rec: SentenceRecord) -> None:
    """The act of a (to-)infinitive right after the object of a verb of helping or letting is that object's:
    "Iran helped the rebels launch an offensive against Israel" (the rebels attack, not Iran), "Chile allowed
    Peru to strike Bolivia". The frame's subject becomes the object's actor, or none when the object names none
    ("the rebels"); a verb trigger is the infinitive itself, a noun trigger's is its light verb ("launch")."""
    helps = rec.cues.get("causative")
    if not helps or not rec.morphs:
        return
    for f in rec.frames:
        if f.failure is not None or f.subject is None:
            continue
        k = f.match.start
        if f.is_noun:
            lv = max((cm for cm in rec.cues.get("light_verbs", ()) if f.clause[0] <= cm.start and cm.end <= k
                      and k - cm.end <= 3), default=None, key=lambda cm: cm.end)
            if lv is None or "light-verb" not in f.how:
                continue
            k = lv.start
        if k > 0 and "infmark" in rec.morphs[k - 1].feats:
            k -= 1
        np = next((p for p in rec.phrases if p.end == k and p.prep is None), None)
        if np is None or f.subject.start >= np.start or not any(cm.end == np.start for cm in helps):
            continue
        inside = [g for g in rec.groups if np.start <= g.start and g.end <= np.end
                  and not all(m.compound for m in g.mentions)]
        f.subject = next((g for g in inside if g.start <= np.head < g.end), inside[-1] if inside else None)
        f.how.append("causee")


def possessor_infinitives(tb: Tables, rec: SentenceRecord) -> None:
    """A to-infinitive right after a noun with a possessor ("Iran's plan to strike Israel", "informed Washington
    of its decision to launch strikes"): the possessor does the act, not the clause's subject or object. A verb
    trigger is the infinitive itself, a noun trigger's is its light verb ("carry out strikes"); a noun of asking
    ("its call to end the strikes") leaves it to the one asked."""
    if not rec.morphs:
        return
    for f in rec.frames:
        if f.failure is not None or f.subject is None and f.object is None:
            continue  # (a subject not found is found here: "as part of our commitment to support Ukraine")
        k = f.match.start
        lv = max((cm for cm in rec.cues.get("light_verbs", ()) if f.clause[0] <= cm.start and cm.end <= k
                  and k - cm.end <= 3), default=None, key=lambda cm: cm.end)
        if f.is_noun and (lv is None or "light-verb" not in f.how):
            continue  # "its bid to stop the Saudi bombing": the noun names its own agent
        if lv is not None and lv.start > 0 and "infmark" in rec.morphs[lv.start - 1].feats and (
                f.is_noun or lv.end == k):  # "its decision to launch strikes" (the plural read as a verb)
            k = lv.start
        if k < 2 or "infmark" not in rec.morphs[k - 1].feats:
            continue
        np = next((p for p in rec.phrases if p.end == k - 1 and rec.morphs[p.head].is_("NOUN")), None)
        if np is None or any(cm.start <= np.head < cm.end for cm in rec.cues.get("demand", ())):
            continue
        i = rec.phrases.index(np)
        poss = next((p for p in rec.phrases if p.rel == "poss" and p.attach == i), None)
        span = (poss.start, poss.end) if poss is not None else (np.start, np.head)  # "its plan": inside it
        if poss is None and np.start > 0 and "poss" in rec.morphs[np.start - 1].feats:
            span = (np.start - 1, np.head)  # "our unwavering commitment": the analyser's phrase starts after "our"
        owner = next((g for g in rec.groups if span[0] <= g.start < span[1] and g.start >= f.clause[0]
                      and (poss is not None or any(m.possessive for m in g.mentions)
                           or "poss" in rec.morphs[g.start].feats)), None)  # "our commitment to"
        if owner is None or owner is f.object or owner is f.subject:
            continue
        f.subject = owner
        f.how.append("possessor-controls")


def coordinated_gerunds(tb: Tables, rec: SentenceRecord) -> None:
    """A trigger noun whose light verb is a gerund joined by "and" to an earlier gerund trigger of its clause
    ("accusing Riyadh of bombing markets and conducting raids inside Yemen"): the one who does the
    first does the second, once the first has its subject (a controlled gerund gets it last)."""
    if not rec.morphs:
        return
    toks = rec.tokens
    for f in rec.frames:
        if f.failure is not None or not f.is_noun or "light-verb" not in f.how:
            continue
        k = f.match.start
        lv = max((cm for cm in rec.cues.get("light_verbs", ()) if f.clause[0] <= cm.start and cm.end <= k
                  and k - cm.end <= 3), default=None, key=lambda cm: cm.end)
        if lv is None or "ger" not in rec.morphs[lv.start].feats or lv.start < 1 \
                or toks[lv.start - 1].low not in tb.markers["coordination"]:
            continue
        g = next((g for g in reversed(rec.frames) if g is not f and g.subject is not None and g.failure is None
                  and f.clause[0] <= g.match.start and g.match.end < lv.start
                  and "ger" in rec.morphs[g.match.start].feats), None)
        if g is None or g.subject is f.subject or g.subject is f.object:
            continue
        f.subject = g.subject
        f.how.append("coordinated-gerund")
