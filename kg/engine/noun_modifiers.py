"""English compounds, reduced relatives and reason phrases around a trigger noun, for its roles (kg.engine.roles_noun).

English writes a noun that modifies another as a separate word ("US arms sales": the name's agent reaches
the trigger across "arms"), and a participle with its preposition after a noun opens a reduced relative
clause ("firms involved in arms sales": the trigger noun belongs to it, not to the verb before).
"""

from __future__ import annotations

from kg.engine.genitives import genitive_chain
from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables
from kg.phrases import Match
from kg.text import HYPHENS


def noun_modifier(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """A lower-case noun between a name and the trigger noun it modifies with it ("US arms sales", "UN
    peacekeeping mission"), in a language that writes such compounds as separate words."""
    return not tb.settings.get("capitalized_nouns") and not tb.cases and bool(rec.morphs) \
        and rec.tokens[k].text[:1].islower() and rec.morphs[k].is_("NOUN")


def reduced_relative(tb: Tables, rec: SentenceRecord, a: int, b: int) -> bool:
    """A past participle with its preposition after a noun between ``a`` and ``b`` ("firms involved in",
    "companies tied to"): a reduced relative clause that the trigger noun after it belongs to."""
    morphs = rec.morphs
    light = {k for cm in rec.cues.get("light_verbs", ()) for k in range(cm.start, cm.end)}
    return not tb.cases and bool(morphs) and any(
        "ppas" in morphs[k].feats and morphs[k].is_("VERB") and k not in light
        and morphs[k - 1].is_("NOUN") and morphs[k + 1].is_("ADP") for k in range(a + 1, b - 1))


def governs(tb: Tables, rec: SentenceRecord, lv: Match, before: int) -> bool:
    """Whether the light verb ``lv`` can govern the trigger noun at ``before``: not across a reason phrase
    ("imposed sanctions over US arms sales", "in response to …": the reason's act is not the verb's), nor
    across a reduced relative ("sanctions on US firms involved in arms sales"), and not when it is only the
    auxiliary of the verb after it ("has faced criticism")."""
    morphs = rec.morphs
    if any(lv.end <= cm.start and cm.end <= before and not _dated(rec, cm.end, before)
           and _in_reason(rec, cm.end, before) for cm in rec.cues.get("presupposing", ())):
        return False
    if reduced_relative(tb, rec, lv.end, before):
        return False
    if _nearer_noun(tb, rec, lv, before):
        return False
    if tb.cases and prepositional_complement(tb, rec, lv, before):
        return False
    return not (morphs and morphs[lv.start].is_("AUX") and lv.end < before and "ppas" in morphs[lv.end].feats
                and morphs[lv.end].is_("VERB"))


def _in_reason(rec: SentenceRecord, k: int, before: int) -> bool:
    """Whether the noun at ``before`` belongs to the reason phrase a presupposing word ends at ``k``: its first
    noun phrase and the genitives on it ("over US arms sales"); a noun after that phrase is the verb's own
    object again ("flog als Antwort auf den Beschuss erneut Luftangriffe …")."""
    np = next((p for p in rec.phrases if p.start >= k), None)
    if np is None or np.start > before:
        return True
    end = np.end
    for p in rec.phrases:
        if (p.start == end or p.prep == end) and p.rel in ("gen", "of") and p.attach is not None:
            end = p.end
    # a verb after the phrase makes the reason a clause ("after the U.S. approved an arms sale"), which holds the noun
    # a hyphen joined to the words on both sides is inside a compound ("im Ukraine-Konflikt"), not a break
    return before < end or any(
        not t.is_word and not _joined(rec, j)
        or rec.morphs and rec.morphs[j].is_("VERB", "AUX") and rec.morphs[j].feats & {"fin", "past"}
        for j, t in enumerate(rec.tokens[end:before], end))


def _joined(rec: SentenceRecord, j: int) -> bool:
    """Whether the token at ``j`` is a hyphen with no space on either side, between two words."""
    toks = rec.tokens
    return (toks[j].text in HYPHENS and 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start
            and toks[j].end == toks[j + 1].start and toks[j - 1].is_word and toks[j + 1].is_word)


def _dated(rec: SentenceRecord, k: int, before: int) -> bool:
    """The phrase a presupposing word opens is a date, not an event: a year within its first two words ("führt
    seit 2022 einen Angriffskrieg", "seit Februar 2022", "since 2014")."""
    return any(rec.tokens[j].text.isdigit() and len(rec.tokens[j].text) == 4 for j in range(k, min(k + 2, before)))


def _nearer_noun(tb: Tables, rec: SentenceRecord, lv: Match, before: int) -> bool:
    """Another relation's trigger noun between the verb and the noun, with words between the two nouns and no
    coordination: the verb's noun is the nearer one, and the farther is its topic or reason ("prowadzi
    rozmowy dotyczące zakończenia wojny w Strefie Gazy", "nałożyła sankcje za ataki"), not the verb's act."""
    if not rec.morphs:
        return False
    rel = next((tb.triggers[m.payload].relation for m in rec.triggers if m.start == before), None)
    coord = tb.markers["coordination"]
    reasons = rec.cues.get("presupposing", ())
    for m in rec.triggers:
        if any(lv.end <= cm.start <= m.start and (m.end <= cm.end or _in_reason(rec, cm.end, m.start))
               and not _in_reason(rec, cm.end, before) for cm in reasons):
            continue  # "verhängte wegen der Angriffe Russlands neue Sanktionen": the reason's noun, then the verb's
        if lv.end <= m.start and m.end < before and rec.morphs[m.start].only("NOUN") \
                and tb.triggers[m.payload].relation != rel \
                and not any(t.low in coord or not t.is_word for t in rec.tokens[m.end:before]) \
                and not _genitive_of(rec, before, m.start):
            return True
    return False


def prepositional_complement(tb: Tables, rec: SentenceRecord, lv: Match, before: int) -> bool:
    """Whether the noun at ``before`` stands, itself or by a chain of genitives, in a prepositional phrase that
    opens right after a light verb of answering (the lexicon's ``retaliation``), its preposition not the cue's
    own: "Moskwa odpowie na plany rozmieszczenia eskadry" names the act answered, not Moscow's."""
    toks = rec.tokens
    if lv.end >= len(toks) or toks[lv.end].low not in tb.markers["prepositions"]:
        return False
    if not any(cm.start == lv.start for cm in rec.cues.get("retaliation", ())):
        return False  # "przeznaczyć na wsparcie Ukrainy": a verb of giving names its purpose, its own act
    return any(np.prep == lv.end for np in genitive_chain(rec, before))


def _genitive_of(rec: SentenceRecord, k: int, owner: int) -> bool:
    """Whether the noun at ``k`` hangs, by a chain of genitives, on the phrase of the noun at ``owner``: "pakiet
    nowych sankcji", "pakiet pomocy": the nearer noun is a measure of the farther, which is the verb's act."""
    return any(np.start <= owner < np.end for np in genitive_chain(rec, k)[1:])


def act_modifiers(tb: Tables, rec: SentenceRecord, a: int, b: int, agent: Group) -> bool:
    """Whether tokens ``a``..``b`` are words that may modify a noun after them and name no actor: a time
    possessive ("Thursday's"), a noun of a compound ("drone"), an adjective, an actor's adjective or a body
    grown from one ("Thursday's Russian rocket barrage"), or a name that is the act's own ``agent``
    ("Wednesday's US drone strike"); no preposition, verb or other name (the judged act is then "Kyiv's
    report of the attack", not the attack)."""
    if not rec.morphs or any(m.start < b and a < m.end and m.kind not in ("adjectives", "body")
                            and not agent.start <= m.start < agent.end for m in rec.mentions):
        return False
    def modifier(k: int) -> bool:
        m = rec.morphs[k]
        return (m.is_("NOUN", "PROPN", "ADJ", "NUM") and not m.only("VERB") or "ppas" in m.feats) \
            and not m.is_("ADP", "PRON", "AUX")  # "a sustained shelling": a participle as adjective

    return all(rec.tokens[k].low in tb.markers["possessive_clitic"] or rec.tokens[k].is_word and modifier(k)
               for k in range(a, b))
