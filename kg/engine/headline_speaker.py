"""A speaker named alone before a colon that opens the sentence ("Iran: USA betreiben staatliche Piraterie",
"Moscow: Kyiv shelled a hospital"): the headline's way of saying who says what follows. The colon then stands
where a verb of saying would (one job: that colon)."""

from __future__ import annotations

from kg.engine.record import SentenceRecord
from kg.engine.tables import Tables
from kg.phrases import Match

#: How far into the sentence the colon may stand (an article and a name of a few words before it).
_REACH = 5


def colon_saying(tb: Tables, rec: SentenceRecord) -> list[Match]:
    """The opening colon as a verb of saying, when only an actor's name (after an article at most) stands
    before it and more words follow; else nothing."""
    toks = rec.tokens
    c = next((k for k, t in enumerate(toks[:_REACH + 1]) if t.text == ":"), None)
    if c is None or c == 0 or c + 2 >= len(toks):
        return []
    first = 0
    while first < c and toks[first].low in tb.markers["determiners"]:
        first += 1
    g = next((g for g in rec.groups if g.start == first and g.end == c), None)
    if g is None or not all(m.kind in ("names", "metonyms", "body", "persons") for m in g.mentions):
        return []
    if all(m.kind == "metonyms" for m in g.mentions) and all(t.text.isupper() for t in toks[first:c] if t.is_word):
        return []  # a dateline, a city in capitals ("ZAGREB: …"), says where, not who
    return [Match(c, c + 1, None, (frozenset(),), (c,))]
