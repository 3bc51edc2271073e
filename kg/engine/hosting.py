"""Hosts: "X hosted Y", "Y was received by X", "X hosted a summit with A and B". The host meets each guest;
co-hosts do not meet each other. Kept apart from kg.engine.pairs, which calls it for ``transitive`` triggers.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, Pair, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def hosted(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Pair]:
    """"X hosted Y": the subject with each other party of its clause, never co-subjects with each
    other ("Canada and Norway hosted …" is two hosts). An actor that only modifies a noun is no
    guest: "welcomed Turkey's approval", "welcomed the Turkish proposal" welcome a thing."""
    subj = f.subject
    if subj is None:
        return []
    gaz = tb.gazetteer
    lo, hi = f.clause
    allowed: set[str | None] = set(tb.object_markers[f.index])
    hosts = {gaz[a].code for a in subj.actors}
    guests: list[str] = []
    resolved = subj.resolved
    after = [g for g in rec.groups if g is not subj and f.match.end <= g.start and g.end <= hi
             and prep(tb, rec, g.start, lo) in allowed | {None}]
    bodies = {cm.start for cm in rec.cues.get("body", ())}
    for g in ([f.object] if f.object is not None else after[:1]):  # the verb's object, else the next party
        if all(m.possessive and not {m.end, m.end + 1} & bodies or m.kind == "adjectives" for m in g.mentions):
            # "the Yemeni and Saudi envoys" share their noun; "Turkish approval" is a thing; but "Qatar's envoy",
            # "India's prime minister" are that state's officials
            continue
        guests += [a for a in g.actors if gaz[a].code not in hosts and a not in guests]
        resolved = resolved or g.resolved
    if guests and all(gaz[a].type == "State" for a in guests) and _admitted(tb, rec, f):
        return []  # "welcomed Chad and Niger to the African Union": new members admitted, no one met
    if not guests and f.voice in ("passive", "adjectival"):
        # "Chile and Peru held talks in Quito, hosted by Ecuador", "talks between Chile and Peru, organised by
        # Ecuador": the host of the meeting told just before in its clause meets each of its parties
        met = _meeting_before(tb, rec, f)
        guests = distinct(tb, [a for p in met for a in p[:2] if gaz[a].code not in hosts])
        resolved = resolved or any(p[2] for p in met)
    if not guests:
        # "hosted a summit with the leaders of Peru and Bolivia", "hosted talks with Chile": the partners of the
        # meeting noun the host verb governs are its guests (their meeting with each other is that noun's)
        event = next((g for g in rec.frames if g is not f and g.relation == f.relation and g.is_noun
                      and f.match.end <= g.match.start <= f.match.end + 3 and g.object is not None), None)
        if event is not None and judged_tie(tb, rec, event, event.object, f.match.start, f.index):
            return []  # "Canada welcomed the meeting between Chile and Peru": a word of approval, no host
        if event is not None:
            guests = [a for a in event.object.actors if gaz[a].code not in hosts]
            resolved = resolved or event.object.resolved
            return [(a, b, resolved) for a in subj.actors for b in guests]
    # "hosted the leaders of Armenia and Azerbaijan": guests received together meet each other too
    together = [(a, b, resolved) for a in guests for b in guests if gaz[a].code < gaz[b].code]
    return [(a, b, resolved) for a in subj.actors for b in guests] + together


def _meeting_before(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Pair]:
    """The pairs of the last meeting of the host participle's clause told before it and not negated ("held talks
    in Quito, hosted by …"); [] when there is none. Only a participle set off by a comma or right after the
    meeting's phrase, within eight tokens: "met in Lima, a city hosted by …" is far from any meeting."""
    lo, _ = f.clause
    for g in reversed(rec.frames):
        if g is f or g.relation != f.relation or not g.pairs or not lo <= g.match.start < f.match.start:
            continue
        if f.match.start - g.match.end > 8 or any(c.negated for c in g.claims):
            return []
        return list(g.pairs)
    return []


def distinct(tb: Tables, ids: list[str]) -> list[str]:
    """``ids`` without repeats of one code, in order."""
    seen: set[str] = set()
    out = []
    for a in ids:
        if tb.gazetteer[a].code not in seen:
            seen.add(tb.gazetteer[a].code)
            out.append(a)
    return out


def _admitted(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the host verb welcomes into an organization of members named after an `admission` preposition
    in its clause ("welcomed Finland to NATO", "welcomes to the bloc's ranks …"): not a body of one ("to the
    European Parliament"), nor an organization that only qualifies a noun after it ("to the NATO summit")."""
    lo, hi = f.clause
    gaz, toks, morphs = tb.gazetteer, rec.tokens, rec.morphs
    for g in rec.groups:
        if not f.match.end <= g.start < hi or prep(tb, rec, g.start, lo) not in tb.markers["admission"]:
            continue
        if not all(gaz[a].type == "Organization" and not gaz[a].acts_for for a in g.actors) \
                or any(m.kind != "names" or m.possessive for m in g.mentions):
            continue
        k = g.end
        if k < len(toks) and (toks[k].text in ("-", "‐")
                              or morphs and morphs[k].is_("NOUN") and toks[k].text.islower()):
            continue  # "to the NATO summit", "to the EU-Africa forum"
        return True
    return False


def judged_tie(tb: Tables, rec: SentenceRecord, f: FrameResult, obj: Group, start: int, skip: int = -1) -> bool:
    """Whether the noun of a tie names all its sides after a reciprocal preposition ("talks between Chile and
    Peru") and a verb between ``start`` and the noun only judges it: a trigger of a stance and
    none of a tie ("backed", "welcomed", "condemned"; not "mediated", "hosted"), that of trigger ``skip`` aside."""
    gaz = tb.gazetteer
    if obj.start < f.match.end or prep(tb, rec, obj.start, f.clause[0]) not in tb.markers["tie_sides"] \
            or len({gaz[a].code for a in obj.actors}) < 2 or not rec.morphs:
        return False
    verbs = [k for k in range(start, f.match.start) if rec.morphs[k].is_("VERB") and k not in f.match.tokens]
    if not verbs:
        return False
    rels = {tb.triggers[m.payload].relation for m in rec.triggers for k in verbs
            if m.start <= k < m.end and m.payload != skip}
    return bool(rels & _JUDGING) and not rels & _TIES


# relations of a stance taken on an act ("backed", "welcomed", "condemned"), and those of taking part in a tie
_JUDGING = frozenset({"supports", "praises", "accuses", "threatens"})
_TIES = frozenset({"meetsWith", "signsAgreementWith", "alliedWith"})
