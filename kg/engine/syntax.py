"""Queries over a sentence record that several stages share: governing prepositions, clause
spans, the subject on the left, the first phrase after a point, antecedents of relatives.

They only read the record (tokens, groups, clause breaks) and the tables, so the role,
pair, claim and discourse stages ask the same questions the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.engine.free_phrases import absolute, absolute_opener, free_relative, postings
from kg.engine.genitives import owned_in_phrase, owner_prep, target_prep
from kg.engine.record import Group, SentenceRecord
from kg.engine.source_phrases import names_after
from kg.engine.tables import Tables
from kg.morph import CASES
from kg.phrases import Match
from kg.text import HYPHENS

#: Mention kinds that are nominative whatever their form ("oba kraje", "reżim", "on").
_ALWAYS_NOMINATIVE = ("pair", "parties", "regime", "group", "pronoun", "topic")


def noun_agents(tb: Tables) -> frozenset[str]:
    """The words that mark a verbal noun's agent after it: the lexicon's ``noun_agent`` ("by", "durch"), else, in a
    language with cases, its passive agent ("przez")."""
    return tb.markers["noun_agent"] or (tb.markers["agent"] if tb.cases else frozenset())


def prep(tb: Tables, rec: SentenceRecord, start: int, floor: int, phrase: bool = True) -> str | None:
    """The preposition governing a mention that starts at token ``start`` (not before ``floor``); with
    ``phrase``, also one before the noun phrase's own modifiers ("against Iran-backed Houthis")."""
    toks = rec.tokens
    preps = tb.governing
    determiners = tb.markers["determiners"]
    if tb.chunk_rules.apposition and any(m.start == start for m in rec.mentions):
        # "gegen den Inselstaat Kuba": the phrase the name heads has the preposition
        np = next((np for np in rec.phrases if np.start < start <= np.head < np.end), None)
        if np is not None and np.prep is not None:
            return toks[np.prep].low if np.prep >= floor and not _up_to(tb, rec, np.prep) else None
    k = start - 1
    while k >= floor and toks[k].low in determiners and toks[k].low not in preps:
        k -= 1  # "to the Kursk region"
    title = next((cm for cm in rec.cues.get("role", ()) if cm.end == k + 1 and cm.start > floor), None)
    if title is not None and tb.cases and toks[title.start - 1].low in preps and any(
            m.start == start and tb.gazetteer[m.actors[0]].type == "Person" for m in rec.mentions):
        k = title.start - 1  # "przez generała Chalifę Haftara": a bare title stands between the preposition and
        # the person's name, in its case
    if k > floor and _counting(tb, rec, k) and rec.morphs and rec.morphs[start].cases \
            and "gen" in rec.morphs[start].cases and "nom" not in rec.morphs[start].cases:
        k -= 1  # "sankcje wobec 19 urzędników irańskiego reżimu": the count stands between
        if k - 1 > floor and toks[k].text == "." and toks[k - 1].low in tb.markers["quantifiers"]:
            k -= 2  # "przez ok. 20 rosyjskich dronów": an abbreviated approximation before it
        elif k > floor and toks[k].low in tb.markers["quantifiers"] and not toks[k].text[:1].isdigit():
            k -= 1  # "przez około 20", "wobec ponad 30": likewise unabbreviated
    such = examples_of(rec, k)
    if such is not None and such >= floor:
        # "Länder wie Katar", "backing for armed groups like Hamas": the examples take the noun's place
        return prep(tb, rec, such, floor, phrase)
    cp = complex_prep(rec, k)
    if cp is not None:  # "in line with the UN charter": the whole governs it, not "with"
        return cp
    if k >= floor and toks[k].low in preps and not _subordinating(rec, k, start) and not _up_to(tb, rec, k) \
            and not _leading(rec, k) and not absolute_opener(tb, rec, k, start):  # "troops led by Russia": the leader
        if toks[k].low in tb.markers["genitive_marker"] and k - 1 >= floor and \
                toks[k - 1].low in tb.markers["quantifiers"]:
            # "a fleet of Russian warships arrived", "with thousands of Iranian drones": the counted
            # actor takes the preposition of the whole phrase
            q = next((p.start for p in rec.phrases if p.start <= k - 1 < p.end), k - 1)
            return prep(tb, rec, q, floor, phrase)
        return toks[k].low
    np = next((p for p in rec.phrases if p.start <= start < p.end), None) if phrase else None
    such = examples_of(rec, np.prep) if np is not None and np.prep is not None else None
    if such is not None and such >= floor:
        return prep(tb, rec, such, floor, phrase)
    if np is not None and np.prep is not None and floor <= np.prep < start and toks[np.prep].low in preps \
            and not _subordinating(rec, np.prep, start) and not _in_title(rec, np.prep, start) \
            and not absolute_opener(tb, rec, np.prep, start) \
            and not _up_to(tb, rec, np.prep) and not _leading(rec, np.prep) and not approximate(tb, rec, np.prep) \
            and (all(  # not "according to Reuters Norway"
                not rec.morphs[j].only("PROPN") or toks[j + 1].text in HYPHENS for j in range(np.prep + 1, start))
                 or np.start - 1 > np.prep and rec.morphs[np.start - 1].only("CCONJ")):  # "in Lausanne and Paris"
        return toks[np.prep].low  # "against Iran-backed Houthis": across the phrase's own modifiers
    return None


def complex_prep(rec: SentenceRecord, k: int) -> str | None:
    """The preposition of several words that ends at token ``k`` ("in line with"), or None."""
    cp = next((cm for cm in rec.cues.get("complex_preposition", ()) if cm.end == k + 1), None)
    return None if cp is None else " ".join(t.low for t in rec.tokens[cp.start:cp.end])


def examples_of(rec: SentenceRecord, k: int) -> int | None:
    """Where the noun starts whose examples the word at token ``k`` ("as" of "groups such as", "wie" of
    "Länder wie") introduces; None when it introduces none."""
    a = next((cm.start for cm in rec.cues.get("such_as", ()) if cm.end == k + 1 and cm.start < k), None)
    if a is None:
        return None
    # the phrase the noun heads or ends ("militant groups such as"), with its own modifiers
    return next((np.start for np in rec.phrases if np.start <= a <= np.end), a)


def measured(tb: Tables, rec: SentenceRecord, start: int, lo: int) -> bool:
    """The preposition before the noun at ``start`` follows an amount of money ("$30 million in aid", "€5
    million of humanitarian assistance") or a noun of number (the lexicon's ``measure_nouns``: "eine Reihe von
    Luftangriffen"): it measures the amount, and the verb before it governs the noun."""
    toks = rec.tokens
    k = start - 1
    while k > lo and toks[k].low in tb.markers["determiners"]:
        k -= 1
    if k <= lo or toks[k].low not in tb.governing:
        return False
    if toks[k - 1].low in tb.markers["currency"] or toks[k - 1].low in tb.markers["measure_nouns"]:
        return True  # "30 million euros in aid", "eine Reihe von Luftangriffen"
    # "$507 million in aid": a number word after a number (not a year: "1999 in den Krieg")
    return bool(rec.morphs) and k >= 2 and toks[k - 1].text.isalpha() and rec.morphs[k - 1].is_("NUM") \
        and rec.morphs[k - 2].is_("NUM")


def apposed(tb: Tables, rec: SentenceRecord, end: int, g: Group) -> bool:
    """German "ihrer Verbündeten Südkorea": a name right after a noun (ending at token ``end``) with no
    genitive mark names that noun itself (close apposition): it is neither its genitive nor its object."""
    return bool(tb.chunk_rules.apposition and g.start == end and rec.morphs
                and "gen" not in rec.morphs[g.start].cases and rec.tokens[g.start].text[:1].isupper()
                and end > 0 and rec.tokens[end - 1].text[:1].isupper())  # not "Manöver vor Taiwan": no noun


def _in_title(rec: SentenceRecord, k: int, start: int) -> bool:
    """"Secretary of State Antony Blinken": the preposition belongs to the title right before the
    name (a 'role' cue that ends where the name starts), so it governs nothing."""
    return any(cm.start < k and cm.end == start for cm in rec.cues.get("role", ()))


def leaders(rec: SentenceRecord) -> list[Match]:
    """The words of leading (``led_by``) whose name after them leads the noun right before them: 'troops led
    by Russia', 'wojska pod dowództwem Rosji', 'unter Führung der USA'. Only right after a noun phrase ("were led
    by" is a passive), and not when that noun already has its actor ("Kenya's troops, led by a general from
    Uganda": the troops stay Kenya's)."""
    out = []
    for cm in rec.cues.get("led_by", ()):
        if cm.start == 0 or not rec.tokens[cm.start - 1].is_word:
            continue
        at = next((i for i, p in enumerate(rec.phrases) if p.end == cm.start), None)  # not "were led by"
        if at is None:
            continue
        lo = min([rec.phrases[at].start] + [p.start for p in rec.phrases if p.attach == at and p.rel == "poss"])
        if not any(lo <= m.start < cm.start for m in rec.mentions):
            out.append(cm)
    return out


def leads(rec: SentenceRecord, k: int) -> bool:
    """Whether a mention at ``k`` is a leader named by the words of leading: inside them or right after."""
    return any(cm.start <= k <= cm.end for cm in leaders(rec))


def _leading(rec: SentenceRecord, k: int) -> bool:
    """A preposition inside the words of leading governs nothing; the name after them leads the noun before
    and acts through it, as the hyphenated 'Russian-led troops' does."""
    return any(cm.start <= k < cm.end for cm in leaders(rec))


def _up_to(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """'bis zu fünf Kampfjets', 'up to five jets': a preposition after another and before a number
    counts what follows; it governs nothing ("shot down up to five Indian jets" has its object)."""
    toks = rec.tokens
    return 0 < k < len(toks) - 1 and toks[k - 1].low in tb.governing and (
        toks[k + 1].text.isdigit() or bool(rec.morphs) and rec.morphs[k + 1].only("NUM"))


def approximate(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """'About 3,000 US troops arrived', 'more than a dozen Hezbollah sites': a preposition of approximation (the
    lexicon's ``approximators``) right before a number (an article may stand between) counts what follows; it
    governs nothing."""
    toks = rec.tokens
    j = k + 2 if k + 2 < len(toks) and toks[k + 1].low in tb.markers["indefinite"] else k + 1
    return j < len(toks) and toks[k].low in tb.markers["approximators"] and (
        toks[j].text[:1].isdigit() or bool(rec.morphs) and rec.morphs[j].only("NUM"))


def _subordinating(rec: SentenceRecord, k: int, start: int) -> bool:
    """'As Russian drones make …', 'after Moscow said …': a word that can open a clause does, when a
    finite verb follows the phrase after it."""
    if not rec.morphs or not rec.morphs[k].is_("SCONJ"):
        return False
    np = next((p for p in rec.phrases if p.start <= start < p.end), None)
    while np is not None and np.rel == "poss" and np.attach is not None:
        np = rec.phrases[np.attach]  # "after Niger's military administration accused …": the owned phrase
    end = np.end if np is not None else start + 1
    group = next((g for g in rec.groups if g.start <= start < g.end), None) if rec.groups else None
    if group is not None and group.end > end:  # "after the United States and the EU imposed …": the whole list
        last = next((p for p in rec.phrases if p.start < group.end <= p.end), None)
        end = last.end if last is not None else group.end
    # an auxiliary stands for the finite verb: "as the EU was mediating", "after Russia had struck"
    return any(finite(m) or m.only("AUX") and not m.feats & {"inf", "ger", "ppas", "pact"}
               for m in rec.morphs[end:end + 3])


def opens_clause(rec: SentenceRecord, k: int, start: int) -> bool:
    """Whether the word at ``k`` opens a subordinate clause whose subject starts at ``start``."""
    return _subordinating(rec, k, start)


def clause_span(rec: SentenceRecord, i: int, j: int) -> tuple[int, int]:
    """The clause around tokens i..j: from after the previous break to the next break."""
    breaks = rec.breaks
    lo = i
    while lo > 0 and lo - 1 not in breaks:
        lo -= 1
    hi = j
    n = len(rec.tokens)
    while hi < n and hi not in breaks:
        hi += 1
    return lo, hi


def _counting(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether token ``k`` is a number or a quantifier ("19", "pięciu", "kilkunastu")."""
    tok = rec.tokens[k]
    if tok.text[:1].isdigit() or tok.low in tb.markers["quantifiers"]:
        return True
    m = rec.morphs[k] if rec.morphs else None
    return m is not None and m.is_("NUM") and not m.is_("VERB", "ADP")


def can_be_nominative(g: Group) -> bool:
    """Whether the group's first mention can be a subject by its case (always, when unknown)."""
    m = g.mentions[0]
    cases = m.feats & CASES
    return not cases or "nom" in cases or m.kind in _ALWAYS_NOMINATIVE


def counted_genitive(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """Whether the group is a genitive counted by the number right before it: "21 rosyjskich dronów
    naruszyło", "Pięć rosyjskich rakiet spadło" (a Polish numeral from five up takes the genitive, and the
    phrase is the subject)."""
    k = g.mentions[0].start - 1
    if k < 0 or not has_case(g, "gen"):
        return False
    m = rec.morphs[k] if rec.morphs else None
    return _counting(tb, rec, k) and (m is None or not m.is_("NUM") or not m.cases or "nom" in m.cases)


def has_case(g: Group, case: str) -> bool:
    """Whether the group's first mention can be in ``case`` (always, when its case is unknown)."""
    cases = g.mentions[0].feats & CASES
    return not cases or case in cases


def other_case(rec: SentenceRecord, g: Group) -> bool:
    """Whether the phrase of ``g`` shows a case that is not the genitive: its article says so where the name
    does not ("während des Besuchs die Ukraine angegriffen": "die Ukraine" is no genitive of the visit)."""
    np = next((np for np in rec.phrases if np.start <= g.start < np.end), None)
    return np is not None and np.start < g.start and bool(np.cases) and "gen" not in np.cases


def first_subject(tb: Tables, rec: SentenceRecord, lo: int, before: int) -> Group | None:
    """The sentence's first actor before ``before`` that no preposition governs, the subject an -ing clause
    after a comma shares ("X criticised Y, accusing …"): no adjective, and no possessive but the one of an
    office opening the clause ("Georgia's government …, accusing")."""
    offices = {cm.start for c in ("body", "role") for cm in rec.cues.get(c, ())}
    return next((g for g in rec.groups if g.end <= before and prep(tb, rec, g.start, 0) is None
                 and g.mentions[0].kind != "adjectives" and (not g.mentions[-1].possessive or (
                     g.end + 1 in offices and g.start == lo))), None)


def left_subject(tb: Tables, rec: SentenceRecord, lo: int, before: int, markers: Iterable[str] = (),
                 nominative: bool = False) -> Group | None:
    """The nearest group left of ``before`` in the clause that no preposition governs (or one of ``markers``)."""
    for g in reversed(rec.groups):
        if g.end > before or g.start < lo:
            continue
        if all(m.compound for m in g.mentions):
            continue  # "the Iran-backed rebels attacked": Iran only modifies
        if g.mentions[0].kind == "there":
            continue  # "Dort unterstützt Moskau …", "there": an adverb of place is never a clause's subject
        if _bracketed_name(rec, g):
            continue  # "the leaders of Chile, Peru and Bolivia (CAN) met": the bracket names the list before it
        counted = nominative and counted_genitive(tb, rec, g)
        if nominative and not can_be_nominative(g) and not counted:
            continue  # "Teheran, sojusznik Hezbollahu, oświadczył": not the genitive
        leader = leads(rec, g.mentions[0].start)
        if nominative and rec.morphs and g.mentions[0].kind == "body" and rec.morphs[g.mentions[0].start].cases \
                and "nom" not in rec.morphs[g.mentions[0].start].cases and not counted and not leader:
            continue  # "Erdogan nazwał bojowników Hamasu …": a body whose noun is no nominative
        if nominative and _genitive_modifier(rec, g) and not counted and not leader:
            continue  # "sprzeciw wobec polityki Chin, zapowiedzieli": Chin only modifies
        if nominative and not counted and _after_adjunct_noun(tb, rec, g, lo):
            continue  # "Sikorski na posiedzeniu Rady Bezpieczeństwa ONZ ostrzegł": the council only places it
        p = prep(tb, rec, g.start, lo)
        if p is None or p in markers:
            head = apposition_head(tb, rec, g, lo, before)
            return head if head is not None else g
    toks = rec.tokens
    if 1 < lo <= before and toks[lo - 1].text == ")" and all(t.is_word for t in toks[lo:before]):
        # "Wspólnota … Afryki Zachodniej (ECOWAS) podjęła decyzję": the name and its acronym before the verb
        opened = next((j for j in range(lo - 2, -1, -1) if toks[j].text == "("), None)
        if opened is not None and opened > 0:
            plo = clause_span(rec, opened - 1, opened - 1)[0]
            return left_subject(tb, rec, plo, opened, markers, nominative) or left_subject(
                tb, rec, opened + 1, lo - 1, markers, nominative)
    return None


def bracketed_after(rec: SentenceRecord, start: int, end: int, before: int) -> bool:
    """Whether tokens ``start``-``end`` stand alone in brackets right after token ``before`` ends: a name there
    names what comes before it (a list's bloc, a body's acronym), no further actor."""
    toks = rec.tokens
    return start - 1 == before and end < len(toks) and toks[start - 1].text == "(" and toks[end].text == ")"


def _bracketed_name(rec: SentenceRecord, g: Group) -> bool:
    """A group alone in brackets right after another group names that group: not a second actor of the clause."""
    return any(bracketed_after(rec, g.start, g.end, h.end) for h in rec.groups if h.end == g.start - 1)


def _after_adjunct_noun(tb: Tables, rec: SentenceRecord, g: Group, lo: int) -> bool:
    """Whether a group that may be a genitive stands right after a common noun of a prepositional phrase (or
    of its chain of genitives): "na szczycie NATO", "w czasie posiedzenia Rady Bezpieczeństwa ONZ" name where
    the subject acts, not the subject (a name with a case of its own is no such genitive)."""
    first = rec.tokens[g.start]
    if not rec.morphs or g.mentions[0].kind not in ("names", "metonyms"):
        return False  # (a body opens with its own noun: "W czwartek premier Estonii oskarżył")
    cases = rec.morphs[g.start].cases
    if not (first.is_upper and len(first.text) > 1) and ("gen" not in cases or "nom" in cases):
        return False  # a name that may be nominative stays the subject ("Na konferencji Trump określił …");
        # an acronym ("NATO", "ONZ", "G7") shows no case
    before = next((p for p in rec.phrases if p.end == g.start and p.start >= lo), None)
    if before is None or any(m.start <= before.head < m.end for m in rec.mentions) \
            or rec.tokens[before.head].low in tb.chunk_rules.not_apposed:
        return False  # "W listopadzie USA sprzedały …": a time owns no actor
    if before.prep is not None:
        return rec.tokens[before.prep].low in tb.markers["prepositions"]
    return owned_in_phrase(tb, rec, before.start, lo, g.start) is not None


def _genitive_modifier(rec: SentenceRecord, g: Group) -> bool:
    """Whether every mention of the group is the genitive of the phrase before it ("polityki Chin")."""
    return all(_genitive_at(rec, m.start) for m in g.mentions)


def _genitive_at(rec: SentenceRecord, k: int) -> bool:
    np = next((p for p in rec.phrases if p.start <= k < p.end), None)
    if np is None or np.rel != "gen" or np.attach is None:
        return False
    bodies = rec.cues.get("body", ())
    at = np.attach
    for _ in range(4):  # "Sekretarz stanu USA", "Kanclerz Niemiec": the actor of a body noun up the chain
        head = rec.phrases[at]
        if any(head.start <= b.start < head.end for b in bodies):
            return False
        if head.rel != "gen" or head.attach is None:
            break
        at = head.attach
    return True


def apposition_head(tb: Tables, rec: SentenceRecord, g: Group, lo: int, before: int) -> Group | None:
    """'Polska, członek NATO, poparła': the actor before an appositive phrase set off by commas."""
    toks = rec.tokens
    k = g.start - 1
    while k >= lo and k > g.start - 4 and toks[k].text != ",":
        k -= 1
    if k < lo or toks[k].text != "," or not any(t.text == "," for t in toks[g.end:before]):
        return None
    if any(cm.start < k < cm.end for cm in rec.cues.get("such_as", ())):
        return None  # "Sojusznicy Ukrainy, w tym Polska i Litwa, potępili": the noun's examples, not Ukraine's
    return next((h for h in rec.groups if h.end == k and h.start >= lo and not h.mentions[-1].possessive
                 and prep(tb, rec, h.start, lo) is None), None)


def antecedent(tb: Tables, rec: SentenceRecord, lo: int) -> Group | None:
    """The subject a clause inherits: 'Zełenski, który rozmawiał', 'Iran, which denied …, reiterated'."""
    toks = rec.tokens
    if lo <= 0 or not (toks[lo - 1].low in tb.markers["relative"] or lo - 1 in rec.resumes):
        return None
    k = rec.resumes.get(lo - 1, lo - 1)
    while k > 0 and toks[k - 1].text in (",", ")"):
        if toks[k - 1].text == ")":  # "Wspólnota … (ECOWAS), która": skip the parenthesis
            k = next((j for j in range(k - 1, -1, -1) if toks[j].text == "("), k - 1)
        else:
            k -= 1
    exact = next((g for g in rec.groups if g.end == k), None)
    if exact is not None:
        return exact
    # "The US and its allies, which …": the phrase before the comma, with its nouns after the actor (not one
    # that only modifies them: "Pro-Russian parties, which …")
    # (nor one a preposition or a verb of its own follows: "accused Kabul of harbouring militants who …")
    return next((g for g in reversed(rec.groups) if g.end < k and k - g.end <= 3
                 and not all(m.compound for m in g.mentions) and all(
        t.is_word and not finite(rec.morphs[j]) and t.low not in tb.markers["prepositions"]
        and not rec.morphs[j].only("VERB") for j, t in enumerate(toks[g.end:k], g.end))
        and prep(tb, rec, g.start, 0) is None), None)


def after(tb: Tables, rec: SentenceRecord, start: int, hi: int, markers: Iterable[str], skip: Group | None = None,
          first_only: bool = False, direct_within: int | None = None, located: bool = False) -> Group | None:
    """The first group from ``start`` (before ``hi``) whose preposition is one of ``markers``.

    A group with no preposition (a direct object, "") counts only within
    ``direct_within`` tokens: farther, it belongs to another phrase
    ("potępiły próbę jako naruszenie rezolucji ONZ"). Pronouns are never
    direct objects; a group of the same actors as ``skip`` is passed over
    ("ostrzegła, że KRLD użyje środków wobec Waszyngtonu": not herself). With ``located`` (an attack's
    target), the owner of a marked phrase is marked too ("na pozycje Huti w Jemenie": the Houthis).
    """
    wanted = set(markers)
    gaz = tb.gazetteer
    skip_codes = {gaz[a].code for a in skip.actors} if skip is not None else set()
    # "- napisano w komunikacie polskiego MSZ": the phrase that names the source is no argument
    sourced = {j for cm in rec.cues.get("attribution", ()) if cm.start >= start
               for j in range(cm.start, cm.end + names_after(tb, rec, cm))}
    modifier_prep: tuple[int, str | None] | None = None  # (end, preposition) of a compound modifier passed over
    posted = postings(tb, rec)
    for g in rec.groups:
        if g.start < start or g.start >= hi or g is skip or g.start in posted:
            continue
        if skip_codes and all(gaz[a].code in skip_codes for a in g.actors):
            continue
        if g.start in sourced and prep(tb, rec, g.start, start) is not None:
            continue
        if g.mentions[-1].compound:
            modifier_prep = (g.end, prep(tb, rec, g.start, start))
            continue  # "by the Iran-backed group": "Iran" only modifies
        p = prep(tb, rec, g.start, start)
        if p is None and modifier_prep is not None and g.start - modifier_prep[0] <= 2 \
                and g.mentions[0].kind == "adjectives":
            p = modifier_prep[1]  # "by the Rwanda-backed Congolese rebels": the phrase's preposition is the adjective's
        if p is None:
            p = target_prep(tb, rec, g.start, start)
        if p is None or p in tb.markers["as_role"]:  # "strikes on what it said were (described as) Hamas targets"
            p = (free_relative(tb, rec, g.start, start) or (0, p))[1]
        if p is None and "" in wanted and g.mentions[0].kind != "pronoun":  # "he", "oni": never objects
            if direct_within is None or g.start - start <= direct_within:
                return g
        elif p is not None and p in wanted and not absolute(tb, rec, g):
            return g
        elif p is None and located and owner_prep(tb, rec, g.start, start) in wanted - {""}:
            return g  # "naloty na pozycje Huti w Jemenie": the owner of the target, not the place after it
        if first_only:
            return None
    return None


def distinct(ids: list[str]) -> list[str]:
    """The ids without repeats, in the order of their first occurrence."""
    return list(dict.fromkeys(ids))


def genitive_group(rec: SentenceRecord, k: int, depth: int = 4) -> Group | None:
    """The actors a noun at token ``k`` takes through its chain of genitives: "spotkanie ministrów
    obrony Polski, Litwy i Łotwy", "a meeting of the foreign ministers of France and Italy"; four links
    reach "spotkanie ministrów spraw wewnętrznych Polski" (an adjective after its noun is a phrase)."""
    phrases = rec.phrases
    at = next((i for i, np in enumerate(phrases) if np.start <= k < np.end), None)
    starts = {g.start: g for g in rec.groups}
    for _ in range(depth):
        if at is None:
            return None
        nxt = next((j for j, np in enumerate(phrases) if np.attach == at and np.rel in ("gen", "of")), None)
        if nxt is None:
            return None
        np = phrases[nxt]
        g = next((starts[s] for s in range(np.start, np.end) if s in starts), None)
        if g is not None:
            return g
        at = nxt
    return None


def finite(m) -> bool:
    """A token that heads a new predicate: a finite or past verb form (not a participle, not a noun)."""
    return m.is_("VERB") and not m.is_("NOUN", "ADJ", "ADP") and bool(m.feats & {"fin", "past", "impt", "imps"})


def clause_relative_subject(tb: Tables, rec: SentenceRecord, lo: int) -> Group | None:
    """For a clause from ``lo`` opened by a word that refers back to the whole clause before ("…, co
    Japonia uznała za prowokację", "…, which Taipei condemned"): that clause's subject, whose act it judges."""
    toks = rec.tokens
    if lo >= 2 and toks[lo - 1].low in tb.markers["clause_relative"] and toks[lo - 2].text == ",":
        return clause_subject(tb, rec, lo - 2)
    return None


def clause_subject(tb: Tables, rec: SentenceRecord, comma: int) -> Group | None:
    """The subject of the clause that ends at ``comma``: of a frame there, else its first actor no
    preposition governs."""
    plo = clause_span(rec, comma - 1, comma - 1)[0]
    for f2 in rec.frames:
        if f2.subject is not None and plo <= f2.match.start < comma and plo <= f2.subject.start < comma:
            return f2.subject
    return next((g for g in rec.groups if plo <= g.start and g.end <= comma and prep(tb, rec, g.start, plo) is None
                 and not all(m.compound for m in g.mentions)), None)


def closes_at(toks, end: int, hi: int) -> bool:
    """Whether a phrase ending at token ``end`` closes its stretch (ending at ``hi``): nothing follows it there
    but punctuation ("… nicht aus.", "… nicht aus, sagte …")."""
    return end == hi or not toks[end].text[:1].isalnum()
