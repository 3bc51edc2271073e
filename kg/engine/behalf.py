"""Objects of hostile frames that only qualify another.

The one for whom or at whose word an act is done ("at the request of Peru", "on behalf of", "in support of",
"na prośbę", "w imieniu", "im Auftrag": the lexicon's ``on_behalf`` phrases) is neither the target nor the one
reproached of a hostile trigger before the phrase: "Chile bombed rebel camps at the request of Peru" is no attack
on Peru. The owner before a noun of a tie (``relation_nouns``) that a name follows only says whose ally or rival
the name is: "Chile attacked Peru's ally Bolivia" attacks Bolivia.
"""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables

HOSTILE = frozenset({"attacks", "threatens", "sanctions", "accuses"})


def behalf_objects(tb: Tables, rec: SentenceRecord) -> None:
    """Drop the object of a hostile frame when it is the actor an ``on_behalf`` phrase after the trigger names."""
    cues = rec.cues.get("on_behalf", ())
    if not cues:
        return
    toks = rec.tokens
    for f in rec.frames:
        g = f.object
        if f.failure is not None or g is None or f.relation not in HOSTILE:
            continue
        for cm in cues:
            if f.match.end <= cm.start and cm.end <= g.start <= cm.end + 3 \
                    and all(t.is_word for t in toks[cm.end:g.start]):
                f.object = None
                f.how.append("on-behalf")
                break


def owned_objects(tb: Tables, rec: SentenceRecord) -> None:
    """The object of a hostile frame that owns a tie noun a name follows ("Peru's ally Bolivia", "sojusznika Rosji,
    Białoruś"): the name, not the owner."""
    ties = rec.cues.get("relation_nouns", ())
    if not ties:
        return
    toks = rec.tokens
    clitic = tb.markers["possessive_clitic"]
    for f in rec.frames:
        g = f.object
        if f.failure is not None or g is None or f.relation not in HOSTILE:
            continue
        k = g.end
        while k < len(toks) and (toks[k].low in clitic or rec.morphs and rec.morphs[k].only("ADJ")):
            k += 1  # "Peru's closest ally"
        cm = next((cm for cm in ties if cm.start == k and k - g.end <= 3), None)
        if cm is None:
            continue
        j = cm.end + (cm.end < len(toks) and toks[cm.end].text == ",")
        named = next((h for h in rec.groups if h.start == j and h is not g), None)
        if named is not None:
            # "oskarżyła USA i ich sojuszników, Wielką Brytanię oraz Francję": an owner named with its own
            # possessive pronoun is an object too, with the allies
            both = len(g.mentions) > 1 and g.mentions[-1].possessive and not g.mentions[-2].possessive
            f.object = Group(g.mentions[:-1] + named.mentions) if both else named
            f.how.append("tie-owner")
