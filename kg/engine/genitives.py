"""Chains of genitive (or "of") phrases: which phrase a genitive hangs on, and the preposition that governs
that phrase ("na pozycje Huti", "w obliczu agresywnej postawy Rosji", "atak na infrastrukturę Ukrainy")."""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables


def owner_of_phrase_at(rec: SentenceRecord, k: int, hi: int) -> Group | None:
    """The actor that owns, through a chain of genitive or "of" phrases, the phrase starting at token ``k``
    ("atak na infrastrukturę energetyczną Ukrainy": Ukraine), before ``hi``."""
    phrases = rec.phrases
    top = next((i for i, p in enumerate(phrases) if p.start == k), None)
    if top is None:
        return None
    for g in rec.groups:
        if k <= g.start < hi and top in owned_chain(phrases, next((p for p in phrases if p.start <= g.start < p.end
                                                                    and p.head < g.end), None)):  # "bojówek Huti"
            return g
    return None


def genitive_chain(rec: SentenceRecord, k: int, steps: int = 4) -> list:
    """The phrase holding token ``k``, then each phrase it hangs on through at most ``steps`` genitives, nearest
    first ("planów" → "rozmieszczenia" hangs on "plany"); empty when no phrase holds ``k``."""
    phrases = rec.phrases
    np = next((p for p in phrases if p.start <= k < p.end), None)
    out = []
    while np is not None:
        out.append(np)
        if len(out) > steps or np.rel != "gen" or np.attach is None:
            break
        np = phrases[np.attach]
    return out


def in_prep_phrase(rec: SentenceRecord, k: int, lo: int = 0, own: bool = True, steps: int = 4) -> bool:
    """Whether the phrase holding token ``k`` (when ``own``), or one it hangs on through at most ``steps``
    genitives, is governed by a preposition at or after ``lo``: "Na marginesie szczytu G20", "nach dem Beginn
    des russischen Angriffskrieges"."""
    chain = genitive_chain(rec, k, steps)
    return any(np.prep is not None and lo <= np.prep for np in (chain if own else chain[1:]))


def owned_chain(phrases: list, np) -> list[int]:
    """The phrases (by index) that ``np`` owns the head of, through a chain of at most three genitive or
    "of" phrases, nearest first."""
    out: list[int] = []
    while np is not None and len(out) < 3 and np.rel in ("gen", "of") and np.attach is not None:
        out.append(np.attach)
        np = phrases[np.attach]
    return out


def owner_prep(tb: Tables, rec: SentenceRecord, start: int, floor: int) -> str | None:
    """The preposition of the phrase a genitive (or "of") phrase at ``start`` owns the head of, through a
    chain of such phrases: "na pozycje Huti", "auf Stellungen der Huthi", "on positions of the Houthis"."""
    phrases = rec.phrases
    for i in owned_chain(phrases, next((p for p in phrases if p.start == start or p.start < start <= p.head), None)):
        if phrases[i].prep is not None:
            return rec.tokens[phrases[i].prep].low if phrases[i].prep >= floor else None
    return None


def owned_in_phrase(tb: Tables, rec: SentenceRecord, start: int, floor: int, trigger: int) -> str | None:
    """The preposition of a prepositional phrase that the genitive phrase at ``start`` hangs on through its
    chain of genitives ("w obliczu agresywnej postawy Rosji" → 'w'), not before ``floor``; None when the chain
    reaches the trigger's own phrase first ("w trakcie spotkania ministrów Polski": the noun's genitive)
    or no such phrase."""
    phrases = rec.phrases
    for i in owned_chain(phrases, next((p for p in phrases if p.start == start or p.start < start <= p.head), None)):
        np = phrases[i]
        if np.start <= trigger < np.end or any(m.start <= np.head < m.end for m in rec.mentions):
            return None  # the noun's own genitive; or a name read as its owner ("gościł w Ankarze Ławrowa")
        if np.prep is not None:
            if rec.tokens[np.head].low in tb.markers["prepositions"]:
                return None  # "w sprawie stacjonowania niemieckiej brygady": the topic may name the parties
            return rec.tokens[np.prep].low if np.prep >= floor else None
    return None


def target_prep(tb: Tables, rec: SentenceRecord, k: int, floor: int) -> str | None:
    """The preposition of a target noun whose genitive starts at token ``k`` ("na pozycje Hezbollahu" → 'na'),
    not before ``floor``; None when the phrase is no genitive of a target noun."""
    targets = tb.markers.get("target")
    np = next((p for p in rec.phrases if p.start <= k < p.end), None) if targets else None
    if np is None:
        return None
    if np.rel == "gen" and np.attach is not None:
        owner = rec.phrases[np.attach]
    else:  # an acronym that does not inflect ("na pozycje PKK"): the phrase right before
        owner = next((p for p in rec.phrases if p.end == np.start), None)
        if owner is None or np.cases:
            return None
    if rec.tokens[owner.head].low not in targets or owner.prep is None or owner.prep < floor:
        return None
    return rec.tokens[owner.prep].low


def criticized_owner(tb: Tables, rec: SentenceRecord, f, hi: int, markers: set[str], skip) -> Group | None:
    """The owner of what a criticism noun is aimed at: "Protest gegen das Vorgehen Serbiens", "Kritik an der
    Politik Chinas": the genitive of the phrase its marker governs, that
    phrase right after the noun (past the critic's own genitive) and no relation's noun itself (the agent of an
    act named by a trigger noun is found through that noun's frame)."""
    phrases = rec.phrases
    tm = f.match
    held = {k for m in rec.triggers for k in range(m.start, m.end)}
    for g in rec.groups:
        if g.start < tm.end or g.start >= hi or g is skip:
            continue
        np = next((p for p in phrases if p.start == g.start or p.start < g.start <= p.head), None)
        if np is None or np.rel != "gen":
            continue  # a true genitive only: "an den Fahrer von Präsident X" is someone's man, not the state's act
        for i in owned_chain(phrases, np):
            owner = phrases[i]
            if owner.prep is None:
                continue
            if tm.end <= owner.prep <= tm.end + 3 and rec.tokens[owner.prep].low in markers \
                    and owner.head not in held and not any(
                        rec.morphs and rec.morphs[k].is_("VERB") and rec.morphs[k].feats & {"fin", "past"}
                        and not rec.morphs[k].is_("NOUN", "ADJ") for k in range(tm.end, g.start)):
                return g
            break
    return None
