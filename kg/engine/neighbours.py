"""Whose neighbour a named state is: "der kleinen ukrainischen Nachbarrepublik Moldau", "Russia's neighbour
Finland", "sąsiada Rosji, Finlandię". The owner before a noun of neighbourhood (the lexicon's ``neighbour_nouns``)
that a name follows only says whose neighbour that name is: like a hyphen compound it modifies and takes no
role; the name is the actor. Split from ``mentions``."""

from __future__ import annotations

from kg.engine.record import Mention, SentenceRecord
from kg.engine.tables import Tables


def neighbour_owners(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> None:
    """Mark the owner of a neighbour noun as a modifier when a name follows the noun (a comma may part them): the
    owner before the noun (an adjective, a possessive; adjectives and the clitic between). A genitive after the
    noun ("sąsiada Rosji, Finlandię") stays: the name after its comma is not yet taken as the object."""
    found = rec.cues.get("neighbour_nouns")
    if not found:
        return
    toks, morphs = rec.tokens, rec.morphs
    clitic = tb.markers["possessive_clitic"]
    named = {m.start: m for m in out if m.kind in ("names", "metonyms")}

    def name_at(k: int) -> Mention | None:
        if k < len(toks) and toks[k].text == ",":
            k += 1
        return named.get(k)

    for cm in found:
        before = next((m for m in out if m.end <= cm.start and all(
            toks[k].low in clitic or morphs and morphs[k].is_("ADJ") for k in range(m.end, cm.start))
            and cm.start - m.end <= 2), None)
        if before is not None and name_at(cm.end) is not None and before is not name_at(cm.end):
            before.compound = True
        elif before is not None and before.start >= 2 and toks[before.start - 1].text == "," \
                and any(m.end == before.start - 1 for m in named.values()) \
                and (cm.end == len(toks) or not toks[cm.end].is_word):
            before.compound = True  # "Chile attacked Bolivia, Peru's closest ally.": an apposition says whose
