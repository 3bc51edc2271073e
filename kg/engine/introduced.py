"""Actors an article introduces that the data does not know: persons by office, and named bodies.

"szefowa północnokoreańskiego MSZ Cze Son Hui", "Russia's deputy foreign minister Sergei
Ryabkov", "der iranische Außenminister Araghtschi": an unknown name after an office and a state
is a person acting for that state; "the Syrian interior ministry" is a body of Syria. Each
becomes an actor of the article (``Discourse.actors``, seen through ``Tables.for_article``) for
its remaining sentences, which name it again by any inflected form of the name: names are
compared without the endings the lexicon lists (``name_endings``: "Ławrowem", "Araghtschis").
Part of the mentions stage (``kg.engine.mentions``); the article's discourse holds the result,
nothing outlives the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.actors import Actor
from kg.engine.morphology import Morph
from kg.engine.record import INTRODUCED, Discourse, Mention, SentenceRecord
from kg.engine.tables import Tables
from kg.morph import CASES
from kg.text import Token, fold, tokenize

#: Introduced persons: at most this many words of name, and of office and state before it.
_NAME_WORDS = 4
_ROLE_SPAN = 8
#: Function words never inside an office ("fährt dann mit einer Liste" introduces nobody).
_FUNCTION = ("prepositions", "determiners", "coordination", "complementizer", "auxiliaries", "negation",
             "relative", "from", "within", "agent", "passive_aux", "quantifiers")


def function_words(markers) -> frozenset[str]:
    """The union of the ``_FUNCTION`` marker concepts (``Tables.function_words``, made once)."""
    return frozenset().union(*(markers[c] for c in _FUNCTION))


def covered(mentions, n: int) -> list[bool]:
    """Per token of a sentence of ``n`` tokens: whether a mention covers it."""
    taken = [False] * n
    for m in mentions:
        for k in range(m.start, min(m.end, n)):
            taken[k] = True
    return taken


def name_endings(tb: Tables) -> tuple[str, ...]:
    """The lexicon's ``name_endings``, folded, longest first (made once per lexicon: every
    sentence asks)."""
    words = tb.lexicon.words.get("name_endings", ())
    hit = _BY_LEXICON.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _BY_LEXICON[id(words)] = (words, _endings(tuple(words)))
    return hit[1]


_BY_LEXICON: dict[int, tuple[object, tuple[str, ...]]] = {}


@lru_cache(maxsize=16)
def _endings(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in words if w}, key=len, reverse=True))


def name_key(norm: str, endings: tuple[str, ...]) -> str:
    """A folded name without its inflectional ending (longest first; at least three letters stay)."""
    for e in endings:
        if norm.endswith(e) and len(norm) - len(e) >= 3:
            return norm[:-len(e)]
    return norm


def keys_of(actor: Actor, lang: str, endings: tuple[str, ...]) -> set[str]:
    """The keys of the words of an actor's names in ``lang``."""
    return {name_key(t.norm, endings) for n in actor.names.get(lang, ()) for t in tokenize(n) if t.is_word}


def _base_form(toks: list[Token], endings: tuple[str, ...], morphs: Sequence[Morph] = ()) -> str:
    """The name as a label, in its base form. A word that may be a nominative stays as written ("Anna",
    "Kowalenko"); a name the analyser knows gives its lemma ("Siergiejem" -> "Siergiej"); an unknown one
    loses the ending inflection added ("Witalijem Kowalem" -> "Witalij Kowal")."""
    out = []
    for k, t in enumerate(toks):
        m = morphs[k] if k < len(morphs) else None
        if not t.is_word or endings and m is not None and "nom" in m.feats:
            out.append(t.text)
            continue
        if m is not None and m.is_("PROPN") and m.lemma[:1].isupper() and m.feats & CASES \
                and fold(m.lemma) != fold(t.text):
            out.append(m.lemma)
            continue
        key = name_key(t.norm, endings)
        out.append(t.text[:len(key)] if len(key) < len(t.norm) else t.text)
    return " ".join(out).replace(" - ", "-").replace(" ‐ ", "‐")


def _is_name_word(tok: Token) -> bool:
    return tok.is_word and (tok.text[:1].isupper() or _PARTICLE.match(tok.text) is not None) \
        and not tok.text.isupper() and len(tok.text) >= 2 and not tok.text[:1].isdigit()


#: A surname joined to a short lower-case particle by a hyphen ("al-Khatib", "el-Sisi", "ad-Din").
_PARTICLE = re.compile(r"^[a-z]{1,3}-[A-Z]\w")


def name_end(toks: list[Token], j: int, taken: list[bool], blocked: frozenset[int]) -> int:
    """The end of the run of capitalized, unclaimed words from ``j`` ("Cze Son Hui", "Kosiniak-Kamysz")."""
    k = j
    while k < len(toks) and k - j < 2 * _NAME_WORDS:
        if _is_name_word(toks[k]) and not taken[k] and k not in blocked:
            k += 1
        elif toks[k].text in "-‐" and k > j and k + 1 < len(toks) and _is_name_word(toks[k + 1]) \
                and not taken[k + 1]:
            k += 1
        else:
            break
    return k


def persons(tb: Tables, rec: SentenceRecord, out: list[Mention], disc: Discourse,
                endings: tuple[str, ...]) -> list[Mention]:
    """Persons introduced by an office and a state: '<state> <office> <Name>', '<office> <state> <Name>'.

    The phrase from the state (or the office) to the name must be words only, with no trigger
    and no clause break in it; the name is one to four capitalized words no name or cue claims,
    and no capitalized word follows it. The state's mention becomes the person's mention.
    """
    roles = rec.cues.get("role", ())
    if not roles:
        return out
    toks = rec.tokens
    gaz = tb.gazetteer
    taken = covered(out, len(toks))
    blocked = set(rec.trigger_tokens)  # a name is no trigger, office or body ("Pak Un Mi": "Mi" may be a pronoun)
    for concept in ("role", "body"):
        blocked.update(k for cm in rec.cues.get(concept, ()) for k in range(cm.start, cm.end))
    breaks = {k for cm in rec.cues.get("clause_break", ()) for k in range(cm.start, cm.end)}
    function = tb.function_words
    for m in list(out):
        if m.resolved or len(m.actors) != 1 or gaz[m.actors[0]].type not in ("State", "Organization", "ArmedGroup"):
            continue
        near = [r for r in roles if r.end > m.start - 4 and r.start < m.end + 3]  # before, in or after it
        if not near:
            continue
        e = max(m.end, max(r.end for r in near))
        start = min(m.start, min(r.start for r in near))
        if e - start > _ROLE_SPAN or any(k in rec.trigger_tokens or k in breaks for k in range(start, e)):
            continue
        if not all(t.is_word or t.low in tb.markers["possessive_clitic"] or t.low == "-" for t in toks[start:e]):
            continue
        if any(o is not m and start <= o.end and o.start < e for o in out):  # another actor in it or right before
            continue  # ("der israelische UN-Botschafter": for Israel, or the UN?); not the verb's subject before
            # ("Hanija traf Irans Außenminister Hussein Amirabdollahian", "Katar mit Irans Außenminister …")
        office = {k for c in ("role", "body") for cm in rec.cues.get(c, ()) for k in range(cm.start, cm.end)}
        extra = 0  # "wiceminister spraw zagranicznych <Name>", "szefowa północnokoreańskiego MSZ <Name>"
        while e < len(toks) and e - start < _ROLE_SPAN and toks[e].is_word and e not in breaks \
                and e not in rec.trigger_tokens and not taken[e] and (e in office or (
                    extra < 2 and not toks[e].text[:1].isupper() and toks[e].low not in function)):
            extra += e not in office
            e += 1
        j = e + 1 if e < len(toks) and toks[e].text == "," else e
        k = name_end(toks, j, taken, frozenset(blocked))
        words = [t for t in toks[j:k] if t.is_word]
        if not words or len(words) > _NAME_WORDS or (k < len(toks) and (taken[k] or _is_name_word(toks[k]))):
            continue
        keys = [name_key(t.norm, endings) for t in words]
        person = next((disc.names[key] for key in (keys[-1], keys[0]) if disc.names.get(key) in disc.actors), None)
        if person is None:
            top = tb.top(m.actors[0])
            person = INTRODUCED + "-".join(keys)  # the same name in another article is the same node
            disc.actors[person] = Actor(
                id=person, type="Person", code=gaz[top].code, acts_for=top,
                names={tb.lang: (_base_form(toks[j:k], endings, rec.morphs[j:k]),)},
                role=rec.text[toks[start].start:toks[e - 1].end],
            )
        for key in keys:  # "Kowal" alone, later, is "Witalij Kowal-Nowak"
            if len(key) >= 3:
                rec.names.setdefault(key, person)
        out.remove(m)
        out.append(Mention(start, k, (person,), "names", m.feats if m.kind != "adjectives" else CASES,
                           via="introduced"))
        for i in range(start, k):
            taken[i] = True
    out.sort(key=lambda x: x.start)
    return out


def apposed_persons(tb: Tables, rec: SentenceRecord, out: list[Mention], disc: Discourse,
                    endings: tuple[str, ...]) -> list[Mention]:
    """Persons introduced by an apposition after their name: 'Rahim Haddad, a senior official of Hamas,',
    'Jan Kowalczyk, rzecznik MSZ Czech,', 'Jan Novak, Sprecher des tschechischen Außenministeriums,'.

    The name is two to four capitalized words no name or cue claims, right before a comma; the apposition
    after it runs to the next comma or the sentence's end, words only, with an office or a body noun, no
    trigger and no clause break, and names exactly one state, organization or armed group. The person acts
    for that actor, and its surname names it again later in the article ("Haddad also accused …").
    """
    toks = rec.tokens
    n = len(toks)
    if not (rec.cues.get("role") or rec.cues.get("body")):
        return out
    gaz = tb.gazetteer
    taken = covered(out, n)
    office = {k for c in ("role", "body") for cm in rec.cues.get(c, ()) for k in range(cm.start, cm.end)}
    cued = {k for c, ms in rec.cues.items() for cm in ms for k in range(cm.start, cm.end)}
    breaks = {k for cm in rec.cues.get("clause_break", ()) for k in range(cm.start, cm.end)}
    for c in range(2, n - 2):
        if toks[c].text != ",":
            continue
        j = c
        while j > 0 and c - j < 2 * _NAME_WORDS and (_is_name_word(toks[j - 1]) or toks[j - 1].text in "-‐"
                                                    and j - 1 > 0 and _is_name_word(toks[j - 2])):
            j -= 1
        words = [t for t in toks[j:c] if t.is_word]
        if not 2 <= len(words) <= _NAME_WORDS or any(taken[k] or k in cued for k in range(j, c)):
            continue
        close = next((k for k in range(c + 1, min(n, c + 2 + _ROLE_SPAN)) if not toks[k].is_word
                      and toks[k].low not in tb.markers["possessive_clitic"] and toks[k].text not in "-‐"), None)
        if close is None or not (toks[close].text == "," or close == n - 1) or close - c < 2:
            continue
        span = range(c + 1, close)
        if not any(k in office for k in span) or any(k in rec.trigger_tokens or k in breaks for k in span):
            continue
        inside = [m for m in out if c < m.start and m.end <= close]
        if len(inside) != 1 or inside[0].resolved or len(inside[0].actors) != 1 or \
                gaz[inside[0].actors[0]].type not in ("State", "Organization", "ArmedGroup"):
            continue
        keys = [name_key(t.norm, endings) for t in words]
        person = next((disc.names[key] for key in (keys[-1], keys[0]) if disc.names.get(key) in disc.actors), None)
        if person is None:
            top = tb.top(inside[0].actors[0])
            person = INTRODUCED + "-".join(keys)
            disc.actors[person] = Actor(
                id=person, type="Person", code=gaz[top].code, acts_for=top,
                names={tb.lang: (_base_form(toks[j:c], endings, rec.morphs[j:c]),)},
                role=rec.text[toks[c + 1].start:toks[close - 1].end],
            )
        for key in keys + [name_key(t.norm.split("-", 1)[1], endings) for t in words if _PARTICLE.match(t.text)]:
            if len(key) >= 3:  # "Khatib" alone, later, is "Ali al-Khatib"
                rec.names.setdefault(key, person)
        out.append(Mention(j, c, (person,), "names", CASES, via="introduced"))
        for k in range(j, c):
            taken[k] = True
    out.sort(key=lambda x: x.start)
    return out


def bodies(tb: Tables, rec: SentenceRecord, out: list[Mention], disc: Discourse,
           endings: tuple[str, ...]) -> None:
    """Bodies the data does not know: 'the Syrian interior ministry', 'ministerstwo spraw wewnętrznych Syrii'.

    A body mention whose body noun has words of its own next to it, inside the mention
    ("interior"; after it only capitalized, "Ministerstwo Spraw Wewnętrznych Syrii"; no cue word,
    trigger or function word), becomes an
    organization acting for the state, and those words with a body noun later in the article
    ("the interior ministry said") name it again. (Lower-case words after a Polish body noun,
    "ministerstwo obrony Tajwanu", would need the words' cases to tell a genitive from a verb:
    "siły pomogły Rosji". The engine does not have them yet.)
    """
    toks = rec.tokens
    gaz = tb.gazetteer
    bodies = rec.cues.get("body", ())
    function = tb.function_words
    taken = covered(out, len(toks))
    cued = {k for c, ms in rec.cues.items() if c != "body" for cm in ms for k in range(cm.start, cm.end)}
    roles = {cm.start for cm in rec.cues.get("role", ())}
    for key, body_id in disc.names.items():  # named again, without the state
        if " " not in key or body_id not in disc.actors:
            continue
        *qual, side = key.split(" ")
        for b in bodies:
            i = b.end if side == "<" else b.start - len(qual)
            span = range(min(i, b.start), max(i + len(qual), b.end))
            if i < 0 or i + len(qual) > len(toks) or any(taken[k] for k in span):
                continue
            if [name_key(t.norm, endings) for t in toks[i:i + len(qual)]] == qual:
                out.append(Mention(span.start, span.stop, (body_id,), "body", CASES, via="introduced"))
                for k in span:
                    taken[k] = True
    for m in out:
        if m.kind != "body" or m.resolved or len(m.actors) != 1 or gaz[m.actors[0]].type not in (
                "State", "Organization", "ArmedGroup") or m.actors[0].startswith(INTRODUCED):
            continue
        inside = [b for b in bodies if m.start <= b.start and b.end <= m.end]
        names = {m.start + k for a in tb.compiled.actors.find_longest(toks[m.start:m.end])
                 for k in range(a.start, a.end)}
        cue = {k for b in inside for k in range(b.start, b.end)}
        for b in reversed(inside):
            if b.start in roles:  # an office ("brytyjski minister obrony") is a person, not a body
                break
            for side, rng in (("<", range(b.end, m.end)), (">", range(b.start - 1, m.start - 1, -1))):
                qual = []
                for k in rng:
                    t = toks[k]
                    if k in names or k in cue or k in cued or not t.is_word or t.low in function \
                            or k in rec.trigger_tokens or (side == "<" and not t.text[:1].isupper()):
                        break  # after the noun only a proper name's words: not "siły pomogły Rosji"
                    qual.append(k)
                if qual:
                    qual.sort()
                    keys = [name_key(toks[k].norm, endings) for k in qual]
                    top = tb.top(m.actors[0])
                    head = [name_key(t.norm, endings) for t in toks[b.start:b.end]]
                    body_id = INTRODUCED + top + "-" + "-".join(keys + head if side == ">" else head + keys)
                    if body_id not in disc.actors:
                        first = m.start + sum(1 for t in toks[m.start:m.end] if t.low in function)  # not "the"
                        last = max(qual[-1] + 1, m.end)
                        disc.actors[body_id] = Actor(
                            id=body_id, type="Organization", code=gaz[top].code, acts_for=top,
                            names={tb.lang: (rec.text[toks[first].start:toks[last - 1].end],)})
                    rec.names.setdefault(" ".join([*keys, side]), body_id)
                    m.actors, m.end = (body_id,), max(m.end, qual[-1] + 1)
                    break
            if m.actors[0].startswith(INTRODUCED):
                break
    out.sort(key=lambda x: x.start)
