"""Phrases that name an actor no trigger takes as its argument: the subject of an absolute phrase after a comma
("…, with Brazil watching closely") and the state or body a diplomat is posted to ("Iran's envoy to the United
Nations"); and the free relative a preposition's object may hide behind ("strikes on what it said were Hamas
sites"). Split from ``syntax`` (one job: what ``syntax.after`` passes over).
"""

from __future__ import annotations

from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables
from kg.text import PAIR_HYPHENS


def finite(m) -> bool:
    """A finite or past verb form (as ``syntax.finite``, which imports this module)."""
    return m.is_("VERB") and not m.is_("NOUN", "ADJ", "ADP") and bool(m.feats & {"fin", "past", "impt", "imps"})


def absolute(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """A group that is the subject of an absolute phrase after a comma ("…, with Brazil watching closely",
    "…, with Egypt and Qatar mediating"): its participle is its own predicate, so the group is nobody's partner.
    Asked of one group (``syntax.after`` asks it of each candidate), so no list of every group's phrase is made."""
    toks = rec.tokens
    k = g.start - 1
    return 0 < k and bool(rec.morphs) and toks[k].low in tb.markers["absolute_with"] and toks[k - 1].text == "," \
        and g.end < len(toks) and rec.morphs[g.end].is_("VERB") and bool(rec.morphs[g.end].feats & {"ger", "ppas"}) \
        and not rec.morphs[g.end].is_("NOUN") and g.mentions[0].kind not in ("pair", "parties")
    # (not a pair: "…, with the two leaders stressing …" are the talks' own parties)


def absolute_opener(tb: Tables, rec: SentenceRecord, k: int, start: int) -> bool:
    """Whether the ``absolute_with`` word at ``k`` opens an absolute phrase whose subject starts at ``start``
    ("…, with Trump accusing his guest of …"): then it governs nothing, and the phrase after it is the subject of a
    present participle. It opens the sentence or follows a comma ("signed a deal with Peru accusing …" may say who
    Peru is); a whole list may stand before the participle ("with Chile and Bolivia accusing …")."""
    toks = rec.tokens
    if not rec.morphs or toks[k].low not in tb.markers["absolute_with"] or k > 0 and toks[k - 1].text != ",":
        return False
    np = next((p for p in rec.phrases if p.start <= start < p.end), None)
    end = np.end if np is not None else start + 1
    group = next((g for g in rec.groups if g.start <= start < g.end), None) if rec.groups else None
    if group is not None and group.end > end:
        last = next((p for p in rec.phrases if p.start < group.end <= p.end), None)
        end = last.end if last is not None else group.end
    return end < len(rec.morphs) and rec.morphs[end].is_("VERB") and "pact" in rec.morphs[end].feats \
        and not rec.morphs[end].is_("NOUN", "ADJ")


def participle_absolutes(tb: Tables, rec: SentenceRecord) -> list[tuple[int, int]]:
    """Absolute phrases after a comma whose subject has a participle of its own: (the "with", the end of the
    participle) for "…, with Brazil watching closely", "…, with Egypt and Qatar mediating"."""
    if not tb.markers["absolute_with"]:
        return []
    return [(g.start - 1, g.end + 1) for g in rec.groups if absolute(tb, rec, g)]


def same_asides(tb: Tables, rec: SentenceRecord) -> list[tuple[int, int]]:
    """Asides between dashes made of a phrase of the lexicon's ``same_here`` and one name ("unterstützt – wie auch
    Russland – den General"): (the opening dash, after the closing one). The name does the clause's act too
    (``claims.same_here``); the clause runs on past the aside and takes no argument from it."""
    toks = rec.tokens
    out = []
    for cm in (*rec.cues.get("same_here", ()), *rec.cues.get("same_aside", ())):
        g = next((g for g in rec.groups if g.start >= cm.end), None)
        if g is None or cm.start < 2 or g.end >= len(toks) or toks[g.end].text != toks[cm.start - 1].text \
                or not all(t.low in tb.markers["determiners"] for t in toks[cm.end:g.start]):
            continue
        if toks[cm.start - 1].text in PAIR_HYPHENS or toks[cm.start - 1].text == "," and _after_verb(rec, cm.start - 2):
            # (between commas right after the verb too: "Kanada verurteilte, wie Mexiko, den Angriff")
            out.append((cm.start - 1, g.end + 1))
    return out


def _after_verb(rec: SentenceRecord, k: int) -> bool:
    """Whether token ``k`` can be a finite verb ("verurteilte", also an adjective's form)."""
    return bool(rec.morphs) and rec.morphs[k].is_("VERB", "AUX") and bool(rec.morphs[k].feats & {"fin", "past"})


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


def free_relative(tb: Tables, rec: SentenceRecord, k: int, floor: int) -> tuple[int, str] | None:
    """(where it opens, the preposition; '' right after ``floor``) of a free relative whose reported predicate
    names the phrase at token ``k``: "strikes on what it said were Hezbollah targets", "raids against what the
    army called Hamas depots": the phrase is the preposition's object as the speaker names it. None when the
    words before ``k`` are no such relative (the preposition not before ``floor``)."""
    toks = rec.tokens
    opener = tb.markers["free_relative"]
    if not opener:
        return None
    j = next((i for i in range(k - 1, max(floor, k - 9) - 1, -1) if toks[i].low in opener), None)
    if j is None or not all(t.is_word for t in toks[j:k]):
        return None
    direct = j == floor  # "struck what it said were …": right after the verb, its direct object
    if not direct and (j - 1 < floor or toks[j - 1].low not in tb.markers["prepositions"]):
        return None
    said = [cm for cm in rec.cues.get("speech", ()) if j + 1 < cm.start and cm.end <= k and cm.start - j <= 4]
    if not said:
        return None
    rest = range(said[0].end, k)  # the copula ("were", "as", "to be") and the phrase's own words
    if rec.morphs and any(finite(rec.morphs[i]) and toks[i].low not in tb.markers["passive_aux"] for i in rest):
        return None  # "on what it said would hit Hamas": a clause of its own, no named phrase
    return j, "" if direct else toks[j - 1].low
