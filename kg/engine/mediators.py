"""Mediators: who they are when named by their role, whom they mediate between, and the pairs they make.

"Egypt, a key mediator in the Gaza war, …", "Mediators, including Egypt and Qatar, …", "Katar, ein
wichtiger Vermittler, …", "Mediatorzy, w tym Katar, …": the actor set beside the mediation noun is
its subject. A mediator meets each party (ANNOTATION rule 7); when its sentence names no parties, they
are the parties of the article's last talks or deal, else the two sides of the last attack told (in
this sentence, else before): mediation is between those at war.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, Pair, SentenceRecord
from kg.engine.syntax import clause_span, finite, prep
from kg.engine.tables import Tables, phrases_of
from kg.text import PAIR_HYPHENS


def apposed_mediator(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The actor a mediation noun stands in apposition to ("Egypt, a key mediator", "Katar, ein
    wichtiger Vermittler"), or the list its "including" phrase names ("Mediators, including Egypt and
    Qatar")."""
    toks, morphs = rec.tokens, rec.morphs
    k = f.match.start
    while k > 0 and morphs and morphs[k - 1].is_("DET", "ADJ", "ADV", "NOUN") and toks[k - 1].is_word \
            and toks[k - 1].text[:1].islower() and not morphs[k - 1].is_("VERB", "AUX") and f.match.start - k < 3:
        k -= 1  # "a key", "ein wichtiger", "kluczowy"
    if k >= 2 and toks[k - 1].text == ",":
        head = next((g for g in rec.groups if g.end == k - 1), None)
        if head is not None and prep(tb, rec, head.start, f.clause[0]) is None:
            return head
    j = f.match.end + (1 if f.match.end < len(toks) and toks[f.match.end].text == "," else 0)
    cue = next((cm for cm in rec.cues.get("including", ()) if cm.start == j), None)
    if cue is not None:
        return next((g for g in rec.groups if g.start == cue.end), None)
    return None


def sides(tb: Tables, rec: SentenceRecord, mediators: set[str]) -> list[str]:
    """Whom a mediator the sentence gives no parties mediates between: the parties of the article's last
    talks or deal, else the two sides of an attack this sentence tells, else of the last one told."""
    gaz = tb.gazetteer
    talks = [a for a in rec.talks_before if a in gaz and gaz[a].code not in mediators]
    if len({gaz[a].code for a in talks}) >= 2:
        return talks
    # the last talks were the mediators' own (two brokers issue a common statement that two other sides are to
    # hold another round): the latest talks of others told
    for met in reversed(rec.meetings_before):
        talks = [a for a in met if a in gaz and gaz[a].code not in mediators]
        if len({gaz[a].code for a in talks}) >= 2:
            return talks
    for f in rec.frames:
        if f.relation == "attacks" and f.subject is not None and f.object is not None:
            found = [a for g in (f.subject, f.object) for a in g.actors
                     if gaz[a].type != "Place" and gaz[a].code not in mediators]
            if len({gaz[a].code for a in found}) == 2:
                return found
    war = [a for a in rec.conflict_before if a in gaz and gaz[a].code not in mediators]
    if len({gaz[a].code for a in war}) == 2:
        return war
    # no attack told: the two sides of the article's last dispute ("Chile accused Peru of shelling. Bolivia
    # brokered a truce": between Chile and Peru)
    row = [a for a in rec.dispute_before if a in gaz and gaz[a].code not in mediators]
    return row if len({gaz[a].code for a in row}) == 2 else []


def _copula_subject(tb: Tables, rec: SentenceRecord, f: FrameResult):
    """A mediator noun that names the parties but no mediator, in a clause with a copula, is said of the one
    actor group its clause names with no preposition: "Chile and Peru have long been the main mediators between
    Bolivian and Ecuadorian officials", "Als Vermittler zwischen Ägypten und Äthiopien trat zuletzt Kenia auf …"."""
    if not f.is_noun or f.object is None or not rec.morphs or len({tb.gazetteer[a].code for a in f.object.actors}) < 2:
        return None  # (its object names the parties, both: "between A and B")
    lo, hi = f.clause
    # a copula some trigger holds is no copula, unless that trigger's words are not there or it is a tense's
    # auxiliary ("war" of troops without troops, "war … beteiligt")
    off = ("needs", "forbid", "auxiliary")
    live = {k for g in rec.frames if g.failure not in off for k in range(g.match.start, g.match.end)}
    idle = {k for g in rec.frames if g.failure in off for k in range(g.match.start, g.match.end)} - live
    if not any(rec.morphs[k].is_("AUX") and (k not in rec.trigger_tokens or k in idle) for k in range(lo, hi)):
        return None
    free = [g for g in rec.groups if lo <= g.start and g.end <= hi and g is not f.object
            and not (f.object.start <= g.start < f.object.end) and prep(tb, rec, g.start, lo) is None]
    return free[0] if len(free) == 1 else None


def _in_later_relative(tb: Tables, rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """Whether group ``g`` stands in a relative clause after the mediation frame's clause ("…, where …", "…, which
    …"): it tells of something named there, not of whom the mediator is between."""
    if g.start < f.clause[1]:
        return False
    glo = clause_span(rec, g.start, g.start)[0]
    opener = rec.tokens[glo - 1].low if glo > 0 else ""
    return opener in tb.markers["relative"] - tb.markers["complementizer"] or opener in tb.markers["relative_place"]


def named_mediators(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The names a mediator noun puts in apposition after it, with no preposition: right after it ("Mediators
    Qatar and Egypt said"), or between commas ("The mediators, Qatar and Egypt, said"): they are the mediators,
    not the parties, when the names stand before the clause's verb."""
    toks, morphs = rec.tokens, rec.morphs
    j = f.match.end
    comma = j < len(toks) and toks[j].text == ","
    g = next((g for g in rec.groups if g.start == j + comma and g.mentions[0].kind != "adjectives"), None)
    if g is None or not morphs or prep(tb, rec, g.start, f.clause[0]) is not None or g.end >= len(toks):
        return None
    if comma and toks[g.end].text != ",":
        return None  # "the mediator, Qatar said": a new clause
    nxt = g.end + (1 if toks[g.end].text == "," else 0)
    if nxt >= len(toks) or not (morphs[nxt].is_("VERB", "AUX") or morphs[nxt].is_("ADV")):
        return None
    if any(morphs[k].is_("VERB", "AUX") and morphs[k].feats & {"fin", "past", "pres"}
           for k in range(f.clause[0], f.match.start)):
        return None  # the noun is an object after its clause's verb
    return g


def parties_meet(f: FrameResult) -> bool:
    """Whether a mediation entry's parties meet each other: one coded a plain meeting (CAMEO 040: talks hosted
    between them, a presence, "im Beisein Trumps"), not a mediation (045), which may be indirect."""
    return f.trigger.cameo == "040"


def mediation_pairs(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Pair]:
    """A mediator meets each party, and the parties do not meet each other (ANNOTATION rule 7), unless the
    talks are hosted between them (a trigger coded as a plain meeting, 040).

    The mediator is the frame's subject ("Oman mediated", "mediated by Oman", "Egyptian
    mediation", "US-brokered"); the parties are its object ("between Israel and Hamas"), else the
    other actors named together in the sentence ("Russia and Ukraine swapped prisoners after the
    UAE acted as an intermediary"), never the mediator's co-mediators; when the sentence names no one
    else, the last actors named together in the article.
    """
    gaz = tb.gazetteer
    if f.subject is None:
        f.subject = _copula_subject(tb, rec, f)
    if f.subject is None:
        return []
    if f.object is not None and companions(tb, rec, f, f.object):
        # "Mexico is one of the guarantors of the talks, along with Norway and Chile": fellow mediators
        f.subject, f.object = Group(f.subject.mentions + f.object.mentions), None
    co = _co_mediators(tb, rec, f)
    brokers = list(dict.fromkeys([*f.subject.actors, *(a for g in co for a in g.actors)]))
    mediators = {gaz[a].code for a in brokers}
    parties: list[str] = []
    if f.object is not None:
        parties = [a for a in _with_hyphened(rec, f.object) if gaz[a].code not in mediators]
    if len(parties) < 2:  # "Russia and Ukraine swapped prisoners after the UAE acted as an intermediary"
        for g in rec.groups:
            p = prep(tb, rec, g.start, 0)
            if g is f.subject or g in co or p is not None and p not in tb.object_markers[f.index]:
                continue  # not the mediator's own co-mediators ("Katar wraz z Egiptem")
            if _in_later_relative(tb, rec, f, g):
                continue  # "a broker in a region where Russian and Turkish influence dominate": what the place is
            found = [a for a in _with_hyphened(rec, g) if gaz[a].code not in mediators and gaz[a].type != "Place"]
            if len({gaz[a].code for a in found}) >= 2:
                parties = found
                break
    if len(parties) < 2:
        parties = _agents_of_the_deal(tb, rec, f, mediators) or _parties_of_the_deal(tb, rec, f, mediators) or parties
    if len(parties) == 1:
        # "Chile signed a truce with the rebels, mediated by Peru": the other side of the deal the
        # sentence told before the mediator, whose partner that one party is
        deal = next((g for g in rec.frames if g.relation == "signsAgreementWith" and g.failure is None
                     and g.match.end <= f.match.start and g.subject is not None and g.object is not None
                     and parties[0] in g.object.actors + g.subject.actors), None)
        if deal is not None:
            parties = [a for a in deal.subject.actors + deal.object.actors if gaz[a].code not in mediators]
    # actors of a later clause ("Dokument, wynegocjowany za pośrednictwem USA, przewiduje, że izraelskie
    # wojska opuszczą Liban") are not the parties, nor those before a relative clause ("Zełenski
    # podziękował ZEA, które pomogły w wymianie"); those of its clause or an earlier one may be
    lo, hi = f.clause
    relative = lo > 0 and rec.tokens[lo - 1].low in tb.markers["relative"] - tb.markers["complementizer"]
    others = [g for g in rec.groups if g is not f.subject and g not in co
              and (lo <= g.start < hi or g.start < lo and not relative)
              and any(gaz[a].code not in mediators for a in g.actors)]
    before = {gaz[a].code for a in rec.parties_before if a in gaz}
    aside = [g for g in others if prep(tb, rec, g.start, lo) not in (None, *tb.object_markers[f.index])
             and {gaz[a].code for a in g.actors} <= before]  # "wegen ihrer Beziehungen zur Hamas"
    if len(parties) < 2 and rec.parties_before and len(aside) == len(others):
        # "Oman mediated." after them; "Katar und Ägypten treten wegen ihrer Beziehungen zur Hamas als
        # Vermittler auf": one of them named again in a phrase of its own does not hide the other
        parties = [a for a in rec.parties_before if gaz[a].code not in mediators]
    if len(parties) < 2 and len(aside) == len(others) or "apposed-mediator" in f.how and len(parties) < 2:
        # "Katar und Ägypten treten als Vermittler auf" with no parties named before it: those of the last
        # talks, else the two sides of the war told ("Egypt, a key mediator, … Israeli strikes on Hamas")
        found = sides(tb, rec, mediators)
        parties, far = (found, True) if found else (parties, False)
    else:
        far = False
    resolved = far or f.subject.resolved or (f.object is not None and f.object.resolved)
    out = [(m, p, resolved) for m in brokers for p in parties if gaz[m].code != gaz[p].code and gaz[p].code
           not in mediators]
    if parties_meet(f) and f.object is not None:
        # talks hosted between the parties named ("hosted talks between Ethiopia and Eritrea"), coded as a plain
        # meeting, not a mediation (045): the parties hold them with each other
        named = [a for a in parties if a in f.object.actors]
        out += [(a, b, resolved) for i, a in enumerate(named) for b in named[i + 1:] if gaz[a].code != gaz[b].code]
    return out


def _co_mediators(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Group]:
    """The actors a co-agent phrase names in the mediation's clause ("mediated the deal alongside Egypt",
    "vermittelte gemeinsam mit Ägypten", "wraz z Egiptem"): they mediate with the subject, no party."""
    lo, hi = f.clause
    return [g for g in rec.groups if g is not f.subject and lo <= g.start and g.end <= hi
            and _co_agent_phrase(tb, rec, g) is not None]


def _co_agent_phrase(tb: Tables, rec: SentenceRecord, g: Group) -> int | None:
    """Where the co-agent phrase (the lexicon's ``co_agents``: "alongside", "along with", "wraz z") right before
    ``g`` starts, past its determiners; None when there is none."""
    toks = rec.tokens
    k = g.start
    while k > 0 and toks[k - 1].low in tb.markers["determiners"]:
        k -= 1
    for w in sorted(phrases_of(tb, "co_agents", several=False), key=len, reverse=True):
        if tuple(t.low for t in toks[k - len(w):k]) == w:
            return k - len(w)
    return None


def _agents_of_the_deal(tb: Tables, rec: SentenceRecord, f: FrameResult, mediators: set[str]) -> list[str]:
    """"The deal, approved by A's cabinet and accepted by B, was brokered by C": the parties are
    named one by one, each as the agent of its own participle before the mediator's trigger. Exactly
    two parties, both before the trigger in its clause, so a later "by" phrase or a list of three
    states stays out."""
    gaz = tb.gazetteer
    lo, _ = f.clause
    assert f.subject is not None
    found: list[str] = []
    for g in rec.groups:
        if g is f.subject or not (lo <= g.start and g.end <= f.match.start):
            continue
        if prep(tb, rec, g.start, lo) not in tb.markers["agent"]:
            continue
        found += [a for a in g.actors if gaz[a].code not in mediators and gaz[a].type != "Place" and a not in found]
    return found if len({gaz[a].code for a in found}) == 2 else []


def _parties_of_the_deal(tb: Tables, rec: SentenceRecord, f: FrameResult, mediators: set[str]) -> list[str]:
    """"oskarżył Rwandę o naruszenie porozumienia, zawartego dzięki mediacji USA": a deal told right before
    the mediator by a noun or a participle (not a clause's verb: "agreed to stop …, in a deal mediated by C"),
    with no finite verb between them, whose parties its frame found: the mediator's parties."""
    gaz = tb.gazetteer
    deal = next((g for g in reversed(rec.frames) if g.relation == "signsAgreementWith" and g.failure is None
                 and g.pairs and g.match.end <= f.match.start and (g.is_noun or g.voice == "adjectival")), None)
    if deal is None or not rec.morphs or any(finite(rec.morphs[k]) for k in range(deal.match.end, f.match.start)):
        return []
    found: list[str] = []
    for a, b, _ in deal.pairs:
        found += [x for x in (a, b) if gaz[x].code not in mediators and x not in found]
    return found if len({gaz[a].code for a in found}) == 2 else []


def _with_hyphened(rec: SentenceRecord, g: Group) -> list[str]:
    """The actors of a group and of the group hyphenated to it ("the U.S.-Iran talks": both sides)."""
    toks = rec.tokens
    out = list(g.actors)
    for h in rec.groups:
        if h is g:
            continue
        left, right = (g, h) if h.start > g.end else (h, g)
        if right.start == left.end + 1 and toks[left.end].text in PAIR_HYPHENS \
                and toks[left.end].start == toks[left.end - 1].end:
            out += [a for a in h.actors if a not in out]
    return out


def companions(tb: Tables, rec: SentenceRecord, f: FrameResult, obj: Group) -> bool:
    """Whether the noun's object is named by a co-agent phrase after a comma ("for the talks, along with
    Norway and Chile"): they act with the clause's subject, and are no partners of the noun."""
    j = _co_agent_phrase(tb, rec, obj)
    return j is not None and j > f.match.end and rec.tokens[j - 1].text == ","
