"""Clauses: where role finding stops, and which trigger matches get a frame.

A clause ends at a clause-break word ("który", "that", "but") and at the
comma that closes a relative clause set off by commas ("Iran, which denied
…, reiterated"); that comma remembers its relative pronoun (``resumes``) so
the clause after it inherits the antecedent. Each trigger match then gets a
``FrameResult`` with its clause span, or the reason it is not considered:
inside an attribution or a name, a 'needs' word missing, a 'forbid' word near (``frames.py``).
"""

from __future__ import annotations

from kg.engine.free_phrases import same_asides
from kg.engine.record import Discourse, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables, derived, phrases_of
from kg.text import HYPHENS, PAIR_HYPHENS, hyphened

#: Relations of acts against someone: their foe is never named past a fronted phrase's comma.
_HOSTILE = frozenset({"attacks", "threatens", "sanctions", "accuses"})

#: Mention kinds whose words are never triggers: "Sojusz" (NATO), "the alliance" (NATO again).
NAMING_KINDS = ("names", "metonyms", "bloc", "regime", "group", "pair", "parties")


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
    breaks -= {k for a, b in same_asides(tb, rec) for k in (a, b - 1)}  # "– wie auch Russland –": no clause
    breaks -= determiner_breaks(rec)
    breaks -= _group_joiners(tb, rec)
    # "Kenia (członek UA) i Uganda potępiły …": brackets inside a coordinated group end no clause
    breaks -= {k for g in rec.groups for k in range(g.start, g.end) if toks[k].text in ("(", ")")}
    breaks -= _clock_colons(rec)
    breaks -= _list_colons(tb, rec, breaks)
    relative = tb.markers["relative"] | tb.markers["relative_possessive"]  # "Putin, whose ally is Belarus, met Xi"
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
    rec.subordinates = _reported_subordinate_ends(tb, rec)
    breaks.update(rec.subordinates)
    if tb.settings.get("verb_second"):  # "…, die Ukraine weiter zu unterstützen": a clause of its own
        breaks.update(k for k in range(len(toks)) if infinitive_opener(tb, rec, k, breaks))
    rec.breaks = breaks
    rec.resumes = resumes
    return rec


def _group_joiners(tb: Tables, rec: SentenceRecord) -> set[int]:
    """A clause-break phrase that joins two mentions of one coordinated group ("Britain as well as Canada
    sanctioned Belarus") ends no clause: the group is the subject of the verb after it; so does a break word
    that opens a coordination phrase of several words ("Not only Chile but also Peru condemned …")."""
    toks = rec.tokens
    out: set[int] = set()
    pairs = [(a, b) for g in rec.groups for a, b in zip(g.mentions, g.mentions[1:], strict=False)]
    phrases = [w for w in phrases_of(tb, "coordination") if len(w) > 1]
    for cm in rec.cues.get("clause_break", ()):
        end = cm.end
        if end - cm.start == 1:
            end = next((cm.start + len(w) for w in phrases
                        if tuple(t.low for t in toks[cm.start:cm.start + len(w)]) == w), end)
        if end - cm.start > 1 and any(
                a.end <= cm.start and end <= b.start and not any(toks[j].is_word for j in range(a.end, cm.start))
                and not any(toks[j].is_word for j in range(end, b.start))
                for a, b in pairs):
            out.update(range(cm.start, end))
    return out


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
    end = _closing_verb_group(tb, rec, k + 1, breaks)
    if end is None or _open_bracket(rec, opener, end, breaks):
        return None
    return opener


def _open_bracket(rec: SentenceRecord, opener: int, end: int, breaks: set[int] | frozenset[int]) -> bool:
    """Whether the clause before ``opener`` has a finite auxiliary whose verb has not come yet ("Haftar wird
    von Russland, …") and the would-be relative clause runs to the sentence's end with no finite verb of its
    own, only a participle or an infinitive: the verb at the end then
    closes that auxiliary's clause ("…, den Emiraten und Ägypten unterstützt."), and the comma and article
    go on a list of its phrase. A relative clause inside an open clause ends before the clause's own verb
    ("Haftar wird von Russland, das …, unterstützt")."""
    toks, morphs = rec.tokens, rec.morphs
    if any(toks[j].is_word for j in range(end, len(toks))):
        return False
    first = end
    while first - 1 > opener and _verb_group(morphs[first - 1]):
        first -= 1
    if any(_is_finite(morphs[j]) and "ppas" not in morphs[j].feats for j in range(first, end)):
        return False  # "…, bei dem zwei Generäle getötet wurden.": a finite verb of its own, a relative clause
    lo = max((b + 1 for b in breaks if b < opener), default=0)
    aux = next((j for j in range(opener - 1, lo - 1, -1) if morphs[j].is_("AUX") and _is_finite(morphs[j])
                and not morphs[j].is_("VERB")), None)
    return aux is not None and not any(_verb_group(morphs[j]) for j in range(aux + 1, opener))


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
            if not closes and not zu and end + 1 < n and toks[end].low in tb.markers["coordination"] \
                    and toks[end].is_word and j > start and not _verb_group(morphs[end + 1]) \
                    and any("fin" in morphs[i].feats for i in range(j, end)):
                j = end + 1  # "…, bei dem X Y mit Munition versorgt und dafür Geld erhält, …": a second verb-final
                continue  # conjunct closes the clause
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
        # (not a comma inside a list of agents: "Wspierana przez Iran, Rosję i Chiny Syria …")
        comma = next((j for j in range(first + 2, len(toks)) if toks[j].text == "," and not _lists_on(tb, rec, j)),
                     None)
        named = {k for m in rec.mentions for k in range(m.start, m.end)}  # "by the United States": no verb
        if comma is not None and not any(morphs[j].is_("VERB", "AUX") and _is_finite(morphs[j]) and j not in named
                                         and not _modifier(rec, j) for j in range(first + 2, comma)):
            return comma
    if toks[first].low not in tb.markers["subordinator"]:
        return _fronted_adjunct_end(tb, rec, first) if not attributed and morphs[first].is_("ADP") else None
    verb = False
    for j in range(first + 1, len(toks)):
        if toks[j].text == ",":  # "After the summit in Brussels, France and Germany condemned": a phrase
            return j if verb else _fronted_adjunct_end(tb, rec, first) if not attributed and morphs[first].is_("ADP") \
                else None
        verb = verb or (morphs[j].is_("VERB", "AUX") and _is_finite(morphs[j]) and not _modifier(rec, j))
    return None


def _lists_on(tb: Tables, rec: SentenceRecord, j: int) -> bool:
    """Whether the comma at ``j`` goes on a list of names: names set off by commas up to a coordination word
    and a last name ("przez Iran, Rosję i Chiny"), not the comma that closes a phrase ("By Iran, Syria …")."""
    toks = rec.tokens
    starts = {m.start: m for m in rec.mentions}
    k = j + 1
    while k in starts:
        k = starts[k].end
        if k < len(toks) and toks[k].text != "," and toks[k].low in tb.markers["coordination"]:
            return k + 1 in starts
        if k >= len(toks) or toks[k].text != ",":
            return False
        k += 1
    return False


def _reported_subordinate_ends(tb: Tables, rec: SentenceRecord) -> dict[int, int]:
    """The comma that closes a subordinate clause opening a reported clause, as ``fronted_subordinate_end``
    does for one opening the sentence: "He said that while Iran pursues talks, it reserves the right to
    respond": the first comma after the subordinate clause's finite verb."""
    toks, morphs = rec.tokens, rec.morphs
    if tb.settings.get("verb_second") or not morphs:
        return {}
    out = {}
    for k in range(1, len(toks) - 1):
        if toks[k].low not in tb.markers["subordinator"] or toks[k - 1].low not in tb.markers["complementizer"]:
            continue
        verb = False
        for j in range(k + 1, len(toks)):
            if toks[j].text == ",":
                if verb:
                    out[j] = k
                break
            verb = verb or (morphs[j].is_("VERB", "AUX") and _is_finite(morphs[j]) and not _modifier(rec, j))
    return out


def subordinate_subject(tb: Tables, rec: SentenceRecord, lo: int, start: int) -> tuple[bool, Group | None]:
    """Whether a pronoun opens a clause that a subordinate clause inside a reported clause precedes ("said that
    while Iran backs the talks, it reserves …"), and then that subordinate clause's subject (the pronoun's)."""
    sub = rec.subordinates.get(lo - 1)
    if sub is None or lo >= start or not rec.morphs or not rec.morphs[lo].only("PRON") \
            or any(lo <= m.start < start for m in rec.mentions):
        return False, None
    return True, next((g for g in rec.groups if sub < g.start < lo - 1 and prep(tb, rec, g.start, sub + 1) is None
                       and g.mentions[0].kind != "adjectives"), None)


def _fronted_adjunct_end(tb: Tables, rec: SentenceRecord, first: int) -> int | None:
    """The comma that closes a prepositional phrase opening the sentence when a subject list and its finite
    verb follow it ("After the clashes near the border, Kenya and Uganda have renewed …"), or a subject
    an adjective of an actor opens ("In southern Lebanon, Israeli strikes continued"): the name before the
    comma is the phrase's, not the subject's; or a phrase that ends in a hostile act's noun whose owner it
    names ("In response to Russia's war, NATO deployed …"). "In Kyiv, Warsaw and Vilnius, leaders met":
    the list goes on to a comma, so it is the phrase's list."""
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
            return comma if listed or told or _owned_hostile_act(tb, rec, first, comma) else None
    return None


def _owned_hostile_act(tb: Tables, rec: SentenceRecord, first: int, comma: int) -> bool:
    """Whether the phrase ends at ``comma`` in a hostile act's noun whose owner it names ("In response to Russia's
    war, NATO deployed …"): the act's foe is not the main clause's subject after the comma."""
    return any(m.end == comma and tb.triggers[m.payload].relation in _HOSTILE for m in rec.triggers) and any(
        first < m.start and m.end < comma and (m.possessive or m.kind == "adjectives") for m in rec.mentions)


def _modifier(rec: SentenceRecord, j: int) -> bool:
    """A verb reading that is no clause's verb: a past form that modifies a noun ("the Iran-backed
    militias", "the disputed region": a participle reading before a noun, or the second half of a
    hyphenated word), or a word that is also a noun with no subject right before it ("the rebels")."""
    toks, morphs = rec.tokens, rec.morphs
    if hyphened(toks, j):
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
