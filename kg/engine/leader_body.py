"""A body noun of a leader: "die Regierung von Präsident Erdogan", "the government of Prime Minister X" is the body
of the state the person leads (the person's code is that state's). Split from ``mentions`` (one job)."""

from __future__ import annotations

from kg.engine.record import Mention, SentenceRecord
from kg.engine.tables import Tables
from kg.lexicon_keys import TITLES
from kg.morph import CASES


def leaders_body(tb: Tables, rec: SentenceRecord, m: Mention, out: list[Mention], body_at_end: dict) -> bool:
    """Grow a person's name ``m`` into the body noun before its "of" marker ("von", "of"), titles and an article
    between ("der Regierung von Ministerpräsident …"); whether it grew. Only a name, not a pronoun or an
    adjective, and only when no other mention and no trigger word stands inside."""
    toks = rec.tokens
    m_ = tb.markers
    if m.kind != "names" or tb.gazetteer[m.actors[0]].type != "Person":
        return False
    k = m.start
    title = next((cm for c in ("role", *TITLES) for cm in rec.cues.get(c, ()) if cm.end == k), None)
    if title is not None:
        k = title.start  # "von Präsident Erdogan", "of Prime Minister …"
    the = int(k > 1 and toks[k - 1].low in m_["definite"] and toks[k - 2].low in m_["genitive_marker"])
    of = k - 1 - the
    if of < 1 or toks[of].low not in m_["genitive_marker"]:
        return False
    b = body_at_end.get(of)
    if b is None or rec.trigger_tokens & set(range(b.start, m.start)) or any(
            o is not m and o.start < m.start and o.end > b.start for o in out):
        return False
    m.kind, m.start, m.feats = "body", b.start, CASES
    return True
