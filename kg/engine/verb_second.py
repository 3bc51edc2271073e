"""German main clauses: the subject of a finite verb in second place, which stands in the prefield before it or
right after it ("Die Bundesregierung hat … ausgewiesen", "Am Montag griff Russland die Ukraine an"). Kept apart from
kg.engine.roles_verb, which asks it for languages with the ``verb_second`` setting.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import antecedent, finite, left_subject, prep
from kg.engine.tables import Tables
from kg.engine.verb_final import finite_at, head_prep, prefield
from kg.text import hyphened


def _comma_coordinated(tb: Tables, rec: SentenceRecord, lo: int, verb: int) -> Group | None:
    """"Kanada verurteilte Russland, lobte aber Iran": a finite verb right after a comma that ends a main clause
    with a finite verb of its own coordinates with that verb and shares its subject, the first actor before it
    (not the nearest one, which is that verb's object)."""
    toks = rec.tokens
    if not rec.morphs:
        return None
    m = rec.morphs[verb]
    if verb - 2 > lo and rec.morphs[verb - 1].only("CCONJ") and toks[verb - 2].text == "," \
            and m.is_("VERB") and m.feats & {"fin", "past"} and not m.is_("NOUN", "ADP"):
        verb -= 1  # "…, aber lobte Iran", "…, aber unterstützte Peru": a conjunction between the comma and the
        # verb joins the same clauses (a past verb there is no adjective)
    elif not finite(m):
        return None
    if verb - 1 <= lo or toks[verb - 1].text != ",":
        return None
    # (the earlier verb may also read as an adjective: "verurteilte")
    k = next((j for j in range(lo + 1, verb - 1) if rec.morphs[j].is_("VERB") and rec.morphs[j].feats & {"fin", "past"}
              and not rec.morphs[j].is_("NOUN", "ADP")), None)
    if k is None:
        return None
    return next((g for g in rec.groups if lo <= g.start and g.end <= k and head_prep(tb, rec, g, lo) is None
                 and g.mentions[0].kind not in ("adjectives", "there")), None)


def verb_second_subject(tb: Tables, rec: SentenceRecord,
                        f: FrameResult) -> tuple[Group | None, Group | None, str]:
    """German: the clause's first actor ("Die Bundesregierung hat … ausgewiesen"), the nearest on
    the left, else the actor right after the finite verb ("Am Montag griff Russland die Ukraine an")."""
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    before = tm.start
    # a genitive inside a fronted prepositional phrase is no subject: "Im Beisein Macrons trafen sich …"
    # and a prefield opened by "als" that no verb closes is a role, not the subject: "Als einer der ersten
    # Nachbarn Deutschlands gratulierte der dänische Regierungschef"; a finite auxiliary closes that prefield
    # before a participle, whose subject follows it ("Als Reaktion darauf hat Paris zwölf Diplomaten ausgewiesen")
    as_end = next((k for k in range(lo + 1, before) if finite(rec.morphs[k]) or rec.morphs[k].only("AUX")
                   and "fin" in rec.morphs[k].feats), before) \
        if rec.morphs and toks[lo].low in tb.markers["as_role"] else lo
    as_phrase = as_end == before > lo or _prepositional_prefield(tb, rec, lo, before)
    dated = _date_commas(tb, rec, lo, before)
    first = next((g for g in rec.groups if as_end <= g.start and g.end <= before and not as_phrase
                  and g.mentions[0].kind not in ("adjectives", "there") and head_prep(tb, rec, g, lo) is None
                  and not _prepositional_conjunct(tb, rec, g, lo)
                  and not any(t.text == "," and k not in dated for k, t in enumerate(toks[g.end:before], g.end))),
                 None)
    resumed = lo > 0 and lo - 1 in rec.resumes and toks[lo - 1].text == ","
    if first is not None and resumed and rec.morphs and rec.morphs[lo].is_("VERB", "AUX") \
            and rec.morphs[lo].feats & {"fin", "past"} and first.start > lo:
        # "Die Hisbollah, die …, hat Israel beschossen": the verb opens the resumed main clause, so its
        # prefield is the relative's antecedent, and the group after the verb is no subject
        subj = antecedent(tb, rec, lo)
        if subj is not None:
            return subj, None, "antecedent"
    if first is not None and "" in tb.object_markers[f.index] and first.start > lo \
            and toks[first.start - 1].low in tb.markers["object_articles"]:
        # "Den Irak kritisierte die Türkei scharf": an accusative or dative article makes the prefield the fronted
        # object; the subject is the bare actor right after the verb
        late = next((g for g in rec.groups if before < g.start <= tm.tokens[0] + 3 and g.start < hi
                     and toks[g.start - 1].low not in tb.markers["object_articles"]
                     and prep(tb, rec, g.start, tm.tokens[0] + 1) is None
                     and g.mentions[0].kind not in ("adjectives", "pronoun")), None)
        if late is not None:
            return late, first, "fronted-object"
    if first is not None and "" in tb.object_markers[f.index]:
        pron = _subject_pronoun(rec, first, before)
        if pron is not None:  # "Kanada und Mexiko wirft er vor, …": the prefield is the fronted object
            return pron, first, "fronted-object"
    fin = _oblique_prefield(tb, rec, lo, before) if first is not None and first.start > lo else None
    if fin is not None:
        subj = _after_finite(tb, rec, f, fin)
        if subj is not None:  # "Den Philippinen wirft China vor, …": an article that is no nominative fronts the object
            return subj, first if "" in tb.object_markers[f.index] else None, "fronted-object"
    if first is not None:
        named = _named_head(rec, first, before)
        if named is not None:
            return named, None, "named-head"
        return prefield(tb, rec, f, first), None, "first"
    if resumed:
        subj = antecedent(tb, rec, lo)  # "Merz, der … gereist war, sicherte der Ukraine …": the prefield
        if subj is not None:
            return subj, None, "antecedent"
    shared = None if as_phrase else _comma_coordinated(tb, rec, lo, before)
    if shared is not None:
        return shared, None, "shared"
    left = None if as_phrase else left_subject(tb, rec, lo, before)
    if left is not None and head_prep(tb, rec, left, lo) is None:
        return left, None, "left"
    if lo == before and lo > 1 and toks[lo - 1].text == ",":
        subj = _apposed_prefield(tb, rec, lo - 1)
        if subj is not None:  # "Polen, ein Mitglied der NATO, kritisierte Ungarn": the prefield and its apposition
            return subj, None, "apposition"
    # the subject after the verb is its first bare noun phrase: "verurteilt den Angriff und fordert
    # China auf" has none ("den Angriff" names no actor), not "China"; a pronoun naming no actor
    # ("trafen sich die Präsidenten") is not that phrase, and the genitives of the phrase belong to it
    # ("die Präsidenten Polens und Litauens")
    if before > 0 and toks[before - 1].low in tb.markers["coordination"] and toks[before - 1].is_word:
        return None, None, ""  # "…, und verurteilt Japan für den Besuch": a conjunct verb shares the first one's
        # subject; the phrase after it is its object (a fronted word stands before an inverted verb, not "und")
    # nor is the genitive of a prepositional phrase ("kämpfen mit Unterstützung Frankreichs gegen …": the
    # supporter of the fighters is not one of them)
    governed = _governed_genitives(rec)
    # (a phrase only in the genitive is none either, nor its own genitives: "mit dem Ministerpräsidenten
    # Serbiens, eines Verbündeten Russlands" describes the one met)
    governed |= _genitive_phrases(rec)
    first_np = next((np for np in rec.phrases if np.start > tm.tokens[0] and np.prep is None
                     and np.start not in governed and not _bare_pronoun(rec, np.start, np.end)), None)
    limit = first_np.end if first_np is not None else hi
    while first_np is not None and limit < hi and any(
            np.start == limit and np.rel == "gen" and np.prep is None for np in rec.phrases):
        limit = next(np.end for np in rec.phrases if np.start == limit)
    after_verb = next((g for g in rec.groups if tm.tokens[0] < g.start < hi
                       and prep(tb, rec, g.start, tm.tokens[0] + 1) is None
                       and g.start < limit and g.start not in governed
                       and not set(range(g.start, g.end)) & set(tm.tokens)), None)
    if after_verb is not None:
        return after_verb, None, "after-verb"
    return None, None, ""


def _prepositional_conjunct(tb: Tables, rec: SentenceRecord, g: Group, lo: int) -> bool:
    """Whether ``g`` heads a phrase joined by "und"/"oder" to one a preposition governs, directly or as its
    genitive ("Laut Angaben der EU-Kommission und Polens stehen …"): a second item of that phrase,
    not the subject."""
    phrases = rec.phrases
    i = next((i for i, np in enumerate(phrases) if np.start <= g.start < np.end), None)
    if i is None or i == 0 or phrases[i].prep is not None:
        return False
    prev = phrases[i - 1]
    between = rec.tokens[prev.end:phrases[i].start]
    if len(between) != 1 or between[0].low not in tb.markers["coordination"] or not between[0].is_word:
        return False
    seen = 0
    while prev.prep is None and prev.rel == "gen" and prev.attach is not None and seen < 3:
        prev, seen = phrases[prev.attach], seen + 1
    return prev.prep is not None and prev.prep >= lo


def _date_commas(tb: Tables, rec: SentenceRecord, lo: int, hi: int) -> set[int]:
    """The commas that set off a date after a weekday ("am Dienstag, den 15. April, …", "…, den 3. Mai 2024, …"):
    an apposition of time, no clause or list between the subject and its verb."""
    toks = rec.tokens
    out: set[int] = set()
    for k in range(lo, hi - 4):
        if toks[k].text != "," or toks[k + 1].low not in tb.markers["date_article"] or not toks[k + 2].text.isdigit() \
                or toks[k + 3].text != ".":
            continue
        j = k + 4
        if j < hi and toks[j].text[:1].isupper():
            j += 1
            if j < hi and toks[j].text.isdigit():
                j += 1
            if j < hi and toks[j].text == ",":
                out.update((k, j))
    return out


def _governed_genitives(rec: SentenceRecord) -> set[int]:
    """The tokens of genitive phrases that hang, directly or down a chain of genitives, on a prepositional
    phrase ("mit Unterstützung Frankreichs", "mit Hilfe der Armee Malis")."""
    out: set[int] = set()
    for np in rec.phrases:
        head, seen = np, 0
        while head.rel == "gen" and head.attach is not None and seen < 5:
            head, seen = rec.phrases[head.attach], seen + 1
        if head is not np and head.prep is not None:
            out.update(np.span())
    return out


def _genitive_phrases(rec: SentenceRecord) -> set[int]:
    """The tokens of phrases only in the genitive, set off after a comma, that hang on no other phrase ("…,
    eines Verbündeten Russlands"), with the genitives that hang on them."""
    out: set[int] = set()
    for np in rec.phrases:
        head, seen = np, 0
        while head.rel == "gen" and head.attach is not None and seen < 5:
            head, seen = rec.phrases[head.attach], seen + 1
        if head.attach is None and head.prep is None and head.cases == {"gen"} and head.start > 0 \
                and rec.tokens[head.start - 1].text == ",":
            out.update(np.span())
    return out


def _prepositional_prefield(tb: Tables, rec: SentenceRecord, lo: int, before: int) -> bool:
    """Whether the prefield is one prepositional phrase: it opens with a preposition (not a number's "über") and
    no comma or verb parts it before the finite verb ("Über Fragen zu Asien und Taiwan sprach die Ministerin
    mit …"): German fronts one phrase, so no actor in it is the subject, however many it coordinates."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or before - lo < 3 or toks[lo].low not in tb.markers["prepositions"] \
            or lo > 0 and toks[lo - 1].is_word:
        return False
    return not morphs[lo + 1].is_("NUM") and not any(
        not toks[k].is_word and not (k + 1 < len(toks) and hyphened(toks, k + 1))
        or finite(morphs[k]) or morphs[k].is_("VERB", "AUX")
        for k in range(lo + 1, before))  # a hyphen inside a compound ("der US-Regierung") parts nothing


def _oblique_prefield(tb: Tables, rec: SentenceRecord, lo: int, before: int) -> int | None:
    """The finite verb closing a prefield that one noun phrase opened by an article showing no nominative
    fills ("Den Philippinen wirft …", "Dem Iran hat …", "Einem Beitritt der Ukraine stimmte …"): German marks
    case on the article, so no actor in that prefield is the subject. None for any other prefield, and for one
    an attribution holds ("Den Angaben Kiews zufolge …")."""
    morphs, toks = rec.morphs, rec.tokens
    if not morphs or lo > 0 and toks[lo - 1].is_word or not morphs[lo].is_("DET") or not morphs[lo].cases \
            or "nom" in morphs[lo].cases:
        return None
    fin = next((k for k in range(lo + 1, before) if finite_at(rec, k) or not toks[k].is_word), before)
    if not toks[fin].is_word or any(lo <= c.start < fin for c in rec.cues.get("attribution", ())):
        return None
    return fin


def _after_finite(tb: Tables, rec: SentenceRecord, f: FrameResult, verb: int) -> Group | None:
    """The actor right after the finite verb at ``verb`` (at most two words between, under no preposition)."""
    hi = f.clause[1]
    g = next((g for g in rec.groups if verb < g.start < hi and g.mentions[0].kind != "adjectives"
              and prep(tb, rec, g.start, verb + 1) is None), None)
    if g is None or g.start - verb > 3 or set(range(g.start, g.end)) & set(f.match.tokens):
        return None
    return g


def _named_head(rec: SentenceRecord, first: Group, before: int) -> Group | None:
    """A name in the genitive before a noun and the name that noun is ("Russlands Nachbar Polen kritisierte …",
    "Israels Erzfeind Iran drohte …"): the genitive owns the noun, the name after it is the subject."""
    if len(first.mentions) != 1 or first.mentions[0].kind != "names" or not rec.morphs:
        return None
    own = next((np for np in rec.phrases if np.start <= first.start < np.end), None)
    if own is None or own.end != first.end or own.cases != frozenset({"gen"}):
        return None
    named = next((g for g in rec.groups if g.start > first.end), None)
    if named is None or named.end > before or named.mentions[0].kind not in ("names", "metonyms") \
            or not 0 < named.start - first.end <= 3:
        return None
    between = range(first.end, named.start)  # "Nachbar", "engster Verbündeter": a noun, adjectives before it
    last = named.start - 1  # a noun, or an adjective used as one ("Verbündeter": capitalized, verb-second German)
    if not (rec.morphs[last].is_("NOUN") or rec.morphs[last].is_("ADJ") and rec.tokens[last].text[:1].isupper()) \
            or any(
            not rec.tokens[k].is_word or not rec.morphs[k].is_("NOUN", "ADJ") or rec.morphs[k].is_("VERB", "AUX")
            and "fin" in rec.morphs[k].feats for k in between):
        return None
    return named


def _apposed_prefield(tb: Tables, rec: SentenceRecord, comma: int) -> Group | None:
    """The actor of a prefield set off with its apposition by commas, right before the finite verb at
    ``comma`` + 1: the sentence's first phrase when a comma closes it ("Polen, ein Mitglied der NATO,"), else
    the name the apposition gives ("Die Sprecherin des Außenministeriums, Anna Berg,")."""
    toks = rec.tokens
    opening = next((k for k in range(comma - 1, max(0, comma - 10), -1) if not toks[k].is_word and toks[k].low
                    not in tb.markers["possessive_clitic"] and toks[k].text not in "-‐"), None)
    if opening is None or toks[opening].text != "," or opening + 1 >= comma:
        return None
    first = rec.groups[0] if rec.groups else None
    if first is not None and first.end == opening and first.start <= 2 and all(t.is_word for t in toks[:first.start]) \
            and prep(tb, rec, first.start, 0) is None:
        return first  # "Kremlsprecher Dmitri Peskow, …,"
    return next((g for g in rec.groups if g.start == opening + 1 and g.end == comma), None)


def _bare_pronoun(rec: SentenceRecord, start: int, end: int) -> bool:
    """A phrase that is one pronoun no mention covers (a reflexive: "trafen sich")."""
    return bool(rec.morphs) and end - start == 1 and rec.morphs[start].is_("PRON") and not any(
        m.start <= start < m.end for m in rec.mentions)


def _subject_pronoun(rec: SentenceRecord, first: Group, verb: int) -> Group | None:
    """The group of a nominative-only pronoun right after the finite verb that the prefield ``first`` stands
    right before ("Kanada und Mexiko wirft er vor"): German puts one phrase before the verb, so that one is
    then the fronted object and the pronoun the subject."""
    morphs = rec.morphs
    k = verb + 1
    if not morphs or first.end != verb or k >= len(rec.tokens) or not finite(morphs[verb]) \
            or not morphs[k].is_("PRON") or morphs[k].cases != frozenset({"nom"}):
        return None
    return next((g for g in rec.groups if g.start == k), None)

def after_prefield(rec: SentenceRecord, earlier: list, k: int) -> bool:
    """A nominative-only pronoun right after a finite verb in second place: whatever stands before that verb is
    its one fronted phrase, so not the pronoun's antecedent ("Kanada und Mexiko wirft er vor, …")."""
    morphs = rec.morphs
    if not morphs or k < 2 or not finite(morphs[k - 1]) or not morphs[k].is_("PRON") \
            or morphs[k].cases != frozenset({"nom"}):
        return False
    return all(m.end <= k - 1 for m in earlier) and not any(
        finite(morphs[j]) or not rec.tokens[j].is_word for j in range(0, k - 1))


def object_relative_article(tb: Tables, rec: SentenceRecord, lo: int) -> Group | None:
    """German relative articles that are never nominative ("dem", "den", "denen"; not "der", "die", "das", nor the
    possessive "dessen", "deren"), right after the comma and no preposition before them: the antecedent is the
    object of the verb-final clause they open ("Haftar, dem Russland hilft", "die Miliz, den Iran unterstützt")."""
    toks = rec.tokens
    if lo < 2 or lo - 1 not in rec.breaks or toks[lo - 2].text != ",":
        return None
    if toks[lo - 1].low not in tb.markers["object_relatives"]:
        return None  # (not "dessen", "deren": whose)
    return antecedent(tb, rec, lo)
