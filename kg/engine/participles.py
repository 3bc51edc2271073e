"""Attributive participial phrases before their noun, in a language that marks case (Polish).

Polish puts a present participle with its own complements before the noun it describes, inside the
phrase of a preposition: "sankcje wobec atakującej Ukrainę Rosji" (sanctions on Russia, which attacks
Ukraine), "pomoc dla walczącej z Rosją Ukrainy" (aid for Ukraine, which fights Russia). The noun after
the complements, in the participle's case and number, is the head: it does what the participle says,
and it is what the preposition governs. The actors inside the complements are neither the clause's
object nor the participle's subject, which the nearest-actor rules would otherwise make them.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import left_subject
from kg.engine.tables import Tables
from kg.morph import CASES

#: Grammatical cases a participle and its head noun must share.
#: How far after the participle its head may stand (the participle, a complement of a few words, the head).
_REACH = 6


def _agrees(rec: SentenceRecord, k: int, g: Group) -> bool:
    """Whether group ``g`` can be in the case and number of the participle at token ``k``."""
    mk = rec.morphs[k].feats
    cases = mk & CASES & g.mentions[0].feats
    if not cases:
        return False
    head = rec.morphs[g.start].feats
    numbers = mk & {"sg", "pl"}
    return not (numbers and head & {"sg", "pl"} and not numbers & head)


def _head(tb: Tables, rec: SentenceRecord, k: int) -> Group | None:
    """The head noun of a participle at ``k`` that opens a preposition's phrase: the last of the adjacent
    actor groups after it in its case ("atakującą Ukrainę Rosję": Russia), within reach, in its clause."""
    toks = rec.tokens
    found: Group | None = None
    for g in rec.groups:
        if g.start <= k:
            continue
        if g.start > k + _REACH or any(not t.is_word for t in toks[k + 1:g.start]) \
                or any(j in rec.breaks for j in range(k + 1, g.start + 1)):
            break
        if found is not None and g.start != found.end:
            break
        if _agrees(rec, k, g) and g.mentions[0].kind != "adjectives":
            found = g
        elif found is not None:
            break
    return found


def _participle(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """An active participle, used as an adjective, right after a preposition."""
    m = rec.morphs[k]
    return "pact" in m.feats and not m.feats & {"fin", "past", "ger"} and k > 0 \
        and rec.morphs[k - 1].is_("ADP") and rec.tokens[k - 1].low in tb.markers["prepositions"]


def attributive_participles(tb: Tables, rec: SentenceRecord) -> None:
    """Give each such phrase's participle its head as subject, and every other frame the head in place of
    an actor it took from inside the phrase; a participle of fighting "z" someone is an epithet of the
    head (which side attacks is not said), and gives nothing."""
    if not (tb.cases and tb.pro_drop and rec.morphs):
        return
    for k in range(1, len(rec.tokens)):
        if not _participle(tb, rec, k):
            continue
        head = _head(tb, rec, k)
        if head is None:
            continue
        inner = [g for g in rec.groups if k < g.start and g.end <= head.start]
        for f in rec.frames:
            if f.failure is not None:
                continue
            if f.match.start == k:
                _own_frame(tb, rec, f, head, inner)
            elif not k <= f.match.start < head.end:
                if f.object is None and rec.tokens[k - 1].low in tb.object_markers[f.index] \
                        and 0 <= k - 1 - f.match.end <= 3 and f.clause[0] <= k < f.clause[1]:
                    f.object = head  # "pakiet sankcji wobec atakującej Ukrainę Rosji"
                    f.how.append("participle-head")
                elif f.object in inner:
                    f.object = head
                    f.how.append("participle-head")
                elif f.subject in inner:
                    f.subject = head
                    f.how.append("participle-head")


def _own_frame(tb: Tables, rec: SentenceRecord, f: FrameResult, head: Group, inner: list[Group]) -> None:
    """The participle's own frame: the head does it to the actor its complement names."""
    after = f.match.end
    if after < len(rec.tokens) and rec.tokens[after].low in tb.markers["comitative"] \
            or f.match.end - f.match.start > 1 and rec.tokens[f.match.end - 1].low in tb.markers["comitative"]:
        f.fail("no-agent", "a participle of fighting with someone, an epithet of the noun after it")
        return
    f.voice, f.subject, f.object = "adjectival", head, inner[0] if inner else None
    f.how[:] = ["participle-head"]


def patient_participle(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A one-word verb trigger the morphology reads only as an adjective, right after an article and right
    before an actor ("für die angegriffene Ukraine"): an epithet of that actor, no act of the clause's subject.
    Fails the frame and says so."""
    k = f.match.start
    if (not f.is_noun and f.match.end == k + 1 and bool(rec.morphs) and k > 0 and rec.morphs[k].only("ADJ")
            and rec.tokens[k].text[:1].islower() and rec.tokens[k - 1].low in tb.markers["determiners"]
            and any(g.start == k + 1 for g in rec.groups)):
        f.fail("no-agent", "a participle between an article and the actor it describes ('die angegriffene Ukraine'): "
                           "that actor underwent the act, whose agent it does not name")
        return True
    return False


def _overlap(rec: SentenceRecord, k: int, j: int, prep: int | None = None) -> frozenset[str]:
    """The cases tokens ``k`` and ``j`` can share, when they can share a number too (``j`` in a case the
    preposition at ``prep`` governs)."""
    a, b = rec.morphs[k].feats, rec.morphs[j].feats
    if a & {"sg", "pl"} and b & {"sg", "pl"} and not a & b & {"sg", "pl"}:
        return frozenset()
    governed = rec.morphs[prep].feats & CASES if prep is not None else CASES
    return a & b & governed - {"voc"}


def describes_trigger(rec: SentenceRecord, f: FrameResult, k: int) -> bool:
    """Whether the passive participle at ``k``, after a trigger noun and its complements, describes that noun:
    "po nalotach na irańskie obiekty, przeprowadzonych przez Izrael" (the raids were carried out by Israel).
    It agrees with the noun in number and in a case other than the accusative, and every noun between can
    share with it at most the accusative ("na irańskie obiekty"); a noun between that agrees otherwise is the
    one it describes ("ataków sił wspieranych przez Iran"). A measure noun whose genitive the trigger is counts as
    the noun ("kolejny pakiet pomocy wojskowej zatwierdzony przez Kongres")."""
    tm = f.match
    own = next((p for p in rec.phrases if tm.start <= p.head < tm.end), None)
    heads = [] if own is None else [own.head]
    p = own
    while p is not None and p.rel == "gen" and p.attach is not None:
        p = rec.phrases[p.attach]  # the nouns the trigger is the genitive of ("propozycji odroczenia sankcji")
        if p.head in rec.trigger_tokens and len(heads) == 1:
            heads.append(p.head)  # "pakiet pomocy wojskowej …, ogłoszony przez": the measure's agent is the act's
        elif _overlap(rec, k, p.head) - {"acc"}:
            return False  # "propozycji odroczenia sankcji, zgłaszanej przez Chiny": the proposal's
    if not any(_overlap(rec, k, h) - {"acc"} for h in heads):
        return False
    return all(not _overlap(rec, k, p.head, p.prep) - {"acc"} for p in rec.phrases if tm.end <= p.head < k)


def describes_other(rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether a participle used as an adjective, with no agent ("sprzymierzony z", "allied with"), describes a
    noun that names no actor: the noun right before it ("baz ugrupowań sprzymierzonych z Iranem") or, set
    before its noun, the one after its complement ("sprzymierzone z nim szyickie bojówki"). Its act is that
    noun's, and the clause's actors are no side of it."""
    if not rec.morphs:
        return False
    named = {k for m in rec.mentions for k in range(m.start, m.end)}
    k = f.match.start - 1
    if k >= 0 and k not in named and rec.morphs[k].is_("NOUN") and not rec.morphs[k].is_("VERB", "PROPN"):
        return True
    j, n = f.match.end, len(rec.tokens)
    if j < n and rec.morphs[j].is_("ADP"):
        j += 1  # the preposition of its complement, when the trigger does not hold it
    comp = next((g for g in rec.groups if g.start == j), None)
    if comp is not None:
        j = comp.end
    elif j < n and rec.morphs[j].is_("PRON"):
        j += 1  # "z nim"
    else:
        return False
    while j < n and j not in named and rec.morphs[j].only("ADJ"):
        j += 1
    return j < n and j not in named and rec.morphs[j].is_("NOUN") and bool(_overlap(rec, f.match.start, j))


def prenominal_agent_pl(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The agent of a passive participle set before an act noun with its complements ("przeprowadzone w tym
    tygodniu przez Rosjan ataki", "prowadzone przez Iran operacje"): the 'przez' group between the participle and
    the noun, with only adjectives between that group and the noun, all in the noun's clause."""
    if not tb.cases or not rec.morphs:
        return None
    toks, morphs = rec.tokens, rec.morphs
    lo = f.clause[0]
    k = f.match.start
    while k > lo and toks[k - 1].text[:1].islower() and morphs[k - 1].is_("ADJ") and not morphs[k - 1].is_("NOUN"):
        k -= 1  # "przez Rosję zmasowane ataki"
    g = next((g for g in rec.groups if g.end == k and g.start > lo), None)
    if g is None or toks[g.start - 1].low not in tb.markers["agent"]:
        return None
    for p in range(g.start - 2, max(lo, g.start - 7) - 1, -1):
        if toks[p].text in ",;:" or morphs[p].feats & {"fin", "past"} and not morphs[p].is_("ADJ", "NOUN"):
            return None
        if "ppas" in morphs[p].feats and morphs[p].is_("ADJ", "VERB") and not morphs[p].is_("NOUN"):
            return g
    return None


def predicated_of(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """"Naddniestrze to wspierany przez Rosję region", "Hamas jest wspieraną przez Iran organizacją": a
    participle before its noun right after a copula describes the predicate noun, which is the clause's
    subject: the nominative actor before the copula. Not a place ("Abchazja to wspierany przez Rosję region"):
    a separatist region backed from abroad is not the state it lifts to."""
    k = f.match.start - 1
    lo = f.clause[0]
    if not tb.cases or k <= lo or rec.tokens[k].low not in tb.markers["target_copula"]:
        return None
    g = left_subject(tb, rec, lo, k, nominative=True)
    return None if g is None or all(tb.gazetteer[a].type == "Place" for a in g.actors) else g


def modifies_noun_before(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the participle at ``k`` may modify the noun right before it: a noun, and where the language
    has cases, one whose case the participle shares ("pod kontrolą wspieranego przez Iran Hezbollahu": the
    genitive participle goes with the genitive after its agent, not with the instrumental before it)."""
    noun, part = rec.morphs[k - 1], rec.morphs[k]
    if not noun.is_("NOUN", "PROPN"):
        return False
    return not (tb.cases and noun.cases and part.cases) or bool(noun.cases & part.cases)


def names_its_noun(tb: Tables, rec: SentenceRecord, k: int, nxt: Group | None) -> bool:
    """Whether the participle at ``k``, after a noun that names no actor, goes with the actor right after its agent
    instead, one of a case it shares ("buduje umocnienia wspierany przez Iran Hezbollah", "bojówki wspieranej
    przez Kigali M23"): the actor is the noun the participle stands before."""
    if nxt is None or any(g.end == k for g in rec.groups):
        return False
    part, head = rec.morphs[k], rec.morphs[nxt.start]
    return not (tb.cases and part.cases and head.cases) or bool(part.cases & head.cases)
