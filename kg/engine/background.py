"""Background events and shared subjects: when a clause's verb does not lend a trigger noun its subject.

"UE nałożyła sankcje w związku z aneksją Krymu": the annexation is a background event the lexicon's
``presupposing`` phrase opens, not the EU's act; "Izrael bombarduje Liban, a … prowadzi operację lądową":
the light verb of a coordinated predicate shares the first verb's subject, not the object it hit. Split
from ``roles_noun``.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.tables import Tables


def presupposed(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A noun the lexicon's ``presupposing`` phrase opens, adjectives between ("w związku z nielegalną
    aneksją Krymu", "following the annexation"), is a background event: a verb elsewhere in the clause
    ("UE nałożyła sankcje … w związku z aneksją") does not do it."""
    k = f.match.start
    cm = next((cm for cm in rec.cues.get("presupposing", ()) if cm.end <= k and k - cm.end <= 3), None)
    return cm is not None and bool(rec.morphs) and all(
        rec.morphs[j].is_("ADJ", "DET") and not any(m.start <= j < m.end for m in rec.mentions)
        for j in range(cm.end, k))


def shared_subject(rec: SentenceRecord, f: FrameResult, g: Group | None, k: int) -> Group | None:
    """A light verb whose nearest actor on the left is the object of an earlier verb of the same clause
    shares that verb's subject: in "Peru ostrzeliwuje Chile, a od wczoraj prowadzi ofensywę lądową"
    Peru runs the ground offensive, not Chile."""
    if g is None:
        return None
    prior = next((p for p in rec.frames if p is not f and not p.is_noun and p.object is not None
                  and p.voice not in ("compound", "adjectival")  # "Iran-backed Houthis have launched": no verb
                  and p.subject is not None and p.object.start == g.start and p.match.end <= g.start
                  and p.clause == f.clause and g.end <= k), None)
    return prior.subject if prior is not None else g
