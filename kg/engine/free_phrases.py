"""Phrases that name an actor no trigger takes as its argument: the subject of an absolute phrase after a comma
("…, with Brazil watching closely") and the state or body a diplomat is posted to ("Iran's envoy to the United
Nations"). Split from ``syntax`` (one job: what ``syntax.after`` passes over).
"""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables


def absolute(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """A group that is the subject of an absolute phrase after a comma ("…, with Brazil watching closely",
    "…, with Egypt and Qatar mediating"): its participle is its own predicate, so the group is nobody's partner."""
    return any(w < g.start < e for w, e in participle_absolutes(tb, rec))


def participle_absolutes(tb: Tables, rec: SentenceRecord) -> list[tuple[int, int]]:
    """Absolute phrases after a comma whose subject has a participle of its own: (the "with", the end of the
    participle) for "…, with Brazil watching closely", "…, with Egypt and Qatar mediating"."""
    toks = rec.tokens
    if not rec.morphs or not tb.markers["absolute_with"]:
        return []
    out = []
    for g in rec.groups:
        k = g.start - 1
        if 0 < k and toks[k].low in tb.markers["absolute_with"] and toks[k - 1].text == "," and g.end < len(toks) \
                and rec.morphs[g.end].is_("VERB") and rec.morphs[g.end].feats & {"ger", "ppas"} \
                and not rec.morphs[g.end].is_("NOUN") and g.mentions[0].kind not in ("pair", "parties"):
            out.append((k, g.end + 1))  # (but "…, with the two leaders stressing …" are the talks' own parties)
    return out


def postings(tb: Tables, rec: SentenceRecord) -> set[int]:
    """Where the state or body a diplomat is posted to starts, right after the mission noun's preposition and
    article ("Iran's envoy to the United Nations", "the ambassador to Poland"): it says where the envoy
    serves, no argument of a trigger before it; not when the mission noun is a trigger's own word."""
    out = set()
    for cm in rec.cues.get("mission", ()):
        k = cm.end
        if k >= len(rec.tokens) or rec.tokens[k].low not in tb.markers["prepositions"] \
                or rec.trigger_tokens & set(range(cm.start, cm.end)):
            continue
        k += 1
        while k < len(rec.tokens) and rec.tokens[k].low in tb.markers["determiners"]:
            k += 1
        out.add(k)
    return out
