"""Roles settled after every frame of the sentence has its own: a fight against the other side's attack
noun is defence, an accusation with no object judges the actor of the clause it answers, and an attack noun
that names only its agent attacks the other side of the article's war; an accusation of a visit judges the
visitor. Split from ``roles``."""

from __future__ import annotations

from kg.engine.abstract_targets import abstract_targets
from kg.engine.record import FrameResult, Group, Mention, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables
from kg.engine.verb_final import finite_at


def settle(tb: Tables, rec: SentenceRecord) -> None:
    """The roles settled once every frame of the sentence has its own, in this order."""
    defences(rec)
    occasions(tb, rec)
    judged_visits(tb, rec)
    own_ground(tb, rec)
    war_targets(tb, rec)
    crowd_agents(rec)
    abstract_targets(tb, rec)
    topic_roles(tb, rec)
    venue_modifiers(tb, rec)
    judged_victims(tb, rec)


def judged_victims(tb: Tables, rec: SentenceRecord) -> None:
    """A speaker's judgement whose object is the target of an attack noun it judges ("said the shelling of
    Peruvian towns was a crime", "Die Bombardierung von peruanischem Gebiet ist inakzeptabel"): the one struck
    is no one judged; the judgement has no object of its own there."""
    toks = rec.tokens
    attacks = [tm for tm in rec.triggers if tb.triggers[tm.payload].relation == "attacks"]
    for f in rec.frames:
        if f.failure is not None or f.relation != "accuses" or "speaker" not in f.how or f.object is None:
            continue
        k = f.object.start
        if any(g.failure is None and g.relation == "attacks" and g.subject is not None and g.subject.start <= k
               < g.subject.end for g in rec.frames):
            continue  # "the repeated attacks of the regime on Syria": the attacker, who is judged
        if any(tm.end < k <= tm.end + 3 and toks[tm.end].low in tb.object_markers[tm.payload] and all(
                t.is_word and t.text[:1].islower() for t in toks[tm.end:k]) for tm in attacks):
            f.object = None


def venue_modifiers(tb: Tables, rec: SentenceRecord) -> None:
    """A city named right before a meeting noun that a locative preposition governs ("In Lima meeting, Chile
    agrees …", "at the Geneva talks") is where the talks were, not a party of them (ANNOTATION rule 7)."""
    toks = rec.tokens
    for f in rec.frames:
        if f.failure is not None or f.relation != "meetsWith" or not f.is_noun:
            continue
        for role in ("subject", "object"):
            g = getattr(f, role)
            if g is None or len(g.mentions) != 1 or g.mentions[0].kind != "metonyms" or g.end != f.match.start:
                continue
            k = g.start - 1
            while k >= 0 and toks[k].low in tb.markers["determiners"]:
                k -= 1
            if k >= 0 and toks[k].low in tb.markers["locative"]:
                setattr(f, role, None)


def topic_roles(tb: Tables, rec: SentenceRecord) -> None:
    """The owner of a question under discussion ("omówił sprawę Cypru w rozmowie z …", "besprach die Frage Zyperns
    bei einem Treffen mit …", "condemned the vote on the status of Kosovo") is what the talks or the act are about:
    no role of any frame; a meeting's parties are then the clause's."""
    from kg.engine.clause_parties import topic_owner

    for f in rec.frames:
        if f.failure is None:
            if f.subject is not None and topic_owner(tb, rec, f.subject):
                f.subject = None
            if f.object is not None and topic_owner(tb, rec, f.object):
                f.object = None


def crowd_agents(rec: SentenceRecord) -> None:
    """A subject that is only a state's adjective before a crowd noun (the lexicon's ``crowd``: "Iranian
    protesters stormed the embassy", "irańscy demonstranci", "iranische Demonstranten") names people who do not
    act for their state (ANNOTATION rule 10): the frame has no agent. As a target the crowd still stands for its
    state's people ("fired on Palestinian protesters")."""
    crowd = {cm.start for cm in rec.cues.get("crowd", ())}
    if not crowd:
        return
    for f in rec.frames:
        if f.failure is None and f.subject is not None and f.subject.mentions and all(
                m.kind == "adjectives" and m.end in crowd for m in f.subject.mentions):
            f.fail("private-agent")


def defences(rec: SentenceRecord) -> None:
    """A fight whose object is an attack noun of the other side ("Ukraina walczy z rosyjską agresją",
    "helping Ukraine fight Russian aggression", "kämpft gegen die russische Invasion"): the fighter
    defends. The fight gives no claim, and the attack noun, which names its agent only, has the
    fighter as its target."""
    for f in rec.frames:
        if f.failure is not None or f.relation != "attacks" or f.subject is None or f.object is None \
                or "avenged" in f.how:  # "atak odwetowy za ostrzał Hezbollahu": an answer hits, it fights nothing off
            continue
        act = next((g for g in rec.frames if g is not f and g.failure is None and g.relation == "attacks"
                    and g.is_noun and g.subject is f.object and g.match.start > f.match.start
                    and "light-verb" not in g.how  # "on Israel, which responded with strikes": its own act
                    and (g.subject.end >= g.match.start - 1 and g.subject.start <= g.match.end + 1)), None)
        # (the agent stands at the act noun, as "rosyjską agresją" does: "Israel reagierte auf den iranischen
        # Angriff mit Luftschlägen" is Israel's own strikes, named far from Israel, no fight against them)
        if act is None:
            continue
        if act.object is None:
            act.object = f.subject
            act.how.append("defender")
        if not any(cm.start in f.match.tokens for cm in rec.cues.get("retaliation", ())):
            f.fail("defence")  # (but "odpowiedziało ogniem na ostrzał Hezbollahu": fire returned hits the attacker)


def occasions(tb: Tables, rec: SentenceRecord) -> None:
    """An accusation with no object of its own, followed by a clause telling what it answers ("Japan lodged a
    protest after Chinese ships entered its waters", "Polska zaprotestowała, gdy Białoruś wysłała migrantów",
    "expressed condemnation as North Korea tested a missile"): the actor that opens that clause is judged."""
    gaz = tb.gazetteer
    for f in rec.frames:
        if f.failure is not None or f.relation != "accuses" or f.subject is None or f.object is not None:
            continue
        mine = {gaz[a].code for a in f.subject.actors}
        cue = next((cm for cm in rec.cues.get("occasion", ()) if cm.start >= f.match.end), None)
        if cue is None or any(k in rec.breaks and rec.tokens[k].text != "," for k in range(f.match.end, cue.start)):
            continue  # another clause between: "protested, but said that … after …"
        g = next((g for g in rec.groups if cue.end <= g.start <= cue.end + 3), None)
        if g is None or prep(tb, rec, g.start, cue.end) is not None or g.mentions[-1].possessive \
                or g.mentions[0].kind == "pronoun" or {gaz[a].code for a in g.actors} <= mine:
            continue
        if any(g.end <= cm.start <= g.end + 2 for cm in rec.cues.get("speech", ())) or any(
                h is not f and h.relation == "accuses" and g.end <= h.match.start <= g.end + 2 for h in rec.frames):
            continue  # "denied any intention of violating its airspace after Japan claimed / accused …": what
            # answers an accusation does not accuse the accuser
        if any(h is not f and h.relation == "accuses" and h.subject is g for h in rec.frames):
            continue  # "Die Kritik aus Warschau folgte, nachdem Vilnius Minsk verurteilt hatte": one more voice
            # in a chorus, not a charge against the first
        f.object = g
        f.how.append("occasion")


def judged_visits(tb: Tables, rec: SentenceRecord) -> None:
    """An accusation verb with no object whose direct object is a meeting noun naming its own agent ("Beijing
    condemned the visit by US lawmakers to Taiwan", "skrytykował wizytę amerykańskich kongresmenów"): the
    visitor is judged (the host is only where the act took place); so is it after an accusation noun and its own
    preposition ("übte heftige Kritik an der Reise der japanischen Abgeordneten")."""
    gaz = tb.gazetteer
    for f in rec.frames:
        if f.failure is not None or f.relation != "accuses" or f.subject is None:
            continue
        if f.is_noun and (f.match.end >= len(rec.tokens)
                          or rec.tokens[f.match.end].low not in tb.object_markers[f.index] - {""}):
            continue
        mine = {gaz[a].code for a in f.subject.actors}
        visit = next((g for g in rec.frames if g.failure is None and g.relation == "meetsWith" and g.is_noun
                      and f.match.end <= g.match.start <= f.match.end + 3 and g.subject is not None
                      and {"agent", "attached", "genitive"} & set(g.how)
                      and not {gaz[a].code for a in g.subject.actors} & mine), None)
        if visit is not None and f.object is not None and not (
                f.object.start > visit.subject.end and f.object is not visit.subject):
            continue  # an object of its own before the visit; but not its host ("verurteilte den Besuch der
            # US-Delegation in Taipeh": the visitor is judged, Taipei only where the visit went)
        if visit is not None:
            f.object = visit.subject
            f.how.append("judged-visit")


def own_ground(tb: Tables, rec: SentenceRecord) -> None:
    """An attack noun that names its agent and no target, followed by one of its own object prepositions and a
    possessive or reflexive pronoun ("condemned Turkish strikes on its territory", "potępił tureckie naloty na
    swoje terytorium", "verurteilte die türkischen Angriffe auf sein Territorium"), or an alleged attack verb
    whose direct object opens with one ("accused Baku of shelling its villages"): the pronoun's owner, the
    clause's first actor with no preposition that is not the attacker, is the target."""
    poss = {cm.start for concept in ("possessive_pronoun", "reflexive_possessive") for cm in rec.cues.get(concept, ())}
    toks = rec.tokens
    for f in rec.frames:
        if f.failure is not None or f.relation != "attacks" or f.subject is None or f.object is not None:
            continue
        k = f.match.end
        if k < len(toks) and toks[k].text in '"”»':
            k += 1  # 'US "aggression" on its territory': past the quote closing the noun
        marked = k + 1 < len(toks) and toks[k].low in tb.object_markers[f.index] - {""} and k + 1 in poss
        # a verb (or a noun with a bare object) whose object opens with the pronoun: "accused Baku of shelling
        # its villages", "oskarżył Moskwę o ostrzelanie swoich wiosek"
        bare = not marked and k in poss and "" in tb.object_markers[f.index] and (f.is_noun or "alleged" in f.how)
        if not (marked and f.is_noun or bare):
            continue
        lo = f.clause[0]
        owner = next((g for g in rec.groups if lo <= g.start and g.end <= f.match.start and g is not f.subject
                      and prep(tb, rec, g.start, lo) is None and g.mentions[0].kind != "adjectives"
                      and not set(g.actors) & set(f.subject.actors)), None)
        if owner is not None:
            f.object = owner
            f.how.append("own-ground")


def war_targets(tb: Tables, rec: SentenceRecord) -> None:
    """An attack noun that names its agent only ("since the start of the Russian invasion", "die russische
    Offensive") attacks the other side of the article's war, when that agent is one of its two sides."""
    war = rec.conflict_before
    if len(war) != 2:
        return
    for f in rec.frames:
        if f.failure is not None or f.relation != "attacks" or not f.is_noun or f.subject is None \
                or f.object is not None or len({tb.top(a) for a in f.subject.actors}) != 1 \
                or not {"attached", "genitive"} & set(f.how):
            continue  # only a noun that names its own agent: not "od początku wojny" with the clause's subject
        agent = tb.top(f.subject.actors[0])
        if agent not in war:
            continue
        marked = tb.object_markers[f.index] - {""}
        end = min(f.clause[1], max(f.match.end, f.subject.end) + 2)
        if any(rec.tokens[k].low in marked for k in range(f.match.start + 1, end)) \
                or _own_target_later(tb, rec, f, marked):
            continue  # a target of its own that names no actor: "ataki Huti na statki handlowe", "the Houthis'
            # campaign against shipping" (a trigger that ends in its preposition)
        other = war[1] if agent == war[0] else war[0]
        k = f.match.start
        f.object = Group([Mention(k, k, (other,), "event", resolved=True, via="the other side of the article's war")])
        f.how.append("war-target")


def _own_target_later(tb: Tables, rec: SentenceRecord, f: FrameResult, marked: frozenset[str] | set[str]) -> bool:
    """A target of its own after a place adjunct, before the clause's next verb: "richtet ihre Attacken vor der
    Küste auf Frachter" (the freighters are what is attacked, not the other side of the war)."""
    if not rec.morphs:
        return False
    for k in range(f.match.end, f.clause[1]):
        if finite_at(rec, k) or rec.tokens[k].text == ",":
            return False
        if rec.tokens[k].low in marked:
            return True
    return False
