"""The owner of what a wrong harms: a state named with its sovereignty, integrity, territory or airspace."""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables


def owns_harmed(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """Whether group g names the owner of a harmed good ('sovereignty_nouns'): right after the noun, bare, in the
    genitive or after 'of' and an article ("violation of the sovereignty of Chile", "naruszenie suwerenności
    Chile", "Verletzung der Souveränität Chiles"), or right before it, possessive or adjective ("Chile's
    sovereignty", "Chilean airspace"). Such an actor is the one wronged, never the one a judgement accuses."""
    nouns = tb.markers["sovereignty_nouns"]
    if not nouns:
        return False
    toks = rec.tokens
    skip = tb.markers["genitive_marker"] | tb.markers["determiners"]
    k = g.start - 1
    while k >= 0 and toks[k].low in skip and g.start - k <= 2:
        k -= 1
    if k >= 0 and toks[k].low in nouns:
        return True
    k = g.end
    while k < len(toks) and (toks[k].low in tb.markers["possessive_clitic"] or rec.morphs
                             and rec.morphs[k].only("ADJ") and toks[k].text[:1].islower()):
        k += 1  # "Chile's (territorial) integrity"
    return k < len(toks) and toks[k].low in nouns
