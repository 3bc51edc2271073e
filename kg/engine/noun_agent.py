"""The agent of a verbal noun, marked after it ("naruszenie przestrzeni powietrznej Litwy przez Białoruś",
"zestrzelenie przez Turcję rosyjskiego samolotu", "die Annexion der Krim durch Russland").

With an agent of its own, a Polish verbal noun's genitive is what the act befalls ("ostrzelanie Izraela przez
Hezbollah": Israel is shelled), not who does it."""

from __future__ import annotations

from kg.engine.participles import describes_trigger
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, noun_agents
from kg.engine.tables import Tables


def verbal_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A verbal noun's agent after it, within a few words of its clause; not the agent of a passive participle
    between ("sił wspieranych przez"), of another trigger, or of a finite verb ("naruszenie przestrzeni
    państwa należącego do NATO przez Rosję": an active participle takes no agent)."""
    toks = rec.tokens
    tm = f.match
    g = after(tb, rec, tm.end, min(f.clause[1], tm.end + 8), noun_agents(tb))
    named = {k for m in rec.mentions for k in range(m.start, m.end)}  # "Sojuszu" in a name triggers nothing
    own_ppas = tm.end < len(toks) and "ppas" in rec.morphs[tm.end].feats  # "sankcje nałożone … przez Japonię"
    if g is not None and not any(
            not (own_ppas and k == tm.end or k + 1 == g.start - 1 and describes_trigger(rec, f, k)) and (
                "ppas" in rec.morphs[k].feats or k in rec.trigger_tokens and k not in named
                or rec.morphs[k].feats & {"fin", "past"} and not rec.morphs[k].is_("NOUN", "ADJ"))
            for k in range(tm.end, g.start)):
        return g
    return None
