"""Gapped conjuncts: a list that repeats a clause's act with its verb left out and a dash in its place
("Kanada wysłała żołnierzy na Łotwę, Niemcy – na Litwę, a Wielka Brytania – do Estonii"). Each conjunct
is its own subject and object: the name before the dash is no second object of the verb, and each
conjunct gives the act's relation again between its own two actors. A comparison after the object ("Kanada
potępiła Rosję, podobnie jak Meksyk") names another doer of the act, no second object."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, Mention, SentenceRecord
from kg.engine.speaker import DASHES
from kg.engine.syntax import finite, prep
from kg.engine.tables import Tables


def opens_gapped(tb: Tables, rec: SentenceRecord, m: Mention, between: list) -> bool:
    """Whether the mention ``m`` after a comma (and maybe 'a'/'i') opens a gapped conjunct: a dash follows it,
    then a preposition ("…, Niemcy – na Litwę"). Then it is no member of the list before the comma."""
    toks = rec.tokens
    if not between or between[0].text != "," or not all(
            t.text == "," or t.low in tb.markers["coordination"] for t in between) or len(between) > 2:
        return False
    k = m.end
    return k + 1 < len(toks) and toks[k].text in DASHES and toks[k + 1].low in tb.markers["prepositions"]


def opens_comparison(tb: Tables, rec: SentenceRecord, start: int, m: Mention) -> bool:
    """Whether the mention ``m`` stands right after a comparison phrase (`same_here`: "podobnie jak", "tak jak")
    that follows a comma after a clause's verb and its object: a form that may be a subject names another doer
    of the act ("Kanada potępiła Rosję, podobnie jak Meksyk"), no second object (an accusative only is one:
    "…, podobnie jak Gruzję"). ``start`` is where the group before it starts."""
    cm = next((cm for cm in rec.cues.get("same_here", ()) if start < cm.start and cm.end == m.start), None)
    if cm is None or rec.tokens[cm.start - 1].text != "," or "nom" not in m.feats or not rec.morphs:
        return False
    k = start - 1
    while k >= 0 and rec.tokens[k].low not in tb.markers["clause_break"] and not finite(rec.morphs[k]):
        k -= 1
    return k >= 0 and finite(rec.morphs[k])


def gapped_pairs(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[tuple[str, str, bool]]:
    """The pairs of the gapped conjuncts after a verb frame's prepositional object: '…, Z – PREP W' gives Z
    and W the frame's relation (the preposition one the frame takes for its object)."""
    obj = f.object
    if f.is_noun or obj is None or f.subject is None:
        return []
    lo, hi = f.clause
    last: Group = obj
    groups = [g for g in rec.groups if last.end <= g.start < hi]
    if not groups:
        return []  # no conjunct after the object (most frames)
    allowed = tb.object_markers[f.index] - {""}
    if prep(tb, rec, obj.start, lo) not in allowed:
        return []
    toks = rec.tokens
    out: list[tuple[str, str, bool]] = []
    for z in groups:
        if z.start < last.end:
            continue
        between = toks[last.end:z.start]
        if not opens_gapped(tb, rec, z.mentions[0], between) or z.mentions[0].end != z.end:
            break
        w = next((g for g in groups if g.start == z.end + 2), None)
        if w is None or prep(tb, rec, w.start, z.end) not in allowed:
            break
        out += [(a, b, z.resolved or w.resolved) for a in z.actors for b in w.actors if a != b]
        last = w
    return out


#: Verbs of judging and warning, whose objects a speaker lists each with its reason ("für", "wegen", "mit").
_JUDGING = frozenset({"praises", "accuses", "threatens"})


def listed_objects(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[tuple[str, str, bool]]:
    """Objects listed each with its own prepositional phrase after a verb's bare object ("dankte Rumänien für
    Strom, Polen für Generatoren und Frankreich für Kredite"): a name after a comma or "und" that the same
    preposition follows is one more object of the frame's subject."""
    obj, subj, toks = f.object, f.subject, rec.tokens
    if f.relation not in _JUDGING:
        return []  # "unterstützt die Ukraine mit Waffen und Deutschland mit Geld": a second subject may stand there
    if f.is_noun or obj is None or subj is None or prep(tb, rec, obj.start, f.clause[0]) is not None \
            or obj.end >= len(toks) or toks[obj.end].low not in tb.markers["prepositions"]:
        return []
    marker = toks[obj.end].low
    out: list[tuple[str, str, bool]] = []
    last = obj.end
    for g in rec.groups:
        if g.start <= last or g.end >= f.clause[1] or g.end >= len(toks):
            continue
        if toks[g.start - 1].text != "," and toks[g.start - 1].low not in tb.markers["coordination"] \
                or toks[g.end].low != marker or any(m.kind == "adjectives" for m in g.mentions):
            continue
        between = toks[last:g.start - 1]
        if any(t.text in (";", ":") for t in between):
            break
        out += [(a, b, g.resolved) for a in subj.actors for b in g.actors if a != b]
        last = g.end
    return out
