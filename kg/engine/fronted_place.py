"""A body noun that opens a clause right after a fronted place phrase ("In China, the Ministry of Defense
condemned …", "In Moscow, the foreign ministry said …"): with no owner of its own it is the body of the state
that phrase names. Split from ``mentions`` (one job: the owner a fronted place gives a bare body)."""

from __future__ import annotations

from kg.engine.record import Mention, SentenceRecord
from kg.engine.tables import Tables
from kg.morph import CASES


def fronted_place_bodies(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> None:
    """Add the body mention of a bare body noun after "In <state>," that opens the sentence."""
    toks = rec.tokens
    if len(toks) < 5 or toks[0].low not in tb.markers["within"] or tb.cases:
        return
    place = next((m for m in out if m.start == 1 and m.kind in ("names", "metonyms")), None)
    if place is None or place.end >= len(toks) or toks[place.end].text != "," or len(place.actors) != 1 \
            or tb.gazetteer[tb.top(place.actors[0])].type != "State":
        return
    k = place.end + 1
    k += k < len(toks) and toks[k].low in tb.markers["definite"]
    body = next((b for b in rec.cues.get("body", ()) if b.start == k), None)
    if body is None or any(m.start < body.end and body.start < m.end + 1 for m in out if m is not place) \
            or body.end < len(toks) and toks[body.end].low in tb.markers["genitive_marker"] and any(
                m.start == body.end + 1 or m.start == body.end + 2 for m in out):
        return  # "In Syria, Russian troops …", "In Syria, the army of Turkey …": an owner of its own
    out.append(Mention(body.start, body.end, (tb.top(place.actors[0]),), "body", CASES, via="the fronted place"))
    out.sort(key=lambda m: m.start)
