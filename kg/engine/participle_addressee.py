"""Whom a threatening adverbial participle threatens when it names no one: the dative addressee of the main
clause it hangs on ("Waszyngton dał Meksykowi tydzień, grożąc, że …"). One job: that shared dative."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def participle_addressee(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The last actor between the subject and an adverbial participle of threatening that can only be a
    dative and no preposition governs: the main verb's addressee, whom the participle's threat aims at."""
    subj = f.subject
    k = f.match.tokens[0]
    if f.is_noun or subj is None or not rec.morphs or "pcon" not in rec.morphs[k].feats:
        return None
    g = next((g for g in reversed(rec.groups) if subj.end <= g.start and g.end <= k and g is not subj
              and rec.morphs[g.end - 1].cases and rec.morphs[g.end - 1].cases <= {"dat"}
              and prep(tb, rec, g.start, subj.end) is None), None)
    if g is not None:
        f.how.append("addressee")
    return g
