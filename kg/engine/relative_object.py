"""The object an English relative clause leaves to its antecedent.

"the YPG, which the US has supported", "Hezbollah, which Iran backs": a verb with a subject of its own
after "which" or "that" and no object after it has the antecedent of the relative pronoun as its object.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import antecedent
from kg.engine.tables import Tables


def relative_object(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The antecedent of an object relative clause ("the YPG, which the US supports"), or None. The clause
    opens right after "which"/"that" with the frame's subject, and only auxiliaries stand between the
    subject and the verb (and adverbs); a language with cases marks its objects and needs none of this."""
    toks = rec.tokens
    lo = f.clause[0]
    subj = f.subject
    if tb.cases or f.is_noun or subj is None or lo <= 0 or "" not in tb.object_markers[f.index] \
            or toks[lo - 1].low not in tb.markers["relative"] or toks[lo - 1].low in tb.markers["complementizer"] \
            and lo >= 2 and toks[lo - 2].text != ",":
        return None
    k = lo
    while k < subj.start and toks[k].low in tb.markers["determiners"]:
        k += 1
    if k != subj.start or any(t.low not in tb.markers["auxiliaries"] and not (rec.morphs and rec.morphs[j].only("ADV"))
                              for j, t in enumerate(toks[subj.end:f.match.start], subj.end)):
        return None  # only auxiliaries and adverbs between: "which Washington has long backed"
    ante = antecedent(tb, rec, lo)
    return ante if ante is not None and ante is not subj else None
