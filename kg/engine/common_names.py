"""Names that are also common nouns: German capitalizes every noun, so the gazetteer's capitalized aliases
("Bündnis", "Allianz" for NATO) read as names wherever the word stands; an article or a trigger phrase tells
the common noun. Kept apart from kg.engine.mentions, which asks it for every name it finds.
"""

from __future__ import annotations

from kg.engine.record import Mention, SentenceRecord
from kg.engine.tables import Tables


def common_noun(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """A one-word name that is also a common noun (German capitalizes both: "Bündnis", "Allianz" name NATO),
    after a possessive or an indefinite article, or opening a trigger's phrase: "ihr Bündnis", "eine Allianz",
    "die Allianz mit den USA" are an alliance, not the name."""
    k = m.start - 1
    if not tb.settings.get("capitalized_nouns") or not rec.morphs or m.kind != "names" or m.end - m.start != 1 \
            or not rec.morphs[m.start].is_("NOUN"):
        return False
    if any(t.start == m.start and t.end > m.end for t in rec.triggers):
        return True
    if k < 0:
        return False
    if all(a in tb.gazetteer and tb.gazetteer[a].type == "State" for a in m.actors):
        return False  # "ihre Russland-Sanktionen", "unser Russland": a state's name is no common noun
    return rec.morphs[k].is_("DET") and (
        "poss" in rec.morphs[k].feats or rec.tokens[k].low not in tb.markers["definite"])
