"""Smaller readings around a trigger noun that ``roles_noun.noun_subject`` asks for: the clause subject whose
role the noun names ("positioned itself as a supporter"), the participants a relative clause after the noun
lists, the accused and the places of a charge taken as a bare object, an "of" phrase that names the one an act
befalls, a comitative preposition governing the noun, an agent named right after the noun, and the owner of a
decision. Split from ``roles_noun.py`` (past 500 lines), which keeps the order in which they are asked."""

from __future__ import annotations

from kg.engine.noun_agent import verbal_agent
from kg.engine.noun_attached import genitive_after
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, finite, has_case, left_subject, noun_agents, prep
from kg.engine.tables import Tables


def as_mediator(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A mediation noun after a role word ('als', 'jako', 'as') with no actor right before that word, or a
    support or alliance noun after a reflexive and a role word, is the role of the clause's subject: "Katar und
    Ägypten treten wegen ihrer Beziehungen als Vermittler auf", "Beijing has positioned itself as a supporter of
    Russia"."""
    toks = rec.tokens
    lo = f.clause[0]
    k = f.match.start - 1
    while k > lo and f.match.start - k <= 3 and toks[k].is_word and toks[k].low not in tb.markers["as_role"] \
            and rec.morphs and rec.morphs[k].is_("ADJ", "DET"):
        k -= 1  # "als wichtige Vermittler"
    if k <= lo or toks[k].low not in tb.markers["as_role"] or any(
            g.end == k and prep(tb, rec, g.start, lo) in (None, *tb.markers["comitative"]) for g in rec.groups):
        return None  # "mit Katar als Vermittler" is Qatar's role (``_attached``)
    if not f.trigger.mediation and not (rec.morphs and rec.morphs[k - 1].is_("PRON")):
        return None  # a supporter or ally only after a reflexive ("presents itself as"), not "as an act of solidarity"
    subj = left_subject(tb, rec, lo, k)
    if subj is not None:
        f.how.append("as-mediator")
    return subj


def relative_participants(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group | None, Group | None]:
    """Those who take part in the event a trigger noun names, told by a relative clause that a preposition
    opens right after it: "spotkanie, w którym wzięli udział ministrowie Francji i Niemiec", "the summit,
    at which the leaders of X and Y …": the first actors after the clause's light verb ("udział" verbs
    are light verbs), even past a colon that opens their list ("przedstawiciele: Niemiec, Francji")."""
    toks = rec.tokens
    m_ = tb.markers
    # right after the noun, or closing its clause ("spotkanie w nowym formacie, w którym …")
    rel = next((r for r in (f.match.end + 2, f.clause[1]) if 2 <= r < len(toks) and toks[r].low in m_["relative"]
                and toks[r - 1].low in m_["prepositions"] and toks[r - 2].text == ","), None)
    if rel is None:
        return None, None
    stop = next((j for j in range(rel + 1, len(toks)) if toks[j].low in m_["relative"]), len(toks))
    lv = next((lv for lv in rec.cues.get("light_verbs", ()) if rel < lv.start <= rel + 3 and lv.end < stop), None)
    if lv is None:
        return None, None
    for i, g in enumerate(rec.groups):
        if lv.end <= g.start < min(stop, lv.end + 4) and prep(tb, rec, g.start, lv.end) is None:
            f.how.append("relative-participants")
            # "… Włoch z sekretarzem generalnym NATO": partners joined by "with" take part too
            nxt = rec.groups[i + 1] if i + 1 < len(rec.groups) else None
            if nxt is not None and g.end < nxt.start <= g.end + 4 and toks[g.end].low in m_["comitative"] and all(
                    t.is_word and t.low not in m_["coordination"] for t in toks[g.end + 1:nxt.start]):
                return g, nxt
            return g, None
    return None, None


def charged(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group | None, Group | None]:
    """The charge of an accusation verb that takes it as a bare object ("warf Russland den Beschuss ukrainischer
    Städte vor", "hat dem Sudan die Bombardierung tschadischer Dörfer vorgeworfen"): the accused does the act the
    noun names, to the actor its genitive names. The noun stands after the accused and inside the verb's words
    (the particle or the participle closes them)."""
    tm = f.match
    if prep(tb, rec, tm.start, f.clause[0], phrase=False) is not None:
        return None, None
    acc = next((g for g in rec.frames if g is not f and g.relation == "accuses" and not g.is_noun
                and g.object is not None and g.object.end <= tm.start and tm.end <= g.match.end
                and g.clause == f.clause), None)
    if acc is None:
        return None, None
    obj = None
    if f.relation == "attacks":
        g = after(tb, rec, tm.end, min(f.clause[1], tm.end + 3), set(tb.markers["genitive_marker"]) or {""},
                  first_only=True)
        if g is not None and has_case(g, "gen") and not set(g.actors) & set(acc.object.actors):
            obj = g  # "ukrainischer Städte": the places attacked
    return acc.object, obj


def of_patient(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """An "of" phrase right after the noun that names an actor ("Chile's expulsion of four Bolivian envoys"):
    the one the act befalls, so the possessor before the noun is its agent."""
    toks = rec.tokens
    k = f.match.end
    if tb.cases or k >= len(toks) or toks[k].low not in tb.markers["genitive_marker"]:
        return False
    return any(k < g.start <= k + 4 and g.end <= f.clause[1] for g in rec.groups)


def comitative_noun(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether a comitative preposition governs the trigger noun: its own first word ("mit Hilfe") or the word
    before it, an article between ("mit der Unterstützung", "with the support")."""
    toks, tm = rec.tokens, f.match
    comitative = tb.markers["comitative"]
    if len(tm.tokens) > 1 and toks[tm.start].low in comitative or toks[tm.start].low in tb.markers["comitative_fused"]:
        return True  # "mit Hilfe", "mithilfe"
    k = tm.start - 1
    if k > f.clause[0] and toks[k].low in tb.markers["determiners"]:
        k -= 1
    return k >= f.clause[0] and toks[k].low in comitative


def own_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether a trigger noun names its agent right after it or right after its genitive ("protests by China",
    "uznania Izraela przez Maroko"); not an agent further on ("atak na Ukrainę przez Białoruś": the way)."""
    if not noun_agents(tb):
        return False
    g = verbal_agent(tb, rec, f)
    if g is None:
        return False
    gen = genitive_after(tb, rec, f) if tb.cases else None
    k = f.match.end if gen is None else gen.end
    return k < g.start and rec.tokens[k].low in noun_agents(tb) and all(
        rec.morphs and rec.morphs[j].only("ADJ") for j in range(k + 1, g.start))  # "przez sąsiednie Maroko"


def decision_owner(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The owner of a decision noun (`decision`) right before the trigger's "o": its genitive ("decyzja
    polskiego MSZ o wydaleniu") or its adjective ("turecka decyzja o"); that owner does the act decided."""
    o = f.match.start - 1
    # a longer owner: "decyzję premiera i ministra obrony Estonii o": words of one phrase only
    cm = next((cm for cm in rec.cues.get("decision", ()) if cm.end <= o and (o - cm.end <= 4 or o - cm.end <= 7 and all(
        t.is_word and t.low not in tb.markers["prepositions"] and not (rec.morphs and finite(rec.morphs[k]))
        for k, t in enumerate(rec.tokens[cm.end:o], cm.end)))), None)
    if cm is None:
        return None
    return next((g for g in rec.groups if (cm.end <= g.start and g.end == o or g.end == cm.start)
                 and prep(tb, rec, g.start, cm.start) is None and g.mentions[0].kind != "pronoun"), None)
