"""Whom a threat of paying back an attack is aimed at when its clause names no one: the author of the attack
its own phrase answers ("eine harte Reaktion auf den amerikanischen Angriff"; ``answered_actor`` for another's
act of any kind, "Gegenmaßnahmen als Antwort auf die Panzerlieferungen Polens"), else the attacker of the
article's last attack on the one who threatens. Split from ``roles_object`` (one job: the answered attacker)."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, Mention, SentenceRecord
from kg.engine.syntax import clause_span, finite, left_subject, prep
from kg.engine.tables import Tables


def retaliation_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Who a threat of paying back an attack is aimed at, when the clause names no one: the author of the
    attack the threat's phrase answers (``answered_attacker``), else the attacker of the article's last
    attack, where the one threatening was its target ("Indian missiles struck Pakistan. Pakistan
    vowed to retaliate": at India). Only with a word of the ``retaliation`` key in the trigger (retaliation,
    response or countermeasures: 'retaliate', 'a decisive response', 'odpowiedź', 'Vergeltung'), and never at
    the threatener's own side."""
    tm = f.match
    if not any(cm.start in tm.tokens or _threatened_with(tb, rec, f, cm.start)
               for cm in rec.cues.get("retaliation", ())):
        return None  # the threat's own words pay back ("vowed to retaliate"), not "in response" nearby
    named = answered_attacker(tb, rec, f)
    if named is not None:
        return named
    mine = {tb.top(a) for a in f.subject.actors}
    # the article's last attack on the one who threatens, else its last sanction on it ("Moldau wies drei
    # russische Diplomaten aus. Moskau droht mit Vergeltung": at Moldova)
    # (the last attack on it, not only the article's last attack: "India struck Pakistan. Pakistani shelling
    # killed three. Pakistan vowed to respond": at India)
    on_me = _attack_before_here(tb, rec, f, mine) or next(
        ([a, t] for a, t in reversed(rec.attacks_before) if t in mine and a not in mine), [])
    for last, what in ((on_me or rec.conflict_before, "attack"), (rec.affront_before, "attack or sanction")):
        if len(last) != 2:
            continue
        attacker, target = last
        if target not in mine or attacker in mine or attacker not in tb.gazetteer:
            continue
        at = tm.start
        return Group([Mention(at, at, (attacker,), "retaliation", resolved=True,
                              via=f"the author of the article's last {what}, on the one who threatens")])
    return None


def _attack_before_here(tb: Tables, rec: SentenceRecord, f: FrameResult, mine: set[str]) -> list[str]:
    """An attack on the one who threatens told earlier in the same sentence ("Pakistan struck hideouts in
    Afghanistan, and the Taliban vowed retaliation"): [attacker, target], else []."""
    for g in reversed(rec.frames):
        if g is f or g.failure is not None or g.relation != "attacks" or g.match.end > f.match.start \
                or g.subject is None or g.object is None:
            continue
        target = next((t for a in g.object.actors if (t := tb.top(a)) in mine), None)
        attacker = next((t for a in g.subject.actors if (t := tb.top(a)) not in mine), None)
        if target is not None and attacker is not None:
            return [attacker, target]
    return []


def condemned_attacker(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Whom condemnation told as coming from places condemns when its clause names no one ("Słowa potępienia
    płyną z Rygi i Tallina"): the author of the article's last attack, unless those it comes from made it. Only
    for a noun whose subject stands after it with a preposition of origin."""
    subj = f.subject
    if subj is None or not f.is_noun or subj.start < f.match.end \
            or prep(tb, rec, subj.start, f.match.end) not in tb.markers["from"]:
        return None
    joiners = tb.markers["coordination"] | tb.markers["from"]
    ends = [subj.start] + [m.end for m in subj.mentions[:-1]]
    if any(t.low not in joiners for k, m in zip(ends, subj.mentions, strict=True) for t in rec.tokens[k:m.start]):
        return None  # a plain list of places, not "aus Moskau, auch die Bundesregierung äußerte …"
    mine = {tb.top(a) for a in subj.actors}
    last = next((a for a, _ in reversed(rec.attacks_before) if a not in mine), None)
    if last is None or last not in tb.gazetteer:
        return None
    at = f.match.start
    return Group([Mention(at, at, (last,), "retaliation", resolved=True,
                          via="the author of the article's last attack, condemned")])


def paid_back_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Whom an attack told as paying back strikes when its clause names no one ("W odpowiedzi Turcja
    przeprowadziła naloty", "Izrael odpowiedział nalotami", "odwetowe uderzenia"): the author of the article's
    last attack on the attacker. Only with a ``paid_back`` word in the frame's clause that is not followed by
    a preposition (what it answers, "w odpowiedzi na sankcje", is then named and read elsewhere)."""
    lo, hi = f.clause
    toks = rec.tokens
    if f.subject is None or not any(
            lo <= cm.start < hi and not (cm.end < len(toks) and toks[cm.end].low in tb.markers["prepositions"])
            for cm in rec.cues.get("paid_back", ())):
        return None
    mine = {tb.top(a) for a in f.subject.actors}
    # the sentence's own attacks told before it first ("ostrzelały posterunki Pakistanu, co spotkało się z
    # odpowiedzią wojsk pakistańskich"), then the article's
    told = [(tb.top(a), tb.top(t)) for g in rec.frames if g.relation == "attacks" and g.failure is None
            and g.match.start < f.match.start and g.subject is not None and g.object is not None
            for a in g.subject.actors for t in g.object.actors]
    last = next(((a, t) for a, t in reversed(rec.attacks_before + told) if t in mine and a not in mine), None)
    if last is None or last[0] not in tb.gazetteer:
        return None
    at = f.match.start
    return Group([Mention(at, at, (last[0],), "retaliation", resolved=True,
                          via="the author of the article's last attack, on the one paying it back")])


def _threatened_with(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> bool:
    """Whether a word of paying back is what a verb of threatening threatens with, in its clause right after
    it ("droht mit einer heftigen Vergeltung", "drohte mit Gegenmaßnahmen"), adverbs allowed before the marker
    ("drohte daraufhin mit Vergeltung"), or before a verb that stands last ("hatte mit Vergeltung gedroht")."""
    tm, toks = f.match, rec.tokens
    markers = tb.object_markers[f.index] - {""}
    if f.is_noun or not f.clause[0] <= k < f.clause[1]:
        return False
    if tm.end <= k <= tm.end + 4:
        j = tm.end
        while j < k and toks[j].low not in markers and _adverb(rec, j):
            j += 1
        return j < k and toks[j].low in markers and all(t.is_word and not t.text[:1].isupper()
                                                          for t in toks[j + 1:k])
    if k < tm.start <= k + 4:  # the verb last: the marker before the word, lowercase words between
        j = next((j for j in range(k - 1, max(f.clause[0], k - 4) - 1, -1) if toks[j].low in markers), None)
        return j is not None and all(t.is_word and not t.text[:1].isupper() for t in toks[j + 1:k]) \
            and all(t.is_word and not t.text[:1].isupper() for t in toks[k + 1:tm.start])
    return False


def _adverb(rec: SentenceRecord, j: int) -> bool:
    """Whether token ``j`` is an adverb only ("daraufhin", "erneut")."""
    return bool(rec.morphs) and rec.morphs[j].only("ADV") and rec.tokens[j].is_word


def answered_attacker(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The author of an attack the threat's own phrase answers ("eine harte Reaktion auf den amerikanischen
    Angriff", "a response to Israel's strike"): the actor adjective before the attack noun, or its genitive."""
    tm, toks, morphs = f.match, rec.tokens, rec.morphs
    if not morphs:
        return None
    mine = {tb.top(a) for a in f.subject.actors}
    for m in rec.triggers:
        k = m.start
        if not (tm.end < k <= tm.end + 4 and k < f.clause[1]) or tb.triggers[m.payload].relation != "attacks" \
                or not all(morphs[j].is_("ADP", "DET", "ADJ") or toks[j].text == "'" for j in range(tm.end, k)):
            continue
        return _author(tb, rec, k, mine)
    return None


def _author(tb: Tables, rec: SentenceRecord, k: int, mine: set[str]) -> Group | None:
    """Who did the act whose noun is at ``k``, by its actor adjective or its genitive, unless it is the threat's
    own side."""
    end = next((m.end for m in rec.triggers if m.start == k), k + 1)
    own = next((g for g in rec.groups if g.end == k and g.mentions[0].kind == "adjectives"), None) \
        or _genitive_of(rec, k) or next((g for g in rec.groups if g.start == end and g.mentions[0].kind == "names"
                                         and not (rec.morphs[end].cases - {"gen"})), None)
    # (an indeclinable name right after the noun is its genitive: "na ostrzał PKK")
    if own is None or tb.cases and _agent_of(tb, rec, k) is not None:
        # a verbal noun's own agent after it ("zemsta za zabicie generała przez Izrael", "durch Israel"): with one,
        # the genitive is the one the act befalls
        own = _agent_of(tb, rec, k) or own
    return own if own is not None and not {tb.top(a) for a in own.actors} & mine else None


def _agent_of(tb: Tables, rec: SentenceRecord, k: int) -> Group | None:
    """The agent marked after the act noun at ``k`` ("przez Izrael", "by Israel", "durch Israel"), if any."""
    from kg.engine.noun_agent import verbal_agent

    f = next((f for f in rec.frames if f.match.start == k and f.failure is None), None)
    return None if f is None else verbal_agent(tb, rec, f)


def _genitive_of(rec: SentenceRecord, k: int) -> Group | None:
    """The actor of the genitive phrase attached to the phrase of the noun at ``k`` ("den Angriff Israels")."""
    at = next((i for i, np in enumerate(rec.phrases) if np.start <= k < np.end), None)
    gen = next((np for np in rec.phrases if at is not None and np.attach == at and np.rel == "gen"), None)
    return None if gen is None else next((g for g in rec.groups if gen.start <= g.start < gen.end), None)


#: Acts of another that a threat may be the answer to ("Gegenmaßnahmen als Antwort auf die Panzerlieferungen
#: USA"): who did them is who is threatened.
_ANSWERABLE = frozenset({"attacks", "sanctions", "suppliesWeaponsTo", "deploysTroopsTo", "meetsWith", "accuses",
                         "threatens", "alliedWith", "signsAgreementWith"})


def answered_actor(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The author of another's act that a threat of paying back answers in its own phrase, named by an adjective
    or a genitive ("Gegenmaßnahmen als Antwort auf die Panzerlieferungen Polens an die Ukraine": Poland, not Ukraine,
    whom the act concerns). Only a retaliation word as the threat, and only articles, prepositions, adjectives,
    quotation marks, "als" and a word of answering between it and the act."""
    tm, toks, morphs = f.match, rec.tokens, rec.morphs
    if not morphs or f.subject is None or not any(cm.start in tm.tokens for cm in rec.cues.get("retaliation", ())):
        return None
    answer = {k for cm in rec.cues.get("retaliation", ()) for k in range(cm.start, cm.end)}
    glue = tb.markers["as_role"]
    mine = {tb.top(a) for a in f.subject.actors}
    for m in rec.triggers:
        k = m.start
        if not (tm.end < k <= tm.end + 6 and k < f.clause[1]) or k in answer \
                or tb.triggers[m.payload].relation not in _ANSWERABLE:
            continue
        if not all(morphs[j].is_("ADP", "DET", "ADJ") or not toks[j].is_word or j in answer or toks[j].low in glue
                   for j in range(tm.end, k)):
            return None
        return _author(tb, rec, k, mine)
    return None


def answered_attacks(tb: Tables, rec: SentenceRecord) -> None:
    """An attack noun that names neither agent nor target, in a prepositional phrase of a clause whose threat
    pays back ("Israel droht dem Iran nach dem Raketenangriff mit einem Gegenschlag"): the one threatened
    made the attack, on the one who threatens. Not the threatened blow itself ("Gegenschlag")."""
    toks = rec.tokens
    payback = {k for cm in rec.cues.get("retaliation", ()) for k in range(cm.start, cm.end)}
    for t in rec.frames:
        if t.failure is not None or t.relation != "threatens" or t.subject is None or t.object is None \
                or not any(t.match.end <= k < t.clause[1] or k in t.match.tokens for k in payback):
            continue
        for f in rec.frames:
            if f.failure not in (None, "no-object") or f.relation != "attacks" or not f.is_noun \
                    or f.object is not None or f.clause != t.clause or set(f.match.tokens) & payback:
                continue
            if f.subject is not None and not (f.subject.mentions[-1].kind == "body" and "attached" in f.how
                                              and set(f.subject.actors) == set(t.object.actors)):
                continue  # (a compound's body may name the one threatened: "its response to the Chinese missile
                # barrage"; an adjective of its own keeps the attack unaimed: "auf den amerikanischen Angriff")
            np = next((p for p in rec.phrases if p.start <= f.match.start < p.end), None)
            if np is None or np.prep is None or toks[np.prep].low in tb.markers["agent"]:
                continue
            f.subject, f.object = t.object, t.subject
            f.how.append("answered-attack")


def responder_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The target of an attack noun with its author and no target of its own, which a verb or noun of answering
    governs through a preposition ("Iran odpowiedział na izraelski atak", "Iran responded to the Israeli strike"):
    the one who answers it, the bare actor on the left of the answering verb in the clause, was hit. Not a noun
    of revenge ("aus Rache für den Angriff Israels", "odwet za atak"): one may avenge an attack on another."""
    morphs = rec.morphs
    lo = f.clause[0]
    if not morphs or f.subject is None:
        return None
    for cm in rec.cues.get("retaliation", ()):
        if not (lo <= cm.start and cm.end < f.match.start <= cm.end + 4) or not morphs[cm.end].is_("ADP") \
                or not morphs[cm.start].is_("VERB") \
                or not all(morphs[j].is_("DET", "ADJ") or morphs[j].only("ADV") or f.subject.start <= j < f.subject.end
                           for j in range(cm.end + 1, f.match.start)):  # "na zupełnie niesprowokowany ostrzał"
            continue
        left = [g for g in rec.groups if lo <= g.start and g.end <= cm.start and prep(tb, rec, g.start, lo) is None]
        if not left and lo > 0 and rec.tokens[lo - 1].low in tb.markers["complementizer"] and tb.pro_drop \
                and cm.start - lo <= 1:
            # "Strona pakistańska poinformowała, że odpowiedziała na ostrzał …": the saying clause's subject answers
            plo = clause_span(rec, lo - 1, lo - 1)[0]
            said_by = left_subject(tb, rec, plo, lo - 1, nominative=True)
            left = [said_by] if said_by is not None else []
        if not left:
            return None
        who = left[-1]
        mine = {tb.top(a) for a in f.subject.actors}
        return None if {tb.top(a) for a in who.actors} & mine else who
    return None


def sanctioned_attacker(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Sanctions with no target of their own, in a clause that gives an attack as their reason or occasion
    ("Nach dem Beginn des russischen Angriffskrieges verhängte die EU ein Sanktionspaket", "imposed sanctions
    over Russia's invasion"): the attack's author, by its actor adjective or genitive, unless it is the
    sanctioner's side. Only an attack noun a word of the ``presupposing`` key opens, at most four words
    before it, no comma between."""
    toks, morphs = rec.tokens, rec.morphs
    lo, hi = f.clause
    if not morphs or f.subject is None:
        return None
    mine = {tb.top(a) for a in f.subject.actors}
    for m in rec.triggers:
        k = m.start
        if not lo <= k < hi or tb.triggers[m.payload].relation != "attacks" or k in f.match.tokens:
            continue
        cue = next((cm for cm in rec.cues.get("presupposing", ()) if 0 < k - cm.end + 1 <= 5 and cm.start >= lo
                    and all(toks[j].is_word and not finite(morphs[j]) for j in range(cm.end, k))), None)
        if cue is None:
            continue
        author = _author(tb, rec, k, mine)
        if author is not None:
            return author
    return None


def sanctioned_critic(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Sanctions with their author and no target, as what a clause's subject criticises or threatens to answer
    ("Venezuela kritisierte die Sanktionen der USA", "Teheran kündigte Vergeltung für die EU-Sanktionen an"): the
    critic is the one sanctioned. Only an accusation or threat before the noun in its clause, whose subject is
    not the sanctions' author (one who backs or joins them is no critic)."""
    if f.subject is None or not f.is_noun or not rec.morphs:
        return None
    if f.subject.start >= f.match.end and not all(rec.morphs[j].only("DET", "ADJ")
                                                 for j in range(f.match.end, f.subject.start)):
        return None  # the genitive of a noun after it ("zamknięciu konsulatu Rosji"): whose consulate, not who closes
    if any(f.match.start <= cm.start < max(f.subject.start, f.match.end)
           for concept in ("mission", "sanctioned") for cm in rec.cues.get(concept, ())):
        return None  # (and a noun of the trigger's own words: "zamknięcie konsulatu" closes Russia's)
    lo, hi = f.clause
    mine = {tb.top(a) for a in f.subject.actors}
    for g in rec.frames:
        if g is f or g.relation not in ("accuses", "threatens") or g.subject is None or g.failure \
                or not lo <= g.match.start < f.match.start or g.clause != f.clause:
            continue
        if g.subject.end <= f.match.start and not {tb.top(a) for a in g.subject.actors} & mine:
            return g.subject
    return None
