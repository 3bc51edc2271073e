"""Roles told by a speaker: the sayer of a judgement ("Kyiv said North Korean soldiers committed war
crimes": Kyiv accuses North Korea), quotes with the speaker after them ('"…," the minister said'), and
the verb of saying that follows a closing quote.

Split from ``kg.engine.roles_verb`` (subjects of verbs), which tries these after a verb's own subject.
"""

from __future__ import annotations

from kg.engine.harmed_owner import owns_harmed
from kg.engine.headline_speaker import colon_saying
from kg.engine.objects import pronoun_event
from kg.engine.record import Discourse, FrameResult, Group, Mention, SentenceRecord
from kg.engine.relative_object import object_relative
from kg.engine.said_after import comma_participle, quoted_speaker, speech_after
from kg.engine.speaker import QUOTES, infinitive_with_object, names_no_one, quote_speaker
from kg.engine.syntax import (
    after,
    antecedent,
    clause_relative_subject,
    clause_span,
    first_subject,
    left_subject,
    prep,
)
from kg.engine.tables import Tables
from kg.engine.tense_switch import switched_sayer
from kg.phrases import Match


def _own_pair(tb: Tables, g: Group, subj: Group | None) -> bool:
    """A pair phrase the speaker's side is one of ('"The two sanctioned countries will not tolerate blackmail,"
    Putin said'): he speaks for them and accuses neither."""
    return subj is not None and any(m.kind in ("pair", "parties") for m in g.mentions) \
        and bool({tb.top(a) for a in g.actors} & {tb.top(a) for a in subj.actors})


def _judged_by_verb(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """The judgement noun is what an accusing verb before it in its clause names ("blasting Israel's
    aggression", "condemned Russia's provocations"), its direct object (no preposition between: "warned of
    provocations from Belarus" is the speaker's), no verb of saying between: that verb's frame tells who judges,
    and a speaker found farther off would reverse it."""
    tm, lo = f.match, f.clause[0]
    speech = [cm for cm in rec.cues.get("speech", ()) if cm.start < tm.start]
    return any(m.end <= tm.start and lo <= m.start and tm.start - m.end <= 6 and m.payload != f.index
               and tb.triggers[m.payload].relation == "accuses" and tb.triggers[m.payload].frame != "speaker"
               and bool(rec.morphs) and rec.morphs[m.start].is_("VERB") and not rec.morphs[m.start].is_("NOUN")
               and not any(m.end <= cm.start for cm in speech)
               and all((t.is_word or t.low in tb.markers["possessive_clitic"] or t.text in "'’")
                       and t.low not in tb.markers["prepositions"] for t in rec.tokens[m.end:tm.start])
               for m in rec.triggers)


def speaker_roles(tb: Tables, rec: SentenceRecord, disc: Discourse,
                  f: FrameResult) -> tuple[Group | None, Group | None, list[str]]:
    """'Kyiv said North Korean soldiers committed war crimes': Kyiv accuses North Korea.

    The speaker is the subject of a verb of saying before the trigger, or — quote first, speaker
    after — of one after it ('"… provocations from Belarus," the minister said'); the accused is the
    first actor between the verb and the trigger, or one the trigger marks after it ("provocations
    from Belarus", "prowokacje ze strony Białorusi", "behaviour by China").
    """
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    if f.is_noun and prep(tb, rec, tm.start, lo) in tb.markers["warned_of"] and any(
            cm.end <= tm.start for cm in rec.cues.get("warning", ())):
        return None, None, []  # "warnte Chile vor einer Eskalation": what is feared, not a judgement of Chile
    if f.relation == "accuses" and f.is_noun and _judged_by_verb(tb, rec, f):
        return None, None, []  # "Erdogan, blasting Israel's aggression, said …": the verb's subject judges
    modifiers = {k for np in rec.phrases for k in np.modifiers}
    # a threat may be said by a verb of warning too ("ostrzegło, że każda blokada … zostanie uznana za akt wojny")
    said = [*rec.cues.get("speech", ()), *(rec.cues.get("warning", ()) if f.relation == "threatens" else ()),
            *colon_saying(tb, rec)]
    before = [cm for cm in sorted(said, key=lambda cm: (cm.end, cm.start)) if cm.end <= tm.start and not (
        tb.cases and cm.start > 0 and toks[cm.start - 1].low in tb.markers["prepositions"])  # "o nazwie": a noun
        and (cm.start not in modifiers or comma_participle(rec, cm.start))  # 'as "state terrorism"': a word
        # before a noun's head says nothing (but ", saying Chile's conduct …" does)
        and not _noun_of_saying(tb, rec, cm.start)  # "had made erroneous remarks, which …": no verb
        and not infinitive_with_object(tb, rec, cm)]  # "plan to add water to the reservoir": no saying
    how = ["speaker"]
    subj = None
    sp = None
    said_from = 0
    rel_obj = None
    if before:
        sp = before[-1]
        said_from = sp.end
        slo = clause_span(rec, sp.start, sp.start)[0]
        both = object_relative(tb, rec, slo, sp.start)
        if both is not None:  # "…, unlike Chile, which it called hostile": the first subject judges Chile
            subj, rel_obj = both
            how.append("object-relative")
        elif slo > 0 and toks[slo - 1].low in tb.markers["relative_subject"] and slo - 1 in rec.breaks and not any(
                g.start >= slo and g.end <= sp.start for g in rec.groups):
            subj = antecedent(tb, rec, slo)  # "…z Pakistanem, który twierdzi, że …": the relative's antecedent
        else:
            subj = None
        if subj is None and comma_participle(rec, sp.start):
            subj = first_subject(tb, rec, 0, sp.start - 1)  # "X slammed Y, calling its strikes a 'genocide'"
        if subj is None:  # "stated that Finland is a hostile state and blamed NATO …": who stated
            subj = switched_sayer(tb, rec, sp.start)
        subj = subj or left_subject(tb, rec, 0, sp.start)
        if subj is None and tb.settings.get("verb_second"):  # "Aus Moskau hieß es, …": who it comes from
            subj = next((g for g in rec.groups
                         if g.end == sp.start and prep(tb, rec, g.start, 0) in tb.markers["from"]), None)
        # "He warned that if Israel attacked Iran, …": a sayer no actor resolves stands before the verb; the
        # actor after it is what is said (only where the subject must stand first)
        unnamed = not (tb.settings.get("verb_second") or tb.cases) and any(
            np.end == sp.start and np.prep is None for np in rec.phrases)
        if subj is None and not unnamed:
            subj = after(tb, rec, sp.end, tm.start, {""})
            if subj is not None and left_subject(tb, rec, subj.end, tm.start) is None:
                subj = None  # the only actor after the verb is what is said, not who says it
            elif subj is not None and any(t.low in tb.markers["complementizer"] for t in toks[sp.end:subj.start]):
                subj = None  # "Powiedział, że … Rosja …": past 'that' the actor is what is said, not who says it
    if f.relation == "accuses" and sp is not None:
        said_from = _past_addressee(tb, rec, said_from, lo, tm.start)
    if subj is None:
        later = speech_after(tb, rec, tm.end)
        if later is not None and any(pron < tm.start and tm.end <= comma < later.start
                                     for comma, pron in rec.resumes.items()):
            return None, None, []  # "Zum Verfahren gegen Ungarn, welches Brüssel wegen Verstößen begonnen hatte,
            # sagte Macron, …": the words of a relative clause closed before the verb of saying are not his
        if later is not None:
            subj = quoted_speaker(tb, rec, later)
            if subj is None and disc.speaker is not None and names_no_one(tb, rec, later):
                # '"… provocations from Belarus," he said.': the narration's last subject
                subj = quote_speaker(tb, rec, disc, later.start)
                if subj is None or not subj.actors:
                    return None, None, []
            if subj is not None:
                how.append("speaker-after")
                sp = sp or later
    if subj is None and sp is None and disc.quote_ahead:
        # '„Polska i Litwa ciągle prowokują. … To prowokacja" – powiedział Łukaszenka': a quote of several
        # sentences whose speaker is named where it closes
        sp = Match(tm.start, tm.start, None, (), ())
        subj = Group([Mention(tm.start, tm.start, tuple(disc.quote_ahead), "speaker", resolved=True,
                              via="the speaker named where the quote closes")])
        how.append("quote-ahead")
    if subj is None and sp is None and tb.settings.get("verb_second"):
        # "…, was Japan als Provokation bezeichnete": the verb of saying closes the clause after the trigger
        late = next((cm for cm in rec.cues.get("speech", ()) if tm.end <= cm.start < hi), None)
        subj = next((g for g in rec.groups if lo <= g.start and g.end <= tm.start and prep(tb, rec, g.start, lo) is None
                     and g.mentions[0].kind != "adjectives"), None) if late is not None else None  # it comes first
        if subj is not None:
            sp, said_from = late, lo
            how.append("verb-final")
    if subj is None:
        # "„…przekroczył granicę” – podała agencja, powołując się na źródła wojskowe": the actor
        # an attribution names says it
        bodies = {b.start for b in rec.cues.get("body", ())}
        for cm in rec.cues.get("attribution", ()):
            m = next((m for m in rec.mentions if cm.start < m.start <= cm.end + 3 and not m.resolved
                      and not (m.possessive and not bodies & {m.end, m.end + 1})  # "citing Iran's violations"
                      and not tm.start <= m.start < tm.end  # not inside the trigger ("za atakami Huti")
                      and all(t.is_word for t in toks[cm.end:m.start])), None)  # nor past the aside's dash
            # ("Ambasador Rosji – powołując się na raport – oskarżył Litwę …": Lithuania says nothing)
            if m is not None and (cm.start > tm.end or cm.end <= tm.start):
                subj = next((g for g in rec.groups if m in g.mentions), Group([m]))
                sp = sp or cm
                how.append("attributed")
                break
    if sp is None:
        return None, None, []
    if subj is None and disc.subject:
        at = sp.start if sp is not None else tm.start
        topic = _one_voice(tb, rec, disc, sp)
        if not topic:
            return None, None, []
        subj = Group([Mention(at, at, topic, "topic", resolved=True, via="the topic")])
        how.append("discourse")
    obj = rel_obj
    if obj is None and lo > said_from and toks[lo - 1].low in tb.markers["relative_subject"] and lo - 1 in rec.breaks:
        # "rebelianci, którzy według ONZ dopuszczają się zbrodni": the relative clause's antecedent
        obj = antecedent(tb, rec, lo)
        if obj is not None:
            how.append("antecedent")
            said_from = lo
    if obj is None:
        obj = clause_relative_subject(tb, rec, lo)  # "…, co Japonia uznała za prowokację"
        if obj is not None:
            how.append("clause-relative")
    if obj is None and f.is_noun and tb.markers["agent_side"]:
        obj = _side_after(tb, rec, f)  # "…, że Polska nie będzie tolerować prowokacji ze strony Mińska"
        if obj is not None:
            how.append("agent-side")
    if obj is None and f.is_noun and tb.cases:
        obj = _noun_owner(tb, rec, f, said_from, subj)  # "…, że kraje NATO lekceważą rosyjskie prowokacje"
        if obj is not None:
            how.append("owner")
    if obj is None and f.is_noun and (tb.settings.get("verb_second") or tb.cases and f.trigger.genitive == "object"):
        # "sprach von einer Provokation Kiews"; a noun whose genitive is its author ("nazwała incydent prowokacją
        # białoruskich służb"), not the one it harms as most Polish action nouns' ("destabilizacja Mołdawii")
        obj = _genitive_owner(tb, rec, f, subj)
        if obj is not None:
            how.append("owner")
    if obj is None and f.is_noun and not tb.cases and f.trigger.genitive == "object":
        obj = _of_owner(tb, rec, f, subj)  # "the daily crimes and conduct of the Lebanese militia"
        if obj is not None:
            how.append("owner")
    # (and an adjective judging a noun that names its agent: "the remarks by X were provocative")
    if obj is None and (f.is_noun or f.trigger.relation == "threatens"
                        or bool(rec.morphs) and rec.morphs[tm.start].only("ADJ")):
        # "traktuje zatrzymanie obywatela przez białoruskie służby jako prowokację", "ostrzał Kijowa przez
        # Rosję jest zbrodnią": the act judged names its agent, who is accused (not the act's target); the act
        # a threat answers names the one it is aimed at ("any attack by X will be met with a response")
        # (a threat's own object prepositions mark that agent too: "każda blokada ze strony Peru")
        agent = tb.markers["agent"] | (tb.object_markers[f.index] - {""} if f.trigger.relation == "threatens"
                                       else frozenset())
        obj = next((g for g in rec.groups if said_from <= g.start and g.end <= tm.start and (subj is None or (
            g.start >= subj.end or g.end <= subj.start)) and prep(tb, rec, g.start, said_from) in agent), None)
        if obj is not None:
            how.append("judged-agent")
    if obj is None and f.is_noun and not tb.cases:
        obj = _modifier_owner(tb, rec, f, said_from, subj)  # "the continuation of Israeli aggression"
        if obj is not None:
            how.append("owner")
    # the first actor of the reported clause, bare or the genitive of its subject ("the deployment of NATO troops
    # in Estonia was a provocation")
    # (not the genitive of a prepositional phrase: "sende ein Signal an die Kräfte Taiwans")
    obj = obj or next((g for g in rec.groups if said_from <= g.start and g.end <= tm.start
                and prep(tb, rec, g.start, said_from) in (None, *tb.markers["genitive_marker"])
                and not _genitive_in_prep(tb, rec, g, said_from)
                and not all(m.compound for m in g.mentions) and not _name_before_head(rec, g)
                and not (f.relation == "threatens" and _responder(tb, rec, g))
                and not (f.relation == "accuses" and owns_harmed(tb, rec, g))  # "violating Chile's sovereignty"
                and (subj is None or {tb.top(a) for a in g.actors} != {tb.top(a) for a in subj.actors})
                and not _own_pair(tb, g, subj)), None)
    if obj is None and not f.is_noun and (tb.cases or tb.settings.get("verb_second")) and rec.morphs \
            and any(rec.morphs[k].is_("VERB") and rec.morphs[k].feats & {"fin", "past"}
                    for k in range(tm.start, tm.end)):
        # "…, że za zamachem stoi Rosja": the reported verb's nominative subject stands right after it
        # (or inside a gapped verb: "Hinter dem Anschlag steckt Russland", "steckt Russland hinter")
        obj = next((g for g in rec.groups if tm.start < g.start <= tm.end + 1 and g.end <= hi
                    and prep(tb, rec, g.start, tm.start) is None
                    and (not g.mentions[0].feats or "nom" in g.mentions[0].feats)
                    and (subj is None or set(g.actors) != set(subj.actors))), None)
        if obj is not None:
            how.append("subject-after")
    if obj is None:
        marked = tb.object_markers[f.index] - {""}
        end = sp.start if sp is not None and sp.start > tm.end else hi
        obj = after(tb, rec, tm.end, end, marked, skip=subj) if marked else None
        if obj is not None:
            how.append("marked-object")
    if obj is None and disc.agent and (any(toks[k].low in tb.markers["event"] for k in range(said_from, tm.start))
                                       or sp is not None and sp.end <= tm.start
                                       and pronoun_event(tb, rec, sp.end, hi, tm.start)):  # "called it a …"
        # "called the strikes …": the agent of the event
        obj = Group([Mention(said_from, said_from, tuple(disc.agent), "event", resolved=True, via="the last agent")])
        how.append("event")
    if obj is not None and subj is not None and set(subj.actors) <= set(obj.actors):
        obj = None  # the speaker itself, or a group it belongs to ("…, in which they condemned X, calling them …")
    return subj, obj, how


def _past_addressee(tb: Tables, rec: SentenceRecord, said_from: int, lo: int, trigger: int) -> int:
    """Where what is said begins when the verb of saying names whom it is told first: "told the Security Council
    that …", "powiedział Boliwii, że …", "sagte Bolivien, das Vorgehen … sei illegal": who is told is no one
    judged (a threat's is its target: "told Chile that the attack would not go unanswered", so only for
    accusations)."""
    toks = rec.tokens
    if said_from < lo <= said_from + 8 and toks[lo - 1].low in tb.markers["complementizer"] \
            and any(said_from <= g.start and g.end < lo for g in rec.groups):
        return lo
    if tb.settings.get("verb_second"):  # a comma after a bare dative right after the verb opens the reported clause
        g = next((g for g in rec.groups if said_from <= g.start <= said_from + 2 and g.end < trigger
                  and toks[g.end].text == "," and prep(tb, rec, g.start, said_from) is None), None)
        if g is not None:
            return g.end + 1
    return said_from


def _responder(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """The owner of a response noun ("NATO's response", "the reaction of Poland", "the reply from Berlin"): the
    one who would respond, not the one a threat is aimed at."""
    toks = rec.tokens
    starts = {cm.start for cm in rec.cues.get("retaliation", ())}
    k = g.end
    if k < len(toks) and toks[k].low in tb.markers["possessive_clitic"]:
        k += 1
        while k < len(toks) and k not in starts and rec.morphs and rec.morphs[k].only("ADJ"):
            k += 1  # "NATO's swift response"
        return k in starts
    k = g.start - 1
    if k < 1 or toks[k].low not in tb.markers["genitive_marker"] | tb.markers["from"]:
        return False
    return any(cm.end == k for cm in rec.cues.get("retaliation", ()))


def _name_before_head(rec: SentenceRecord, g: Group) -> bool:
    """A name that only modifies the name heading its phrase ("NATO" in "accused NATO ally Greece of …")."""
    np = next((p for p in rec.phrases if p.start <= g.start < p.end), None)
    return np is not None and g.end <= np.head and any(h is not g and h.start <= np.head < h.end for h in rec.groups)


def _noun_owner(tb: Tables, rec: SentenceRecord, f: FrameResult, said_from: int, subj: Group | None) -> Group | None:
    """The actor a reported accusation noun names as its own: an adjective right before it ("rosyjskie
    prowokacje"), the genitive after its "ze strony" ("zagrożenie ze strony Rosji") or after a conduct an
    adjective qualifies ("agresywnej polityki Chin"), not the first actor of the reported clause ("kraje
    NATO"). A genitive after a bare noun may be its victim ("naruszenie rumuńskiej przestrzeni"): not taken."""
    tm = f.match
    own = next((g for g in rec.groups if said_from <= g.start and g.end == tm.start
                and g.mentions[0].kind == "adjectives"), None)
    conduct = len(tm.tokens) > 1 and rec.morphs[tm.start].only("ADJ")  # "agresywnej polityki Chin"
    if own is None and (conduct or rec.tokens[tm.end - 1].low in tb.markers["agent_side"]):
        own = next((g for g in rec.groups if g.start == tm.end and g.mentions[0].kind != "pronoun"
                    and (not conduct or "gen" in g.mentions[0].feats)), None)
    if own is None or subj is not None and {tb.top(a) for a in own.actors} == {tb.top(a) for a in subj.actors}:
        return None
    return own


def _modifier_owner(tb: Tables, rec: SentenceRecord, f: FrameResult, said_from: int,
                    subj: Group | None) -> Group | None:
    """English: the actor a reported judgement noun names as its own, an adjective or a possessive right
    before it, even inside a phrase a preposition opens ("the continuation of Israeli aggression", "an end to
    Russia's provocations"), where the first actor with no preposition is not there to take."""
    k = f.match.start
    toks = rec.tokens
    while k > said_from and rec.morphs and rec.morphs[k - 1].only("ADJ") and toks[k - 1].text[:1].islower():
        k -= 1  # "Chinese military aggression"
    own = next((g for g in rec.groups if said_from <= g.start and g.mentions[-1].kind != "pronoun" and (
        g.end == k and g.mentions[-1].kind in ("adjectives", "body")  # "Chinese (military) aggression"
        or g.end == k - 1 and toks[k - 1].low in tb.markers["possessive_clitic"])), None)  # "Russia's provocations"
    if own is None or subj is not None and {tb.top(a) for a in own.actors} == {tb.top(a) for a in subj.actors}:
        return None
    return own


def _of_owner(tb: Tables, rec: SentenceRecord, f: FrameResult, subj: Group | None) -> Group | None:
    """English: a judgement noun of an act whose 'of' phrase names its doer ("the crimes of the junta"), also
    past a noun joined to it by 'and' ("crimes and reckless conduct of X"): the doer is the one judged, not an
    actor the reported clause names before it."""
    toks = rec.tokens
    k = f.match.end
    if k + 1 < len(toks) and toks[k].low in tb.markers["coordination"] and toks[k].is_word:
        k = next((j for j in range(k + 1, min(k + 4, len(toks))) if toks[j].low in tb.markers["genitive_marker"]
                  and all(t.is_word for t in toks[k + 1:j])), k)
    if k >= len(toks) or toks[k].low not in tb.markers["genitive_marker"]:
        return None
    own = next((g for g in rec.groups if k < g.start <= k + 2 and all(t.is_word for t in toks[k + 1:g.start])
                and g.mentions[0].kind != "pronoun"), None)
    if own is None or subj is not None and {tb.top(a) for a in own.actors} == {tb.top(a) for a in subj.actors}:
        return None
    return own


def _genitive_owner(tb: Tables, rec: SentenceRecord, f: FrameResult, subj: Group | None) -> Group | None:
    """German: the actor a reported judgement noun names as its own is the one judged: an adjective right
    before it ("spricht von einem russischen Kriegsverbrechen"), or the genitive right after it ("sprach von
    einer Provokation Kiews", "eine gezielte Provokation Aserbaidschans, hieß es"), a name with its
    genitive ending or a phrase opened by a genitive article ("der Aggression des Iran")."""
    k = f.match.end
    toks = rec.tokens
    if 0 < f.match.start and k < len(toks) and toks[k].text in QUOTES and toks[f.match.start - 1].text in QUOTES:
        k += 1  # a noun in quotation marks of its own: 'sprach von einer gezielten "Provokation" Athens'
    own = next((g for g in rec.groups if g.end == f.match.start and g.mentions[0].kind == "adjectives"), None)
    own = own or next((g for g in rec.groups if g.start == k and g.mentions[0].kind not in ("pronoun", "adjectives")
                       and "gen" in g.mentions[0].feats), None)
    if own is None and k < len(toks) and toks[k].low in ("des", "der"):
        own = next((g for g in rec.groups if k < g.start <= k + 2 and all(t.is_word for t in toks[k:g.start])
                    and g.mentions[0].kind != "pronoun"), None)
    if own is None or subj is not None and {tb.top(a) for a in own.actors} == {tb.top(a) for a in subj.actors}:
        return None
    return own


def _side_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A 'from the side of' phrase right after a judged noun ("prowokacje ze strony Mińska") names whose
    conduct it is: the accused, before any actor the reported clause names elsewhere."""
    toks = rec.tokens
    k = f.match.end
    return next((g for g in rec.groups if k <= g.start <= k + 4 and toks[g.start].low in tb.markers["agent_side"]
                 and g.start > 0 and toks[g.start - 1].low in tb.markers["from"]), None)


def _one_voice(tb: Tables, rec: SentenceRecord, disc: Discourse, sp: Match) -> tuple[str, ...]:
    """The topic that says what a speaker with no state says. One office ("Rzecznik MSZ poinformował",
    "– dodał rzecznik resortu") is one person: when the topic is the two sides of a meeting, it is the one
    of them that spoke last, or the one whose person the topic holds, else no one (never both sides)."""
    topic = tuple(disc.subject)
    gaz = tb.gazetteer
    sides = {tb.top(a) for a in topic if gaz[a].type == "State"}
    if sides & {tb.top(a) for a in disc.meeting}:  # the topic is a side of the last meeting: either side may speak
        sides |= {tb.top(a) for a in disc.meeting if gaz[a].type == "State"}
    if len(sides) < 2:
        return topic
    toks = rec.tokens
    office = next(((cm.start, sp.start) for cm in rec.cues.get("role", ()) if cm.end <= sp.start
                   and sp.start - cm.end <= 2 and all(t.is_word for t in toks[cm.end:sp.start])), None) or next(
        ((sp.end, cm.end + 2) for cm in rec.cues.get("role", ()) if sp.end <= cm.start <= sp.end + 1), None)
    if office is None or any(m.start < office[1] and m.end > office[0] for m in rec.mentions):
        return topic  # no office, or one with its own state ("Rzecznik MSZ Litwy")
    last = tuple(a for a in disc.speaker or () if tb.top(a) in sides)
    if len({tb.top(a) for a in last}) == 1:
        return last
    # "rzecznik polskiego MSZ Paweł Wroński … Rzecznik MSZ poinformował": the one person of the topic
    own = {tb.top(a) for a in topic if gaz[a].type == "Person"} & sides
    return tuple(a for a in topic if tb.top(a) in own) if len(own) == 1 else ()


def _genitive_in_prep(tb: Tables, rec: SentenceRecord, g: Group, floor: int) -> bool:
    """Whether ``g`` is the genitive after the noun of a prepositional phrase ("sende ein Signal an die Kräfte
    Taiwans"): whom the phrase concerns, not the subject of the reported clause (a possessor before its noun,
    "gegen Putins Invasion", and the genitive of an act noun, "um eine Aktion Weißrusslands", own the act judged)."""
    np = next((np for np in rec.phrases if np.start <= g.start < np.end), None)
    if np is None or np.attach is None or np.rel not in ("gen", "of"):
        return False
    if any(nxt.start == g.end and nxt.prep is None for nxt in rec.phrases):
        return False  # "gegen Präsident Putins grundlose Invasion": the possessor of the noun after it
    head = rec.phrases[np.attach]
    if head.head in rec.trigger_tokens or rec.tokens[head.head].low in tb.markers["event"]:
        return False  # "es gehe um eine Aktion Serbiens": the genitive of an act noun is its author
    return head.start < g.start and head.prep is not None and head.prep >= floor \
        and rec.tokens[head.prep].low not in tb.markers["genitive_marker"]


def _noun_of_saying(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """A word of saying that is a noun here, after an article or an adjective with no owner before them ("made
    erroneous remarks, which …"): it names what was said and says nothing itself. An owned one says what its owner
    says ("Beijing's traditional view that …"), and an adverb leaves a verb ("also noted")."""
    if k == 0 or not rec.morphs or tb.cases:  # (Polish: "która twierdzi" after a relative read as an adjective)
        return False
    toks = rec.tokens
    j = k - 1
    while j >= 0 and rec.morphs[j].only("ADJ"):
        j -= 1
    if j >= 0 and (toks[j].low in tb.markers["possessive_clitic"] or "poss" in rec.morphs[j].feats
                   or any(m.end == j + 1 and m.possessive for m in rec.mentions)):
        return False
    return j < k - 1 or toks[k - 1].low in tb.markers["definite"] | tb.markers["indefinite"]
