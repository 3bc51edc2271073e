"""Where what is given or sent ends up: goods whose adjective names their giver ("deliveries of
American weapons to Saudi Arabia"), aid for the people of a place ("aid for the people of Sudan"),
and troops sent to an international body's mission in a state ("an African Union mission in
Somalia"). Each adjusts the roles the frame already has; kept apart from kg.engine.roles_object,
which finds the object in the first place.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, prep
from kg.engine.tables import Tables


def goods_origin(tb: Tables, rec: SentenceRecord, f: FrameResult) -> None:
    """A giving noun whose goods carry a state's adjective: that state gives them, and the receiver is
    the marked actor after them ("dostawy amerykańskiej broni dla Arabii Saudyjskiej", "deliveries of
    American weapons to Saudi Arabia"), not the clause's subject that only speaks of the deliveries."""
    toks = rec.tokens
    hi = f.clause[1]
    k = f.match.end
    origin = next((g for g in rec.groups if k <= g.start <= k + 2 and g.mentions[0].kind == "adjectives"
                   and not g.mentions[0].compound), None)
    if origin is None or origin is f.subject or origin.end >= hi or not toks[origin.end].is_word or any(
            m.start == origin.end for m in rec.mentions):
        return  # no adjective on the goods, it heads nothing, or another actor follows it
    joins = tb.markers["genitive_marker"] | tb.markers["determiners"]
    if any(toks[j].is_word and toks[j].low not in joins and not (rec.morphs and rec.morphs[j].is_("ADJ", "NUM"))
           for j in range(k, origin.start)):
        return  # only an "of", a determiner, a count or an adjective between the noun and the goods
    receiver = f.object if f.object is not None and f.object is not origin and f.object.start >= origin.end \
        else after(tb, rec, origin.end, hi, tb.object_markers[f.index] - {""}, skip=origin)
    if receiver is None:
        return
    f.subject, f.object = origin, receiver
    f.how.append("goods-origin")


def impersonal_goods(tb: Tables, rec: SentenceRecord, f: FrameResult) -> None:
    """An impersonal verb of sending names no sender; the state's adjective on the troops or weapons sent
    does ("Na Litwę wysłano niemieckich żołnierzy", "Ukrainie przekazano amerykańskie czołgi"), and the
    receiver is the clause's other actor: marked ("na Litwę") or bare (a dative "Ukrainie")."""
    lo, hi = f.clause
    toks = rec.tokens
    origin = next((g for g in rec.groups if lo <= g.start and g.end <= hi and not g.mentions[0].compound
                   and prep(tb, rec, g.start, lo) is None and (
                       g.mentions[0].kind == "body"  # "niemieckich żołnierzy": the troops' own body
                       or g.mentions[0].kind == "adjectives" and g.end < hi and toks[g.end].is_word
                       and not any(m.start == g.end for m in rec.mentions))), None)
    if origin is None:
        return
    markers = tb.object_markers[f.index]

    def own_phrase(g: Group) -> bool:  # "Po ataku na Izrael wysłano …": "na Izrael" is the attack's
        k = g.start - 1
        return not (k > lo and toks[k].low in markers and rec.morphs and rec.morphs[k - 1].only("NOUN"))

    receiver = f.object if f.object is not None and f.object is not origin else next(
        (g for g in rec.groups if lo <= g.start and g.end <= hi and g is not origin and own_phrase(g)
         and g.mentions[0].kind != "adjectives" and prep(tb, rec, g.start, lo) in markers | {None}), None)
    if receiver is None or {tb.top(a) for a in receiver.actors} & {tb.top(a) for a in origin.actors}:
        return
    f.subject, f.object = origin, receiver
    f.how.append("impersonal-goods")


def beneficiary_place(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Aid for the people of a place goes to its state: "aid for the people of Sudan", "pomoc dla
    mieszkańców Strefy Gazy", "Hilfe für die Menschen im Gazastreifen". A `beneficiary` noun after the
    trigger's start with a state or place right after it (a genitive, or after "of"/"in"), or after a
    short phrase of lower-case words ending in "in" ("for families displaced by the floods in Pakistan")."""
    toks = rec.tokens
    hi = f.clause[1]
    joins = tb.markers["genitive_marker"] | tb.markers["locative"] | tb.markers["within"] | tb.markers["determiners"]
    skip = {tb.gazetteer[a].code for a in f.subject.actors} if f.subject is not None else set()
    for cm in rec.cues.get("beneficiary", ()):
        if cm.start < f.match.start or cm.end >= hi:
            continue
        g = next((g for g in rec.groups if cm.end <= g.start <= cm.end + 7 and g.end <= hi), None)
        if g is None or g.start == cm.end:
            continue
        # right after it ("the people of Sudan"), or after a short phrase of lower-case words that ends in a
        # preposition of place ("the communities affected by flooding in Pakistan", "relief work in Haiti")
        if any(toks[j].low not in joins for j in range(cm.end, g.start)) and not (
                toks[g.start - 1].low in tb.markers["locative"] | tb.markers["within"]
                and all(t.is_word and t.text[:1].islower() for t in toks[cm.end:g.start])):
            continue
        if all(tb.gazetteer[a].type in ("State", "Place") for a in g.actors) and not all(
                tb.gazetteer[a].code in skip for a in g.actors):
            return g
    return None


def mission_ground(tb: Tables, rec: SentenceRecord, f: FrameResult, obj: Group) -> Group:
    """Troops sent to an international body's mission go where the mission is: "sent 850 soldiers to an
    African Union peacekeeping mission in Somalia" deploys them to Somalia. When the object is only
    bodies that act for no state and a state or place follows it closely with a preposition of place,
    that state is the object."""
    if not all(tb.gazetteer[tb.top(a)].type == "Organization" for a in obj.actors):
        return obj
    hi = f.clause[1]
    locative = tb.markers["locative"] | tb.markers["within"]
    ground = next((g for g in rec.groups if obj.end <= g.start < min(hi, obj.end + 6)
                   and all(tb.gazetteer[a].type in ("State", "Place") for a in g.actors)
                   and prep(tb, rec, g.start, obj.end) in locative), None)
    if ground is None:
        return obj
    f.how.append("mission-ground")
    return ground
