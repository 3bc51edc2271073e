"""What the tool could not place: names it met but could not resolve, and sentences it could not read.

Two lists an analyst works from to decide what to add next to their data folder:

* :func:`unknown_actors` — capitalized names, role phrases and actors an article introduced
  (``kg.engine.introduced``) seen near a relation trigger but not resolved to a gazetteer actor,
  ranked by frequency, each with a gazetteer entry to paste (``kg actors --unknown``);
* :func:`near_misses` — sentences that name two actors but have no trigger, grouped by their
  most frequent verbs and nouns, so the wording to add to the lexicon shows first
  (``kg lexicon --near-misses``).

Both run the engine's own stages over every sentence (``kg.engine.analyse_article``) and read
what they recorded, so what is listed is exactly what extraction did not use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.engine import Discourse, SentenceRecord, Tables, analyse_article, tables_for
from kg.engine.introduced import name_endings, name_key
from kg.engine.record import INTRODUCED
from kg.records import Article
from kg.text import fold

#: A name counts as next to a trigger within this many tokens of it.
NEAR = 8
#: Prepositions after which a name is a place, beside the lexicons' 'within' words.
_PLACE_PREPOSITIONS = frozenset({"at", "near", "w", "we", "pod", "im", "bei", "nahe"})
#: Parts of speech whose lemmas group near misses.
_CONTENT = ("VERB", "NOUN")


def _records(articles: Iterable[Article | str], errors: list[str]) -> Iterator[tuple[Tables, Article,
                                                                                    SentenceRecord]]:
    """Every sentence record of every article (the article's discourse carries what it introduced)."""
    from kg.language import detect_language

    for art in articles:
        if isinstance(art, str):
            errors.append(art)
            continue
        lang = art.lang or detect_language(art.text)
        tb = tables_for(lang)
        disc = Discourse()
        tb = tb.for_article(disc.actors)  # sees the actors the article introduces
        for rec in analyse_article(tb, art, disc):
            yield tb, art, rec


# --- unknown actors -----------------------------------------------------------------------


@dataclass
class Unknown:
    """A name or role phrase that no gazetteer actor covers, with where it was seen."""

    key: str  # folded, inflection stripped: what groups its forms
    lang: str
    kind: str  # name | role | introduced
    count: int = 0
    docs: set[str] = field(default_factory=set)
    forms: Counter = field(default_factory=Counter)  # surface forms seen
    bases: Counter = field(default_factory=Counter)  # base forms, where the analyser gives every word's
    example: str = ""
    type: str = "Person"
    acts_for: str | None = None
    places: int = 0  # times it followed "in", "at", "w"…

    @property
    def name(self) -> str:
        """The base form (an entry names "Lublin", and kg inflects it), else the surface form seen most."""
        return (self.bases or self.forms).most_common(1)[0][0]

    def to_dict(self) -> dict:
        return {"name": self.name, "lang": self.lang, "kind": self.kind, "count": self.count,
                "articles": len(self.docs), "type": self.type, "acts_for": self.acts_for,
                "forms": sorted(self.forms), "example": self.example}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "actor"


def gazetteer_entry(u: Unknown, taken_ids: Iterable[str] = ()) -> str:
    """A ``[[actor]]`` entry for ``u`` to paste into ``actors/*.toml`` (check type and acts_for)."""
    taken = set(taken_ids)
    aid = _slug(u.name)
    n = 2
    while aid in taken:
        aid, n = f"{_slug(u.name)}-{n}", n + 1
    names = [u.name]
    words = u.name.split()
    if u.type == "Person" and len(words) > 1 and len(words[-1]) > 2:
        names.append(words[-1])  # the surname alone, as news repeats it
    quoted = ", ".join('"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"' for x in names)
    example = u.example.replace("\n", " ")
    lines = [f"# seen {u.count}x in {len(u.docs)} article(s), e.g. {example[:160]!r}",
             "[[actor]]", f'id = "{aid}"', f'type = "{u.type}"']
    if u.acts_for:
        lines.append(f'acts_for = "{u.acts_for}"')
    elif u.type == "Place":
        lines.append('# part_of = "XXX"   # the state the place is in (required)')
    elif u.type == "Person":
        lines.append('# acts_for = "XXX"   # the state or organization this person acts for (required)')
    else:
        code = re.sub(r"[^A-Z0-9]", "", fold(u.name).upper())[:16] or "XXX"
        lines.append(f'code = "{code}"   # or acts_for = "XXX" for a body of a state')
    lines.append(f"names.{u.lang} = [{quoted}]")
    return "\n".join(lines) + "\n"


def _qualifier(tok, morph) -> bool:
    """A word that makes a body specific: 'interior' (ministry), 'presidential' (guard)."""
    return tok.is_word and not tok.text[:1].isupper() and len(tok.text) > 3 and morph.is_("ADJ") \
        and not morph.is_("VERB", "NOUN", "DET", "ADP", "PRON", "NUM")


def _base_form(tb: Tables, rec: SentenceRecord, k: int, end: int) -> str | None:
    """The name of tokens ``k``..``end`` in its base form, in a language that inflects names ("w Lublinie" →
    "Lublin"): a word that may be nominative stays, another takes its dictionary form; None when the
    analyser knows no dictionary form of some word ("Witalijem"), so no half-inflected name is proposed."""
    if not tb.cases or end > len(rec.morphs):
        return None
    words = []
    for t, m in zip(rec.tokens[k:end], rec.morphs[k:end], strict=True):
        if not t.is_word:
            return None
        if "nom" in m.cases or not m.cases:
            words.append(t.text)
        elif m.lemma and m.lemma.lower() != t.low:
            words.append(m.lemma[:1].upper() + m.lemma[1:])
        else:
            return None
    return " ".join(words)


def _is_name(tok, morph) -> bool:
    return tok.is_word and tok.text[:1].isupper() and len(tok.text) > 1 and not tok.text[:1].isdigit() and (
        not morph.pos or morph.is_("PROPN", "X"))


def unknown_actors(articles: Iterable[Article | str], errors: list[str] | None = None) -> list[Unknown]:
    """Names and role phrases near triggers that no gazetteer actor covers, most frequent first."""
    errors = errors if errors is not None else []
    found: dict[tuple[str, str], Unknown] = {}

    def seen(key: str, lang: str, kind: str, surface: str, art: Article, sentence: str) -> Unknown:
        u = found.setdefault((lang, key), Unknown(key, lang, kind))
        u.count += 1
        u.docs.add(art.doc)
        u.forms[surface] += 1
        u.example = u.example or sentence.strip()
        return u

    for tb, art, rec in _records(articles, errors):
        if not rec.trigger_tokens:
            continue
        toks = rec.tokens
        endings = name_endings(tb)
        near = {k for t in rec.trigger_tokens for k in range(t - NEAR, t + NEAR + 1)}
        covered = [False] * len(toks)
        for m in rec.mentions:
            known = not any(a.startswith(INTRODUCED) for a in m.actors)
            for k in range(m.start, m.end):
                covered[k] = covered[k] or known
            if not known and m.start in near and not m.resolved:  # introduced by this article
                a = tb.gazetteer[m.actors[0]]
                u = seen(a.id, tb.lang, "introduced", a.names.get(tb.lang, (a.id,))[0], art, rec.text)
                u.type, u.acts_for = a.type, a.acts_for
                for k in range(m.start, m.end):
                    covered[k] = True
        cued = {k for ms in rec.cues.values() for cm in ms for k in range(cm.start, cm.end)}
        cued |= {k for b in tb.compiled.blockers.find_longest(toks) for k in range(b.start, b.end)}  # seas, agencies
        offices = {cm.end - 1 for c in ("role", "body") for cm in rec.cues.get(c, ())}  # "Minister of Defence"
        not_names = {fold(w.lstrip("=")) for w in tb.lexicon.words.get("not_names", ())}
        cued |= {k for k, t in enumerate(toks) if t.norm in not_names}
        k = 0
        while k < len(toks):
            morph = rec.morphs[k] if k < len(rec.morphs) else None
            if covered[k] or k in rec.trigger_tokens or k in cued or morph is None or not _is_name(toks[k], morph):
                k += 1
                continue
            end = k + 1
            while end < len(toks) and not covered[end] and end not in cued and (
                    _is_name(toks[end], rec.morphs[end]) or (toks[end].text in "-‐" and end + 1 < len(toks)
                                                             and _is_name(toks[end + 1], rec.morphs[end + 1]))):
                end += 1
            office = k > 1 and toks[k - 1].low in tb.markers["genitive_marker"] and (k - 2) in offices
            if (k > 0 or end - k > 1) and any(i in near for i in range(k, end)) and end - k <= 6 and not office:
                words = [t for t in toks[k:end] if t.is_word]
                key = " ".join(name_key(t.norm, endings) for t in words)
                surface = rec.text[toks[k].start:toks[end - 1].end]
                u = seen(key, tb.lang, "name", surface, art, rec.text)
                base = _base_form(tb, rec, k, end)
                if base is not None:
                    u.bases[base] += 1
                if k > 0 and toks[k - 1].low in tb.markers["within"] | _PLACE_PREPOSITIONS:
                    u.places += 1  # "in Sochi", "w Soczi": a place, most likely
                last = rec.morphs[end - 1]  # "Guard", "Sea": a common noun ends the name of a body or place
                person = 2 <= len(words) <= 3 and not last.is_("NOUN")
                u.type = "Place" if u.places * 2 > u.count else "Person" if person else "Organization"
            k = end
        for b in rec.cues.get("body", ()):  # a body no state owns, with words of its own: "the interior ministry"
            q = b.start
            while q > 0 and q > b.start - 2 and _qualifier(toks[q - 1], rec.morphs[q - 1]) and q - 1 not in cued \
                    and not covered[q - 1]:
                q -= 1
            if q < b.start and not any(covered[q:b.end]) and b.start in near:
                surface = rec.text[toks[q].start:toks[b.end - 1].end]
                u = seen("role:" + " ".join(name_key(t.norm, endings) for t in toks[q:b.end]), tb.lang, "role",
                         surface, art, rec.text)
                u.type = "Organization"
    return sorted(found.values(), key=lambda u: (-u.count, -len(u.docs), u.lang, u.key))


# --- near misses --------------------------------------------------------------------------


@dataclass
class NearMiss:
    """A sentence that names two actors of different sides but has no trigger."""

    doc: str
    lang: str
    sentence: str
    actors: tuple[str, str]
    words: tuple[str, ...]  # lemmas of its verbs and nouns (not actors, not cue words)


@dataclass
class NearMissGroup:
    word: str  # the lemma the group is named by: its sentences' most frequent verb or noun
    lang: str
    misses: list[NearMiss]

    def to_dict(self) -> dict:
        return {"word": self.word, "lang": self.lang, "count": len(self.misses),
                "sentences": [{"doc": m.doc, "sentence": m.sentence, "actors": list(m.actors)}
                              for m in self.misses]}


def trigger_skeleton(group: NearMissGroup) -> str:
    """A commented ``[[trigger]]`` to start from (the analyst picks the relation and the words)."""
    ex = group.misses[0]
    text = ex.sentence.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return "\n".join([
        "# [[trigger]]",
        f'# id = "TODO.{_slug(group.word)}"',
        '# relation = "TODO"   # supports, praises, meetsWith, ..., attacks',
        f'# words = ["{group.word}"]',
        f'# examples = [{{ text = "{text[:200]}", edges = [["{ex.actors[0]}", "TODO", "{ex.actors[1]}"]] }}]',
    ]) + "\n"


def near_misses(articles: Iterable[Article | str], errors: list[str] | None = None) -> list[NearMissGroup]:
    """Sentences with two actors and no trigger, grouped by their most frequent verbs and nouns."""
    errors = errors if errors is not None else []
    misses: list[NearMiss] = []
    for tb, art, rec in _records(articles, errors):
        if rec.triggers or not rec.mentions:
            continue
        tops = []
        for m in rec.mentions:
            for a in m.actors:
                top = tb.top(a)
                if top not in tops and tb.gazetteer[top].type != "Place":
                    tops.append(top)
        if len(tops) < 2:
            continue
        covered = {k for m in rec.mentions for k in range(m.start, m.end)}
        cued = {k for ms in rec.cues.values() for cm in ms for k in range(cm.start, cm.end)}
        stop = tb.lexicon.words.get("stopwords", ())
        words = []
        for k, (t, mo) in enumerate(zip(rec.tokens, rec.morphs, strict=False)):
            if k in covered or k in cued or not t.is_word or len(t.text) < 3 or not mo.is_(*_CONTENT):
                continue
            lemma = mo.lemma or t.text  # as the lexicon would write it ("Land", "zusammentreffen")
            if lemma.lower() not in stop and t.low not in stop:
                words.append(lemma)
        misses.append(NearMiss(art.doc, tb.lang, rec.text.strip(), (tops[0], tops[1]), tuple(dict.fromkeys(words))))
    freq = Counter((m.lang, w) for m in misses for w in m.words)
    groups: dict[tuple[str, str], list[NearMiss]] = {}
    for m in misses:
        best = max(m.words, key=lambda w: (freq[(m.lang, w)], w), default="(no verb or noun)")
        groups.setdefault((m.lang, best), []).append(m)
    out = [NearMissGroup(w, lang, ms) for (lang, w), ms in groups.items()]
    return sorted(out, key=lambda g: (-len(g.misses), g.lang, g.word))
