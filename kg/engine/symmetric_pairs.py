"""Pairs of a symmetric relation (meetings, alliances, agreements): who met, allied or signed with whom.

Co-subjects pair with each other and with every object ("Mali, Burkina Faso i Niger utworzyły
sojusz"); a visit pairs its visitor with the host; meetings held one by one pair the subject with each
partner but not the partners with each other; a suspended or refused meeting pairs no one. Split from
``pairs.py``, which dispatches every frame here or to the directed pairing.
"""

from __future__ import annotations

from kg.engine.chunks import QUOTES
from kg.engine.clause_parties import apposed_place, clause_parties, excluded, judged_at, topic_at
from kg.engine.hosting import hosted, judged_tie
from kg.engine.mediators import companions
from kg.engine.participles import describes_other
from kg.engine.record import FrameResult, Group, Pair, SentenceRecord
from kg.engine.syntax import antecedent, left_subject, prep
from kg.engine.tables import Tables
from kg.records import RELATIONS


def symmetric_pairs(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Pair]:
    """The pairs of a symmetric frame: its co-subjects with each other and with every object (a visitor with
    the host), or the clause's parties when its roles hold fewer than two."""
    subj, obj = f.subject, f.object
    lo, hi = f.clause
    gaz = tb.gazetteer
    if f.trigger.transitive:
        return hosted(tb, rec, f)
    if f.trigger.together:
        # "Chile and Peru discussed trade", "omówili", "besprachen": a verb that needs a partner names both
        # in its subject; with one actor there it tells of a topic, and the clause's other actors are no party
        if subj is None or len({gaz[a].code for a in subj.actors}) < 2:
            return []
        return [(a, b, subj.resolved) for i, a in enumerate(subj.actors) for b in subj.actors[i + 1:]
                if gaz[a].code != gaz[b].code]
    if f.relation == "meetsWith":  # "not inviting military chief X to the summit": kept out, no party
        subj = None if subj is not None and excluded(rec, subj) else subj
        obj = None if obj is not None and excluded(rec, obj) else obj
    tm = f.match
    around = next((g for g in rec.groups if g.start < tm.start and tm.end < g.end), None)
    if obj is None and around is not None:
        # "die USA und ihre Verbündeten Südkorea und Japan": the noun inside a coordinated group pairs the
        # actors before it with those it names after it, not these with each other
        left = [a for m in around.mentions if m.end <= tm.start for a in m.actors]
        right = [a for m in around.mentions if m.end > tm.end for a in m.actors]
        return [(a, b, around.resolved) for a in left for b in right if gaz[a].code != gaz[b].code]
    if _suspended(tb, rec, f):
        return []  # "beim Nato- und EU-Treffen": a meeting of each, not of the two with each other
    if obj is not None and apposed_place(rec, obj, tb.object_markers[f.index] | tb.subject_markers[f.index]):
        obj = None  # "met in the Bolivian capital, La Paz": the venue named again, no partner
    topic = topic_at(rec, f) if obj is not None and f.relation == "meetsWith" else None
    if topic is not None and topic[0] <= obj.start < topic[1]:
        obj = None  # "convened an emergency meeting to address Chile's threats": what it is about, no partner
    if obj is not None and _helper(tb, rec, obj, lo):
        if subj is None or len({gaz[a].code for a in subj.actors}) < 2:
            return []  # "Chile signed a deal with the help of Brazil": the partner is unnamed
        obj = None  # "agreed to a truce with the mediation of Russia": Russia helped, and is no party
    if obj is not None and f.relation == "meetsWith" and all(m.possessive for m in obj.mentions) \
            and prep(tb, rec, obj.start, lo) in tb.markers["locative"]:
        obj = None  # "met in Peru's capital, Lima": whose the venue is, no partner
    if subj is not None and obj is not None and judged_tie(tb, rec, f, obj, subj.end):
        subj = None  # "Canada backed talks between Chile and Peru": the tie is the two's, Canada only judges it
    if f.relation == "alliedWith" and f.is_noun and subj is not None and obj is None and subj.end == f.match.start \
            and subj.mentions[0].kind == "adjectives":
        # "Armia Mali i jej rosyjscy sojusznicy": the possessive's owner is allied with the adjective's state
        own = next((m for m in rec.mentions if m.kind == "possessor" and m.end == subj.start), None)
        refl = next((cm for cm in rec.cues.get("reflexive_possessive", ()) if cm.end == subj.start), None)
        if own is None and refl is not None:  # "Siły Czadu wraz ze swoimi francuskimi sojusznikami": the subject's
            own = left_subject(tb, rec, lo, refl.start, nominative=True)
        if own is not None:
            return [(a, b, True) for a in own.actors for b in subj.actors if gaz[a].code != gaz[b].code]
    each = each_with_pairs(tb, rec, f, obj) if subj is None and obj is not None else None
    if each is not None:  # "das Abkommen zwischen den Emiraten und Bahrain mit Israel": each with Israel
        return each
    members: list[str] = []
    resolved = False
    for g in (subj, obj):
        if g is not None:
            members += [a for a in g.actors if a not in members]
            resolved = resolved or g.resolved
    if subj is None and {"alleged", "controlled"} & set(f.how):
        return []  # "accused a businessman of negotiating with A and B": not A with B
    if subj is None and obj is not None and obj.resolved and obj.start >= f.match.end \
            and prep(tb, rec, obj.start, lo) in tb.markers["comitative"]:
        # "A Hamas delegation joined talks with both mediators": the pair phrase is the partner; who talks
        # with it is the party the clause names before the noun, as with a name in its place
        before = {a for g in rec.groups if lo <= g.start and g.end <= f.match.start for a in g.actors}
        guests = [a for a in clause_parties(tb, rec, f)[0] if a in before and a not in obj.actors]
        if guests:
            found = [(a, b) for a in guests for b in obj.actors]
            found += [(a, b) for i, a in enumerate(obj.actors) for b in obj.actors[i + 1:]]
            return [(a, b, True) for a, b in found if gaz[a].code != gaz[b].code]
    if f.relation == "meetsWith" and f.is_noun and subj is None and obj is not None and companions(tb, rec, f, obj):
        return []  # "one of the guarantors of the talks, along with A, B and C": fellow guarantors, no partners
    if len({gaz[a].code for a in members}) < 2:
        if f.how == ["adjectival"] and tb.cases and describes_other(rec, f):
            return []  # "bazy ugrupowań sprzymierzonych z Iranem": the groups are allied, not the clause's actors
        if "adjectival-agent" in f.how:
            return []  # "an accord signed by several countries, including Rwanda": not the clause's others
        if f.match.end < len(rec.tokens) and rec.tokens[f.match.end].low in tb.markers["possessive_clitic"]:
            return []  # "the summit's communiqué names Russia …": a meeting told before, as an owner
        named = next((g for g in rec.groups if g.start == f.match.end and g.mentions[0].kind == "names"), None)
        if f.relation == "alliedWith" and f.is_noun and subj is not None and "attached" in f.how and named:
            # "gegen Irans Verbündete Hisbollah": the owner's ally is the name set beside the noun
            return [(a, b, subj.resolved) for a in subj.actors for b in named.actors if gaz[a].code != gaz[b].code]
        if f.relation == "alliedWith" and f.is_noun and subj is not None and "attached" in f.how and rec.morphs \
                and not subj.mentions[-1].possessive and subj.start >= lo \
                and not any(rec.morphs[k].is_("VERB", "AUX") for k in range(lo, subj.start)):
            return []  # "A Trump ally in Congress criticised Kyiv": someone's ally, unnamed, in the subject

        if _partner_no_actor(tb, rec, f):
            return []  # "powiedział w rozmowie z Polsat News": the one talked with is named, and is no actor
        members, one_group = clause_parties(tb, rec, f)
        hosts = [a for a in members if subj is None or a not in subj.actors]
        listed = [g for g in rec.groups if set(hosts) <= set(g.actors) and len(g.mentions) > 1
                  and prep(tb, rec, g.start, lo) not in tb.markers["tie_sides"]]
        if one_group and obj is None and listed and told_by(rec, f, "visit") and len({gaz[a].code for a in hosts}) > 1:
            # "picked Chile and Peru for his first visits": one visitor's destinations, each met by the visitor
            # (when named), not by each other
            return [(a, b, resolved) for a in (subj.actors if subj is not None else ()) for b in hosts
                    if gaz[a].code != gaz[b].code]
        if f.relation == "meetsWith" and subj is not None and obj is None and told_by(rec, f, "summit"):
            # "Macron spoke before the summit of EU leaders", "announced at the BRICS summit by South Africa's
            # president": a member at its organization's summit meets the other members, not the organization
            # ("Na marginesie szczytu ASEAN prezydent Indonezji skrytykował Chiny": nor is the one criticized a guest)
            orgs = {a for a in subj.actors if gaz[a].type == "Organization"}
            if any(orgs & set(gaz[tb.top(a)].member_of) for a in members):
                return []
        if f.relation == "meetsWith" and obj is None and _charged_parties(rec, f, members):
            return []  # "accused Chad of arming the RSF at a Security Council meeting": where the charge was made;
            # the accused and the one it is said to arm do not meet there
        if f.relation == "meetsWith" and obj is None and _member_and_body(tb, members):
            # "Hungary vetoed …, leaving the bloc's ministers without a deal for the second meeting": a member
            # at its own organization's meeting is no meeting between the two
            return []
        if subj is None and obj is None and any(
                g is not f and g.relation == f.relation and g.clause == f.clause and g.subject is None
                and g.object is not None and set(members) <= set(g.object.actors) for g in rec.frames):
            # "had separate meetings with A, B and C on the sidelines of the forum": the partners of the
            # meeting the clause tells are not, through its setting noun, parties of a meeting of their own
            return []
        if "wartime" in f.how and any(g is not f and g.clause == f.clause and RELATIONS[g.relation].endswith("conflict")
                                      and g.object is not None and set(g.object.actors) & set(members)
                                      for g in rec.frames):
            # "Russland griff während des Besuchs die Ukraine an": the clause's foe is its verb's, not a guest
            return []
        ante = antecedent(tb, rec, lo)
        if ante is not None and len({gaz[a].code for a in members}) == 1 and not set(ante.actors) & set(members):
            # "the Houthis, which belong to Iran's axis of resistance": the relative's antecedent is a party
            members, one_group = list(ante.actors) + members, False
        if f.relation == "alliedWith" and f.is_noun and obj is None and "light-verb" in f.how and tb.cases:
            return []  # "Polska zainicjowała koalicję czołgową, … przekazaliśmy Ukrainie": no partner named
        own = next((g for g in rec.groups if g.end == f.match.start and g.mentions[0].kind == "first_person"), None)
        if f.relation == "alliedWith" and f.is_noun and own is not None:
            # '"Wenezuela i Kuba to nasi sojusznicy" – podkreślił minister Rosji': the speaker's allies are the
            # bare actors its clause names before the noun
            allies = [a for g in rec.groups if lo <= g.start and g.end <= own.start
                      and prep(tb, rec, g.start, lo) is None for a in g.actors]
            return [(a, b, True) for a in own.actors for b in allies if gaz[a].code != gaz[b].code]
        if f.relation == "alliedWith" and f.is_noun and ("genitive" in f.how or tb.cases):
            # "Japonia to sojusznik USA", "Białoruś, sojusznik Rosji": the ally stands before the noun;
            # an actor after it ("sojuszników USA … wobec potęgi Chin") is no side of the alliance, nor
            # one the clause names after unnamed allies ("we współpracy z sojusznikami … wsparcia Ukrainy",
            # "zainicjowała koalicję czołgową, … przekazaliśmy Ukrainie")
            before_noun = {a for g in rec.groups if g.end <= f.match.start for a in g.actors}
            owner = set(subj.actors) if subj is not None else set()
            members = [a for a in members if a in before_noun or a in owner]
        n = len({gaz[a].code for a in members})
        mine = {gaz[a].code for a in members}
        before = [a for a in rec.parties_before if a in gaz]
        named_here = {gaz[a].code for m in rec.mentions if m.kind != "adjectives" for a in m.actors if a in gaz} | {
            gaz[tb.top(a)].code for m in rec.mentions if m.kind != "adjectives" for a in m.actors if a in gaz}
        if n == 1 and len({gaz[a].code for a in before}) == 2 and mine <= {gaz[a].code for a in before} \
                and not any(excluded(rec, g) for g in rec.groups) \
                and (f.relation != "meetsWith" or {gaz[a].code for a in before} <= named_here
                     or obj is not None and set(members) <= set(obj.actors)):
            # a meeting only when the sentence names the other party too ("a summit in Pyongyang, where Putin
            # …") or names this one as the partner met ("spotkał się … z ukraińskim ministrem": the unnamed
            # subject is the other), not "South Korea will hold an emergency meeting": its own
            # "Umowę musi jeszcze ratyfikować japoński parlament": one of the two parties last named
            # together does it again, with the other
            members, n = before, 2
            resolved = True
        if n > 2 and not one_group and subj is None and obj is None:
            split = _bare_then_comitative(tb, rec, f, lo, members)
            if split is not None:  # "the treaty Chile signed with Bolivia and Peru": Chile with each, not they
                return [(a, b, resolved) for a in split[0] for b in split[1] if gaz[a].code != gaz[b].code]
        if n < 2 or n > 2 and not one_group:  # "W spotkaniu udział wzięli szefowie MSZ Francji, Niemiec i Włoch"
            return []
    # "Mali, Burkina Faso i Niger utworzyły sojusz", "Alijew i Paszynian spotkali się z Trumpem":
    # co-subjects take part with each other and with every object; objects only with the subjects
    # ("odwiedzał Bamako, Wagadugu i Niamey" is three visits)
    if obj is None and subj is not None and _partner_no_actor(tb, rec, f):
        return []  # "Polska i Litwa spotkały się z krytyką": the one met is named, and is no actor
    visit = told_by(rec, f, "visit")
    if visit and subj is None and obj is not None and set(members) <= set(obj.actors):
        return []  # "eine Reise nach Deutschland, Frankreich und Norwegen": the hosts do not meet each other
    apart = _one_by_one(tb, rec, f)
    if apart and subj is None and obj is not None and set(members) <= set(obj.actors):
        return []  # "President X had separate meetings with leaders from A, B and C": X unknown, A not with B
    if subj is None and obj is not None and prep(tb, rec, obj.start, lo) in tb.markers["comitative"] and any(
            g is not f and g.relation == f.relation and g.subject is not None and g.object is not None
            and g.object.start == obj.start for g in rec.frames):
        return []  # "On the sidelines, Chile's minister met with A, B and C": the setting noun makes no meeting
    if subj is None and obj is not None and set(members) <= set(obj.actors) and _agentless_passive(tb, rec, f) \
            and prep(tb, rec, obj.start, lo) in tb.markers["comitative"]:
        return []  # "the draft was discussed with Lebanese and Israeli officials": by someone unnamed, not each other
    own = _own_partners(tb, rec, f) if subj is None and obj is not None and f.is_noun \
        and not told_by(rec, f, "summit") else None
    if own is not None and f.relation == "meetsWith" and set(members) <= own \
            and len({gaz[a].code for a in members}) > 1:
        return []  # "Dort sind Gespräche mit dem EU-Beauftragten, dem US-Gesandten und dem Nato-Chef geplant":
        # talks of someone unnamed with each, not of those with each other
    if f.relation == "alliedWith" and subj is None and obj is not None and set(members) <= set(obj.actors) \
            and prep(tb, rec, obj.start, lo) in tb.markers["comitative"]:
        return []  # "sojusz z Norwegią, NATO i UE": partners of one unnamed side are no allies of each other
    if visit and subj is not None and obj is None and len({gaz[a].code for a in subj.actors}) >= 2:
        obj = _visit_host(tb, rec, f)  # "W Waszyngtonie planowane są wizyty prezydenta Francji oraz …"
    if subj is not None and obj is not None and len({gaz[a].code for a in subj.actors}) >= 1:
        side_a, side_b = subj.actors, [a for a in obj.actors if a not in subj.actors]
        found = [(a, b) for a in side_a for b in side_b]
        own_ties = obj.start > 1 and prep(tb, rec, obj.start, lo) in tb.markers["comitative"] and any(
            rec.tokens[k].low in tb.markers["bilateral_nouns"] for k in range(max(lo, obj.start - 3), obj.start))
        if not visit and not own_ties \
                and not (f.relation == "meetsWith" and ("co-agent" in f.how or _named_mediators(tb, rec, subj))):
            # "the French and British leaders visited Washington": each visits, not each other; nor do
            # companions ("travelled along with A and B to meet C") meet each other, nor mediators named as such
            # ("kraje prowadzące mediację – A, B i C – rozmawiały z delegacją Hamasu"); nor those who normalize
            # their relations with one partner ("die Beziehungen mit Israel": each its own)
            found += [(a, b) for i, a in enumerate(side_a) for b in side_a[i + 1:]]
        phone = told_by(rec, f, "phone")
        if f.relation == "meetsWith" and prep(tb, rec, obj.start, lo) in tb.markers["tie_sides"]:
            # "Turcja zorganizowała rozmowy między Rosją a Ukrainą", "hosted talks between A and B": the talks are
            # the two sides' own, and the one who holds them for them meets each
            found += [(a, b) for i, a in enumerate(side_b) for b in side_b[i + 1:]]
        elif f.relation == "meetsWith" and "inverted-light-verb" in f.how and prep(tb, rec, obj.start, lo) is None \
                and "gen" in obj.mentions[0].feats:
            # "W rozmowach premiera Węgier i prezydenta Słowacji uczestniczył kanclerz Austrii": the noun's
            # genitive owners hold the talks together, and the one who takes part meets each
            found += [(a, b) for i, a in enumerate(side_b) for b in side_b[i + 1:]]
        elif prep(tb, rec, obj.start, lo) in tb.markers["comitative"] and not phone and not apart:
            # "a summit with Biden and Kishida": partners of one meeting meet each other too; not those of
            # calls by phone ("telefonierte mit Macron und Starmer": two calls)
            found += [(a, b) for i, a in enumerate(side_b) for b in side_b[i + 1:]]
    else:
        found = [(a, b) for i, a in enumerate(members) for b in members[i + 1:]]
    return [(a, b, resolved) for a, b in found if gaz[a].code != gaz[b].code]


def _own_partners(tb: Tables, rec: SentenceRecord, f: FrameResult) -> set[str] | None:
    """The actors the noun's own comitative phrase lists right after it ("Gespräche mit A, B und C"), or None."""
    k = f.match.end
    if k >= len(rec.tokens) or rec.tokens[k].low not in tb.markers["comitative"]:
        return None
    first = next((g for g in rec.groups if k < g.start <= k + 4), None)
    if first is None or first.resolved:  # "mit seinem Amtskollegen": the partner of one named before
        return None
    return set(first.actors) | _listed_after(tb, rec, first, f.clause[1])


def _listed_after(tb: Tables, rec: SentenceRecord, obj: Group, hi: int) -> set[str]:
    """The actors of the groups that go on the list ``obj`` opens, up to ``hi``: only commas, conjunctions,
    articles, adjectives and nouns between ("mit dem EU-Beauftragten, dem US-Gesandten und dem Nato-Chef")."""
    toks, morphs = rec.tokens, rec.morphs
    out: set[str] = set()
    end = obj.end
    for g in rec.groups:
        if g.start < end or g.start >= hi or not morphs:
            continue
        if g.resolved:
            break
        if not all(toks[j].text == "," or toks[j].low in tb.markers["coordination"]
                   or not morphs[j].is_("VERB", "AUX", "ADP", "SCONJ") and toks[j].text not in ".;:()"
                   for j in range(end, g.start)):
            break
        out |= set(g.actors)
        end = g.end
    return out


def _suspended(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the noun is the head of a compound whose prefixes are listed, each cut off by a hyphen before a
    conjunction or comma ("beim Nato- und EU-Treffen", "G7-, Nato- und EU-Gipfel"): each names its own meeting."""
    toks, k = rec.tokens, f.match.start
    if k < 2 or toks[k - 1].text not in ("-", "‐"):
        return False
    return any(toks[j].text in ("-", "‐") and (toks[j + 1].text == "," or toks[j + 1].low in tb.markers["coordination"])
               for j in range(max(0, k - 10), k - 1))


def _partner_no_actor(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A meeting trigger whose own comitative names its partner ("w rozmowie z Polsat News", "im Gespräch mit
    dem Spiegel", "talks with the rebels") with no actor there: the partner is that unknown one, so the
    clause's other actors are no parties."""
    if f.relation != "meetsWith":
        return False
    toks = rec.tokens
    comitative = tb.markers["comitative"]
    k = f.match.end
    if toks[k - 1].low not in comitative:
        if k >= len(toks) or toks[k].low not in comitative:
            return False
        k += 1
    if any(cm.start in (k - 1, k) for cm in rec.cues.get("reciprocal", ())):
        return False  # "rozmawiali ze sobą", "talked with each other": the co-subjects are the partners
    while k < len(toks) and (toks[k].low in tb.markers["determiners"] or toks[k].text in QUOTES):
        k += 1  # "w rozmowie ze „Spieglem”"
    # "z minister spraw zagranicznych RFN Annaleną Baerbock": an office before its actor is still the actor
    # (but "z dziennikarzami w Berlinie": a place after a preposition of its own is no actor of the partner)
    return k < len(toks) and toks[k].is_word and not any(
        g.start <= k < g.end or k < g.start <= k + 4 and all(t.is_word and t.low not in tb.markers["prepositions"]
                                                             for t in toks[k:g.start]) for g in rec.groups)


def _agentless_passive(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A trigger that is a past participle right after an auxiliary of the passive ("was discussed with",
    "had been agreed with"), with no agent named after it in its clause: someone unnamed acts."""
    toks, morphs = rec.tokens, rec.morphs
    k = f.match.start - 1
    while k >= 0 and morphs and morphs[k].only("ADV"):
        k -= 1
    if k < 0 or not morphs or toks[k].low not in tb.markers["passive_aux"] or "ppas" not in morphs[f.match.start].feats:
        return False
    return not any(toks[j].low in tb.markers["agent"] for j in range(f.match.end, f.clause[1]))


def told_by(rec: SentenceRecord, f: FrameResult, concept: str) -> bool:
    """Whether a cue word of ``concept`` ('visit', 'phone') is part of the frame's trigger."""
    return any(cm.start < f.match.end and f.match.start < cm.end for cm in rec.cues.get(concept, ()))


def _one_by_one(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether a word of meetings held one by one ('separate', 'osobno', 'getrennt') stands by the trigger:
    "held separate meetings with A, B and C", "met separately with A and B" are a meeting with each."""
    lo, hi = f.clause
    return any(lo <= cm.start < hi and f.match.start - 3 <= cm.start <= f.match.end + 2
               for cm in rec.cues.get("separately", ()))


def _visit_host(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The host of a visit noun that found none: the last state or capital before the noun in its clause,
    else the first after its visitors, after one of the trigger's object prepositions ("W Waszyngtonie
    planowane są wizyty …", "die Besuche des Präsidenten und des Premiers in Washington")."""
    if not f.is_noun or f.subject is None:
        return None
    lo, hi = f.clause
    lo = judged_at(tb, rec, f, lo, hi) or lo  # "In Peking äußerte X Kritik an der Visite …": where it was judged
    marked = tb.object_markers[f.index] - {""}
    places = [g for g in rec.groups if lo <= g.start and g.end <= hi and g is not f.subject
              and all(tb.gazetteer[a].type in ("State", "Place") for a in g.actors)
              and prep(tb, rec, g.start, lo) in marked]
    before = [g for g in places if g.end <= f.match.start]
    after = [g for g in places if g.start >= f.subject.end]
    return before[-1] if before else after[0] if after else None


def _helper(tb: Tables, rec: SentenceRecord, obj: Group, lo: int) -> bool:
    """Whether the group is the genitive of a noun of help or mediation (``intermediary``) that a preposition
    governs: "with the mediation of Russia", "z pomocą Rosji", "mit Hilfe Russlands"."""
    toks = rec.tokens
    k = obj.start - 1
    while k > lo and toks[k].low in tb.markers["determiners"]:
        k -= 1
    if k > lo and toks[k].low in tb.markers["genitive_marker"]:
        k -= 1
        while k > lo and toks[k].low in tb.markers["determiners"]:
            k -= 1
    if k <= lo or toks[k].low not in tb.markers["intermediary"]:
        return False
    j = k - 1
    while j > lo and (toks[j].low in tb.markers["determiners"] or toks[j].is_word and toks[j].text[:1].islower()
                      and toks[j].low not in tb.governing and k - j < 3):
        j -= 1  # "with the active mediation of"
    return toks[j].low in tb.governing


def _named_mediators(tb: Tables, rec: SentenceRecord, subj: Group) -> bool:
    """Whether the subject is set right after a mediation word, only punctuation or articles between ("the
    mediators – Egypt, Qatar and the US – met …", "kraje prowadzące mediację – A, B i C – spotkały się …"):
    mediators meet the parties, not each other."""
    toks = rec.tokens
    return any(tb.triggers[tm.payload].mediation and tm.end <= subj.start <= tm.end + 3
               and all(not t.is_word or t.low in tb.markers["determiners"] for t in toks[tm.end:subj.start])
               for tm in rec.triggers)


def each_with_pairs(tb: Tables, rec: SentenceRecord, f: FrameResult, obj: Group) -> list[Pair] | None:
    """Every pair of one of the list ``obj`` with the partner ``each_with`` finds after it; None when there is none."""
    partner = each_with(tb, rec, f, obj)
    if partner is None:
        return None
    gaz = tb.gazetteer
    return [(a, b, obj.resolved or partner.resolved) for a in obj.actors for b in partner.actors
            if gaz[a].code != gaz[b].code]


def each_with(tb: Tables, rec: SentenceRecord, f: FrameResult, obj: Group) -> Group | None:
    """The partner after "with" right behind a list of two or more "between" whom an agreement is ("zwischen
    den Emiraten und Bahrain mit Israel", "between the UAE and Bahrain with Israel"): each of the list made it
    with that partner, not with the others of the list. The list's preposition ends the trigger ("Abkommen
    zwischen") or is one of its object markers other than "with"."""
    toks = rec.tokens
    hi = f.clause[1]
    comitative = tb.markers["comitative"]
    if len(obj.actors) < 2 or obj.end >= hi or toks[obj.end].low not in comitative:
        return None
    p = prep(tb, rec, obj.start, 0)
    if p is None or p in comitative or not (p == toks[f.match.end - 1].low or p in tb.object_markers[f.index]):
        return None
    return next((g for g in rec.groups if obj.end < g.start <= obj.end + 3 and g.start < hi
                 and prep(tb, rec, g.start, obj.end) in comitative), None)


def _bare_then_comitative(tb: Tables, rec: SentenceRecord, f: FrameResult, lo: int,
                          members: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A bare actor right before a verb and a list right after it and a comitative preposition are all its clause
    names ("a deal Iran signed with Oman and Qatar"): the one before acts with each of the list, the list's
    members not with each other."""
    toks = rec.tokens
    if f.is_noun or f.match.end >= len(toks) or toks[f.match.end].low not in tb.markers["comitative"]:
        return None
    left = next((g for g in rec.groups if g.end == f.match.start and prep(tb, rec, g.start, lo) is None), None)
    right = next((g for g in rec.groups if g.start == f.match.end + 1), None)
    if left is None or right is None or set(members) != set(left.actors) | set(right.actors):
        return None
    return tuple(left.actors), tuple(right.actors)


def _member_and_body(tb: Tables, members: list[str]) -> bool:
    """Whether the clause's parties are one organization and one of its members, nothing else."""
    gaz = tb.gazetteer
    orgs = {a for a in members if gaz[a].type == "Organization"}
    rest = {gaz[tb.top(a)].code for a in members if a not in orgs}
    return len(orgs) == 1 and len(rest) == 1 and all(
        orgs & set(gaz[tb.top(a)].member_of) for a in members if a not in orgs)


def _charged_parties(rec: SentenceRecord, f: FrameResult, members: list[str]) -> bool:
    """Whether the clause's parties a meeting noun would take are those of a charge or a charged act before it (a
    frame the accusation only alleges), which its setting does not make partners."""
    return any(g is not f and ("alleged" in g.how or g.relation == "accuses") and g.failure is None
               and g.match.end <= f.match.start
               and g.subject is not None and g.object is not None
               and set(members) <= set(g.subject.actors) | set(g.object.actors) for g in rec.frames)
