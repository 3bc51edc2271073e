"""Offices and states in lists of names: the office words and adjectives before a name that a list's joiner does not
cover ("Polish Prime Minister X and …"), genitives of coordinated offices in the same case ("z prezydentem Finlandii
i szefem MSZ Szwecji"), and persons each followed by the state of their office ("President X of Brazil and
President Y of Chile"). Split from ``groups`` (one job: where an office stands in a list)."""

from __future__ import annotations

from kg.engine.record import Group, Mention, SentenceRecord
from kg.engine.tables import Tables
from kg.text import Token


def office_tokens(rec: SentenceRecord) -> set[int]:
    """The tokens of the sentence's office and body words (the lexicon's ``role`` and ``body`` cues)."""
    return {k for c in ("body", "role") for cm in rec.cues.get(c, ()) for k in range(cm.start, cm.end)}


def office_state_then_person(tb: Tables, rec: SentenceRecord, out: list[Group], m: Mention,
                             between: list[Token]) -> bool:
    """Whether ``m``, a person, goes on a list of persons each followed by the state of the office ("President Lula
    of Brazil and President Boric of Chile"): the group before is that state alone, after a genitive preposition
    right after a person's name."""
    gaz = tb.gazetteer
    if len(out) < 2 or len(out[-1].mentions) != 1 or not between or not m.actors \
            or not all(t.low in tb.markers["coordination"] for t in between):
        return False
    state, person = out[-1].mentions[0], out[-2].mentions[-1]
    return person.end == state.start - 1 and rec.tokens[person.end].low in tb.markers["genitive_marker"] \
        and all(gaz[a].type == "State" for a in state.actors) and bool(person.actors) \
        and all(gaz[a].type == "Person" for a in (*person.actors, *m.actors))


def title_before(tb: Tables, rec: SentenceRecord, offices: set[int], a: int, m: Mention) -> int:
    """How many words right before mention ``m`` (after token ``a``) are its office and the office's
    lower-case adjectives ("Kremlchef", "russische Außenminister", "Polish Prime Minister") that the mention
    does not include: 0 when the word before is no office (the lexicon's ``role``, or a common noun right
    before a person's name)."""
    b = m.start
    gaz = tb.gazetteer
    person = bool(m.actors) and all(x in gaz and gaz[x].type == "Person" for x in m.actors)
    k = b - 1
    if k < a or not (k in offices or person and rec.morphs and rec.morphs[k].only("NOUN")):
        return 0
    while k - 1 >= a and (k - 1 in offices or rec.morphs and rec.morphs[k - 1].is_("ADJ")
                          and rec.tokens[k - 1].text[:1].islower()):
        k -= 1
    return b - k


def adjectives_before(tb: Tables, rec: SentenceRecord, a: int, b: int) -> int:
    """How many lower-case adjectives (and nothing else but a noun of the name's kind right before it) stand
    right before token ``b``, after ``a``, right after a coordination word or an article ("and the paramilitary
    RSF", "und die radikalislamische Hamas", "and the militant group Hamas"); not a relative pronoun ("Gruzja,
    którą Rosja …")."""
    k = b
    classified = k - 1 > a and rec.tokens[k - 1].low in tb.markers["name_classifiers"]
    k -= classified  # "und der islamistischen Terrororganisation Hamas": the noun saying what kind of actor it is
    while k - 1 >= a and rec.morphs and rec.tokens[k - 1].is_word and rec.tokens[k - 1].text[:1].islower() \
            and (rec.morphs[k - 1].is_("ADJ") if classified else rec.morphs[k - 1].only("ADJ")) \
            and rec.tokens[k - 1].low not in tb.markers["relative"]:
        k -= 1  # before such a noun a word that may be an adjective is one ("the militant group Hamas")
    if k == b or k - 1 < a or rec.tokens[k - 1].text == "," or rec.tokens[k - 1].low not in (
            tb.markers["coordination"] | tb.markers["determiners"]):
        return 0
    return b - k


def offices_coordinated(tb: Tables, rec: SentenceRecord, g: Group, m: Mention) -> bool:
    """Whether ``m`` names the state of an office or body coordinated with the one ``g`` names:
    "z prezydentem Finlandii i (z) szefem MSZ Szwecji", "premier Danii oraz minister obrony Norwegii".
    The two office nouns must share a case, so "zaatakowała Ukrainę i prezydent Polski" stays apart."""
    if not tb.cases or not rec.morphs:
        return False
    toks, morphs = rec.tokens, rec.morphs
    office = office_tokens(rec)
    prev = g.mentions[-1]
    k = prev.end
    if k < m.start and toks[k].text == ",":
        k += 1
    if k >= m.start or toks[k].low not in tb.markers["coordination"] or toks[k].text == ",":
        return False
    k += 1
    if k < m.end and toks[k].low in tb.markers["prepositions"]:
        k += 1
    if k >= m.end or k not in office or any(j not in office and not morphs[j].is_("ADJ") for j in range(k, m.start)):
        return False
    if m.kind != "body" and (k == m.start or "gen" not in m.feats):
        return False
    head = prev.start if prev.kind == "body" and prev.start in office else prev.start - 1
    while head >= 0 and head not in office and morphs[head].is_("ADJ") and toks[head].is_word:
        head -= 1  # "z sekretarzem generalnym ONZ"
    if head >= 0 and head in office and (prev.kind == "body" or "gen" in prev.feats):
        return bool(morphs[head].cases & morphs[k].cases)
    # a name in the office's case ("skrytykował Niemcy i szefa MSZ Francji"); not after a comma or
    # an adversative word, which may open a new clause ("…Ukrainę, a prezydent Polski …")
    cases = set().union(*(morphs[j].cases for j in range(prev.start, prev.end)))
    nxt = toks[prev.end].low
    return nxt != "," and nxt not in tb.markers["adversative"] and len(cases) < 4 and bool(cases & morphs[k].cases)
