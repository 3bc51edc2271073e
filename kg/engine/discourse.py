"""Discourse update: what this sentence tells the rest of the article.

The only stage that changes the ``Discourse``. It records the sentence's main
relation (for "similar steps"), the last meeting (for "the guest"), who acted
last (for "condemned the strike"), how often each actor was named and in
what order (for "both countries"), the last person (for "him"), surnames of
persons named in full, the actors named (for structural facts) and the
topic: the main clause's subject ("Rzecznik chińskiego MSZ stwierdził, że
…" makes the spokesman the topic, not the subject of what he reports).
"""

from __future__ import annotations

from kg.engine.coreference import group_lemma, title_stem
from kg.engine.group_descriptions import record_homes
from kg.engine.record import Discourse, FrameResult, Group, Mention, SentenceRecord
from kg.engine.speaker import main_group, update_speaker
from kg.engine.syntax import clause_span, distinct, left_subject, prep
from kg.engine.tables import Tables
from kg.lexicon import TITLES
from kg.records import RELATIONS, SYMMETRIC

#: Relations whose subject is the agent an accusation may refer back to ("the strike").
_AGENT_RELATIONS = ("attacks", "threatens", "sanctions", "deploysTroopsTo", "suppliesWeaponsTo")
#: How a subject the clause names was found (not only an actor named before the act's noun)
_CLAUSE_SUBJECT = frozenset({"left", "light-verb", "imposing-states"})
#: Relations whose two sides a broker of a truce or a deal may mediate between when no attack was told
_DISPUTES = frozenset({"attacks", "accuses", "threatens", "sanctions"})
#: Evidence of roles found inside a noun phrase: such claims are not the sentence's main relation.
_NOUN_EVIDENCE = frozenset({"attached", "genitive", "marked", "attached-pp"})


def update(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Fold the sentence into the article's discourse."""
    gaz = tb.gazetteer
    for m in rec.mentions:  # actors named, for structural facts
        if not m.resolved:
            for aid in m.actors:
                disc.named.setdefault(aid, (rec.start, rec.end, rec.text))
    for surname, person in rec.surnames.items():
        disc.surnames.setdefault(surname, person)
    _descriptors(tb, rec, disc)
    record_homes(tb, rec, disc)
    for key, person in rec.names.items():  # names of persons the article introduced (Discourse.actors)
        disc.names.setdefault(key, person)
    main_claims = [c for c in rec.claims if not c.negated and c.relation in RELATIONS
                   and not _NOUN_EVIDENCE & set(c.evidence)]
    if main_claims:  # the sentence's first (main-clause) relation is what "similar steps" repeat
        disc.last_claim = min(main_claims, key=lambda c: c.trigger and rec.text.find(c.trigger))
    disc.meeting_age += 1
    for c in rec.claims:
        if not c.negated and c.relation == "meetsWith":
            disc.meeting = [c.subject.id, c.object.id]
            disc.meeting_age = 0
        if not c.negated and c.relation == "attacks" and c.subject.id in gaz and c.object.id in gaz \
                and tb.top(c.subject.id) != tb.top(c.object.id):
            # the last pair is whom a mediator mediates between; the list, what a threat of paying back answers
            pair = (tb.top(c.subject.id), tb.top(c.object.id))
            disc.attacks = [*(p for p in disc.attacks if p != pair), pair]
        if not c.negated and c.relation in ("attacks", "sanctions") and c.subject.id in gaz and c.object.id in gaz \
                and tb.top(c.subject.id) != tb.top(c.object.id):
            disc.affront = [tb.top(c.subject.id), tb.top(c.object.id)]  # what a threat of retaliation answers
        if not c.negated and c.relation in _DISPUTES and c.subject.id in gaz and c.object.id in gaz \
                and tb.top(c.subject.id) != tb.top(c.object.id):
            disc.dispute = [tb.top(c.subject.id), tb.top(c.object.id)]  # whom a truce's broker mediates between
        if not c.negated:
            for a in (c.subject.id, c.object.id):
                if a in gaz:
                    top = tb.top(a)
                    disc.counts[top] = disc.counts.get(top, 0) + 2
    considered = [f for f in rec.frames if f.considered]
    agent = None
    for f in considered:  # who did the last thing an accusation may refer to
        if f.subject is not None and f.relation in _AGENT_RELATIONS and not f.subject.resolved:
            agent = f.subject.actors
            if f.relation == "attacks" and f.object is not None and "war-target" not in f.how:
                # not "sprach von einem Angriff", nor an attack whose target only the article's war gives
                disc.attacker = list(agent)
        elif f.relation == "accuses" and f.object is not None and not f.object.resolved \
                and _owns_event(tb, rec, f.object):
            agent = f.object.actors  # "verurteilten den Raketenstart Nordkoreas": North Korea launched
    main = main_group(tb, rec)  # the main clause's subject: the topic's and the speaker's (read once)
    if not agent and main is not None and not main.resolved and _main_event(tb, rec, main):
        agent = main.actors  # "North Korea claimed a successful launch": what "Japan condemned it" judges
    if agent:
        disc.agent = agent
    decider = decided_by(tb, considered)
    if decider:
        disc.decider = decider
    # "the two countries" after "…, brokered by the US and France,": the parties, never the mediators
    mediators = {tb.top(a) for f in rec.frames if f.trigger.mediation and f.subject is not None and f.pairs
                 for a in f.subject.actors}
    last = [(m, tb.top(a)) for m in rec.mentions if not m.resolved for a in m.actors
            if gaz[a].type != "Place" and tb.top(a) not in mediators]
    # "Israel und die libanesische Miliz Hisbollah", "Israel und die Hisbollah im Libanon": the two sides
    # are the actors named as actors; an origin adjective or a place a side is in is no third side
    sides = [(m, a) for m, a in last if not _side_modifier(tb, rec, m)]
    if len({a for _, a in sides}) >= 2:
        last = sides
    disc.last_sentence = [a for _, a in last]
    disc.last_pair = next((tops for m in rec.mentions if m.kind == "pair"
                           for tops in [list(dict.fromkeys(tb.top(a) for a in m.actors))] if len(tops) == 2), [])
    for m in rec.mentions:
        for a in m.actors:
            top = tb.top(a)
            if not m.resolved:
                disc.counts[top] = disc.counts.get(top, 0) + 1
            if top in disc.recent:
                disc.recent.remove(top)
            disc.recent.append(top)
            if gaz[a].type == "Person":
                disc.person = a
                if not m.resolved:
                    if a in disc.persons:
                        disc.persons.remove(a)
                    disc.persons.append(a)
    if _unknown_person_opens(tb, rec):
        disc.person = None  # "Nijar miał zginąć … Władze uznały go za terrorystę": "go" is the unknown one
    _titled(tb, rec, disc)
    _topic(tb, rec, disc, considered, main)
    update_speaker(tb, rec, disc, main)
    _parties(tb, rec, disc)
    _deniers(tb, rec, disc)
    disc.scene = rec.scene or disc.scene  # the paragraph's date (kg.engine.dates decides where it applies)
    return rec


def _titled(tb: Tables, rec: SentenceRecord, disc: Discourse) -> None:
    """A title word right before a person of that office, a state's name at most between ("Premier Mateusz
    Morawiecki", "z kanclerzem Niemiec Olafem Scholzem", "Chancellor Friedrich Merz"): the title's person."""
    gaz = tb.gazetteer
    for concept, position in TITLES.items():
        for cm in rec.cues.get(concept, ()):
            for m in rec.mentions:
                if not cm.end <= m.start <= cm.end + 2 or m.resolved or not all(
                        any(n.start <= k < n.end for n in rec.mentions) for k in range(cm.end, m.start)):
                    continue
                person = next((a for a in m.actors if a in gaz and gaz[a].type == "Person"
                               and gaz[a].position == position), None)
                if person is not None:
                    disc.titled[title_stem(rec, cm)] = person
                    break


def _deniers(tb: Tables, rec: SentenceRecord, disc: Discourse) -> None:
    """Who denies something here: the subject of a denial ("Kigali denies", "a charge Rwanda rejects",
    "Teheran zaprzecza")."""
    for cm in rec.cues.get("denial", ()):
        lo, _ = clause_span(rec, cm.start, cm.start)
        g = left_subject(tb, rec, lo, cm.start) or next(
            (g for g in reversed(rec.groups) if g.end <= cm.start and cm.start - g.end <= 2), None)
        if g is not None:
            disc.deniers.update(tb.top(a) for a in g.actors)


def _parties(tb: Tables, rec: SentenceRecord, disc: Discourse) -> None:
    """The last actors named acting together, for "the leaders" / "przywódcy trzech krajów": the
    participants of the sentence's widest symmetric event, else its widest coordinated group."""
    gaz = tb.gazetteer
    best: list[str] = []
    for f in rec.frames:
        if f.relation in SYMMETRIC and f.claims and not any(c.negated for c in f.claims) \
                and not f.trigger.mediation:  # the mediators of a deal are not its parties
            tops = distinct([tb.top(a) for pair in f.pairs for a in pair[:2]])
            if len(tops) > len(best):
                best = tops
    if len(best) < 2:
        # "Egypt and Qatar … as mediators, facilitating talks between Hamas and Israel": the sides mediated
        for f in rec.frames:
            if f.trigger.mediation and f.pairs and f.object is not None:
                tops = distinct([tb.top(a) for a in f.object.actors if gaz[a].type != "Place"])
                if len(tops) > len(best):
                    best = tops
    if len(best) < 2:
        # "Dokument, wynegocjowany za pośrednictwem USA i Francji": the mediators are not the parties
        mediators = {tb.top(a) for f in rec.frames if f.trigger.mediation and f.subject is not None
                     and f.pairs for a in f.subject.actors}
        for g in rec.groups:
            if mediators and {tb.top(a) for a in g.actors} <= mediators:
                continue
            tops = distinct([tb.top(a) for a in g.actors if gaz[a].type != "Place"])
            # only two or more can be the parties: a group of one is not looked at (nor its preposition)
            if len(tops) > max(len(best), 1) and prep(tb, rec, g.start, 0) in (None, *tb.markers["comitative"]):
                best = tops
    lists = []
    for g in rec.groups:  # "imposed tariffs on Canada and Mexico … accuses those countries": any list, any role
        tops = distinct([tb.top(a) for a in g.actors if gaz[a].type != "Place"])
        if len(tops) >= 2:
            disc.listed = tops
            lists.append(tops)
    disc.last_lists = lists
    for tops in lists:
        if tops in disc.lists_seen:
            disc.lists_seen.remove(tops)
        disc.lists_seen.append(tops)
    del disc.lists_seen[:-8]
    if len(best) >= 2 and not (set(best) < set(disc.parties)):
        # a part of the last set named again ("Abe and Li issued a statement" after a summit of three, one of
        # whom the data does not know) does not replace it: "the leaders" are still the three
        disc.parties = best
        if best in disc.party_sets:
            disc.party_sets.remove(best)
        disc.party_sets.append(best)
    talks: list[str] = []
    visitors: list[str] = []
    summit = 0
    meetings: list[list[str]] = []
    summits = {k for cm in rec.cues.get("summit", ()) for k in range(cm.start, cm.end)}
    for f in rec.frames:  # the parties of the last talks or deal, for "attended the talks" (not its mediators)
        if f.relation in ("meetsWith", "signsAgreementWith") and f.claims and not any(c.negated for c in f.claims):
            pairs = [p[1:2] if f.trigger.mediation else p[:2] for p in f.pairs]
            tops = distinct([tb.top(a) for pair in pairs for a in pair])
            if len(tops) >= 2 and tops not in meetings:
                meetings.append(tops)
            if len(tops) > len(talks):
                talks, summit = tops, 1 if summits & set(f.match.tokens) else 2 if summits else 0
                hosts = {tb.top(p[1]) for p in pairs if len(p) == 2}
                visitors = [a for a in distinct([tb.top(p[0]) for p in pairs if len(p) == 2]) if a not in hosts] \
                    if f.relation == "meetsWith" and not f.trigger.mediation else []
    if len(talks) >= 2:
        disc.talks, disc.talks_summit, disc.talks_visitors = talks, summit, visitors
    disc.meetings = [*(m for m in disc.meetings if m not in meetings), *meetings][-8:]


def _descriptors(tb: Tables, rec: SentenceRecord, disc: Discourse) -> None:
    """Record a group noun set right beside an armed group's name ("jemeńskich rebeliantów Huti",
    "Houthi rebels"): the bare noun later means that group (kg.engine.coreference)."""
    gaz = tb.gazetteer
    for cm in rec.cues.get("group", ()):
        m = next((m for m in rec.mentions if not m.resolved
                  and (m.start in (cm.end, cm.end + 1) or m.start <= cm.start and cm.end <= m.end)
                  and len(m.actors) == 1 and m.actors[0] in gaz and gaz[m.actors[0]].type == "ArmedGroup"), None)
        if m is not None:
            disc.descriptors[group_lemma(rec, cm.end - 1)] = m.actors[0]


def _topic(tb: Tables, rec: SentenceRecord, disc: Discourse, considered: list[FrameResult],
           main: Group | None) -> None:
    """The main clause's subject before the first trigger (``main``: triggers inside attributions and
    names do not count); without one, the subject of the sentence's first frame that gave claims."""
    if main is not None:
        disc.subject = main.actors
        return
    first_subject = None
    so_far = []
    for f in considered:
        if not f.pairs:
            continue
        so_far.extend(f.claims)
        if f.subject is not None and any(not c.negated for c in so_far):
            first_subject = f.subject.actors
            break
    if first_subject:
        disc.subject = first_subject


def _side_modifier(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """A mention that only places or qualifies what the sides do: an adjective right before a name
    ("libanesischen Schiitenmiliz Hisbollah"), or a state after "in" ("die Hisbollah im Libanon", "bombardierte
    Ziele im Libanon")."""
    toks = rec.tokens
    names = [n for n in rec.mentions if n is not m and n.kind != "adjectives" and not n.resolved]
    if m.kind == "adjectives":
        return any(0 <= n.start - m.end <= 2 and all(t.is_word for t in toks[m.end:n.start]) for n in names)
    k = m.start - 1
    while k >= 0 and rec.morphs and rec.morphs[k].only("DET"):
        k -= 1
    return k >= 1 and (toks[k].low in tb.markers["within"] or toks[k].low in tb.markers["locative"])


def _main_event(tb: Tables, rec: SentenceRecord, main: Group) -> bool:
    """Whether the subject, the only actor of its sentence, does an act no trigger took: an event word
    within three words after it, no preposition or punctuation between ("North Korea launched a missile",
    "North Korea claims successful launch"); not one it speaks of ("sprach von einem Angriff"), nor
    another's ("das Vorgehen Nordkoreas")."""
    toks = rec.tokens
    m_ = tb.markers
    if any(f.failure is None and f.pairs for f in rec.frames) or {tb.top(a) for m in rec.mentions
                                                               for a in m.actors} != {tb.top(a) for a in main.actors}:
        return False
    for k in range(main.end, min(len(toks), main.end + 4)):
        if toks[k].low in m_["event"]:
            return True
        if not toks[k].is_word or toks[k].low in m_["prepositions"]:
            return False
    return False


def _owns_event(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """Whether an actor owns an event word next to it ("den Raketenstart Nordkoreas", "Nordkoreas
    Raketentest", "den nordkoreanischen Raketentest"): the act condemned is that actor's."""
    event = tb.markers["event"]
    toks = rec.tokens
    near = list(range(max(0, g.start - 2), g.start)) + list(range(g.end, min(len(toks), g.end + 2)))
    return any(toks[k].low in event for k in near)


def _unknown_person_opens(tb: Tables, rec: SentenceRecord) -> bool:
    """Whether the sentence opens with a name that is no known actor, right before its finite verb ("Nijar miał
    zginąć", "Haddad said"): the person it names, not one named before, is the last person named."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or len(toks) < 2 or any(m.start == 0 for m in rec.mentions):
        return False
    k = 0
    while k < len(toks) and toks[k].is_word and toks[k].text[:1].isupper() and morphs[k].is_("PROPN") \
            and not morphs[k].is_("DET", "ADP", "PRON"):
        k += 1
    return 0 < k < len(toks) and (morphs[k].is_("VERB", "AUX") and bool(morphs[k].feats & {"fin", "past"}))


def decided_by(tb: Tables, frames) -> list[str]:
    """Who made the last deliberate act a word like "the move" or "the decision" stands for: the subject of the
    last such act that its clause names ("Norway reimposed UN sanctions on Syria": Norway, not the UN whose
    sanctions they are; "the return of UN sanctions" names no one who decided)."""
    out: list[str] = []
    for f in frames:
        if f.subject is None or f.relation not in _AGENT_RELATIONS or f.subject.resolved or not f.pairs \
                or not _CLAUSE_SUBJECT & set(f.how):
            continue
        out = [a for a in f.subject.actors if "imposing-states" not in f.how
               or tb.gazetteer[a].type != "Organization"]
    return out

