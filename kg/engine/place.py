"""Place: where the act of a frame happened, when its clause names a place.

GDELT and ICEWS give every event an action location; analysts map kg's events the same way.
A frame's place is, in order: a place of the gazetteer among its roles (the target of an
attack, "strikes on Kharkiv": the claim's object is Ukraine, the place Kharkiv); a place of
the gazetteer after a ``locative`` preposition in its clause (and conjunct) ("w obwodzie kurskim", "near
Hodeidah"); a state's capital named after a locative preposition ("spotkał się w Wilnie",
"talks in Minsk"), which is a metonym of its state everywhere else. States themselves are
not places here: "troops in Lithuania" says where, but the state is already an actor.
Places carry their state and, where the gazetteer knows them, coordinates.
"""

from __future__ import annotations

from kg.actors import Actor
from kg.engine.attribution import conjunct_of
from kg.engine.record import Discourse, FrameResult, Mention, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables
from kg.records import PlaceRef


def place(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Where each frame's act happened: a place or capital its clause names."""
    for f in rec.frames:
        if f.failure is None and f.pairs:
            f.place = frame_place(tb, rec, f)
    return rec


def place_ref(tb: Tables, a: Actor) -> PlaceRef:
    """A gazetteer place as an event location: its id, English name, state and coordinates."""
    state = tb.gazetteer.top(a)
    lat, lon = a.at if a.at is not None else (None, None)
    return PlaceRef(a.id, a.label("en"), state.code if state.id != a.id else None, lat, lon)


def capital_ref(tb: Tables, state: Actor) -> PlaceRef:
    """A state's capital as an event location: its ``capital``, else the state's first English metonym."""
    names = state.metonyms.get("en") or state.metonyms.get(tb.lang) or (state.label("en"),)
    lat, lon = state.at if state.at is not None else (None, None)
    return PlaceRef(f"{state.id}-capital", state.capital or names[0], state.code, lat, lon)


def _is_place(tb: Tables, m: Mention) -> bool:
    return len(m.actors) == 1 and not m.resolved and tb.gazetteer[m.actors[0]].type == "Place"


def frame_place(tb: Tables, rec: SentenceRecord, f: FrameResult) -> PlaceRef | None:
    """The place of one frame, or None when its clause names none."""
    for g in (f.object, f.subject):
        for m in g.mentions if g is not None else ():
            if _is_place(tb, m):
                return place_ref(tb, tb.gazetteer[m.actors[0]])
    clo, chi = conjunct_of(rec, f.match.start)
    lo, hi = max(f.clause[0], clo), min(f.clause[1], chi)
    locative = tb.markers["locative"]
    for m in rec.mentions:
        if m.start < lo or m.end > hi or m.resolved or len(m.actors) != 1:
            continue
        a = tb.gazetteer[m.actors[0]]
        place = a.type == "Place"
        if not place and not (a.type == "State" and m.kind == "metonyms" and a.at is not None):
            continue  # (before the preposition, which costs more to find)
        p = prep(tb, rec, m.start, lo)
        if p is None or p not in locative:
            continue
        return place_ref(tb, a) if place else capital_ref(tb, a)
    return None
