"""Checks of the data files beyond their schema: what a loader cannot see entry by entry.

``kg check-data`` runs them on the data in use (the packaged files and the user's folders);
``tests/test_data.py`` keeps the packaged data passing. Every problem names the file and line.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.actors import LANGS, DataError, Gazetteer, load_gazetteer
from kg.datapath import DataPath, active, display
from kg.lexicon import Example, Lexicon, load_language
from kg.text import fold
from kg.tomlines import quoted


def _alias_at(gaz: Gazetteer, actor_id: str, alias: str) -> str:
    """``file:line`` where ``alias`` is given to the actor (its last entry that names it)."""
    spans = gaz.spans.get(actor_id) or []
    for span in reversed(spans):
        line = span.line_of(*quoted(alias))
        if line != span.first:
            return f"{display(span.path)}:{line}"
    return _actor_at(gaz, actor_id)


def _actor_at(gaz: Gazetteer, actor_id: str) -> str:
    spans = gaz.spans.get(actor_id) or []
    return f"{display(spans[-1].path)}:{spans[-1].first}" if spans else actor_id


def alias_clashes(gaz: Gazetteer) -> list[str]:
    """Aliases (names, metonyms, demonyms, adjectives) that two actors share in one language.

    Each is reported at the later definition (the one that made the alias ambiguous).
    """
    order = {aid: k for k, aid in enumerate(gaz.actors)}
    seen: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (lang, folded) -> {actor: alias}
    for a in gaz.actors.values():
        for kind in ("names", "metonyms", "demonyms", "adjectives"):
            for lang, forms in getattr(a, kind).items():
                for f in forms:
                    seen[(lang, fold(f))].setdefault(a.id, f)
    out = []
    for (lang, _key), owners in sorted(seen.items()):
        if len(owners) < 2:
            continue
        ids = sorted(owners, key=order.__getitem__)
        last = ids[-1]
        earlier = ", ".join(f"{i} ({_alias_at(gaz, i, owners[i])})" for i in ids[:-1])
        out.append(f"{_alias_at(gaz, last, owners[last])}: alias '{owners[last]}' ({lang}) of {last} "
                   f"already names {earlier}")
    return out


def code_clashes(gaz: Gazetteer) -> list[str]:
    """Codes that two top-level actors (states, organizations, groups) claim."""
    owner: dict[str, str] = {}
    out = []
    for a in gaz.actors.values():
        if a.type in ("State", "Organization", "ArmedGroup") and not a.acts_for:
            if a.code in owner:
                out.append(f"{_actor_at(gaz, a.id)}: code '{a.code}' of {a.id} is already the code of "
                           f"{owner[a.code]} ({_actor_at(gaz, owner[a.code])})")
            else:
                owner[a.code] = a.id
    return out


def _example_codes(lex: Lexicon, gaz: Gazetteer) -> list[str]:
    out = []
    for ex, rule in _examples_of(lex):
        for s, _r, o in ex.edges:
            for code in (s, o):
                if not any(c and gaz.by_code(c) for c in code.split("|")):
                    out.append(f"{ex.where}: {rule}: example edge names unknown code '{code}'")
    return out


def _examples_of(lex: Lexicon) -> list[tuple[Example, str]]:
    return [(ex, t.rule) for t in lex.triggers for ex in t.examples] + [(ex, f"{lex.lang}:examples")
                                                                       for ex in lex.examples]


def check_data(data: DataPath | None = None) -> list[str]:
    """Every problem found in the data files in use, one line each (empty: all good)."""
    data = data if data is not None else active()
    problems: list[str] = []
    try:
        gaz = load_gazetteer(data)
    except DataError as e:
        return [str(e)]
    problems += alias_clashes(gaz) + code_clashes(gaz)
    for a in gaz.actors.values():
        if a.type == "Person" and not a.acts_for:
            problems.append(f"{_actor_at(gaz, a.id)}: {a.id}: a person must act for a state or organization")
        if a.type == "State" and not set(LANGS) <= set(a.names):
            problems.append(f"{_actor_at(gaz, a.id)}: {a.id}: a state needs names in {', '.join(LANGS)}")
    for lang in data.languages():
        try:
            lex = load_language(lang, data)
        except DataError as e:
            problems.append(str(e))
            continue
        problems += _example_codes(lex, gaz)
    problems += _date_words(data, gaz)
    return problems


def _date_words(data: DataPath, gaz: Gazetteer) -> list[str]:
    """The date files load, and their events' contexts are codes of the gazetteer."""
    from kg.datewords import date_files, date_words, languages

    codes = {a.code for a in gaz.actors.values() if a.code}
    out = []
    for lang in languages(data):
        try:
            words = date_words(lang, data)
        except DataError as e:
            out.append(str(e))
            continue
        where = display(date_files(lang, data)[-1])
        for entries in words.anchors.by_first.values():
            for _words, anchors in entries:
                out += [f"{where}: anchor {a.note or a.date}: context {c!r} is no actor's code"
                        for a in anchors for c in sorted(a.context - codes)]
    return sorted(set(out))


@dataclass(frozen=True)
class ExampleFailure:
    """An example sentence that does not give exactly its edges."""

    where: str  # file:line
    rule: str
    text: str
    missing: tuple[tuple[str, str, str], ...]
    extra: tuple[tuple[str, str, str], ...]
    why: str = ""  # for a missing edge: why the example's own trigger gave none, as kg explain says

    def __str__(self) -> str:
        parts = []
        if self.missing:
            parts.append("missing " + ", ".join(" ".join(e) for e in self.missing)
                         + (f" ({self.why})" if self.why else ""))
        if self.extra:
            parts.append("unexpected " + ", ".join(" ".join(e) for e in self.extra))
        return f"{self.where}: {self.rule}: {'; '.join(parts)}: {self.text!r}"


def _why_missing(text: str, lang: str, rule: str) -> str:
    """Why the frames of ``rule`` gave no claim in ``text`` (the first reason kg explain gives), or that the
    trigger did not match at all: what a curator needs to mend an entry of their own."""
    from kg.explain import explain_text

    reasons, matched = [], False
    for sentence in explain_text(text, lang):
        matched = matched or any(t.get("rule") == rule for t in sentence.stages.get("triggers", []))
        reasons += [f"{f['failure']}: {f['detail']}" if f.get("detail") else f["failure"]
                    for f in sentence.stages.get("claims", {}).get("failed", []) if f.get("rule") == rule]
    if reasons:
        return f"its trigger: {reasons[0]}; kg explain shows every stage"
    return "" if matched else "its trigger's words did not match the sentence"


def example_edges(claims) -> set[tuple[str, str, str]]:
    """The edges an example sentence is checked against: positive, non-structural, by code."""
    from kg.records import SYMMETRIC

    out = set()
    for c in claims:
        if c.negated or c.relation in ("leaderOf", "officialOf", "memberOf"):
            continue
        s, r, o = c.subject.code, c.relation, c.object.code
        out.add((min(s, o), r, max(s, o)) if r in SYMMETRIC else (s, r, o))
    return out


def _normal(edges) -> set[tuple[str, str, str]]:
    from kg.records import SYMMETRIC

    return {(min(s, o), r, max(s, o)) if r in SYMMETRIC else (s, r, o) for s, r, o in edges}


def check_examples(data: DataPath | None = None, user_only: bool = False) -> tuple[int, list[ExampleFailure]]:
    """Run every example sentence of the lexicons in use; (number run, failures).

    ``user_only`` runs only the examples of the user's files; by default all of them run, since
    a user's trigger or cue word can break a packaged example too.
    """
    from kg.extract import Extractor

    data = data if data is not None else active()
    user = tuple(display(d) for d in data.user_dirs)
    failures: list[ExampleFailure] = []
    n = 0
    for lang in data.languages():
        lex = load_language(lang, data)
        ext = None
        for ex, rule in _examples_of(lex):
            if user_only and not ex.where.startswith(user):
                continue
            ext = ext or Extractor(lang, data=data)  # compiled only for a language with examples to run
            n += 1
            got = example_edges(ext.article_claims(_article(ex.text, lang)))
            want = _normal(ex.edges)
            if got != want:
                why = _why_missing(ex.text, lang, rule) if want - got else ""
                failures.append(ExampleFailure(ex.where, rule, ex.text, tuple(sorted(want - got)),
                                               tuple(sorted(got - want)), why))
    return n, failures


def _article(text: str, lang: str):
    from kg.records import Article

    return Article(doc="example", text=text, lang=lang)
