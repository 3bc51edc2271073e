"""Threat objects: whom a threat with no object of its own threatens.

"drohte mit Sanktionen gegen Indien" threatens the target of the act it threatens with; "accused Manila
and warned of consequences" the object of the accusation it is coordinated with; "threatened that Seoul
would pay a price" the subject of its "that" clause; "Jeżeli Wietnam naruszy …, Chiny podejmą środki"
the subject of the sentence's condition. Run by the roles stage after every frame has its roles.
"""

from __future__ import annotations

from kg.engine.objects import QUOTES, event_word
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, can_be_nominative, prep
from kg.engine.tables import Tables


def threat_contents(tb: Tables, rec: SentenceRecord) -> None:
    """A threat with no object of its own threatens the target of the act it threatens with: "drohte mit
    Sanktionen gegen Indien", "hat mit einem militärischen Eingreifen in Venezuela gedroht"."""
    gaz = tb.gazetteer
    with_ = tb.markers["comitative"]
    toks = rec.tokens
    for f in rec.frames:
        if f.failure is None and f.relation == "threatens" and f.object is not None and _caution(tb, rec, f):
            f.object = None  # "warned Peru that Bolivia was preparing an attack": a caution, aimed at no one
            f.how.append("caution")
    for f in rec.frames:
        if f.failure is None and f.relation == "threatens" and f.object is not None and f.subject is not None \
                and f.object.mentions[0].resolved and set(f.object.actors) == set(f.subject.actors):
            f.object = None  # "threatened to use its army to make Peru sign": its own body is not threatened
        if f.failure is not None or f.relation != "threatens" or f.object is not None or f.subject is None:
            continue
        if "caution" in f.how:
            continue
        lo, hi = f.clause
        mine = {gaz[a].code for a in f.subject.actors}
        act = next((g for g in rec.frames if g is not f and g.failure is None and (g.is_noun or _object_of(rec, f, g))
                    and g.relation in ("attacks", "sanctions") and lo <= g.match.start < hi and g.object is not None
                    and (any(toks[k].low in with_ for k in range(max(lo, g.match.start - 4), g.match.start))
                         or _instrumental_after(rec, f, g) or _object_of(rec, f, g))
                    and not {gaz[a].code for a in g.object.actors} <= mine), None)
        if act is not None:
            f.object = act.object
            f.how.append("threatened-act")
            continue
        placed = _threatened_place(tb, rec, f, mine)
        if placed is not None:  # "threatened a ground operation in northern Syria": where the force would land
            f.object = placed
            f.how.append("threatened-place")
            continue
        prior = _coordinated_charge(tb, rec, f)
        if prior is not None:  # "oskarżył Polskę o prowokacje i ostrzegł przed odwetem": the one accused
            f.object = prior
            f.how.append("coordinated-charge")
            continue
        acted_on = _coordinated_target(tb, rec, f, mine)
        if acted_on is not None:  # "wstrzymały dostawy do Ukrainy i zagroziły odcięciem prądu": the one cut off
            f.object = acted_on
            f.how.append("coordinated-target")
            continue
        told = _complement_subject(tb, rec, f, mine)
        if told is not None:  # "Pyongyang threatened that Seoul would pay a price": the one the threat names
            f.object = told
            f.how.append("complement-subject")
            continue
        aimed = _infinitive_target(tb, rec, f, mine)
        if aimed is not None:  # "threatened to use its army to make Chile yield", "his threats to strike Chile"
            f.object = aimed
            f.how.append("infinitive-target")
            continue
        cond = None if _warns_of_another(tb, rec, f, mine) else _condition_subject(tb, rec, mine)
        if cond is not None:  # "Jeżeli Wietnam naruszy nasze wody, Chiny podejmą środki zaradcze"
            f.object = cond
            f.how.append("condition-subject")
            continue
        weighed = _weighed_act(rec, f, mine, gaz)
        if weighed is not None:  # "Auf die Frage, ob die USA eine Intervention in Venezuela erwägen, … alle
            f.object = weighed  # Optionen offenhalte": the options kept open are the act weighed
            f.how.append("weighed-act")
    for f in rec.frames:
        if f.failure is None and f.object is None and f.subject is not None and _pledged_force_before_condition(
                tb, rec, f):
            cond = _condition_subject(tb, rec, {gaz[a].code for a in f.subject.actors})
            if cond is not None:  # "Ankara vowed to strike back if the PKK resumed its raids": force pledged on a
                f.object = cond  # condition is aimed at the one the condition names (the claims make it a threat)
                f.how.append("condition-subject")


def _pledged_force_before_condition(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """An attack verb with no object, pledged by a future word right before it ("will attack", "would strike
    back"), and a condition after it in the sentence ("… if Hezbollah breaks the truce"): force promised
    against the one who would break the condition."""
    tm = f.match
    if f.relation != "attacks" or f.is_noun or not any(
            tm.start - 2 <= cm.start < tm.start for cm in rec.cues.get("future", ())):
        return False
    return any(cm.start >= tm.end for cm in rec.cues.get("condition", ()))


def _object_of(rec: SentenceRecord, f: FrameResult, act: FrameResult) -> bool:
    """The act right after a threat verb, only articles, adjectives and nouns naming no actor between: its direct
    object ("threatened military action against Syria", "threatened a ground offensive in Iraq")."""
    if f.is_noun or not rec.morphs or not f.match.end <= act.match.start <= f.match.end + 3 \
            or not rec.morphs[f.match.end - 1].only("VERB"):
        return False  # not "Vergeltung für den Angriff", "odwet za atak": a past act answered
    named = {k for g in rec.groups for k in range(g.start, g.end)}
    return all(rec.morphs[k].is_("DET", "ADJ", "NUM", "NOUN") and not rec.morphs[k].is_("VERB", "ADP", "PRON")
               and k not in named for k in range(f.match.end, act.match.start))  # "a ground offensive", "more"


def _threatened_place(tb: Tables, rec: SentenceRecord, f: FrameResult, mine: set[str]) -> Group | None:
    """The state an attack noun right after a threat verb is placed in ("threatened a ground operation in northern
    Syria", "threatened airstrikes in Iraq"): the act found no target of its own, as a light verb would have given
    it ("launched a ground operation in Syria"), so the place it would land in is the one threatened."""
    lo, hi = f.clause
    gaz = tb.gazetteer
    for g in rec.frames:
        if g is f or g.relation != "attacks" or not lo <= g.match.start < hi or not _object_of(rec, f, g):
            continue
        target = after(tb, rec, g.match.end, hi, tb.markers["within"], first_only=True)
        if target is not None and any(gaz[a].type in ("State", "Place") for a in target.actors) \
                and not {gaz[a].code for a in target.actors} <= mine:
            return target
    return None


def _instrumental_after(rec: SentenceRecord, f: FrameResult, act: FrameResult) -> bool:
    """The act noun right after a threat verb, in the instrumental its case governs: "zagroził atakiem na
    bazy", "grożą nałożeniem sankcji na Chiny" (the Polish "grozić" takes what it threatens with so)."""
    k = act.match.start
    return (not f.is_noun and f.match.end <= k <= f.match.end + 1 and bool(rec.morphs)
            and "inst" in rec.morphs[k].cases)


def _coordinated_charge(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A threat verb right after "i"/"oraz" that joins it to an accusation, threat or sanction verb of the same
    subject before it ("potępił Litwę i zagroził odwetem", "accused Manila and warned of consequences",
    "wstrzymały dostawy gazu do Mołdawii i zagroziły odcięciem prądu")
    threatens that verb's object: the two verbs share it as they share the subject."""
    k = f.match.start
    if f.is_noun or k == 0 or rec.tokens[k - 1].low not in tb.markers["coordination"]:
        return None
    e = f.match.end
    if e + 1 < f.clause[1] and rec.tokens[e].low in tb.markers["warned_of"]:
        e += 1
        while e < f.clause[1] and (rec.tokens[e].text in QUOTES or rec.tokens[e].low in tb.markers["any_determiners"]):
            e += 1  # "vor „jeder weiteren Eskalation“"
        feared = event_word(tb, rec, e, f.clause[1]) is not None
    else:
        feared = False
    if feared:
        return None  # "kritisierte den Angriff und warnte vor jeder weiteren Eskalation": a feared event, no threat
    return next((g.object for g in reversed(rec.frames) if g is not f and g.failure is None and not g.is_noun
                 and g.relation in ("accuses", "threatens", "sanctions") and g.match.end < k and g.object is not None
                 and g.subject is not None and g.subject.actors == f.subject.actors
                 and g.clause[0] <= k <= g.clause[1]), None)


def _coordinated_target(tb: Tables, rec: SentenceRecord, f: FrameResult, mine: set[str]) -> Group | None:
    """A threat verb right after a coordination word, its subject's earlier conjuncts naming one actor besides it
    ("halted fuel deliveries to Moldova and threatened to cut off power", "wstrzymały dostawy do Ukrainy i
    zagroziły …"): the threat is aimed at the one those acts fell on."""
    k = f.match.start
    if f.is_noun or k == 0 or rec.tokens[k - 1].low not in tb.markers["coordination"] \
            or rec.tokens[k - 1].text == "," or f.subject.end >= k:
        return None
    gaz = tb.gazetteer
    named = [g for g in rec.groups if f.subject.end <= g.start and g.end < k and f.clause[0] <= g.start
             and g.mentions[0].kind != "adjectives" and not {gaz[a].code for a in g.actors} & mine
             and any(gaz[a].type != "Place" for a in g.actors)]
    return named[0] if len(named) == 1 else None


def _warning(rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the trigger is a word of warning ("warned", "ostrzegł", "warnte"), not of threatening."""
    return any(cm.start <= f.match.start < cm.end for cm in rec.cues.get("warning", ()))


def _paid_for(rec: SentenceRecord, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` name a price or an answer ("would pay a price", "konsekwencje", "response")."""
    return any(lo <= cm.start < hi for c in ("consequence", "retaliation") for cm in rec.cues.get(c, ()))


def _caution(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A warning told to its object whose "that" clause has a third party for its subject and names no price
    or answer ("Chile warned Peru that Bolivia was preparing an attack"): a caution to the one told."""
    toks = rec.tokens
    if f.is_noun or not _warning(rec, f) or f.subject is None or f.object is None:
        return False
    if _owned_act_warned(tb, rec, f):
        return True
    c = f.object.end
    if c + 1 < len(toks) and toks[c].text == ",":
        c += 1  # "ostrzegła Togo, że …", "warnte Togo, dass …"
    if c >= len(toks) or toks[c].low not in tb.markers["complementizer"]:
        return False
    gaz = tb.gazetteer
    g = next((g for g in rec.groups if c < g.start <= c + 2), None)
    told = {gaz[a].code for a in (*f.subject.actors, *f.object.actors)}
    if g is None or prep(tb, rec, g.start, c + 1) is not None or {gaz[a].code for a in g.actors} & told:
        return False
    return not _paid_for(rec, c, len(toks))


def _owned_act_warned(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A warning whose preposition of what is feared governs a possessive right after the one warned ("warnte
    Algerien vor seiner Unterstützung des Plans", "ostrzegła Algierię przed jej poparciem"): a step of one of the
    two that it tells of or cautions against, no threat, unless it names a price or an answer."""
    k = f.object.end
    morphs = rec.morphs
    if not morphs or k + 1 >= f.clause[1] or rec.tokens[k].low not in tb.markers["warned_of"] \
            or "poss" not in morphs[k + 1].feats:
        return False
    return not _paid_for(rec, k, f.clause[1])


def _complement_subject(tb: Tables, rec: SentenceRecord, f: FrameResult, mine: set[str]) -> Group | None:
    """The subject of a "that" clause right after a threat verb ("threatened on Friday that Seoul and
    Washington would pay a price"): the threat is said of it, so it is the one threatened (not the
    threatener's own "it would respond")."""
    toks = rec.tokens
    if f.is_noun:
        return None
    k = f.match.end
    c = next((j for j in range(k, min(k + 4, len(toks))) if toks[j].low in tb.markers["complementizer"]), None)
    if c is None or any(not t.is_word for t in toks[k:c]):
        return None  # ("warned for months that …": the time phrase between)
    gaz = tb.gazetteer
    g = next((g for g in rec.groups if c < g.start <= c + 2), None)
    if g is None or prep(tb, rec, g.start, c + 1) is not None or not can_be_nominative(g) \
            or g.mentions[0].kind == "adjectives" or {gaz[a].code for a in g.actors} & mine:
        return None
    if any(np.prep is None and k <= np.start < c for np in rec.phrases):
        return None  # "warned Europe that Russia could attack": told to an addressee, of another
    if any(h.relation in ("attacks", "sanctions") and h.subject is not None and h.subject.start == g.start
           for h in rec.frames if h is not f):
        return None  # "warned that Russia could attack": the one said to act is no one threatened
    if _warning(rec, f) and not _paid_for(rec, c, len(toks)):
        return None  # "warned that Peru was planning an offensive": a caution about Peru, no threat to it
    return g


def _infinitive_target(tb: Tables, rec: SentenceRecord, f: FrameResult, mine: set[str]) -> Group | None:
    """The first actor the infinitive right after a threat names ("threatened to use its army to make Chile yield",
    "his threats to strike Iran", "threatened to take action against the Houthis"): the one the threatened act
    is aimed at, as the object of one of its verbs or after one of the threat's own prepositions."""
    toks, morphs = rec.tokens, rec.morphs
    k = f.match.end
    if morphs and k < len(toks) and toks[k].low in tb.markers["genitive_marker"]:
        # "threats of a full-scale military operation to force Hezbollah north": the act named, then its aim
        j = k + 1
        while j < min(len(toks), k + 7) and morphs[j].is_("DET", "ADJ", "NOUN", "NUM") \
                and "infmark" not in morphs[j].feats:
            j += 1
        if any(g.relation in ("attacks", "sanctions") and k < g.match.start and g.match.end <= j for g in rec.frames):
            k = j
    if not morphs or k + 1 >= len(toks) or "infmark" not in morphs[k].feats or not morphs[k + 1].is_("VERB"):
        return None
    gaz = tb.gazetteer
    act = next((g for g in rec.frames if g is not f and g.match.start == k + 1
                and g.relation in ("attacks", "sanctions") and g.object is not None and g.subject is not None
                and g.failure is None), None)
    if act is not None and not {gaz[a].code for a in act.object.actors} & mine:
        return act.object  # "threatened to strike weapons depots in Poland": where the threatened attack lands
    marked = tb.object_markers[f.index]
    lo, hi = f.clause
    for g in rec.groups:
        if g.start <= k + 1 or g.start >= hi:
            continue
        if g.mentions[0].resolved and {gaz[a].code for a in g.actors} <= mine:
            continue  # "to use its army to make Chile yield": the threatener's own means, not the aim
        p = prep(tb, rec, g.start, k + 1)
        # an adjective names the aim only in a phrase of aim ("to raise duties on Brazilian steel", "against
        # Syrian targets"), not the means ("to use Russian missiles", "with Iranian drones")
        aimed_at = p in tb.markers["aim_prepositions"]
        if (p is None and can_be_nominative(g) or p in marked) and (g.mentions[0].kind != "adjectives" or aimed_at) \
                and not {gaz[a].code for a in g.actors} & mine:
            return g
        return None  # the first actor after the infinitive is the act's; one farther is another's
    return None


def _condition_subject(tb: Tables, rec: SentenceRecord, mine: set[str]) -> Group | None:
    """The subject of the sentence's condition ("jeśli Wietnam …", the actor right after the condition
    word, in no preposition): whom a threat with no object of its own threatens, when not the threatener."""
    gaz = tb.gazetteer
    for cm in rec.cues.get("condition", ()):
        g = next((g for g in rec.groups if cm.end <= g.start <= cm.end + 1), None)
        if g is None or prep(tb, rec, g.start, cm.end) is not None or not can_be_nominative(g) \
                or g.mentions[0].kind == "adjectives" or {gaz[a].code for a in g.actors} <= mine:
            g = _condition_agent(tb, rec, cm.end)
            if g is None or {gaz[a].code for a in g.actors} <= mine:
                continue
        return g
    return None


def _condition_agent(tb: Tables, rec: SentenceRecord, start: int) -> Group | None:
    """A condition told by a noun ("w razie naruszania granicy przez Pekin", "w przypadku prowokacji ze strony
    Ankary"): the agent its phrase names, before any punctuation."""
    toks = rec.tokens
    for g in rec.groups:
        if g.start < start or g.start > start + 7 or any(not t.is_word for t in toks[start:g.start]):
            continue
        p = prep(tb, rec, g.start, start)
        if p in tb.markers["agent"] or p in ("ze", "z") and "strony" in (toks[g.start].low, toks[g.start - 1].low):
            return g
    return None


def _warns_of_another(tb: Tables, rec: SentenceRecord, f: FrameResult, mine: set[str]) -> bool:
    """A warning (the trigger a ``warning`` cue) in a sentence whose act of force or sanction is another's
    ("Scholz warnte, Russland könnte die Nato angreifen, falls die Ukraine beitritt"): it warns of that act, and
    the condition's subject is threatened by no one who warns."""
    if not any(cm.start <= f.match.start < cm.end for cm in rec.cues.get("warning", ())):
        return False
    gaz = tb.gazetteer
    # its subject right after the comma that closes the warning, or before the warning ("es werde Israel
    # angreifen": a pronoun first, the name after it is no subject of the act)
    return any(g is not f and g.relation in ("attacks", "sanctions") and g.subject is not None
               and (g.subject.start == f.match.end + 1 or g.subject.end <= f.match.start)
               and not {gaz[a].code for a in g.subject.actors} & mine for g in rec.frames)


def _weighed_act(rec: SentenceRecord, f: FrameResult, mine: set[str], gaz) -> Group | None:
    """The target of an attack or sanction by the threat's own side that another clause of the sentence
    weighs ("Auf die Frage, ob Washington eine Intervention in Venezuela erwäge, sagte er, man halte sich alle
    Optionen offen"): keeping all options open threatens that target."""
    return next((g.object for g in rec.frames if g is not f and g.failure is None and g.clause != f.clause
                 and g.relation in ("attacks", "sanctions") and g.subject is not None and g.object is not None
                 and {gaz[a].code for a in g.subject.actors} == mine
                 and not {gaz[a].code for a in g.object.actors} & mine), None)
