"""The first stages: tokens, cue words and relation triggers, found by the compiled phrase indexes.

Everything here is a lookup of the sentence's tokens in the tables; later
stages decide what the matches mean.
"""

from __future__ import annotations

from kg.engine.chunks import chunk
from kg.engine.morphology import CASES, analyse, disambiguate
from kg.engine.record import Discourse, SentenceRecord
from kg.engine.tables import Tables
from kg.lexicon import TITLES
from kg.phrases import Match
from kg.text import hyphened, tokenize


def tokens(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Split the sentence into tokens (offsets in the sentence text)."""
    rec.tokens = tokenize(rec.text)
    return rec


def morphology(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Parts of speech and features of every token (the lexicon names the analyser)."""
    rec.morphs = analyse(rec.tokens, tb.lexicon.morphology)
    if tb.settings.get("capitalized_nouns"):
        # German writes nouns capitalized: a lower-case word the analyser knows only as a noun inside the
        # sentence is a verb form ("als Russland die Ukraine angriff")
        rec.morphs = [m.but(frozenset({"VERB"}), m.feats | {"fin"})
                      if k > 0 and m.only("NOUN") and t.text[:1].islower() and t.is_word else m
                      for k, (t, m) in enumerate(zip(rec.tokens, rec.morphs, strict=True))]
    return rec


def phrases(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Base noun phrases: head, governing preposition, genitive and possessive attachments."""
    morphs = list(rec.morphs)
    n = len(morphs)
    modifying = set()
    for i, m in enumerate(rec.mentions):  # the gazetteer knows "Rwandan", "rosyjski" are adjectives
        if m.kind == "adjectives" and (m.end < n and (morphs[m.end].is_("NOUN", "PROPN", "ADJ") or any(
                o.start == m.end for o in rec.mentions)) or tb.cases and m.start > 0
                and morphs[m.start - 1].is_("NOUN")):  # "pozycje armeńskie": after its noun
            modifying.add(i)
            for k in range(m.start, m.end):
                morphs[k] = morphs[k].but(frozenset({"ADJ"}), morphs[k].feats)
    for m in rec.mentions:  # names Morfeusz does not know ("Trump") have the cases their generated forms show
        if m.kind in ("names", "metonyms", "demonyms") and m.feats and not m.resolved and \
                "nom" not in m.feats:  # an inflected form ("Trumpa"); a base form may be indeclinable
            for k in range(m.start, m.end):
                if not morphs[k].cases:
                    morphs[k] = morphs[k].but(morphs[k].pos, morphs[k].feats | (m.feats & CASES))
    for m in rec.mentions:  # "dem Nachbarland Belarus": a name whose base form ends in -s is no genitive by it
        if m.kind == "names" and m.end - m.start == 1 and "gen" in morphs[m.start].feats \
                and rec.tokens[m.start].low.endswith("s") and any(
                rec.tokens[m.start].text in tb.gazetteer[a].names.get(tb.lang, ()) for a in m.actors
                if a in tb.gazetteer):
            k = m.start
            morphs[k] = morphs[k].but(morphs[k].pos, morphs[k].feats - {"gen"})
    # a determiner that may be an adjective, right before a name, modifies it: "Sam Zełenski zapowiedział"
    # (not the noun "Sam" whose genitive the name would be)
    starts = {m.start for m in rec.mentions}
    for k, t in enumerate(rec.tokens[:-1]):
        if k + 1 in starts and t.low in tb.markers["determiners"] and morphs[k].is_("ADJ"):
            morphs[k] = morphs[k].but(frozenset({"ADJ"}), morphs[k].feats)
    # an adjective that modifies nothing ("die Huthi", "skrytykowała rosyjskie") is a nominal
    spans = [(m.start, m.end, i in modifying) for i, m in enumerate(rec.mentions) if m.end > m.start]
    rec.morphs = disambiguate(rec.tokens, morphs)
    proper = {k for m in rec.mentions if m.kind in ("names", "metonyms") for k in range(m.start, m.end)}
    rec.phrases = chunk(rec.tokens, rec.morphs, spans, tb.chunk_rules, proper)
    return rec


def _verb_only(feats: frozenset[str]) -> bool:
    """Whether a matched form is only a verb form ("struck" of "strikes"), never a noun or adjective."""
    return "verb" in feats and not feats & {"noun", "adj"}


def _verb_in_gap(rec: SentenceRecord, cm: Match) -> bool:
    """Whether a gapped cue passes over a word that can only be a verb: the gap of an attribution holds
    an adjective ("nach ukrainischen Angaben"), never a predicate ("officials met in Nairobi")."""
    gap = set(range(cm.start, cm.end)) - set(cm.tokens)
    return bool(rec.morphs) and any(rec.morphs[k].is_("VERB") and not rec.morphs[k].is_("ADJ", "NOUN")
                                    for k in gap)


# cue concepts of a speech act, which a negating preposition before the word denies ("without warning")
_DENIABLE = ("warning", "speech")


def _denied(rec: SentenceRecord, negations: list[Match], k: int) -> bool:
    """Whether the word at ``k`` is governed by a negating preposition ("without", "ohne", "bez"), with only
    articles and adjectives between ("without any warning", "ohne jede Vorwarnung"): an act that did not happen."""
    if not rec.morphs:
        return False
    return any(rec.morphs[cm.start].only("ADP") and cm.end <= k <= cm.end + 2
               and all(rec.morphs[j].is_("DET", "ADJ") for j in range(cm.end, k)) for cm in negations)


def cues(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Cue words by concept (negation, hedges, bodies, coreference phrases…), multi-word
    'needs'/'forbid' phrases of triggers, and the news agencies the sentence names."""
    toks = rec.tokens
    found: dict[str, list[Match]] = {}
    names = tb.chunk_rules.not_apposed  # month and day names ('May'), titles
    for cm in tb.compiled.cues.find_all(toks):
        if cm.end - cm.start == 1 and cm.start > 0 and toks[cm.start].text[:1].isupper() \
                and toks[cm.start].low in names:
            continue  # "In May Germany sent …": the month, not the modal 'may'
        if cm.payload == "body" and cm.features and _verb_only(cm.features[-1]):
            continue  # "troops struck Eritrean posts": a body is a noun, not a form of its verb ("strikes")
        if cm.payload == "attribution" and _verb_in_gap(rec, cm):
            continue  # "officials met in Nairobi" is no "officials in Nairobi": the gap holds an adjective only
        if cm.payload != "described_state":  # only after an article and an adjective: see described()
            found.setdefault(cm.payload, []).append(cm)
    for concept in _DENIABLE:  # "attacked without warning", "griff ohne Vorwarnung an": no warning was given
        if concept in found:
            kept = [cm for cm in found[concept] if not _denied(rec, found.get("negation", ()), cm.start)]
            if kept:
                found[concept] = kept
            else:
                del found[concept]
    for cm in described(tb, rec, found.get("former", ())):
        found.setdefault(cm.payload, []).append(cm)
    for cm in _person_pairs(tb, rec, found):
        found.setdefault("pair", []).append(cm)
    for cm in _numbered_parties(tb, rec, found):
        found.setdefault("parties", []).append(cm)
    rec.cues = found
    context: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for cm in tb.compiled.context.find_all(toks):
        context.setdefault(cm.payload, []).append((cm.start, cm.end))
    rec.context = context
    rec.sources = tb.compiled.sources.find_longest(toks)
    return rec


#: Relations whose words other relations' idioms use figuratively: a match of the key inside a longer match
#: of one of its values is that idiom's word ("hit out at" criticises, "hit back" threatens; "akt wrogości"
#: inside "będzie traktowane jako akt wrogości" names an act still to come, a warning, no accusation).
_FIGURATIVE = {"attacks": frozenset({"accuses", "threatens"}), "accuses": frozenset({"threatens"})}


def triggers(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Relation triggers; of those of the same relation that overlap, the longest.

    "wojna przeciwko" beats "wojna"; matches of the same span all stay (their
    'needs' decide later).
    """
    found = tb.compiled.triggers.find_all(rec.tokens)
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    lex = tb.triggers
    needs = tb.compiled.needs
    words = {t.low for t in rec.tokens}

    def hopeless(k: Match) -> bool:
        """A match whose 'needs' words the sentence lacks altogether: it cannot win over a shorter one
        ("launched an uprising against" needs missiles; "uprising against" stays)."""
        i = k.payload
        return bool(lex[i].needs) and needs[i].isdisjoint(words) and ("needs", i) not in rec.context \
            and not tb.settings.get("compound_heads")  # a German compound may hold the word

    kept: list[Match] = []
    for m in found:
        rel = lex[m.payload].relation
        if any(lex[k.payload].relation == rel and k.start <= m.start and m.end <= k.end and not hopeless(k)
               and (k.end - k.start) > (m.end - m.start) and set(m.tokens) & set(k.tokens) for k in kept):
            # not a noun inside a separable verb's gap: "kündigte weitere Panzerlieferungen an" keeps both
            continue
        if rel in _FIGURATIVE and any(lex[k.payload].relation in _FIGURATIVE[rel] and set(m.tokens) < set(k.tokens)
                                      for k in kept):
            continue  # "hit out at", "lash out at": an attack word inside a phrase of criticism or threat
        kept.append(m)
    rec.triggers = sorted(kept, key=lambda m: (m.start, m.payload))
    rec.trigger_tokens = frozenset(k for m in rec.triggers for k in m.tokens)  # not the words a gap skips
    return rec


#: Coreference concepts whose phrases open with an article that may take adjectives before its noun
#: ("die pro-iranische Miliz", "das asiatische Land", "der neue Kanzler").
DESCRIBED = frozenset({"this_state", "described_state", "group", "regime", "bloc", *TITLES})


def _person_pairs(tb: Tables, rec: SentenceRecord, found: dict[str, list[Match]]) -> list[Match]:
    """Pair phrases the lexicon does not list word for word: a ``pair_determiners`` word and a ``pair_persons``
    noun, up to two lower-case words between ("both diplomats", "the two foreign ministers", "die beiden
    Außenminister")."""
    toks = rec.tokens
    nouns = tb.markers["pair_persons"]
    states = tb.markers["state_nouns"]
    listed = {k for cm in found.get("pair", ()) for k in range(cm.start, cm.end)}
    out: list[Match] = []
    for cm in found.get("pair_determiners", ()):
        if any(o.start <= cm.start < o.end for o in out):
            continue  # "beiden" inside "die beiden", already read
        if _bare_pair(tb, rec, cm) and not listed & set(range(cm.start, cm.end)):
            out.append(Match(cm.start, cm.end, "pair", (frozenset(),) * (cm.end - cm.start),
                             tuple(range(cm.start, cm.end))))
            continue
        if cm.start >= 2 and toks[cm.start - 1].text == "," and rec.morphs \
                and rec.morphs[cm.start - 2].is_("PROPN"):
            continue  # "Qatar and Egypt, both key mediators …": an apposition to the names, not a pair named again
        for j in range(cm.end, min(len(toks), cm.end + 3)):
            if toks[j].low in nouns or toks[j].norm in nouns or j > cm.end and toks[j].low in states:
                # "the two nuclear-armed nations", "both Gulf states": a state noun after its modifiers
                if not listed & set(range(cm.start, j + 1)):
                    out.append(Match(cm.start, j + 1, "pair", (frozenset(),) * (j + 1 - cm.start),
                                     tuple(range(cm.start, j + 1))))
                break
            if not toks[j].is_word or j > cm.end and toks[j].text[:1].isupper() and not tb.settings.get(
                    "verb_second") and not (j + 1 < len(toks) and toks[j + 1].low in states):
                break  # a name is no modifier of a person noun; a proper adjective may be a state noun's
    return out


def _numbered_parties(tb: Tables, rec: SentenceRecord, found: dict[str, list[Match]]) -> list[Match]:
    """Parties phrases the lexicon does not list word for word: a ``party_determiners`` article and number and a
    ``pair_persons`` or ``state_nouns`` noun, up to two lower-case words between ("der drei Länder", "den drei
    westafrikanischen Staaten", "die drei Außenminister")."""
    toks = rec.tokens
    heads = tb.markers["pair_persons"] | tb.markers["state_nouns"]
    listed = {k for cm in found.get("parties", ()) for k in range(cm.start, cm.end)}
    out: list[Match] = []
    for cm in found.get("party_determiners", ()):
        for j in range(cm.end, min(len(toks), cm.end + 3)):
            if toks[j].low in heads or toks[j].norm in heads:
                if not listed & set(range(cm.start, j + 1)):
                    out.append(Match(cm.start, j + 1, "parties", (frozenset(),) * (j + 1 - cm.start),
                                     tuple(range(cm.start, j + 1))))
                break
            if not toks[j].is_word or toks[j].text[:1].isupper():
                break  # "die drei Länder" only: not "der drei Millionen Einwohner"
    return out


def _bare_pair(tb: Tables, rec: SentenceRecord, cm: Match) -> bool:
    """A pair determiner standing alone for its two parties, as the subject of a verb: "The two met for an
    hour", "Both agreed to …", "Die beiden trafen sich", "…, betonten beide." It opens its clause (or follows
    its verb, in a verb-second clause) and a verb follows it, perhaps after one adverb. Not the correlative
    "Germany both sanctioned Russia and …" (a name or noun before it), nor "both Mexico and Canada"."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs:
        return False

    def verb(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].is_word and bool(morphs[k].pos & {"VERB", "AUX"}) \
            and not morphs[k].pos & {"NOUN", "PROPN", "ADJ", "NUM", "DET"}

    heads = tb.markers["pair_persons"] | tb.markers["state_nouns"]
    if any(t.low in heads or t.norm in heads for t in toks[cm.end:cm.end + 4]):
        return False  # "the two heavily sanctioned countries": the noun comes after its modifiers
    before = cm.start - 1
    opens = before < 0 or not toks[before].is_word or bool(morphs[before].pos & {"CCONJ", "SCONJ"})
    nxt = cm.end + 1 if cm.end < len(toks) and morphs[cm.end].pos == {"ADV"} else cm.end
    if opens and verb(nxt):
        return True
    # "…, betonten beide, …": after its finite verb, closing the clause
    return verb(before) and (cm.end >= len(toks) or not toks[cm.end].is_word)


def described(tb: Tables, rec: SentenceRecord, former: list[Match] | tuple[()] = ()) -> list[Match]:
    """Coreference phrases with adjectives between their article and their noun: each article followed by
    adjectives is matched again as if the adjectives were not there. ``described_state`` nouns ("Land",
    "Staat") mean a state only so: "das ostafrikanische Land" is the state just named, "das Land" alone
    is too common to be sure of."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs:
        return []
    articles = tb.markers["determiners"]
    earlier = {k for cm in former for k in range(cm.start, cm.end)}  # "der frühere Präsident" is not the one now
    out: list[Match] = []
    for i in range(len(toks) - 2):
        if toks[i].low not in articles:
            continue
        j = i + 1
        start = i  # past a hyphenated participle the phrase starts at its noun: the name before it stays a name
        while j < len(toks):
            if toks[j].is_word and morphs[j].only("ADJ") and toks[j].low not in articles and j not in earlier:
                j += 1
            elif j + 2 < len(toks) and toks[j].is_word and toks[j + 2].is_word and hyphened(toks, j + 2) \
                    and "ppas" in morphs[j + 2].feats:
                j += 3  # "the Iran-backed rebels": a hyphenated participle
                start = j
            else:
                break
        if j == i + 1 or j >= len(toks):
            continue
        virtual = [toks[i], *toks[j:]]
        for cm in tb.compiled.cues.find_all(virtual, at=0):  # the phrases the article opens
            if cm.payload in DESCRIBED and cm.end > 1:
                tokens = (i, *(j + k - 1 for k in cm.tokens[1:]))
                out.append(Match(start, j + cm.end - 1, cm.payload, cm.features,
                                 tuple(k for k in tokens if k >= start)))
    return out
