"""Pairs: which (subject, object) actor pairs a frame's roles give.

A directed relation pairs every subject actor with every object actor
("the US, South Korea and Japan" all take the role). A symmetric one pairs
co-subjects with each other and with every object ("Mali, Burkina Faso i
Niger utworzyły sojusz"); without two parties in its roles it takes the two
actors of the clause ("Podpisano porozumienie", "talks in Tokyo"). A mutual
trigger ("fighting between X and Y") gives both directions; "each other"
pairs a coordinated subject among itself.
"""

from __future__ import annotations

from kg.engine.gapping import gapped_pairs, listed_objects
from kg.engine.mediators import mediation_pairs, parties_meet
from kg.engine.record import Discourse, FrameResult, Group, Pair, SentenceRecord
from kg.engine.symmetric_pairs import each_with_pairs, symmetric_pairs, told_by
from kg.engine.syntax import finite, prep
from kg.engine.tables import Tables
from kg.records import SYMMETRIC


def pairs(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Actor pairs of every frame that got roles; a frame without pairs says why."""
    for f in rec.frames:
        if f.failure is not None:
            continue
        _object_of_a_later_noun(rec, f)
        told = _the_meeting_told(tb, rec, disc, f)
        f.pairs = told if told else _no_place_parties(tb, f, frame_pairs(tb, rec, f))
        if f.pairs:  # "…, Niemcy – na Litwę": each gapped conjunct repeats the act between its own two
            f.pairs += [p for p in gapped_pairs(tb, rec, f) + listed_objects(tb, rec, f) if p not in f.pairs]
        if not f.pairs and f.relation == "alliedWith":
            # "The accords included a duty to consult each other in case of a threat": an
            # alliance the deal named again sets up binds that deal's parties
            f.pairs = next((p for g in rec.frames if g.trigger.told_before and g.failure is None
                            for p in [_told_before(tb, rec, g)] if p), [])
        if not f.pairs:
            _explain_no_pairs(tb, f)
    _indirect_talks(tb, rec)
    return rec


def _the_meeting_told(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult) -> list[Pair]:
    """A bare meeting noun after a word that takes it as given ("po spotkaniu", "after the meeting", "während
    des Treffens"), with no partner or owner named at it, right after a sentence that told a meeting: that
    meeting's two parties, not actors the sentence names for what was said there ("Na konferencji po
    spotkaniu premier mówił o wysyłaniu broni Ukrainie": not a meeting with Ukraine)."""
    if f.relation != "meetsWith" or disc.meeting_age != 0 or f.trigger.mediation:
        return []
    gaz = tb.gazetteer
    met = [a for a in disc.meeting if a in gaz]
    if len({gaz[a].code for a in met}) != 2:
        return []
    toks = rec.tokens
    cue = next((cm for cm in (*rec.cues.get("presupposing", ()), *rec.cues.get("occasion", ()))
                if cm.end <= f.match.start <= cm.end + 2), None)
    if cue is None or any(not (toks[k].low in tb.markers["determiners"] or toks[k].low in tb.markers["definite"]
                               or rec.morphs and rec.morphs[k].only("ADJ")) for k in range(cue.end, f.match.start)):
        return []
    k = f.match.end
    named = any(m.start == k and not m.resolved for m in rec.mentions)
    if named or k < len(toks) and (toks[k].low in tb.markers["prepositions"] or toks[k].low in tb.markers["comitative"]
                                   or toks[k].low in tb.markers["possessive_clitic"]):
        return []  # "po spotkaniu z Scholzem", "after the meeting between A and B", "nach dem Treffen Putins"
    if any(m.end == f.match.start and m.possessive for m in rec.mentions):
        return []  # "after Putin's meeting"
    return [(met[0], met[1], True)]


def _object_of_a_later_noun(rec: SentenceRecord, f: FrameResult) -> None:
    """A noun's object named after another noun of the same relation is that noun's: in "ofiary ataku
    Hamasu … i ofiary ataków odwetowych w Strefie Gazy" Gaza is where the reprisals struck, not Hamas's target."""
    if not f.is_noun or f.object is None or f.relation in SYMMETRIC or "avenged" in f.how:
        return  # (a reprisal's target is named by the attack it answers: "atak odwetowy za ostrzał Hezbollahu")
    # a noun inside the object's own phrase does not count: "gegen den mit Strafmaßnahmen belegten Iran"
    np = next((p for p in rec.phrases if p.start <= f.object.start < p.end), None)
    inside = np.prep if np is not None and np.prep is not None else f.object.start
    if any(g is not f and g.is_noun and g.relation == f.relation and g.failure is None
           and f.match.end <= g.match.start and g.match.end <= f.object.start and g.match.start < inside
           for g in rec.frames):
        f.object = None


def _no_place_parties(tb: Tables, f: FrameResult, found: list[Pair]) -> list[Pair]:
    """A city or region is the venue or the topic of talks, never a party: "Gaza talks", "truce talks on
    Crimea", "talks in Istanbul" (ANNOTATION rule 7) give no meeting, deal or alliance with the place."""
    if f.relation not in SYMMETRIC:
        return found
    gaz = tb.gazetteer
    found = [p for p in found if gaz[p[0]].type != "Place" and gaz[p[1]].type != "Place"]
    if f.relation == "alliedWith":  # "Turkey, a NATO ally": membership (ANNOTATION rule 6), no alliance with it
        found = [p for p in found if not _member(tb, p[0], p[1]) and not _member(tb, p[1], p[0])]
    return found


def _member(tb: Tables, a: str, org: str) -> bool:
    """Whether the state ``a`` acts for is a member of the organization ``org`` acts for (the gazetteer's)."""
    gaz = tb.gazetteer
    return tb.top(org) in gaz[tb.top(a)].member_of


def _indirect_talks(tb: Tables, rec: SentenceRecord) -> None:
    """Parties of mediated talks do not meet each other: "Katar pośredniczył w rozmowach między
    Izraelem a Hamasem" gives Qatar's two meetings, not Israel meeting Hamas."""
    frames = [f for f in rec.frames if f.trigger.mediation and not parties_meet(f)]
    mediated = {frozenset((tb.top(m), tb.top(p))) for f in frames for m, p, _ in f.pairs}
    if not mediated:
        _co_mediators(tb, rec, frames)
        return
    parties = {a for pair in mediated for a in pair} - {tb.top(m) for f in rec.frames if f.trigger.mediation
                                                          for m, _, _ in f.pairs}
    # "Egypt and Qatar mediated talks between Israel and Hamas": the talks noun's co-subjects are the
    # mediators, who work side by side, not a meeting of theirs either
    fellows = {frozenset((tb.top(a), tb.top(b))) for f in frames for a, _, _ in f.pairs for b, _, _ in f.pairs}
    for f in rec.frames:  # "the meeting between Iran and Saudi Arabia mediated by China": they met
        if f.relation == "meetsWith" and not f.trigger.mediation and f.pairs and not told_by(rec, f, "in_person"):
            f.pairs = [pr for pr in f.pairs if not (tb.top(pr[0]) in parties and tb.top(pr[1]) in parties)
                       and frozenset((tb.top(pr[0]), tb.top(pr[1]))) not in fellows]
            if not f.pairs:
                f.fail("no-parties", "the parties of mediated talks do not meet each other")


#: Failures of a mediation frame that still read its clause (it passed the filters).
_READ = (None, "no-subject", "no-object", "no-roles", "no-parties")


def _co_mediators(tb: Tables, rec: SentenceRecord, frames: list[FrameResult]) -> None:
    """Mediators named together, with no parties in their sentence, work side by side; they do not meet
    each other: "negocjacje przy udziale pośredników z Omanu, Kenii i Norwegii", "Obie stolice razem z Norwegią
    pośredniczą w rozmowach". The mediators are the mediation frame's subject, else (a mediation noun
    with no actor of its own, "są pośrednikami") the actors of a meeting of its clause with no object."""
    for m in frames:
        if m.failure not in _READ or m.pairs:
            continue
        for f in rec.frames:
            if f.relation != "meetsWith" or f.trigger.mediation or not f.pairs or f.clause != m.clause:
                continue
            if m.subject is not None:
                fellows = {tb.top(a) for a in m.subject.actors}
            elif f.object is None:  # its subject, or the clause's actors named together
                fellows = {tb.top(a) for pr in f.pairs for a in pr[:2]}
            else:
                continue
            f.pairs = [pr for pr in f.pairs if not (tb.top(pr[0]) in fellows and tb.top(pr[1]) in fellows)]
            if not f.pairs:
                f.fail("no-parties", "mediators named together do not meet each other")


#: Relations a hyphenated pair of sides does to each other ("the Ethiopian-Eritrean war").
_MUTUAL_WHEN_PAIRED = ("attacks",)


def frame_pairs(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Pair]:
    subj, obj = f.subject, f.object
    lo, hi = f.clause
    gaz = tb.gazetteer
    out: list[Pair] = []
    if f.trigger.mutual or f.relation in _MUTUAL_WHEN_PAIRED and "hyphen-pair" in f.how:
        # "walki między armią izraelską a Hezbollahem", "the Israel-Hamas war": each attacks the other
        fronted = [g for g in rec.groups if lo <= g.start < hi]
        if subj is None and obj is None and len(fronted) == 1 and fronted[0].end <= f.match.start \
                and len({gaz[a].code for a in fronted[0].actors}) == 2 \
                and prep(tb, rec, fronted[0].start, lo) in tb.markers["tie_sides"]:
            # "Zwischen Armenien und Aserbaidschan kam es zu Gefechten": the sides, fronted, the clause's only actors
            obj = fronted[0]
        members = [a for g in (subj, obj) if g is not None for a in g.actors]
        if obj is not None and len({gaz[a].code for a in obj.actors}) >= 2:
            if subj is not None and prep(tb, rec, obj.start, lo) in tb.markers["comitative"]:
                # "Chile's security pacts with Peru and Ecuador": the owner's, with each partner
                both = [(a, b) for a in subj.actors for b in obj.actors if gaz[a].code != gaz[b].code]
                if f.relation not in SYMMETRIC:  # "Israel's war with Hamas and Hezbollah": each way
                    both += [(b, a) for a, b in both]
                return [(a, b, subj.resolved or obj.resolved) for a, b in both]
            each = each_with_pairs(tb, rec, f, obj) if subj is None else None
            if each is not None:  # "das Abkommen zwischen den Emiraten und Bahrain mit Israel": each with Israel
                return each
            members = list(obj.actors)  # "the ceasefire between A and B": A and B, whoever speaks of it
        codes = {gaz[a].code for a in members}
        if len(codes) == 2 or f.relation in SYMMETRIC and len(codes) > 2:
            resolved = any(g is not None and g.resolved for g in (subj, obj))
            return [(a, b, resolved) for a in members for b in members if gaz[a].code != gaz[b].code
                    and (f.relation not in SYMMETRIC or gaz[a].code < gaz[b].code)]  # one claim per pair
        return []
    if f.trigger.mediation:
        return mediation_pairs(tb, rec, f)
    if f.trigger.told_before:
        return _told_before(tb, rec, f)
    if f.relation in SYMMETRIC:
        return symmetric_pairs(tb, rec, f)
    if obj is None and subj is not None and len({gaz[a].code for a in subj.actors}) >= 2 and (any(
            lo <= cm.start < hi and not (rec.morphs and any(rec.morphs[j].is_("VERB") for j in range(
                f.match.end, cm.start))) for cm in rec.cues.get("reciprocal", ())) or _reciprocal_clitic(tb, rec, f)
            or _fought(rec, f, subj, len({gaz[a].code for a in subj.actors}))) and f.relation != "providesAidTo":
        # "India and Pakistan expelled each other's diplomats", "Armenia i Azerbejdżan oskarżają się",
        # "Etiopia i Erytrea toczyły wojnę" (aid pledged to each other is an alliance's promise: "pledged to
        # come to each other's aid"); not after another verb ("backing rebels opposed to each other")
        return [(a, b, subj.resolved) for a in subj.actors for b in subj.actors if gaz[a].code != gaz[b].code]
    if subj is None or obj is None:
        return []
    respective = _respective(tb, rec, subj, obj)
    if respective:
        return [(a, b, subj.resolved or obj.resolved) for a, b in respective]
    for a in subj.actors:
        for b in obj.actors:
            out.append((a, b, subj.resolved or obj.resolved))
    return out


def _respective(tb: Tables, rec: SentenceRecord, subj: Group, obj: Group) -> list[tuple[str, str]]:
    """"Polen bzw. Litauen kritisierten Russland bzw. Belarus": two lists of as many names, one of them joined by
    a word of the lexicon's ``respective``, pair item by item (each name with the one in the same place)."""
    words = tb.markers["respective"]
    if not words or len(subj.mentions) != len(obj.mentions) or len(subj.mentions) < 2 or not any(
            t.low.rstrip(".") in words for g in (subj, obj) for t in rec.tokens[g.start:g.end]):
        return []
    return [(a, b) for s, o in zip(subj.mentions, obj.mentions, strict=True) for a in s.actors for b in o.actors]


#: Relations a reflexive clitic right after their verb turns reciprocal: "oskarżają się", "grożą sobie";
#: not the cooperative ones, whose reflexives mean the subject itself ("bronią się", "uzbrajają się").
_RECIPROCAL_BY_CLITIC = ("accuses", "threatens", "attacks")


def _reciprocal_clitic(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A reflexive clitic right after a verb trigger of conflict: the coordinated subject does it to one
    another ("Armenia i Azerbejdżan oskarżają się o złamanie rozejmu")."""
    k = f.match.end
    return (f.relation in _RECIPROCAL_BY_CLITIC and not f.is_noun and k < len(rec.tokens)
            and rec.tokens[k].low in tb.markers["reciprocal_clitic"])


def _fought(rec: SentenceRecord, f: FrameResult, subj: Group, sides: int) -> bool:
    """A war or fighting of exactly two coordinated sides with no other side named, told before it: they
    fight each other ("Etiopia i Erytrea stoczyły wojnę graniczną"; not "wypowiedzenie wojny Mali i Nigrowi")."""
    if f.relation != "attacks" or sides != 2 or subj.end > f.match.start or not any(
            cm.start <= f.match.start < cm.end for cm in rec.cues.get("fighting", ())):
        return False
    # a verb ("starły się"), or a noun its own light verb governs ("toczyły krwawą wojnę"); not a war
    # named further on ("wzięli udział w obchodach rocznicy wojny")
    return not f.is_noun or any(0 <= f.match.start - lv.end <= 2 for lv in rec.cues.get("light_verbs", ()))


def _told_before(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Pair]:
    """"The agreements included …", "Porozumienie przewiduje …", "Das Abkommen sieht … vor": a deal noun (a
    ``told_before`` trigger) that opens its sentence as a definite description (after an article or demonstrative
    and adjectives; in a language without articles, also bare) is the article's last talks or deal: every pair of
    their parties. Nothing when the sentence names an actor that was no party of them."""
    gaz = tb.gazetteer
    codes = {gaz[a].code for a in rec.talks_before if a in gaz}
    if len(codes) < 2:
        return []
    k = f.match.start
    j = k - 1
    while j >= 0 and rec.morphs and rec.morphs[j].only("ADJ") and rec.tokens[j].is_word:
        j -= 1  # "the new agreements", "Das neue Abkommen"
    if not (j == 0 and rec.tokens[0].low in tb.markers["definite"] or j < 0 and tb.cases):
        return []
    if any(gaz[a].code not in codes for m in _speaking_mentions(tb, rec, f) for a in m.actors if a in gaz):
        return []  # "The agreement, which Russia hailed, …": someone else's talk of a deal
    parties = [a for a in rec.talks_before if a in gaz]
    return [(a, b, True) for i, a in enumerate(parties) for b in parties[i + 1:] if gaz[a].code != gaz[b].code]


def _speaking_mentions(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list:
    """The mentions that may tell of a deal noun opening the sentence as their own: those before the
    sentence's main verb ("The agreement, which Russia hailed, …", "The deal, Bolivia said, …") and those a
    verb of saying follows ("…, Bolivia said"); not what the deal is about ("The agreements included a
    commitment … to counter North Korea's threats")."""
    toks = rec.tokens
    verb = next((k for k in range(f.match.end, len(toks)) if rec.morphs and finite(rec.morphs[k])
                 and not any(j in rec.breaks or toks[j].text == "," for j in range(f.match.end, k))), len(toks))
    said = {cm.start for cm in rec.cues.get("speech", ())}
    # after the main verb, only an infinitive's object tells what the deal is about ("… to counter North Korea")
    purpose = next((k for k in range(verb + 1, len(toks) - 1) if "infmark" in rec.morphs[k].feats
                    and rec.morphs[k + 1].is_("VERB")), len(toks)) if rec.morphs else len(toks)
    return [m for m in rec.mentions if m.start < verb or m.start < purpose
            or any(j in said for j in range(m.end, m.end + 3))]


def _explain_no_pairs(tb: Tables, f: FrameResult) -> None:
    """Record why a frame gave no pairs, in the words an analyst needs."""
    if f.how == ["adjectival"]:
        f.fail("no-agent")
    elif f.trigger.mutual or f.relation in SYMMETRIC:
        f.fail("no-parties", "a symmetric or mutual relation needs two distinct parties in its roles or clause")
    elif f.subject is None and f.object is None:
        f.fail("no-roles")
    elif f.subject is None:
        where = "nothing attached to the noun and no governing verb" if f.is_noun else \
            "no actor on the left in its clause, and no subject to inherit"
        f.fail("no-subject", f"no subject: {where}")
    else:
        markers = ", ".join(m or "(direct object)" for m in sorted(tb.object_markers[f.index]))
        f.fail("no-object", f"no object: no actor after the trigger with one of: {markers}")

