"""Clauses: where role finding stops, and which trigger matches get a frame.

A clause ends at a clause-break word ("który", "that", "but") and at the
comma that closes a relative clause set off by commas ("Iran, which denied
…, reiterated"); that comma remembers its relative pronoun (``resumes``) so
the clause after it inherits the antecedent. Each trigger match then gets a
``FrameResult`` with its clause span, or the reason it is not considered:
inside an attribution or a name, a 'needs' word missing, a 'forbid' word near.
"""

from __future__ import annotations

from kg.engine.record import INTRODUCED, Discourse, FrameResult, SentenceRecord
from kg.engine.syntax import clause_span
from kg.engine.tables import Tables, derived
from kg.phrases import Match
from kg.text import HYPHENS, PAIR_HYPHENS

#: Mention kinds whose words are never triggers: "Sojusz" (NATO), "the alliance" (NATO again).
_NAMING_KINDS = ("names", "metonyms", "bloc", "regime", "group", "pair", "parties")


def clauses(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Clause breaks, and the commas that close a relative clause."""
    toks = rec.tokens
    breaks = {k for k, tk in enumerate(toks) if tk.low in tb.markers["clause_break"]}
    if tb.settings.get("spaced_hyphen_dash"):  # datelines ("Manila - …") and asides set off by " - "
        breaks.update(k for k, tk in enumerate(toks) if tk.text in PAIR_HYPHENS and 0 < k < len(toks) - 1
                      and toks[k - 1].end < tk.start and tk.end < toks[k + 1].start)
        # a typed dash of two hyphens set off by spaces ("a partnership -- its highest rank -- on par with …")
        breaks.update(j for k, tk in enumerate(toks) if tk.text in HYPHENS and 0 < k < len(toks) - 2
                      and toks[k + 1].text in HYPHENS and tk.end == toks[k + 1].start
                      and toks[k - 1].end < tk.start and toks[k + 1].end < toks[k + 2].start for j in (k, k + 1))
    for cm in rec.cues.get("clause_break", ()):
        breaks.update(range(cm.start, cm.end))
    breaks -= determiner_breaks(rec)
    breaks -= _clock_colons(rec)
    breaks -= _list_colons(tb, rec, breaks)
    relative = tb.markers["relative"]
    resumes: dict[int, int] = {}
    for k, tk in enumerate(toks):
        if tk.low in relative and k > 0 and toks[k - 1].text == ",":
            close = next((j for j in range(k + 1, len(toks)) if toks[j].text == "," or j in breaks), None)
            if close is not None and toks[close].text == ",":
                breaks.add(close)
                resumes[close] = k
    _appositive_relatives(tb, rec, breaks, resumes)
    if tb.markers["relative_article"]:
        _relative_articles(tb, rec, breaks, resumes)
    subordinators = tb.markers["subordinator"] if tb.settings.get("verb_second") else frozenset()
    opened = set(resumes.values())  # the relative pronouns
    first = next((k for k, tk in enumerate(toks) if tk.is_word), -1)
    for k, tk in enumerate(toks):  # "Als Russland die Ukraine angriff, …", "…, seit Russland … überfallen hat"
        # a clause break word opening the sentence opens a verb-final clause too ("Falls Finnland beitritt, droht …")
        opens = tk.low in subordinators or subordinators and k == first and tk.low in tb.markers["clause_break"]
        if opens and (k == 0 or toks[k - 1].text == "," or k - 1 in breaks) and rec.morphs \
                and k - 1 not in opened:  # "die seit Jahren …": after a relative pronoun, a preposition
            end = _closing_verb_group(tb, rec, k + 1, breaks)
            if end is not None:
                breaks.add(k)
                if end < len(toks) and toks[end].text == ",":
                    breaks.add(end)
    fronted = fronted_subordinate_end(tb, rec)
    if fronted is not None:  # "If Iran attacks Israel, the United States will respond"
        breaks.add(fronted)
    if tb.settings.get("verb_second"):  # "…, die Ukraine weiter zu unterstützen": a clause of its own
        breaks.update(k for k in range(len(toks)) if infinitive_opener(tb, rec, k, breaks))
    rec.breaks = breaks
    rec.resumes = resumes
    return rec


def _clock_colons(rec: SentenceRecord) -> set[int]:
    """A colon between two numbers written together ("um 9:30 Uhr", "at 10:15") tells the time; it ends no clause."""
    toks = rec.tokens
    return {k for k in range(1, len(toks) - 1) if toks[k].text == ":" and toks[k - 1].text.isdigit()
            and toks[k + 1].text.isdigit() and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start}


def _list_colons(tb: Tables, rec: SentenceRecord, breaks: set[int]) -> set[int]:
    """A colon after a verb that opens a list of two or more actors running to the sentence's end with no verb of
    its own ("W telekonferencji wzięli udział: premier X, kanclerz Y i …"): the list is the clause's own phrase."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs:
        return set()
    out = set()
    for k, tk in enumerate(toks):
        if tk.text != ":" or k == 0 or not toks[k - 1].is_word:
            continue
        end = next((j for j in range(k + 1, len(toks)) if j in breaks or toks[j].text in (";", ":")), len(toks))
        listed = sum(1 for m in rec.mentions if k < m.start and m.end <= end)
        if listed >= 2 and _only_names(tb, rec, k + 1, end) and not any(
                m.is_("VERB") and not m.is_("NOUN", "ADJ", "ADP", "PROPN")
                and m.feats & {"fin", "past", "impt", "imps"} for m in morphs[k + 1:end]) \
                and any(m.is_("VERB") for m in morphs[:k]):
            out.add(k)
    return out


def _only_names(tb: Tables, rec: SentenceRecord, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` are only actors, their titles and the words that join them: a list
    of participants ("premier X, kanclerz Y i prezydent Z"), not a clause of its own after a colon."""
    covered = {k for m in rec.mentions for k in range(m.start, m.end)}
    covered |= {k for c in ("role", "body") for cm in rec.cues.get(c, ()) for k in range(cm.start, cm.end)}
    joiners = tb.markers["coordination"]
    return all(k in covered or not tk.is_word or tk.low in joiners or rec.morphs[k].is_("PROPN")
               for k, tk in enumerate(rec.tokens[lo:hi], lo))


def determiner_breaks(rec: SentenceRecord) -> set[int]:
    """Clause-break words that open a phrase naming an actor by reference: "that" in "that country" is a
    determiner, not the "that" of a reported or relative clause."""
    return {m.start for m in rec.mentions if m.resolved and m.end > m.start + 1}


def _appositive_relatives(tb: Tables, rec: SentenceRecord, breaks: set[int], resumes: dict[int, int]) -> None:
    """"Moldova, a small republic which applied to join the EU with Ukraine, has accused Russia": a
    relative clause inside an apposition ends at the comma before the main verb, and the clause after
    it takes the actor the apposition describes."""
    toks = rec.tokens
    relative = derived(tb, "relative-only", lambda m: m["relative"] - m["complementizer"])
    for k, tk in enumerate(toks):
        if tk.low not in relative or k < 3 or toks[k - 1].text == "," or k in breaks and k - 1 in breaks:
            continue
        c = next((j for j in range(k - 1, max(0, k - 9), -1) if toks[j].text == "," or j in breaks and j != k), None)
        if c is None or toks[c].text != "," or not any(g.end == c for g in rec.groups):
            continue  # the apposition must follow an actor: "Moldova, a small republic which"
        close = next((j for j in range(k + 1, len(toks)) if toks[j].text == "," or j in breaks and j != k), None)
        if close is None or toks[close].text != "," or close + 1 >= len(toks) or not rec.morphs:
            continue
        nxt = rec.morphs[close + 1]
        if nxt.is_("AUX", "VERB") and not nxt.is_("NOUN", "PROPN", "ADP", "DET"):
            breaks.add(close)
            resumes[close] = c


def _relative_articles(tb: Tables, rec: SentenceRecord, breaks: set[int], resumes: dict[int, int]) -> None:
    """German relative clauses open with the article's forms: ", den Russland gegen die Ukraine führt,",
    ", die die EU verhängt hat", ", in der …". After a comma (and an optional preposition) such a word
    opens a relative clause when the clause it starts has its finite verb last (verb-final): no finite
    verb before the closing verb group, which a comma, a break or the sentence end follows. Otherwise
    it is an article ("Polen, die Ukraine und Litauen", "sagte, die Ukraine brauche Hilfe").

    The word becomes a break (the clause starts after it), the comma after the verb group closes the
    clause, and both remember where the antecedent ends (``resumes``), so the main clause after the
    comma and a nominative relative pronoun inherit it.
    """
    toks = rec.tokens
    n = len(toks)
    for k in range(len(toks)):
        opener = relative_opener(tb, rec, k, breaks)
        if opener is None:
            continue
        end = _closing_verb_group(tb, rec, k + 1, breaks)
        breaks.add(k)
        resumes[k] = opener
        if end is not None and end < n and toks[end].text == ",":
            breaks.add(end)
            resumes[end] = opener


def relative_opener(tb: Tables, rec: SentenceRecord, k: int, breaks: set[int] | frozenset[int]) -> int | None:
    """Whether token ``k`` is a relative article opening a verb-final clause: then the comma or the
    preposition that starts the relative clause ("die Provinz, in der …"), else None."""
    toks = rec.tokens
    if not rec.morphs or toks[k].low not in tb.markers["relative_article"] or k == 0 or k in breaks:
        return None
    if toks[k - 1].text == ",":
        opener = k
    elif k > 1 and toks[k - 1].low in tb.markers["prepositions"] and toks[k - 2].text == ",":
        opener = k - 1
    else:
        return None
    if _office_holder(tb, rec, k + 1):
        return None  # "Merkel, Putin, der ukrainische Präsident Poroschenko und …": the next of a list
    return opener if _closing_verb_group(tb, rec, k + 1, breaks) is not None else None


def _office_holder(tb: Tables, rec: SentenceRecord, j: int) -> bool:
    """Whether an office (the lexicon's ``role``: one holder, singular) follows ``j`` after lower-case
    adjectives only, then a name or a list goes on ("der ukrainische Präsident Poroschenko und …", "der
    französische Staatschef, …"): the word before is its article, not a relative pronoun. Not a plural
    body ("die russischen Truppen"), which a relative pronoun may govern."""
    toks, morphs = rec.tokens, rec.morphs
    roles = {k for cm in rec.cues.get("role", ()) for k in range(cm.start, cm.end)}
    while j < len(toks) and j not in roles and toks[j].is_word and toks[j].text[:1].islower() \
            and morphs[j].is_("ADJ"):
        j += 1
    if j not in roles:
        return False
    j += 1
    while j < len(toks) and morphs[j].is_("PROPN") and toks[j].text[:1].isupper():
        j += 1  # the holder's name
    return j < len(toks) and toks[j].low in tb.markers["coordination"] | {","}


def _closing_verb_group(tb: Tables, rec: SentenceRecord, start: int, breaks: set[int] | frozenset[int],
                        infinitive: bool = False) -> int | None:
    """Where the verb group that closes a verb-final clause from ``start`` ends, or None: the first
    verb group with a finite form (with ``infinitive``: a "zu" infinitive, "zu unterstützen",
    "anzugreifen", "angegriffen zu haben") must be followed by a comma, a break or the sentence's end (a
    participle before it modifies a noun, "die von Russland besetzten Gebiete")."""
    toks = rec.tokens
    morphs = rec.morphs
    n = len(toks)
    j = start
    while j < n and j not in breaks:
        # a finite form that may also be a noun counts right before the comma that closes the clause ("beitritt,")
        last = morphs[j].is_("VERB") and _is_finite(morphs[j]) and j + 1 < n and toks[j + 1].text == ","
        if not _verb_group(morphs[j]) and not last:
            j += 1
            continue
        end = j + 1 if last and not _verb_group(morphs[j]) else j
        while end < n and end not in breaks and _verb_group(morphs[end]):
            end += 1
        zu = toks[j - 1].low in tb.markers["infinitive_marker"] or fused_infinitive_marker(tb, rec, j)
        if zu or any(_is_finite(morphs[i]) for i in range(j, end)) or _present_like(toks[end - 1].low, morphs[end - 1]):
            closes = end >= n or toks[end].text == "," or end in breaks or (end == n - 1 and not toks[end].is_word)
            return end if closes and j > start and zu == infinitive else None
        j = end
    return None


def fronted_subordinate_end(tb: Tables, rec: SentenceRecord) -> int | None:
    """The comma that closes a subordinate clause opening the sentence, in a language whose verb does
    not stand last (German verb-final clauses are the loop over ``subordinator`` words above): "If Iran
    attacks Israel, the United States will respond", "Gdy Rosja zaatakowała Ukrainę, Polska …". It is the
    first comma after the clause's finite verb; without a verb before it the comma only lists ("When Iran,
    Iraq and Syria met") or ends an adjunct, and closes nothing."""
    toks, morphs = rec.tokens, rec.morphs
    if tb.settings.get("verb_second") or not morphs:
        return None
    first = next((k for k, tk in enumerate(toks) if tk.is_word), None)
    if first is None:
        return None
    ing = first + 1 if toks[first].low in tb.markers["adjunct"] else first
    attributed = any(cm.start <= first < cm.end for cm in rec.cues.get("attribution", ()))  # "According to"
    if ing < len(toks) and not attributed and morphs[ing].is_("VERB") and morphs[ing].feats & {"ger", "pact"} and (
            ing > first or not morphs[ing].is_("NOUN")):
        # "Blaming Iran for the strike, France …", "After meeting Xi, Biden …": an -ing clause ends at its comma
        return next((j for j in range(ing + 1, len(toks)) if toks[j].text == ","), None)
    if not attributed and first + 1 < len(toks) and morphs[first].is_("VERB") and "ppas" in morphs[first].feats \
            and toks[first + 1].low in tb.markers["agent"]:
        # "Backed by Tehran, the rebels hold …": a participle and its agent opening the sentence end at the
        # first comma, when no finite verb comes before it ("Wspierani przez Iran Huti zaatakowali statek, …")
        comma = next((j for j in range(first + 2, len(toks)) if toks[j].text == ","), None)
        named = {k for m in rec.mentions for k in range(m.start, m.end)}  # "by the United States": no verb
        if comma is not None and not any(morphs[j].is_("VERB", "AUX") and _is_finite(morphs[j]) and j not in named
                                         and not _modifier(rec, j) for j in range(first + 2, comma)):
            return comma
    if toks[first].low not in tb.markers["subordinator"]:
        return _fronted_adjunct_end(rec, first) if not attributed and morphs[first].is_("ADP") else None
    verb = False
    for j in range(first + 1, len(toks)):
        if toks[j].text == ",":  # "After the summit in Brussels, France and Germany condemned": a phrase
            return j if verb else _fronted_adjunct_end(rec, first) if not attributed and morphs[first].is_("ADP") \
                else None
        verb = verb or (morphs[j].is_("VERB", "AUX") and _is_finite(morphs[j]) and not _modifier(rec, j))
    return None


def _fronted_adjunct_end(rec: SentenceRecord, first: int) -> int | None:
    """The comma that closes a prepositional phrase opening the sentence when a subject list and its finite
    verb follow it ("After the clashes near the border, Kenya and Uganda have renewed …"), or a subject
    an adjective of an actor opens ("In southern Lebanon, Israeli strikes continued"): the name before the
    comma is the phrase's, not the subject's. "In Kyiv, Warsaw and Vilnius, leaders met": the
    list goes on to a comma, so it is the phrase's list."""
    toks, morphs = rec.tokens, rec.morphs
    comma = next((j for j in range(first + 1, len(toks)) if toks[j].text == ","), None)
    if comma is None or any(morphs[j].only("VERB", "AUX") and _is_finite(morphs[j]) and not _modifier(rec, j)
                            for j in range(first + 1, comma)):
        return None
    for j in range(comma + 1, len(toks)):
        if not toks[j].is_word:
            return None
        if morphs[j].only("VERB", "AUX") and _is_finite(morphs[j]):
            listed = any(morphs[k].is_("CCONJ") for k in range(comma + 1, j))
            told = any(m.start == comma + 1 and m.kind == "adjectives" for m in rec.mentions)  # "…, Israeli strikes"
            return comma if listed or told else None
    return None


def _modifier(rec: SentenceRecord, j: int) -> bool:
    """A verb reading that is no clause's verb: a past form that modifies a noun ("the Iran-backed
    militias", "the disputed region": a participle reading before a noun, or the second half of a
    hyphenated word), or a word that is also a noun with no subject right before it ("the rebels")."""
    toks, morphs = rec.tokens, rec.morphs
    if j > 0 and toks[j - 1].text in HYPHENS and toks[j - 1].end == toks[j].start:
        return True
    if morphs[j].is_("NOUN") and not (j > 0 and morphs[j - 1].only("PROPN", "PRON", "NOUN")):
        return True  # "the rebels", "the backed rebels": a noun unless a subject stands right before it
    return "ppas" in morphs[j].feats and j + 1 < len(toks) and morphs[j + 1].only("NOUN")


def fused_infinitive_marker(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """A separable verb's infinitive with the infinitive marker inside ("anzugreifen", "einzumarschieren")."""
    word, m = rec.tokens[k].low, rec.morphs[k]
    # the marker may follow a particle that itself begins like it ("zurückzunehmen", "zusammenzuarbeiten")
    return "inf" in m.feats and any(word[:i] + word[i + len(zu):] == m.lemma
                                    for zu in tb.markers["infinitive_marker"]
                                    for i in range(1, len(word) - len(zu) - 1) if word.startswith(zu, i))


def infinitive_opener(tb: Tables, rec: SentenceRecord, k: int, breaks: set[int] | frozenset[int]) -> bool:
    """Whether the comma at ``k`` opens a "zu" infinitive clause that ends the sentence or the next
    comma: "Kiew wirft Moskau vor, Polen angegriffen zu haben"."""
    return (bool(rec.morphs) and rec.tokens[k].text == "," and k > 0
            and _closing_verb_group(tb, rec, k + 1, breaks, infinitive=True) is not None)


def _verb_group(m) -> bool:
    """A verb or auxiliary form that may stand in a clause-final verb group ("verhängt hat")."""
    return m.is_("VERB", "AUX") and not m.is_("NOUN", "ADJ", "ADP", "PROPN")


def _is_finite(m) -> bool:
    return bool(m.feats & {"fin", "past"})


def _present_like(low: str, m) -> bool:
    """A participle without "ge-" that ends in -t is also the present tense ("besetzt", "unterstützt",
    "stationiert"): closing a clause alone, it is its finite verb ("…, das Teile der Ukraine besetzt, …"),
    whatever the tagger chose. A "ge-" form ("eingesetzt", "gefordert") is only a participle."""
    return "ppas" in m.feats and low.endswith("t") and "ge" not in low[:7]


def _unknown_name(rec: SentenceRecord, tm: Match, named: set[int]) -> bool:
    """A capitalized trigger word right after a capitalized word that names no actor, inside a sentence not
    written in title case, is a word of a name the gazetteer does not know ("the Russian Direct Investment
    Fund"), not the act (in a language that writes common nouns in lower case); after an actor's name it is
    still the act ("the NATO Summit")."""
    toks = rec.tokens
    k = tm.start
    if k < 2 or not toks[k].text[:1].isupper() or not toks[k - 1].text[:1].isupper() or not toks[k - 1].is_word \
            or k - 1 in named:
        return False
    words = [t for t in toks if t.is_word and t.text[:1].isalpha()]
    capitals = sum(t.text[:1].isupper() for t in words)
    return capitals * 2 < len(words)  # not a headline in title case ("US Imposes New Sanctions")


def frames(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """One frame per trigger match: its clause, or why it is not considered."""
    from kg.engine.verb_final import prenominal_agent  # verb_final reads this module's clause helpers

    toks = rec.tokens
    comp = tb.compiled
    attrib = {k for cm in rec.cues.get("attribution", ()) for k in range(cm.start, cm.end)}
    named = {k for m in rec.mentions if m.kind in _NAMING_KINDS for k in range(m.start, m.end)}
    # a state's own armed body may name what a trigger needs ("die Bundeswehr ist im Kosovo stationiert",
    # "the Israel Defense Forces deployed"); an armed group's name does not ("the Rapid Support Forces")
    state_bodies = {k for m in rec.mentions if m.kind == "names" and all(
        tb.gazetteer[a].type == "Organization" and tb.gazetteer[a].acts_for for a in m.actors)
        for k in range(m.start, m.end)}
    # the office of a person the article introduces is no part of the name: "wies den ruandischen Botschafter
    # Vincent Karega aus" needs a diplomat, and the office names one
    office = {k for c in ("role", "body") for cm in rec.cues.get(c, ()) for k in range(cm.start, cm.end)}
    introduced_office = {k for m in rec.mentions if m.kind in _NAMING_KINDS and m.actors
                         and all(a.startswith(INTRODUCED) for a in m.actors)
                         for k in range(m.start, m.end) if k in office}
    needs_named = named - state_bodies - introduced_office
    listed = {k for g in rec.groups for k in range(g.start, g.end)}  # a comma inside a list of actors cuts nothing
    purpose = {k for cm in rec.cues.get("fight_against", ()) for k in range(cm.start, cm.end)}
    out: list[FrameResult] = []
    triggers = tb.triggers
    capitalized_nouns = tb.settings.get("capitalized_nouns")
    windows: dict[tuple[int, int], set[str]] = {}
    for tm in rec.triggers:
        i = tm.payload
        f = FrameResult(tm, triggers[i], i)
        out.append(f)
        words = set(tm.tokens)
        if attrib and attrib & words:
            f.fail("in-attribution")
            continue
        if words <= named or not capitalized_nouns and _unknown_name(rec, tm, named):
            f.fail("in-name")
            continue
        if capitalized_nouns and _lower_noun(rec, tm):
            f.fail("not-a-noun", "a noun trigger written in lower case is a verb form here ('als Russland … angriff')")
            continue
        if capitalized_nouns and _capital_verb(rec, tm, f.trigger.words):
            f.fail("not-a-verb", "a verb trigger written with a capital inside the sentence is a noun ('der Angriff')")
            continue
        lo, hi = clause_span(rec, tm.start, tm.end)
        plo, _ = clause_span(rec, max(0, lo - 1), max(0, lo - 1))
        f.clause, f.window_start = (lo, hi), plo
        if len(tm.tokens) == 1 and auxiliary(rec, tm.start, tm.end, hi):
            f.fail("auxiliary", "'hat' before a past participle forms a tense: it has nothing ('hat … zugesagt')")
            continue
        # with the clause before (a relative's antecedent); words of a name do not count
        # ("the Rapid Support Forces" needs no troops sent to it)
        needs = rec.context.get(("needs", i), ())
        if comp.needs[i] or needs or f.trigger.needs:  # needs of phrases only: none matched is none met
            pre_needs = prenominal_agent(tb, rec, f) if len(tm.tokens) == 1 else None
            if pre_needs is not None and pre_needs[1] is not None:
                # "die von Ruanda unterstützte Terrorgruppe M23 hat eine humanitäre Krise ausgelöst": an
                # attributive participle's needs stand in its own phrase, not in the clause it modifies a noun of
                a = pre_needs[0].start  # back past the agent's "von" to the article the participle's phrase
                while a > lo and toks[a].low not in tb.markers["agent"]:  # opens with ("die mit Milliarden von
                    a -= 1  # den USA unterstützte Ukraine")
                while a > lo and toks[a - 1].text != "," and toks[a].low not in tb.markers["determiners"]:
                    a -= 1
                window = {tk.low for k, tk in enumerate(toks[a:pre_needs[1].end], a) if k not in needs_named}
            else:
                window = windows.get((plo, hi))  # the triggers of one clause share its words
            if window is None:
                window = windows[plo, hi] = {tk.low for k, tk in enumerate(toks[plo:hi], plo) if k not in needs_named}
            if not (not comp.needs[i].isdisjoint(window)
                    or any(plo <= a and b <= hi for a, b in needs)
                    or _compound_need(tb, window, comp.needs[i])
                    or f.trigger.persons and _person_after(tb, rec, tm.end, hi)):
                f.fail("needs", _needs_detail(f.trigger.needs))
                continue
        nlo, nhi = max(lo, tm.start - 6), min(hi, tm.end + 6)
        # not across a comma before the trigger: "In response to the attack, NATO deployed troops"
        # (a comma inside a list of actors cuts nothing: "Troops from Chile, Peru and Brazil arrived in Haiti")
        nlo = max([nlo] + [k + 1 for k in range(nlo, tm.start) if toks[k].text == "," and k not in listed])
        g = next((g for g in rec.groups if g.start - 2 < nlo < g.end and g.end <= tm.start), None)
        if g is not None and len(g.mentions) > 1:  # the whole list, and the noun it follows ("Troops from …",
            # "die Aufnahme Schwedens und Finnlands in das Bündnis")
            nlo = max(lo, g.start - 2 if g.start > 1 and toks[g.start - 1].low in tb.markers["from"] else g.start - 1)
        pre = prenominal_agent(tb, rec, f) if comp.forbid[i] else None
        if pre is not None and pre[1] is not None:  # "die vom Iran unterstützte Hisbollah feuerte Raketen":
            nhi = min(nhi, pre[1].end)  # the participle's phrase ends with its noun; the rest is the clause's
        # backing by an army is still backing; help by soldiers is troops, not aid ("żołnierze pomagają")
        bodies = _agent_bodies(tb, rec, nlo, tm.start) if comp.forbid[i] and f.relation == "supports" else frozenset()
        near = comp.forbid[i] & {tk.low for k, tk in enumerate(toks[nlo:nhi], nlo)
                                 if k not in purpose and k not in bodies} \
            if comp.forbid[i] else frozenset()  # "im Kampf gegen": whom the side fights, no reversal
        if comp.forbid[i] and not near and tb.settings.get("verb_second"):
            near = comp.forbid[i] & {_final_verb(toks, tm.end, hi)}  # "…, eine Invasion in … zu planen"
        # a forbidden phrase may open the next clause ("warned X that a …": a caution, not a threat)
        plo_, phi_ = max(0, tm.start - 6), tm.end + 6
        phrases = [(a, b) for a, b in rec.context.get(("forbid", i), ()) if plo_ <= a and b <= phi_]
        if near or phrases:
            words = sorted(near) + [rec.text[toks[a].start:toks[b - 1].end] for a, b in phrases]
            f.fail("forbid", "forbidden word near the trigger: " + ", ".join(words))
    rec.frames = out
    return rec


def _agent_bodies(tb: Tables, rec: SentenceRecord, lo: int, k: int) -> frozenset[int]:
    """Words before a trigger that name an actor's armed or official body as the agent ("die Armee Ruandas
    unterstütze die M23", "von der ruandischen Armee unterstützt"): the body is who acts, not the kind of act a
    forbidden word ("Armee": military support) would make it. A body that is only the subject ("Litewscy
    żołnierze stoją razem z Polakami") keeps its word: soldiers standing by a state are troops."""
    agent = tb.markers["agent"]
    by = {j for np in rec.phrases if np.prep is not None and rec.tokens[np.prep].low in agent
          for j in range(np.start, np.end)}
    out = {j for m in rec.mentions if m.kind == "body" and lo <= m.start and m.start in by
           for j in range(m.start, min(k, m.end))}
    named = {j for m in rec.mentions for j in range(m.start, m.end)}
    for np in rec.phrases:
        if lo <= np.head < k and np.head not in named and any(
                g.attach is not None and rec.phrases[g.attach] is np and g.rel == "gen" and g.start in named
                and g.end <= k for g in rec.phrases):
            out.add(np.head)  # "die Armee Ruandas": the head of a phrase whose genitive is an actor
    return frozenset(out)


def _person_after(tb: Tables, rec: SentenceRecord, k: int, hi: int) -> bool:
    """Whether a person the gazetteer knows is named after the trigger in its clause: "Xi przyjął Putina" names
    the office the trigger's 'needs' ask for ("prezydent") by the officeholder's name."""
    gaz = tb.gazetteer
    return any(k <= m.start < hi and m.actors and all(a in gaz and gaz[a].type == "Person" for a in m.actors)
               for m in rec.mentions)


def _compound_need(tb: Tables, window: set[str], needs: frozenset[str]) -> bool:
    """With ``compound_heads``, a word of the clause whose compound ends in a 'needs' word counts as that word:
    German puts the head of a compound last ("Luftabwehrsysteme", "Rüstungsabkommen", "Kampfpanzer").
    The head is a 'needs' word of at least 4 letters after at least 3 others: each such ending of each word
    is looked up in the set (a few lookups per word, not one test per 'needs' word)."""
    if not tb.settings.get("compound_heads"):
        return False
    return any(w[j:] in needs for w in window for j in range(3, len(w) - 3))


def _lower_noun(rec: SentenceRecord, tm) -> bool:
    """A match of a noun-only trigger on a lower-case word that does not open the sentence: German writes
    nouns capitalized, so "angriff" is the verb ("als Russland die Ukraine angriff")."""
    k = tm.start
    tok = rec.tokens[k]
    feats = tm.features[0]
    return ("noun" in feats and "verb" not in feats and tok.text[:1].islower() and k > 0
            and len(tm.tokens) == 1)


def _capital_verb(rec: SentenceRecord, tm, words: tuple[str, ...]) -> bool:
    """A one-word match of a trigger whose words are all lower case (a verb) on a capitalized word inside
    the sentence: German capitalizes nouns, so "Angriff" is not the verb form "angriff"."""
    k = tm.start
    if len(tm.tokens) != 1 or k == 0 or not rec.tokens[k].text[:1].isupper():
        return False
    if not rec.tokens[k - 1].is_word:
        return False  # after a quote, a colon or a dash a sentence may start again
    return not any(w.lstrip("=^")[:1].isupper() for w in words)


def _needs_detail(needs: tuple[str, ...]) -> str:
    shown = ", ".join(needs[:6]) + (f", … ({len(needs)} in all)" if len(needs) > 6 else "")
    return f"none of the 'needs' words ({shown}) in the clause or the clause before"


def auxiliary(rec: SentenceRecord, start: int, end: int, hi: int, exempt: frozenset[int] = frozenset()) -> bool:
    """A one-word trigger or light verb that is an auxiliary ("hat", "haben") with a past participle after
    it in its clause ("hat auf dem Stützpunkt Panzer zugesagt", "hat die Lieferung … verurteilt") or right
    before it ("… eröffnet haben soll", "…, dass Moskau Soldaten geschickt hat"): it forms
    the participle's tense and holds nothing, unless the participle is in ``exempt`` ("hat … verhängt")."""
    if end - start != 1 or not rec.morphs or not rec.morphs[start].is_("AUX"):
        return False
    before = start - 1  # a verb-final clause puts the participle first: "… das Feuer eröffnet haben soll"
    return any(m.is_("VERB") and "ppas" in m.feats and k not in exempt
               for k, m in enumerate(rec.morphs[end:hi], end)) or (
        before >= 0 and rec.tokens[before].is_word and rec.morphs[before].is_("VERB")
        and "ppas" in rec.morphs[before].feats and before not in exempt)


def _final_verb(toks, start: int, hi: int) -> str:
    """The last word of a verb-final clause after the trigger, when it is a verb (lower-case in German):
    it governs the whole clause however far it stands ("…, eine Invasion in die abtrünnige Region zu
    planen"), so a forbidden verb there counts as near."""
    k = hi - 1
    while k >= start and not toks[k].is_word:
        k -= 1
    return toks[k].low if k >= start and toks[k].text[:1].islower() else ""
