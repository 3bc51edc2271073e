"""Where troops go when the verb names no destination after it: a state named after an organization's unit
("w batalionie NATO na Litwie"), before the trigger ("W Rumunii stacjonuje polski kontyngent"), or before a
clause opened by ", where" ("w Nigrze, gdzie Francja rozmieściła żołnierzy")."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def unit_place(tb: Tables, rec: SentenceRecord, f: FrameResult, obj: Group) -> Group:
    """Troops sent to an organization's unit go where the unit is: "w batalionie NATO na Litwie", "do misji
    NATO na Łotwie" send them to Lithuania, Latvia (a state named right after the organization with one of
    the trigger's own markers); the organization otherwise."""
    gaz = tb.gazetteer
    if not obj.actors or not all(gaz[a].type == "Organization" for a in obj.actors):
        return obj
    markers = tb.object_markers[f.index] - {""}
    place = next((g for g in rec.groups if obj.end <= g.start <= obj.end + 1 and g.start < f.clause[1]), None)
    if place is None or not place.actors or not all(gaz[a].type == "State" for a in place.actors) \
            or prep(tb, rec, place.start, obj.end) not in markers:
        return obj
    f.how.append("unit-place")
    return place


def where_antecedent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Troops in a clause opened by ", where" go to the state or place named right before the comma:
    "a base in Niger, where France had stationed soldiers", "w Nigrze, gdzie Francja rozmieściła żołnierzy"."""
    toks = rec.tokens
    lo = f.clause[0]
    k = next((j for j in range(max(1, lo - 1), f.match.start) if toks[j].low in tb.markers["relative_place"]
              and toks[j - 1].text == ","), None)
    if k is None or any(toks[j].low in tb.markers["relative_place"] for j in range(k + 1, f.match.start)):
        return None
    before = [g for g in rec.groups if g.end <= k - 1]
    g = before[-1] if before else None
    # right before the comma, or before a clause-final verb ("in Mali fortgesetzt, wo")
    if g is None or any(not (rec.morphs and rec.morphs[j].is_("VERB", "AUX")) for j in range(g.end, k - 1)):
        return None
    if not all(tb.gazetteer[a].type in ("State", "Place") for a in g.actors):
        return None
    return g


def fronted_destination(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Where troops are, named before them in their clause with one of the trigger's own prepositions:
    "W Rumunii stacjonuje polski kontyngent", "In Litauen sind deutsche Soldaten im Einsatz". The
    last such state before the trigger; a purpose word ('for', 'o') is no destination."""
    lo = f.clause[0]
    marked = tb.object_markers[f.index] - {""} - tb.markers["control"]
    subj = f.subject
    found = [g for g in rec.groups if lo <= g.start and g.end <= f.match.start and g is not subj
             and (subj is None or g.end <= subj.start or g.start >= subj.end)
             and all(tb.gazetteer[a].type in ("State", "Place") for a in g.actors)
             and prep(tb, rec, g.start, lo) in marked and _apart(rec, f, g)]
    return found[-1] if found else None


def _apart(rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """The place stands apart from the trigger's own noun phrase: the subject or a verb comes between them,
    or the trigger is a verb in lower case right after it ("na Litwie rozmieściły"); not a modifier inside
    a name ("Lajes, home of a U.S. Naval Air Station")."""
    k = f.match.start
    subj = f.subject
    if subj is not None and g.end <= subj.start and subj.end <= f.match.end:
        return True
    if rec.morphs and any(rec.morphs[j].is_("VERB", "AUX") for j in range(g.end, k)):
        return True
    return not f.is_noun and rec.tokens[k].text[:1].islower()
