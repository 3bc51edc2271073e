"""Phrases: noun phrases with their head, case and attachments, and the prepositions that govern them.

Role rules ask structural questions — is this actor the head of the phrase
or only its modifier ("pozycje Hezbollahu", "the Iran-backed Houthis")? which
preposition governs the phrase, however many adjectives stand between ("przez
wspierane przez Iran bojówki")? is this noun phrase the genitive of the one
before it ("the invasion of Ukraine", "wizyta szefa MSZ Chin")? — that
nearness cannot answer. This stage answers them once per sentence from the
tokens' readings (:mod:`kg.engine.morphology`) and the actor mentions, which
are atomic nominals.

The rules are few and language-blind; what differs is data: the words that
mark a genitive ("of"), the possessive clitic ("'s") and whether nouns show
case (Polish and German genitives follow their head).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from kg.engine.morphology import Morph
from kg.text import HYPHENS, Token, hyphened

_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
QUOTES = frozenset('"„”“«»\'')
_VERB_ADJ = frozenset({"VERB", "ADJ"})
_PARTICIPLES = frozenset({"ppas", "pact"})
_PREMOD = frozenset({"DET", "ADJ", "NUM"})


@dataclass(slots=True)
class NP:
    """A base noun phrase: [start, end) tokens, its head, and how it hangs on the rest."""

    start: int
    end: int
    head: int
    prep: int | None = None  # token index of the preposition governing it (then it is a PP)
    cases: frozenset[str] = frozenset()
    attach: int | None = None  # index in the phrase list of the phrase this one modifies
    rel: str = ""  # gen (genitive), of ("of"-phrase), poss (possessor, "Russia's"), apposition
    modifiers: list[int] = field(default_factory=list)  # token indices of pre-modifiers before the head

    def span(self) -> range:
        return range(self.start, self.end)


@dataclass(frozen=True)
class ChunkRules:
    """What a language's lexicon tells the chunker."""

    genitive_words: frozenset[str] = frozenset()  # "of"
    possessive_clitics: frozenset[str] = frozenset()  # "'s": the lexicon's possessive_clitic
    cases: bool = False  # nouns or their determiners show case: a genitive right after a noun modifies it
    caseless_genitive: bool = False  # a phrase of unknown case after a noun is its genitive (Polish indeclinables)
    apposition: bool = False  # a name with no genitive mark right after a noun names it ("dem Nachbarn Serbien")
    #: nouns never in apposition to a name after them: times ("am Mittwoch Nordkorea" is two phrases)
    not_apposed: frozenset[str] = frozenset()
    #: nouns that name the kind of the actor after them ("grupa JNIM"): an undeclined name there is in apposition
    classifiers: frozenset[str] = frozenset()
    #: nouns of an area whose place follows in the genitive, even right before a verb ("na terenie Łotwy stacjonuje")
    area_nouns: frozenset[str] = frozenset()
    #: nouns of a governing body ("rząd", "reżim"): a name of unknown case after one is its genitive even
    #: after a preposition ("sankcje na rząd Netanjahu"), where another name would start a new phrase
    body_nouns: frozenset[str] = frozenset()
    #: definite determiners: a close apposition follows a definite or possessive one, not an indefinite
    #: ("dem Nachbarland Polen", "seinen Verbündeten Belarus"; not "während einer Übung Norwegen")
    definite: frozenset[str] = frozenset()
    #: nouns of a tie between actors before the name they describe ("NATO ally Greece"): no verb there
    role_nouns: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()  # single-word offices and bodies ("minister", "spokesman", "army")
    #: words that join coordinated adjectives inside one phrase ("rosyjskie i chińskie okręty"); the
    #: lexicon's coordination words
    joiners: frozenset[str] = frozenset({","})
    #: an article may stand apart from its noun, before a participle's own complements ("gegen den mit
    #: Sanktionen belegten Iran", "an die von Russland angegriffene Ukraine"): German
    extended_attributes: bool = False
    #: an infinitive or unknown word written with a capital after an article is a noun ("das Nachgeben", "das
    #: Vorgehen"): German
    nominalized: bool = False
    #: quantity nouns written with a capital that count the noun after them ("Dutzende russische Diplomaten",
    #: "Hunderte Drohnen"): a determiner of that noun, not a phrase of their own
    counting_nouns: frozenset[str] = frozenset()
    #: endings of an adjective or participle before its noun (the lexicon's attributive_endings)
    attributive_endings: tuple[str, ...] = ()


def _is_nominal(m: Morph) -> bool:
    pos = m.pos
    return not pos.isdisjoint(_NOMINAL) or ("PRON" in pos and "DET" not in pos and "rel" not in m.feats)


def chunk(tokens: Sequence[Token], morphs: Sequence[Morph], mentions: Sequence[tuple[int, int, bool]],
          rules: ChunkRules, proper: AbstractSet[int] = frozenset()) -> list[NP]:
    """Base noun phrases of a sentence, in order, with prepositions and genitive/possessive attachments.

    ``mentions`` are (start, end, adjectival) token spans of actor mentions:
    each is a nominal unit ("Korea Północna", "the Russian foreign ministry");
    an adjectival one ("rosyjski", "Russian") only modifies the noun it goes with.
    """
    n = len(tokens)
    in_mention = [-1] * n
    for mi, (a, b, adjectival) in enumerate(mentions):
        if adjectival:
            continue
        for k in range(a, min(b, n)):
            in_mention[k] = mi
    out: list[NP] = []
    i = 0
    while i < n:
        start = i
        mods: list[int] = []
        # pre-modifiers: determiners, adjectives, numbers, possessives, participles used as
        # adjectives ("invading Russian forces") and hyphen compounds ("Iran-backed", "US-led")
        while i < n and in_mention[i] < 0 and not _year_before_name(tokens, in_mention, i) and not (
                mods and morphs[mods[-1]].only("NUM") and tokens[i].low in rules.definite) and not (
                mods and morphs[mods[-1]].only("ADJ") and tokens[i].low in rules.definite) and (
                _premodifier(morphs, in_mention, i) or (
                tokens[i].low in rules.counting_nouns and i + 1 < n
                and (in_mention[i + 1] >= 0 or _is_nominal(morphs[i + 1]) or morphs[i + 1].is_("ADJ"))) or (
                mods and tokens[i].low in rules.joiners and i + 1 < n
                and morphs[i + 1].is_("ADJ") and morphs[mods[-1]].is_("ADJ"))):
            mods.append(i)
            i += 1
        head = None
        head_span = None
        while i < n:
            if in_mention[i] >= 0:
                a, b, _ = mentions[in_mention[i]]
                if head is not None and rules.cases and not (
                        rules.apposition and head_span is None and head == a - 1 and "gen" not in morphs[a].cases
                        and tokens[a].text[:1].isupper() and tokens[head].low not in rules.not_apposed
                        and not _indefinite(rules, tokens, morphs, mods) and not _bare_after_preposition(
                            rules, tokens, morphs, mods, start, head)) and not (
                        head_span is None and head == a - 1 and tokens[head].low in rules.classifiers
                        and (not morphs[a].cases or "nom" in morphs[a].cases)):
                    break  # Polish "prezydent Rosji": the genitive is its own phrase, attached below
                # German "die Schiitenmiliz Hisbollah", "dem Nachbarland Polen": the name heads the phrase
                if b + 1 < n and tokens[b].text in HYPHENS and (
                        _is_participle(morphs[b + 1]) and hyphened(tokens, b + 1) or _is_nominal(morphs[b + 1])):
                    mods.extend(range(a, b + 1))  # "Iran-backed", "UN-Vertretung": the actor modifies
                    i = b + 1                      # what follows the hyphen
                    if _is_participle(morphs[b + 1]):
                        mods.append(b + 1)
                        i = b + 2
                    continue
                if head is not None and (tokens[head].low in rules.not_apposed or tokens[head].text.isdigit()):
                    break  # "In March Russia attacked", "In 2024 Ukraine …": a time is no compound modifier
                if head is not None and _relative_subject(rules, tokens, morphs, head, b):
                    break  # "the nuclear deal Iran signed with …": the name opens an object relative
                if head is not None:
                    mods.append(head)  # "UN sanctions": a compound modifier
                head, i, head_span = b - 1, b, (a, b)
                continue
            m = morphs[i]
            if not rules.cases and i + 2 < n and tokens[i].is_word and tokens[i + 1].text in HYPHENS \
                    and _is_participle(morphs[i + 2]) and in_mention[i + 2] < 0 and (i + 3 < n and (
                    in_mention[i + 3] >= 0 or _is_nominal(morphs[i + 3]))):
                mods.extend(range(i, i + 3))  # "US-backed Kurdish-led SDF units": a hyphen compound modifies
                i += 3
                continue
            if (not _is_nominal(m) or m.is_("ADP", "SCONJ", "CCONJ", "AUX")) and not (
                    rules.nominalized and head is None and mods and morphs[mods[-1]].only("DET")
                    and tokens[i].text[:1].isupper() and m.is_("X", "VERB") and not m.is_("ADP", "AUX")):
                break
            if head is None and not mods and i > 0 and (_is_nominal(morphs[i - 1]) or in_mention[i - 1] >= 0) \
                    and not rules.cases and _verb_here(tokens, morphs, i, rules):
                break  # "Rwanda on Monday accused Congo": after a noun phrase, a verb
            if head is not None and (rules.cases or _verb_here(tokens, morphs, i, rules)):
                break  # a second noun is a genitive (cases) or a verb ("the group says")
            if head is not None:
                mods.append(head)  # "price cap", "G7 leaders"
            head, head_span = i, None
            i += 1
        if head is None:
            i = max(i, start + 1)
            continue
        end = i
        # post-nominal adjectives in languages with case ("armia izraelska", "strona rosyjska")
        while rules.cases and end < n and in_mention[end] < 0 and morphs[end].only("ADJ") and (
                morphs[end].cases & morphs[head].cases or not morphs[head].cases) and _same_number(morphs[head],
                                                                                                 morphs[end]):
            end += 1  # (not "starcie etiopskich i erytrejskich żołnierzy": a plural adjective opens the next phrase)
        cases = morphs[head].cases
        if head_span is not None and not cases:  # "rebelianci Huti": the mention's first inflected word
            cases = next((morphs[k].cases for k in range(*head_span) if morphs[k].cases), frozenset())
        if head_span is not None and rules.cases and mods and mods[-1] == head_span[0] - 1 \
                and morphs[mods[-1]].only("NOUN") and morphs[mods[-1]].cases:
            # "na pozycje bojówek Huti", "magazyny bojówek Hamas": a name set beside a noun keeps its base
            # form; the noun shows the case of the phrase
            cases = morphs[mods[-1]].cases
        for k in mods:  # German shows case on determiners: "des Iran", "die Unterstützung"
            if morphs[k].only("DET") and morphs[k].cases:
                cases = (cases & morphs[k].cases) or morphs[k].cases
        if not cases and head_span is not None and rules.cases:  # "pozycje bojówek Huti": an undeclined name
            cases = next((morphs[k].cases for k in reversed(mods) if tokens[k].low in rules.classifiers
                          and morphs[k].cases), frozenset())  # shows its case on the classifier before it
        out.append(NP(start, end, head, cases=cases, modifiers=sorted(mods)))
        i = end
    _prepositions(tokens, morphs, out)
    if rules.extended_attributes:
        _extended_attributes(tokens, morphs, out, rules.attributive_endings)
    named = [k >= 0 for k in in_mention]
    _shared_prepositions(morphs, out, named)
    _attachments(tokens, morphs, out, rules, named, proper)
    return out


def _same_number(noun: Morph, adj: Morph) -> bool:
    """Whether an adjective after a noun can share its number (unknown numbers can)."""
    a, b = noun.feats & {"sg", "pl"}, adj.feats & {"sg", "pl"}
    return not a or not b or bool(a & b)


def _shared_prepositions(morphs: Sequence[Morph], nps: list[NP], named: Sequence[bool]) -> None:
    """'signed in Lausanne and Paris', 'w Lozannie i Paryżu': a phrase joined by a coordinating word to a phrase
    of a preposition that names no actor shares that preposition, unless a finite verb follows it (then it opens
    a clause of its own: 'killed civilians in Kharkiv and Ukraine condemned it')."""
    for a, b in zip(nps, nps[1:], strict=False):
        if b.prep is not None or a.prep is None or b.start != a.end + 1 or not morphs[a.end].only("CCONJ") \
                or any(named[k] for k in range(a.start, a.end)):
            continue
        nxt = morphs[b.end] if b.end < len(morphs) else None
        if nxt is not None and nxt.is_("VERB", "AUX") and not nxt.is_("NOUN", "ADJ") and nxt.feats & _FINITE:
            continue
        b.prep = a.prep


#: Features of a finite verb form.
_FINITE = frozenset({"fin", "past", "praet"})


def _year_before_name(tokens, in_mention: list[int], i: int) -> bool:
    """A year right before a name ("In 2023 Peru sent …"): a time of its own, no modifier of the name."""
    t = tokens[i].text
    return len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100 and i + 1 < len(in_mention) \
        and in_mention[i + 1] >= 0 and tokens[i + 1].text[:1].isupper()


def _premodifier(morphs: Sequence[Morph], in_mention: list[int], i: int) -> bool:
    m = morphs[i]
    if "poss" in m.feats or m.only("DET", "ADJ", "NUM"):
        return True
    nxt = morphs[i + 1] if i + 1 < len(morphs) else None
    if nxt is not None and m.is_("ADJ") and not m.is_("VERB") and in_mention[i + 1] >= 0 and m.cases & nxt.cases \
            and m.cases <= {"dat", "inst", "loc"}:
        return True  # "pogratulował nowemu prezydentowi Polski": an adjective (or noun) agreeing with a mention
    prev = morphs[i - 1] if i > 0 else None
    # a participle right before a noun modifies it when nothing nominal precedes it ("against
    # invading forces"); after a noun it is the verb ("the Houthis attacked ships"); before a
    # preposition it is a verb too ("wspierane przez Iran")
    # ("of shelling two villages" is a gerund with its object)
    return _is_participle(m) and nxt is not None and prev is not None and (
        prev.only("DET", "ADP", "NUM", "ADJ") or "poss" in prev.feats) and not nxt.is_("DET", "NUM", "PRON") and (
        _is_nominal(nxt) or nxt.only("ADJ")) and not (i + 1 < len(in_mention) and in_mention[i + 1] >= 0)
    # ("by arming Kyiv": before a name, a gerund with its object)


def _verb_here(tokens: Sequence[Token], morphs: Sequence[Morph], i: int, rules: ChunkRules) -> bool:
    """A noun/verb word after a noun: a verb when an argument follows ("Russia attacks Ukraine"),
    a compound noun before a preposition, punctuation or the end ("UN sanctions on Iran")."""
    m = morphs[i]
    if not m.is_("VERB"):
        return False
    if not m.is_("NOUN"):
        return True
    nxt = morphs[i + 1] if i + 1 < len(morphs) else None
    if nxt is not None and tokens[i].low in rules.role_nouns and tokens[i + 1].text[:1].isupper():
        return False  # "accused NATO ally Greece", "US partner Japan": the noun before the name it describes
    return nxt is not None and not nxt.is_("ADP", "PUNCT", "CCONJ") and tokens[i + 1].low not in rules.genitive_words


def _relative_subject(rules: ChunkRules, tokens: Sequence[Token], morphs: Sequence[Morph], head: int, b: int) -> bool:
    """Whether the name right after a lower-case common noun (ending at ``b``) is the subject of an object relative
    without 'that' ("the deal Iran signed with the E3", "the drones Russia sent"): a language without cases, a
    noun that names no kind of actor or tie ("the militant group Hamas said" is an apposition), and a past or
    present finite verb right after the name that is no noun."""
    if rules.cases or b >= len(tokens) or not tokens[head].text.isalpha() or not tokens[head].text.islower() or \
            tokens[head].low in rules.classifiers | rules.role_nouns | rules.title_nouns or \
            not morphs[head].is_("NOUN") or morphs[head].is_("ADJ", "NUM"):
        return False  # ("the 10-member Association … agreed", "foreign minister Sergei Lavrov said": no relative)
    m = morphs[b]
    return m.is_("VERB") and bool(m.feats & _FINITE) and not m.is_("NOUN", "ADJ", "AUX")


def _is_participle(m: Morph) -> bool:
    return not m.pos.isdisjoint(_VERB_ADJ) and not m.feats.isdisjoint(_PARTICIPLES)


def _genitive_only(m: Morph) -> bool:
    c = m.cases
    return bool(c) and c <= {"gen"} | ({"acc"} if "gen" in c else set())


def _prepositions(tokens: Sequence[Token], morphs: Sequence[Morph], nps: list[NP]) -> None:
    """The preposition right before a phrase (across nothing but the phrase's own modifiers) governs it."""
    for np in nps:
        k = np.start - 1
        while k >= 0 and tokens[k].text in QUOTES:  # 'committed to "a free Ukraine"'
            k -= 1
        j = k  # a quoted modifier: 'o "nieuzasadnionych" działaniach Rosji', 'o „tak zwanych” prowokacjach'
        while j > 0 and (tokens[j].text in QUOTES or morphs[j].is_("ADJ", "CCONJ")
                         and not morphs[j].is_("ADP", "NOUN")) and any(tokens[q].text in QUOTES
                                                                      for q in range(j, np.start)):
            j -= 1
        if j < k and j >= 0 and morphs[j].is_("ADP") and tokens[j + 1].text in QUOTES:
            k = j
        if k >= 0 and morphs[k].is_("ADP") and "post" not in morphs[k].feats:  # not "Berichten zufolge die …"
            np.prep = k


#: How far before its noun an article may open an extended attribute ("den [ohnehin schon mit einer Reihe
#: von Strafmaßnahmen belegten] Iran").
_ATTRIBUTE_REACH = 12


def _extended_attributes(tokens: Sequence[Token], morphs: Sequence[Morph], nps: list[NP],
                         endings: tuple[str, ...]) -> None:
    """A phrase whose noun follows an inflected participle or adjective that closes an extended attribute
    is governed by the preposition before the attribute's article: "gegen den mit Sanktionen belegten
    Iran" is "gegen … Iran". The article is one no phrase holds (a noun does not follow it), and nothing
    between it and the noun ends the clause (names show no reliable case, so none is compared)."""
    held = {k for np in nps for k in np.span()}
    for np in nps:
        last = np.head - 1  # the attribute's participle, inside the phrase ("stark getroffene Belarus") or not
        if np.prep is not None or np.start < 2 or not _VERB_ADJ & morphs[last].pos or not tokens[last].low.endswith(
                endings) or morphs[last].is_("ADP", "DET"):
            continue
        for k in range(np.start - 1, max(0, np.start - 1 - _ATTRIBUTE_REACH) - 1, -1):
            t = tokens[k]
            if not t.is_word and t.text not in HYPHENS:
                break
            if k in held or not morphs[k].only("DET"):
                continue
            if k > 0 and morphs[k - 1].is_("ADP"):
                np.prep = k - 1
            break


def _attachments(tokens: Sequence[Token], morphs: Sequence[Morph], nps: list[NP], rules: ChunkRules,
                 named: Sequence[bool] = (), proper: AbstractSet[int] = frozenset()) -> None:
    """Genitives, of-phrases and possessors: which phrase modifies which."""
    for j in range(1, len(nps)):
        prev, np = nps[j - 1], nps[j]
        between = range(prev.end, np.start)
        words = [tokens[k].low for k in between]
        after_name = morphs[prev.head].only("PROPN")  # "USA Chiny" is two names, not a genitive
        head = tokens[np.head].text
        indeclinable = len(np.cases) >= 6 and (head.isupper() or not head[:1].isupper())  # "USA", not "Trump"
        genitive = "gen" in np.cases and ("nom" not in np.cases or indeclinable or not after_name
                                          or not rules.caseless_genitive) and (  # German "der" is nom or gen
            indeclinable or len(np.cases) < 6 or not rules.caseless_genitive or prev.prep is None)
        first = morphs[np.start]
        object_before = prev.prep is None and prev.start > 0 and morphs[prev.start - 1].is_("VERB") and bool(
            morphs[prev.start - 1].feats & {"fin", "past"}) and tokens[prev.head].text.islower()
        if genitive and np.start < np.head and first.only("NOUN") and first.cases and ("gen" not in first.cases or (
                tokens[np.start].text.islower() and first.lemma == tokens[np.start].low and "nom" in first.cases
                and not object_before)):  # "potępiły wypowiedzi premier Japonii": a feminine title after an object
            # "W czwartek szef mołdawskiego rządu oskarżył": a body whose own noun is no genitive, or stands in
            # its dictionary form ("szczytu G20 prezydent Brazylii": a title read as indeclinable is nominative)
            genitive = False
        if genitive and not rules.caseless_genitive and morphs[np.start].only("DET") and (
                morphs[prev.start].is_("PROPN") and not morphs[prev.start].is_("DET")
                and (prev.start == prev.head or "gen" in morphs[prev.start].cases) or prev.head in proper):
            # an article-marked genitive ("der Hisbollah") follows neither a bare name ("warf Russland der
            # Ukraine … vor") nor a phrase that already has its possessor ("warf Israels Militär der Hisbollah
            # … vor"), nor a name or metonym that names its actor whole ("warf der Kreml der Ukraine … vor",
            # "sicherte die Bundesregierung der Ukraine … zu"): that phrase is the dative object
            genitive = False
        if genitive and rules.cases and prev.head in proper and (any(
                tokens[k].text[:1].islower() and k not in proper for k in (np.head, np.start))
                or _office_first(tokens, morphs, np)):
            genitive = False  # "wydaliły z Grodna i Mińska polskich dyplomatów": a name owns no common noun after it,
            # nor a title before a name ("gościł w Pałacu Elizejskim kanclerza Niemiec"), nor an office before its
            # own name ("w Białym Domu prezydenta Kenii Williama Ruto")
        if genitive and tokens[prev.head].low in rules.not_apposed:
            genitive = False  # "W środę premier Mołdawii oskarżył": a day takes no genitive
        verb = np.end
        while verb < len(morphs) and verb < np.end + 2 and morphs[verb].only("ADV"):
            verb += 1  # "Od tygodnia rosyjskie drony kilkakrotnie atakowały": adverbs before the verb
        if genitive and "nom" in np.cases and verb < len(morphs) and morphs[verb].is_("VERB") and \
                morphs[verb].feats & {"fin", "past"} and tokens[prev.head].low not in rules.area_nouns \
                and not _prefield_genitive(tokens, morphs, prev, np, rules):
            genitive = False  # "Od 2022 roku Polska przekazała": a nominative before its verb
        caseless = not np.cases and rules.caseless_genitive and (  # "ataki Huti", "na reżim Maduro", not
            prev.prep is None or tokens[prev.head].low in rules.body_nouns) and not (
            prev.head in proper and np.end < len(morphs) and morphs[np.end].only("VERB")
            and bool(morphs[np.end].feats & {"fin", "past"}))  # "szczytu G20 Macron spotkał się": the subject
        if not words and np.prep is None and rules.cases and (genitive or caseless) and \
                not (morphs[np.start].is_("NUM") and not named[np.start]):  # "kilkadziesiąt jednostek" is
            # counted, not a genitive; "władze obu państw" is
            np.attach, np.rel = j - 1, "gen"  # "wizyta szefa MSZ", "Unterstützung Pjöngjangs"
        elif np.prep is not None and tokens[np.prep].low in rules.genitive_words and len(words) == 1:
            np.attach, np.rel = j - 1, "of"  # "the invasion of Ukraine"
        elif words and all(w in rules.possessive_clitics for w in words):
            prev.attach, prev.rel = j, "poss"  # "Russia's invasion"


def _prefield_genitive(tokens: Sequence[Token], morphs: Sequence[Morph], prev: NP, np: NP, rules: ChunkRules) -> bool:
    """German fronts one phrase before the finite verb: after a prepositional phrase that opens the sentence, an
    article-marked phrase right before that verb is the prepositional phrase's genitive, not a subject ("Aus
    Protest gegen die Haltung der EU blieb Ungarn …"). Polish, with free order, has no such rule."""
    return rules.cases and not rules.caseless_genitive and prev.prep is not None and morphs[0].is_("ADP") \
        and morphs[np.start].only("DET") and not any(
            morphs[k].is_("VERB", "AUX") and morphs[k].feats & {"fin", "past"} for k in range(0, np.start))


def _office_first(tokens: Sequence[Token], morphs: Sequence[Morph], np: NP) -> bool:
    """A phrase a common noun opens before the name it heads ("prezydenta Azerbejdżanu")."""
    return np.start < np.head and tokens[np.start].text[:1].islower() and morphs[np.start].only("NOUN")


def phrase_at(nps: Sequence[NP], k: int) -> int | None:
    """Index of the phrase containing token ``k``."""
    for i, np in enumerate(nps):
        if np.start <= k < np.end:
            return i
    return None


def _bare_after_preposition(rules: ChunkRules, tokens, morphs, mods: list[int], start: int, head: int) -> bool:
    """Whether a noun stands bare right after a preposition ("ohne Vorwarnung", "unter Protest"): a name after it
    is no apposition but the next phrase ("griff ohne Vorwarnung Syrien an"); not a noun that names the kind of
    the actor or the tie ("mit der Miliz Hisbollah", "mit Verbündeten Polen"), nor one after a preposition fused
    with its article ("im Wüstenstaat Oman")."""
    return not mods and start > 0 and morphs[start - 1].only("ADP") and "art" not in morphs[start - 1].feats \
        and tokens[head].low not in rules.classifiers | rules.role_nouns | rules.body_nouns


def _indefinite(rules: ChunkRules, tokens, morphs, mods: list[int]) -> bool:
    """Whether a phrase's determiner is indefinite: an article that is neither definite nor possessive."""
    return bool(rules.definite) and any(morphs[j].is_("DET") and "poss" not in morphs[j].feats
                                        and tokens[j].low not in rules.definite for j in mods)
