"""Objects: the first actor after the trigger with a preposition the trigger allows, and
the special cases around it.

In order: the agent of an event an accusation refers back to ("condemned
the strike"); a genitive right after a noun ("okupacja Ukrainy"); the object
in a relative clause ("the campaign that Israel launched against Iran"); a
noun's bare object only right after it, farther actors need a preposition;
the owner inside a gapped phrase ("violated Estonian airspace"); for
meetings, a partner before a place ("spotkał się w Kairze z Arakczim"); the
first actor in a reported clause after "warned that"; the agent of the last
event; and, for attacks and deployments, a place named before the trigger.
"""

from __future__ import annotations

from kg.engine.clause_parties import dealings_partner
from kg.engine.direct_object import direct_object, shared_object
from kg.engine.event_agents import event_group, event_owner, last_agent
from kg.engine.harmed import harmed_target
from kg.engine.hidden_objects import with_case
from kg.engine.objects import event_word, joins, pronoun_event
from kg.engine.participle_addressee import participle_addressee
from kg.engine.prenominal_light import judged_prenominal
from kg.engine.reason_clause import reason_agent
from kg.engine.record import Discourse, FrameResult, Group, SentenceRecord
from kg.engine.relative_object import cased_relative_object, relative_object
from kg.engine.reported_objects import charge_clause, preceding_report, reported_v2, warned_that
from kg.engine.retaliation import (
    answered_actor,
    answered_attacker,
    condemned_attacker,
    paid_back_target,
    retaliation_target,
    sanctioned_attacker,
    sanctioned_critic,
)
from kg.engine.syntax import (
    after,
    antecedent,
    can_be_nominative,
    clause_relative_subject,
    finite,
    left_subject,
    prep,
)
from kg.engine.tables import Tables
from kg.engine.talks import criticised_talks, earlier_talks
from kg.engine.troop_places import fronted_destination, unit_place, where_antecedent
from kg.engine.verb_final import head_prep, other_noun_before
from kg.text import HYPHENS

#: Relations an event noun ("the strike", "próba") may be the object of.
_EVENT_OBJECT = ("accuses", "praises", "supports", "threatens")
#: Relations of giving: a light verb's dative receives what their noun names.
_GIVING = ("providesAidTo", "suppliesWeaponsTo")


def find_object(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult) -> None:
    """Fill ``f.object`` when the subject rules did not."""
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    t = f.trigger
    event = tb.markers["event"]
    subj = f.subject
    judged = judged_prenominal(tb, rec, f) if t.relation in ("accuses", "praises", "threatens") else None
    if judged is not None and (subj is None or set(judged.actors) != set(subj.actors)):
        f.object = judged  # "verurteilte die von Russland durchgeführten Angriffe": who carried them out
        f.how.append("prenominal-act")
        return
    k = event_word(tb, rec, tm.end, hi) if f.object is None and t.relation in (
        "accuses", "praises", "threatens") else None
    agent = last_agent(tb, rec, k, disc)[0] if k is not None else ()
    if k is not None and agent and (subj is None or set(agent) != set(subj.actors)):
        near = after(tb, rec, tm.end, k + 3, {""}, first_only=True)
        if near is None:  # "potępiły próbę jako naruszenie rezolucji ONZ": the test's author
            f.object = event_group(tb, rec, k, disc)
            if f.object is not None and subj is not None and _own_act(tb, f.object, subj):
                f.object = None  # "Erdogan threatened military action against …": Turkey's own act
            if f.object is not None:
                f.how.append("event")
    if f.object is None and t.relation in ("accuses", "praises", "threatens") and disc.agent and \
            pronoun_event(tb, rec, tm.end, hi) and (subj is None or set(disc.agent) != set(subj.actors)):
        f.object = event_group(tb, rec, tm.end, disc)  # "Japan condemned it": the last act's agent
        if f.object is not None:
            f.how.append("event")
    if f.object is not None:
        return
    if t.genitive == "object" and len(tm.tokens) > 1:
        # "Chile is Peru's biggest arms supplier", "is Norway's largest donor": the possessor a copula trigger's
        # gap holds is whom the noun serves
        f.object = next((g for g in rec.groups if tm.start < g.start and g.end < tm.end and g is not subj
                         and g.mentions[-1].possessive), None)
        if f.object is not None:
            f.how.append("possessor")
            return
    f.object = direct_object(tb, rec, f)
    if f.object is not None and f.object.start > tm.end and _closes_conjunct(tb, rec, f):
        f.object = None  # "hatte vor einem Krieg gewarnt und die Rebellen aufgefordert": the next verb's object
    if f.object is not None and t.relation == "threatens" and reported_v2(tb, rec, f) and f.object.start > tm.end:
        f.object = None  # "warnte, Russland könnte die Nato angreifen": the reported clause's subject (below)
    if f.object is not None and t.relation in ("threatens", "attacks") and subj is not None \
            and f.object.mentions[0].resolved and set(f.object.actors) == set(subj.actors):
        # "vowed to avenge the killing of its commander by Israel": the subject's own body is no target; a marked
        # object after it is, else the later rules' ("threatened to use its army to make Peru sign": Peru)
        f.object = after(tb, rec, f.object.end, hi, tb.object_markers[f.index] - {""}, skip=subj)
    if f.object is not None and t.relation == "deploysTroopsTo":
        f.object = unit_place(tb, rec, f, f.object)
    if f.object is not None and t.relation == "meetsWith" and dealings_partner(tb, rec, f, f.object):
        f.object = None
    if f.object is None:
        f.object = shared_object(tb, rec, f)
        f.how += ["shared-object"] if f.object is not None else []
    if f.object is None:
        f.object = relative_object(tb, rec, f)  # "the YPG, which the US has supported"
        if f.object is None and tb.cases and not f.is_noun and lo > 0:
            # "Gruzja, na którą napadła Rosja": the subject after the verb, the antecedent its object
            f.object = cased_relative_object(tb, rec, lo, tb.object_markers[f.index])
            f.object = None if f.object is subj else f.object
        if f.object is not None:
            f.how.append("relative-object")
    if f.object is None and t.relation == "meetsWith":  # "Qatar mediated the talks" too
        # "Egypt took part in the talks", "beteiligte sich an den Gesprächen": the subject of the clause of a
        # noun after a preposition, when the noun found none ("described the talks" is not taking part)
        doer = subj if subj is not None else left_subject(tb, rec, lo, tm.start) if f.is_noun and prep(
            tb, rec, tm.start, lo) not in (None, *tb.markers["genitive_marker"]) else None
        talks = earlier_talks(tb, rec, disc, f, doer) if doer is not None else None
        if talks is not None:
            f.subject, f.object = doer, talks
            f.how.append("earlier-talks")
    if f.object is None and t.relation == "accuses" and subj is not None:  # "The US slammed the summit": its parties
        f.object = criticised_talks(tb, rec, disc, f)
        if f.object is not None:
            f.how.append("earlier-talks")
    if f.object is None and f.is_noun and subj is not None and f.how[-1:] == ["light-verb"] and \
            (tb.settings.get("object_before_verb") or tb.cases):
        # "führte IAEA-Chef Grossi mit Irans Außenminister Gespräche": the marked object before the noun;
        # with free word order too ("wysunęła wobec Moskwy zarzuty", "przypuściła na Kijów atak")
        marked = tb.object_markers[f.index] - {""}
        if t.relation == "attacks":  # "führten in Afghanistan Krieg": where it is fought (no target after it)
            marked = marked | tb.markers["within"]
        start = subj.end if subj.start < tm.end else _light_start(rec, lo, tm.start)
        if not tb.settings.get("object_before_verb"):
            # free word order: only between the light verb and its noun ("wysunęła wobec Moskwy zarzuty"), not in a
            # clause between the subject and the verb ("Hezbollah, który … z Hamasem, zapowiedział ataki")
            start = max((cm.end for cm in rec.cues.get("light_verbs", ()) if lo <= cm.start and cm.end <= tm.start),
                        default=tm.start)
        f.object = next((g for g in rec.groups if start <= g.start and min(subj.end, start) <= g.start
                         and g.end <= tm.start and g is not subj and prep(tb, rec, g.start, start) in marked
                         and not other_noun_before(rec, f, subj.end, g)), None)
        if f.object is not None:
            f.how.append("object-before-noun")
    if f.object is None and f.is_noun and subj is not None and f.how[-1:] == ["light-verb"] and tb.cases \
            and rec.morphs and (t.relation in _GIVING or t.relation in ("accuses", "threatens")):
        # "Polska przekazała Ukrainie uzbrojenie …, a także setki milionów złotych pomocy": the light
        # verb's dative between it and the noun receives what the noun names ("Japonia przekazała Chinom
        # protest": the protest is against it; "postawiła Kijowowi ultimatum": the ultimatum is to it)
        # (a subject after the noun is the speaker after a quote: "Przekazaliśmy Chinom skargę – powiedział …")
        start = subj.end if subj.start < tm.end else _light_start(rec, lo, tm.start)
        f.object = next((g for g in rec.groups if start <= g.start and g.end <= tm.start and g is not subj
                         and prep(tb, rec, g.start, start) is None and "dat" in g.mentions[0].feats
                         and g.mentions[0].kind != "adjectives"), None)
        if f.object is not None:
            f.how.append("dative-of-light-verb")
    if f.object is None and f.is_noun and subj is not None and f.how[-1] in ("light-verb", "final-light-verb") \
            and not tb.cases and tb.settings.get("object_before_verb") and (t.relation in _GIVING or t.relation in (
                "accuses", "threatens")):
        # names show no case: a bare name between the light verb and the noun's own article receives what the
        # noun names ("Peking übermittelte Washington einen scharfen Protest", "dass China den USA einen Protest
        # übermittelt hat")
        f.object = next((g for g in rec.groups if subj.end <= g.start and g.end < tm.start and g is not subj
                         and prep(tb, rec, g.start, subj.end) is None and g.mentions[0].kind in ("names", "metonyms")
                         and not g.mentions[-1].possessive and toks[g.end].low in tb.markers["determiners"]
                         and all(x.is_word and x.text[:1].islower() for x in toks[g.end:tm.start])), None)
        if f.object is not None:
            f.how.append("dative-of-light-verb")
    if f.object is None and not f.is_noun and t.relation in ("threatens", "accuses"):
        f.object = warned_that(tb, rec, f)
    if f.object is None and f.is_noun and t.relation == "accuses":
        f.object = charge_clause(tb, rec, f)
    if f.object is None and t.relation in _EVENT_OBJECT and disc.agent:
        # "Tokio i Seul potępiły próbę", "Qatar condemned the strike": the event's agent;
        # "naloty nie pozostaną bez odpowiedzi": the event as the clause's subject
        nxt = [k for k in range(tm.end, min(hi, tm.end + 3)) if toks[k].low in event and not (
            t.relation == "threatens" and any(toks[j].low in tb.markers["comitative"] | tb.markers["warned_of"]
                                              for j in range(tm.end, k)))]
        # not "drohte mit einem Angriff", "warnte vor einem Angriff": the act threatened with or feared, not a
        # past one answered
        if not nxt and t.relation == "threatens" and not (tm.start > lo and joins(tb, rec, tm.start - 1)):
            # (not a verb after "und", which opens a conjunct of its own: "kritisierte den Angriff und warnte vor …")
            nxt = [k for k in range(lo, tm.start) if toks[k].low in event and not any(
                toks[j].low in tb.markers["comitative"] | tb.markers["warned_of"] for j in range(max(lo, k - 3), k))]
            # verb-final "hatten vor einem Angriff der Hamas gewarnt": the feared act again
        owner = event_owner(tb, rec, nxt[0], hi) if nxt else None
        if owner is not None:
            f.object = owner  # "popiera każdą decyzję” libańskiego ugrupowania": the event's own owner
            f.how.append("event-owner")
        elif nxt and (subj is None or set(disc.agent) != set(subj.actors)):
            f.object = event_group(tb, rec, nxt[0], disc)
            if f.object is not None and subj is not None and _own_act(tb, f.object, subj):
                f.object = None  # "Erdogan threatened military action against …": Turkey's own act
            if f.object is not None:
                f.how.append("event")
    before = [k for k in range(lo, tm.start) if toks[k].low in event]  # "wurden die Angriffe verurteilt"
    if f.object is None and f.voice == "passive" and t.relation in ("accuses", "praises") and disc.agent and before \
            and event_owner(tb, rec, before[-1], hi) is None:
        f.object = event_group(tb, rec, before[-1], disc)
        f.how += ["event"] if f.object is not None else []
    if f.object is None and t.relation in ("threatens", "accuses"):
        f.object = preceding_report(tb, rec, f)  # "Russland sabotiere die Gespräche, kritisierte Paris"
    if f.object is None and subj is not None and t.relation in ("threatens", "accuses") and (
            not f.is_noun or "light-verb" in f.how):  # "kündigte Gegenmaßnahmen an, nachdem die USA …"
        f.object = reason_agent(tb, rec, f)  # "vowed to retaliate after the EU imposed sanctions"
    if f.object is None and subj is not None and t.relation in _GIVING:
        f.object = _helped(tb, rec, f)  # "is supplying another Patriot system to strengthen Ukraine"
        if f.object is not None:
            f.how.append("helped")
    if f.object is None and subj is not None and t.relation == "attacks" and f.is_noun:
        f.object = harmed_target(tb, rec, f)  # "Two Iranian generals were killed in an Israeli strike"
        if f.object is not None:
            f.how.append("harmed")
    if f.object is None and subj is not None and t.relation == "attacks":
        f.object = located_target(tb, rec, f)  # "strikes against an air base near Tartus in western Syria"
        if f.object is not None:
            f.how.append("located-target")
    if f.object is None and t.relation == "accuses":
        f.object = clause_relative_subject(tb, rec, lo)  # "…, which Taipei condemned as a provocation"
        if f.object is not None:
            f.how.append("clause-relative")
    if f.object is None and t.relation == "attacks" and f.is_noun and subj is not None:
        f.object = _avenged_agent(tb, rec, f)  # "atak odwetowy za ostrzał Hezbollahu": Hezbollah is hit
    if f.object is None and t.relation in ("attacks", "sanctions") and f.is_noun:
        f.object = _defender(tb, rec, f)  # "die Ukraine, die sich gegen den russischen Angriffskrieg verteidigt"
        # (and who suffers or answers measures: "Kuba leidet unter dem US-Embargo")
    if f.object is None and subj is not None and t.relation in ("attacks", "deploysTroopsTo"):
        places = [g for g in rec.groups if g.end <= tm.start and g is not subj
                  and all(tb.gazetteer[a].type == "Place" for a in g.actors)
                  and not (g.end < len(toks) and toks[g.end].text in HYPHENS)  # "des Gaza-Kriegs": a name
                  and (t.relation != "attacks" or _scene_of(tb, rec, g, tm.start))]
        if places:
            f.object = places[-1]  # "w obwodzie kurskim, gdzie doszło do ukraińskiego wtargnięcia"
            f.how.append("place")
    if f.object is None and subj is not None and t.relation == "attacks" and f.is_noun:
        f.object = _fronted_scene(tb, rec, f)  # "In southern Lebanon, Israeli strikes continued"
        if f.object is not None:
            f.how.append("fronted-scene")
    if f.object is None and subj is not None and t.relation == "deploysTroopsTo":
        f.object = fronted_destination(tb, rec, f)
        if f.object is not None:
            f.how.append("fronted-destination")
    if f.object is None and subj is not None and t.relation == "deploysTroopsTo":
        f.object = where_antecedent(tb, rec, f)
        if f.object is not None:
            f.how.append("where")
    if subj is not None and t.relation == "threatens" and f.is_noun:
        answered = answered_actor(tb, rec, f)  # "Gegenmaßnahmen als Antwort auf die Panzerlieferungen Polens an …"
        if answered is not None:
            f.object = answered
            f.how.append("answered")
    if f.object is None and subj is not None and t.relation == "attacks" and any(
            cm.start in tm.tokens for cm in rec.cues.get("retaliation", ())):
        f.object = answered_attacker(tb, rec, f)  # "odpowiedziała ogniem na ostrzał PKK": fire returned at its author
        if f.object is not None:
            f.how.append("answered")
    if f.object is None and subj is not None and t.relation == "attacks":
        f.object = paid_back_target(tb, rec, f)  # "W odpowiedzi Turcja przeprowadziła naloty": at the last attacker
        if f.object is not None:
            f.how.append("paid-back")
    if f.object is None and subj is not None and t.relation in ("threatens", "accuses"):
        f.object = (retaliation_target if t.relation == "threatens" else condemned_attacker)(tb, rec, f)
        if f.object is not None:
            f.how.append("retaliation" if t.relation == "threatens" else "condemned-attack")
    if f.object is None and subj is not None and t.relation == "sanctions":
        f.object = sanctioned_attacker(tb, rec, f)  # "Nach dem russischen Angriff verhängte die EU Sanktionen"
        if f.object is None:
            f.object = sanctioned_critic(tb, rec, f)  # "Venezuela kritisierte die Sanktionen der USA"
        if f.object is not None:
            f.how.append("answered")
    if f.object is None and subj is not None and t.relation == "threatens":
        f.object = (_ultimatum_addressee if "after-dash" in f.how else participle_addressee)(tb, rec, f)


def _ultimatum_addressee(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A warning said after a dash of a demand that names its price ("Grecja musi wycofać wojsko, inaczej …
    – ostrzegł X") threatens the demand's addressee: the first actor before the ultimatum word that no
    preposition governs."""
    lo = f.clause[0]
    cue = next((cm for cm in rec.cues.get("ultimatum", ()) if lo <= cm.start < f.match.start), None)
    if cue is None:
        return None
    g = next((g for g in rec.groups if lo <= g.start and g.end <= cue.start and g is not f.subject
              and g.mentions[0].kind != "adjectives" and prep(tb, rec, g.start, lo) is None
              and can_be_nominative(g)), None)
    if g is not None:
        f.how.append("ultimatum")
    return g


def _fronted_scene(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The state a locative phrase opening the clause names, for an attack noun with no target after it
    ("In southern Lebanon, Israeli strikes continued"): where the strikes fell. Not past a verb of saying
    ("In Kyiv, the minister said Russian strikes …" names where it was said)."""
    lo = f.clause[0]
    gaz = tb.gazetteer
    mine = {gaz[a].code for a in f.subject.actors}
    if rec.morphs and any(rec.morphs[k].only("VERB", "AUX") for k in range(lo, f.match.start)):
        return None  # "In Paris, Macron condemned Russian strikes": the strikes are the object, told elsewhere
    if lo > 0 and rec.tokens[lo - 1].text == ",":
        lo = 0  # the phrase opening the sentence ends at the comma before the attack's clause
    g = next((g for g in rec.groups if lo <= g.start < f.match.start and g.start - lo <= 4), None)
    if g is None or prep(tb, rec, g.start, lo) not in tb.markers["locative"] or g is f.subject \
            or any(g.end <= cm.start < f.match.start for cm in rec.cues.get("speech", ())) \
            or not all(gaz[a].type in ("State", "Place") for a in g.actors) \
            or {gaz[a].code for a in g.actors} & mine:
        return None
    return g


def _helped(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The object of a purpose infinitive of helping later in the giving verb's clause ("delivered two
    systems to help Ukraine", "to strengthen Kyiv's air defence"): the one given to; not the giver."""
    lo, hi = f.clause
    gaz = tb.gazetteer
    mine = {gaz[a].code for a in f.subject.actors}
    for cm in rec.cues.get("purpose_help", ()):
        if not f.match.end <= cm.start < hi:
            continue
        if any(g.relation == "deploysTroopsTo" and g.failure is None and cm.start <= g.match.start < cm.end
               for g in rec.frames):
            return None  # "sent two frigates to bolster Estonia's air defence": crews sent, a deployment
        g = next((g for g in rec.groups if cm.end <= g.start <= cm.end + 1 and g.end <= hi), None)
        if g is not None and prep(tb, rec, g.start, cm.end) is None and not {gaz[a].code for a in g.actors} & mine:
            return g
        return None
    return None


def located_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The state or place where an attack's target lies, when the target names no actor: "fired at the
    houses in the town of X in southern Lebanon", "attacks against a base near Haifa", "air attacks
    inside Afghanistan". The target is the first phrase after the trigger (bare, or with one of the
    trigger's object prepositions, or a locative one after a noun); the place is in a locative chain right
    after it."""
    toks = rec.tokens
    phrases = rec.phrases
    hi = f.clause[1]
    locative = tb.markers["locative"]
    wanted = tb.object_markers[f.index] | locative
    skip = {tb.gazetteer[a].code for a in f.subject.actors} if f.subject is not None else set()
    first = next((i for i, np in enumerate(phrases) if np.start >= f.match.end), None)
    start = f.match.end
    if first is not None and f.subject is not None and phrases[first].rel == "gen" and phrases[first].prep is None \
            and phrases[first].start <= f.subject.start < phrases[first].end and first + 1 < len(phrases):
        start = phrases[first].end  # "der Drohnenangriff der Ukraine auf Flugplätze in Russland": past its agent
        first += 1
    if first is None or phrases[first].start >= hi or any(
            toks[k].is_word for k in range(start, phrases[first].prep if phrases[first].prep is not None
                                           else phrases[first].start)):
        return None  # the target phrase follows the trigger ("attacks against", "strike on the …")
    np = phrases[first]
    if np.prep is not None and f.match.start <= np.prep < f.match.end:
        pass  # the trigger's own preposition ("ataków na cele w Libanie"): the phrase is its target
    elif np.prep is not None and (toks[np.prep].low not in wanted or not f.is_noun and toks[np.prep].low in locative
                                  and toks[np.prep].low not in tb.object_markers[f.index]):
        return None  # "air strikes inside Syria" is where they struck; "fought in Kursk" is where they fought
    if np.prep is not None and toks[np.prep].low in tb.markers["from"] and with_case(rec, np.head):
        return None  # "w walce z bojownikami w Mali": the fight's foe, unnamed, is no target in the place after it
    end = np.end
    for nxt in phrases[first:first + 4]:
        if nxt.start >= hi:
            break
        if nxt is not np and nxt.prep is None and nxt.start == end and rec.morphs \
                and all(rec.morphs[k].is_("ADJ") for k in nxt.span()):
            end = nxt.end  # a Polish adjective after its noun ("na bazy wojskowe w Izraelu")
            continue
        if nxt is not np:
            # (not "off": "hit a tanker off the coast of Oman" struck at sea, not in Oman)
            linked = nxt.prep is not None and nxt.prep == end and (
                toks[nxt.prep].low in locative and toks[nxt.prep].low not in tb.markers["offshore"]
                or nxt.rel == "of") or (  # "the town of Kfar Kila"
                nxt.prep is None and nxt.start == end and nxt.rel == "gen" and nxt.attach is not None
                and phrases[nxt.attach].prep is not None
                and toks[phrases[nxt.attach].prep].low in locative)  # "im Nordwesten Syriens"
            if not linked:
                break
        g = next((g for g in rec.groups if nxt.start <= g.start < nxt.end and not g.mentions[-1].compound), None)
        if g is not None:  # not "members of the US-backed SDF": the name before the hyphen only modifies
            codes = {tb.gazetteer[a].code for a in g.actors}
            if all(m.kind == "adjectives" for m in g.mentions) or codes <= skip:
                return None
            return g if nxt is not np or (np.prep is not None and toks[np.prep].low in locative) else None
        end = nxt.end
    return None


def _avenged_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A retaliatory attack ("atak odwetowy za ostrzał Hezbollahu": the answer phrase right after its noun)
    hits the one whose attack it answers: the actor named right after the next attack noun."""
    hi = f.clause[1]
    cue = next((cm for cm in rec.cues.get("defend", ()) if f.match.end <= cm.start <= f.match.end + 1
                and cm.end < hi), None)
    if cue is None:
        return None
    nxt = next((m for m in rec.triggers if cue.end <= m.start <= cue.end + 2 and m.start < hi
                and tb.triggers[m.payload].relation == "attacks"), None)
    if nxt is None:
        return None
    g = after(tb, rec, nxt.end, min(hi, nxt.end + 1), {""}, skip=f.subject, first_only=True)
    if g is None or g.mentions[0].kind == "adjectives" and g.start != nxt.end:
        return None
    f.how.append("avenged")
    return g


def _defender(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """An attack noun with no target, in the clause of a verb of defending oneself ("verteidigt sich gegen
    den russischen Angriffskrieg", "defends itself against Russian aggression"), attacks that verb's
    subject: the clause's first actor no preposition governs, else the antecedent of its relative pronoun.
    A sanction only through a verb ("Kuba leidet unter dem US-Embargo"), not a phrase of answering."""
    lo, hi = f.clause
    cue = next((cm for cm in rec.cues.get("defend", ()) if lo <= cm.start and cm.end <= hi), None)
    if cue is not None and f.relation == "sanctions" and not (rec.morphs and finite(rec.morphs[cue.start])):
        cue = None
    if cue is None:
        return None
    gaz = tb.gazetteer
    agents = {gaz[a].code for a in f.subject.actors} if f.subject is not None else set()
    first = next((g for g in rec.groups if lo <= g.start < hi and g.end <= max(cue.start, f.match.start)
                  and prep(tb, rec, g.start, lo) is None and g.mentions[0].kind != "adjectives"
                  and head_prep(tb, rec, g, lo) is None), None)  # not "Mit Hilfe der USA wehrte Israel … ab"
    if first is not None and cue.start > 0 and rec.morphs and "poss" in rec.morphs[cue.start - 1].feats:
        # "Kanada hilft Lettland in seinem Abwehrkampf gegen …", "helps Latvia in its defence against …":
        # the possessive's owner is the actor named last before it, the one helped
        last = [g for g in rec.groups if first.start <= g.start and g.end < cue.start
                and prep(tb, rec, g.start, lo) is None and g.mentions[0].kind != "adjectives"]
        first = last[-1] if last else first
    if first is None and cue.start < f.match.start:
        # "W odpowiedzi na atak Izraela Iran ostrzelał …": a fronted answer; the clause's subject follows
        first = next((g for g in rec.groups if f.match.end <= g.start < hi and prep(tb, rec, g.start, lo) is None
                      and g.mentions[0].kind != "adjectives" and not {gaz[a].code for a in g.actors} & agents), None)
    subj = first or antecedent(tb, rec, lo)
    if subj is None or {gaz[a].code for a in subj.actors} & agents:
        return None
    f.how.append("defender")
    return subj


def _scene_of(tb: Tables, rec: SentenceRecord, g: Group, k: int) -> bool:
    """Whether a place named before the act at ``k`` can be where it happened: no other predicate stands
    between them ("jets struck rebels in Sanaa, which capped weeks of warnings to cease their attacks on
    ships": Sanaa is the strike's place) and no attack is named before the place, unless the act's clause is
    the place's "where" clause ("w obwodzie kurskim, gdzie doszło do wtargnięcia")."""
    j = g.end + (g.end < k and not rec.tokens[g.end].is_word)
    if j < k and rec.tokens[j].low in tb.markers["relative_place"]:
        return True
    if any(m.end <= g.start and tb.triggers[m.payload].relation == "attacks" for m in rec.triggers):
        return False  # "launched missiles at the rebels in Sanaa …": the place of the act named before it
    return not rec.morphs or not any(finite(rec.morphs[i]) for i in range(g.end, k))


def _own_act(tb: Tables, agent: Group, subj: Group) -> bool:
    """Whether an act's agent is the subject itself or its state ("Erdogan threatened military action":
    Turkey's own act is not what Erdogan threatens; he and Turkey are one side)."""
    mine = set(subj.actors) | {tb.top(a) for a in subj.actors}
    return {tb.top(a) for a in agent.actors} <= mine


def _closes_conjunct(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Verb-second languages: a participle or infinitive trigger right before "und"/"oder" closes its verb phrase
    (its objects stand before it); what follows the conjunction belongs to the next verb."""
    tm, toks, morphs = f.match, rec.tokens, rec.morphs
    if not tb.settings.get("verb_second") or not morphs or len(tm.tokens) != 1 or tm.end >= len(toks):
        return False
    m = morphs[tm.start]
    return (toks[tm.start].text[:1].islower() and bool(m.feats & {"ppas", "inf"}) and not m.feats & {"fin"}
            and toks[tm.end].low in ("und", "oder"))


def middle_field(tb: Tables, rec: SentenceRecord, f: FrameResult, lo: int) -> tuple[int, list[Group]]:
    """Where a late verb's middle field starts (from ``lo``), and the groups an earlier conjunct lends it. It
    starts after a participle or infinitive that closes a conjunct before it: "hat Russland verurteilt und die
    Ukraine unterstützt" (Russia is the first verb's). A verb of answering (the lexicon's ``retaliation``)
    lends what it answers ("auf X") to the act joined to it, the answer itself: "hat mit Drohnen auf Israel
    geantwortet und Raketen abgefeuert" (at Israel); the phrase right after "auf" only, not an owner inside it."""
    toks, morphs = rec.tokens, rec.morphs
    start, lent = lo, []
    if not morphs:
        return start, lent
    answers = {k for cm in rec.cues.get("retaliation", ()) for k in range(cm.start, cm.end)}
    for k in range(f.clause[0], f.match.start - 1):
        if morphs[k].feats & {"ppas", "inf"} and not morphs[k].feats & {"fin"} and toks[k + 1].low in ("und", "oder"):
            lent = [g for g in rec.groups if start <= g.start and g.end <= k and prep(tb, rec, g.start, start) == "auf"
                    ] if k in answers else []
            start = max(start, k + 1)
    return start, lent


def _light_start(rec: SentenceRecord, lo: int, k: int) -> int:
    """Where the last light verb of the clause before the noun at ``k`` starts (``k`` if none): with the subject
    after the noun, the noun's marked object stands between them."""
    return max((cm.start for cm in rec.cues.get("light_verbs", ()) if lo <= cm.start and cm.end <= k), default=k)
