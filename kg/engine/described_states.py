"""Definite descriptions of a state: "the country", "das Land" (``the_state``) and demonstratives, "tego kraju",
"dieses Landes" (``this_state``), with the state each names again. Split from ``coreference`` (one job: which
state a description stands for); whether a state is of the kind a description names ("the kingdom") is
``kg.engine.state_kinds``.
"""

from __future__ import annotations

import math

from kg.engine.record import Discourse, SentenceRecord
from kg.engine.state_kinds import fits, required
from kg.engine.syntax import distinct, prep
from kg.engine.tables import Tables
from kg.phrases import Match


def this_state(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'tego kraju', 'tego regionu', 'dieses Landes': the state last named before it (a region counts as
    its state) other than the sentence's subject ("Indie uderzyły w Pakistan … na terytorium tego kraju";
    "… w obwodzie kurskim. Siły ukraińskie wkroczyły do tego regionu")."""
    gaz = tb.gazetteer
    before = [m for m in rec.mentions if m.end <= cm.start and not m.resolved]
    subjects = [m for m in rec.mentions if m.end <= cm.start and prep(tb, rec, m.start, 0) is None
                and (not tb.cases or "nom" in m.feats or m.resolved) and not _attached(tb, rec, m.start)
                and not any(o.end == m.start and _attached(tb, rec, o.start) for o in before)]  # its apposition
    own = {gaz[a].code for a in subjects[-1].actors} if subjects else set()  # the clause's subject
    if any(pm.start == cm.start for pm in rec.cues.get("possessive_pronoun", ())):
        # "Uganda denied arming the rebels and accused its neighbour": not the state "its" stands for, which
        # may be any actor the sentence names without a preposition
        own |= {gaz[a].code for m in subjects for a in m.actors}
    # objects and places named before it; not an adjective ("odeprzeć atak ukraiński … nad tym terytorium");
    # a region stands for its state by its code ("obwód kurski": RUS)
    # nor a person ("po decyzji Trumpa …, w tym regionie": a person is no place, though he acts for a state)
    states = [tb.top(a) for m in before if m.kind != "adjectives" for a in m.actors if gaz[a].type != "Person"]
    need = required(tb, rec, cm)  # "the kingdom": only a kingdom (kg.engine.state_kinds)
    found = [a for a in states if gaz[a].code not in own and gaz[a].type in ("State", "Place") and fits(tb, a, need)]
    if found:
        return (found[-1],), "the last state or region named before it in this sentence"
    found = [a for a in disc.recent if gaz[a].code not in own and gaz[a].type in ("State", "Place")
             and fits(tb, a, need)]
    home = [tb.top(a) for a in subjects[-1].actors] if subjects else [tb.top(a) for a in disc.subject]
    near = _near_home(tb, rec, cm, [a for a in home if a in gaz], found)
    if near is not None:  # "Aliyev spoke with Macron … He accused the neighbouring country": not France
        return ((near[-1],) if near else ()), "the last state named near the subject's"
    return ((found[-1],) if found else ()), "the last state or region named"


def _near_home(tb: Tables, rec: SentenceRecord, cm: Match, home: list[str], found: list[str]) -> list[str] | None:
    """Of the states ``found``, those whose capital is near the capital of the subject's state, when the
    description names a neighbour ("dem Nachbarland", "its neighbour", "sąsiedni kraj"); the subject is the
    clause's or, with none named, the topic's. None where no neighbour is meant or the subject's place is unknown."""
    gaz = tb.gazetteer
    if not any(cm.start <= n.start < cm.end for n in rec.cues.get("neighbour_nouns", ())):
        return None
    spots = [gaz[h].at for h in home if gaz[h].at is not None]
    if not spots:
        return None
    return [a for a in found if gaz[a].at is not None and min(_km(gaz[a].at, at) for at in spots) <= _NEIGHBOUR_KM]


# capitals of neighbours lie within this many kilometres of each other (Baku-Yerevan 460, Moscow-Tbilisi 1640;
# not Moscow-Paris 2480): a state farther off is no neighbour meant, though a large one may be missed
_NEIGHBOUR_KM = 2000


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def the_state(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'the country', 'the island nation', 'das Land': a definite description of a state. As the subject
    of a sentence that names no actor before it, the topic's state ("North Korea fired a missile. The
    country also …"); as the subject of what a verb of saying reports, the speaker ("Japan said the
    country would …"); elsewhere the state named before other than the clause's subject (``this_state``:
    "Russia massed troops near Georgia. Lithuania supports the country")."""
    gaz = tb.gazetteer
    named = [m for m in rec.mentions if m.end <= cm.start and not m.resolved and m.kind != "adjectives"]
    free = [m for m in named if prep(tb, rec, m.start, 0) is None]
    # a bare description of a cased language is a subject only in the nominative ("władze kraju" is a genitive)
    nominative = not tb.cases or not rec.morphs or "nom" in rec.morphs[cm.end - 1].cases
    if prep(tb, rec, cm.start, 0) is None and nominative:
        if not named and disc.subject:
            tops = distinct([tb.top(a) for a in disc.subject])
            if len(tops) == 1 and gaz[tops[0]].type == "State" and fits(tb, tops[0], required(tb, rec, cm)):
                return tuple(tops), "the topic's state"
        toks = rec.tokens
        k = cm.start - 1
        if k >= 0 and toks[k].low in tb.markers["complementizer"]:
            k -= 1
        said = any(sp.end == k + 1 for sp in rec.cues.get("speech", ()))
        if said and free:
            tops = distinct([tb.top(a) for a in free[0].actors])
            if len(tops) == 1 and gaz[tops[0]].type == "State" and fits(tb, tops[0], required(tb, rec, cm)):
                return tuple(tops), "the subject of the verb of saying"
    return this_state(tb, rec, disc, cm)


def _attached(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the phrase of the mention at ``k`` is a genitive hanging on the noun before it ("der Sturz
    des syrischen Machthabers", "the fall of the Syrian ruler"): no subject of the clause. Phrases are
    chunked later, so this reads the article (or genitive word) before the mention's adjectives."""
    j = k - 1
    while j > 0 and rec.morphs and rec.morphs[j].only("ADJ"):
        j -= 1
    if j < 1:
        return False
    m = rec.morphs[j] if rec.morphs else None
    return rec.tokens[j].low in tb.markers["genitive_marker"] and prep(tb, rec, j + 1, 0) is None or (
        m is not None and m.only("DET") and m.cases == {"gen"})


def bare_refers(tb: Tables, rec: SentenceRecord, cm: Match) -> bool:
    """Whether a one-word description of a language without articles ("kraju" in "władze kraju", "prezydent
    kraju") names the state under discussion: not after a word that modifies it ("żaden kraj", "naszego kraju",
    "w całym kraju", "sąsiedniego kraju": quantified, owned or described, no plain reference) nor after
    'jako' ("Polska jako kraj frontowy": what one is, no one else)."""
    k = cm.start - 1
    if cm.end - cm.start > 1 or k < 0:
        return True
    return not (rec.morphs and rec.morphs[k].is_("ADJ", "DET") or rec.tokens[k].low in tb.markers["as_role"])
