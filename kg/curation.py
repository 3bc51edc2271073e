"""An analyst's corrections of the claims: ``curation.toml``, applied claims in, claims out.

The extractor is curated through data (``kg/data``, ``--data``), but some errors are about
one claim in one article, and are best fixed there: reject a claim, accept one, add a claim
the tool missed, merge two actors, or split an alias that means another actor in some
articles. A ``curation.toml`` lists such corrections with the curator's name; ``kg build``
applies them after extraction, article by article (:class:`Curator`), records each in the
claims it touches (``revised_by``, ``revisions``: ``kg:wasRevisedBy`` in the RDF) and warns
about corrections that no longer match anything, so the file never rots silently.

A claim is named by its article (``doc``), its sentence and its relation: the sentence by a
hash of its text (:func:`sentence_hash`, shown by ``kg review``), which survives re-extraction
as long as the text does, or by its text (or a part of it). The format is in the README
("Corrections").
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.actors import Gazetteer
from kg.cameo import cameo_table
from kg.datapath import DataError, display
from kg.engine.record import INTRODUCED
from kg.errors import os_reason
from kg.records import RELATIONS, STRUCTURAL, SYMMETRIC, ActorRef, Article, Claim
from kg.text import fold
from kg.tomlines import TomlLines

KINDS = ("reject", "accept", "add", "merge", "split")
_COMMON = {"curator", "note"}
_KEYS = {
    "reject": {"doc", "sentence", "text", "relation", "subject", "object"},
    "accept": {"doc", "sentence", "text", "relation", "subject", "object"},
    "add": {"doc", "sentence", "text", "sentence_index", "relation", "subject", "object", "hedged", "trigger"},
    "merge": {"actor", "same_as", "docs"},
    "split": {"alias", "actor", "means", "docs"},
}
_REQUIRED = {
    "reject": ("doc", "relation"), "accept": ("doc", "relation"),
    "add": ("doc", "relation", "subject", "object"), "merge": ("actor", "same_as"),
    "split": ("actor", "means", "docs"),
}
_HASH = re.compile(r"^[0-9a-f]{6,40}$")


def sentence_hash(text: str) -> str:
    """The name of a sentence in ``curation.toml``: 12 hex digits of the SHA-1 of its words."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Correction:
    """One entry of a curation file."""

    kind: str  # reject | accept | add | merge | split
    where: str  # file:line
    curator: str
    note: str = ""
    doc: str | None = None
    sentence: str | None = None  # hash (or its first 6+ digits)
    text: str | None = None  # the sentence, or a part of it
    index: int | None = None  # add: the 1-based sentence of the article
    relation: str | None = None
    subject: str | None = None
    object: str | None = None
    actor: str | None = None  # merge, split: the actor as kg found it
    target: str | None = None  # merge: same_as; split: means
    alias: str | None = None  # split: the name that means another actor
    docs: tuple[str, ...] = ()  # merge (optional), split: the articles it applies in
    hedged: bool = False
    trigger: str = ""

    def describe(self) -> str:
        if self.kind in ("merge", "split"):
            what = f"{self.actor} -> {self.target}" + (f" ('{self.alias}')" if self.alias else "")
        else:
            what = " ".join(x for x in (self.subject or "*", self.relation, self.object or "*"))
        return f"{self.kind} {what}" + (f" in {self.doc}" if self.doc else "")

    def revision(self) -> str:
        """How the correction reads in a revised claim's provenance."""
        text = {"accept": "accepted", "add": "added", "reject": "rejected",
                "merge": f"merged {self.actor} into {self.target}",
                "split": f"split {self.actor} -> {self.target}" + (f" for '{self.alias}'" if self.alias else "")}
        return text[self.kind] + (f": {self.note}" if self.note else "")


@dataclass
class Curation:
    corrections: list[Correction] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.corrections)

    def docs(self) -> set[str]:
        """The articles an ``add`` names: the build keeps their text to find the sentence."""
        return {c.doc for c in self.corrections if c.kind == "add" and c.doc}


def _string(entry: dict, key: str, at) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{at(key)}: '{key}' must be a non-empty string")
    return value.strip()


def _parse(kind: str, entry: dict, span, label: str, curator: str | None, path: Path) -> Correction:
    def at(key: str = "") -> str:
        return f"{display(path)}:{span.key_line(key) if key else span.first}: {label}"

    if not isinstance(entry, dict):
        raise DataError(f"{at()}: must be a table")
    unknown = set(entry) - _KEYS[kind] - _COMMON
    if unknown:
        raise DataError(f"{at(sorted(unknown)[0])}: unknown key(s) {', '.join(sorted(unknown))} "
                        f"(a {kind} takes {', '.join(sorted(_KEYS[kind] | _COMMON))})")
    for key in _REQUIRED[kind]:
        if key not in entry:
            raise DataError(f"{at()}: missing '{key}'")
    who = _string(entry, "curator", at) or curator
    if not who:
        raise DataError(f"{at()}: no curator: put curator = \"Your Name\" at the top of the file")
    relation = _string(entry, "relation", at)
    if relation is not None and relation not in RELATIONS and relation not in STRUCTURAL:
        raise DataError(f"{at('relation')}: unknown relation '{relation}' (one of {', '.join(RELATIONS)})")
    sentence = _string(entry, "sentence", at)
    if sentence is not None and not _HASH.match(sentence):
        raise DataError(f"{at('sentence')}: 'sentence' is a sentence hash (hex digits, as kg review shows "
                        f"it); give a sentence's words as text = \"...\"")
    index = entry.get("sentence_index")
    if index is not None and (not isinstance(index, int) or isinstance(index, bool) or index < 1):
        raise DataError(f"{at('sentence_index')}: 'sentence_index' is a whole number from 1")
    if kind in ("reject", "accept", "add") and sum(k in entry for k in ("sentence", "text", "sentence_index")) != 1:
        choices = "sentence (its hash), text" + (" or sentence_index" if kind == "add" else "")
        raise DataError(f"{at()}: give exactly one of {choices}")
    docs = entry.get("docs", [])
    if isinstance(docs, str):
        docs = [docs]
    if not isinstance(docs, list) or not all(isinstance(d, str) and d for d in docs):
        raise DataError(f"{at('docs')}: 'docs' must be a list of article names")
    if kind == "split" and not docs:
        raise DataError(f"{at('docs')}: a split names the articles it applies in ('docs'); "
                        f"everywhere would be a merge")
    if not isinstance(entry.get("hedged", False), bool):
        raise DataError(f"{at('hedged')}: 'hedged' is true or false")
    return Correction(
        kind=kind, where=f"{display(path)}:{span.first}", curator=who, note=_string(entry, "note", at) or "",
        doc=_string(entry, "doc", at), sentence=sentence, text=_string(entry, "text", at), index=index,
        relation=relation, subject=_string(entry, "subject", at), object=_string(entry, "object", at),
        actor=_string(entry, "actor", at), target=_string(entry, "same_as", at) or _string(entry, "means", at),
        alias=_string(entry, "alias", at), docs=tuple(docs), hedged=entry.get("hedged", False),
        trigger=_string(entry, "trigger", at) or "",
    )


def load_curation(paths: Iterable[str | Path]) -> Curation:
    """Read and validate curation files, in order; errors name the file and line."""
    out = Curation()
    for p in paths:
        path = Path(p)
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise DataError(f"{display(path)}: {e}") from None
        except OSError as e:
            raise DataError(f"{display(path)}: cannot read it: {os_reason(e)}") from None
        except UnicodeDecodeError:
            raise DataError(f"{display(path)}: cannot read it: not UTF-8 text") from None
        lines = TomlLines(path, text)
        unknown = set(data) - set(KINDS) - _COMMON
        if unknown:
            key = sorted(unknown)[0]
            raise DataError(f"{display(path)}:{lines.top(key)}: unknown key(s) {', '.join(sorted(unknown))} "
                            f"(a curation file has curator, note and [[{']], [['.join(KINDS)}]])")
        curator = data.get("curator")
        if curator is not None and (not isinstance(curator, str) or not curator.strip()):
            raise DataError(f"{display(path)}:{lines.key(None, 'curator')}: 'curator' must be a name")
        for kind in KINDS:
            entries = data.get(kind, [])
            if not isinstance(entries, list):
                raise DataError(f"{display(path)}:{lines.key(None, kind)}: write corrections as [[{kind}]] tables")
            spans = lines.entries(kind)
            if len(spans) != len(entries):
                spans = [lines.inline(kind)] * len(entries)
            for i, (entry, span) in enumerate(zip(entries, spans, strict=True)):
                out.corrections.append(_parse(kind, entry, span, f"{kind} #{i + 1}",
                                              curator.strip() if curator else None, path))
        out.files.append(path)
    return out


# --- applying ---------------------------------------------------------------------------------


def _matches_actor(ref: ActorRef, value: str | None, originally: str | None = None) -> bool:
    """An actor given in a correction: its id (as kg found it, or before a merge), or a code."""
    if value is None:
        return True
    return value in (ref.id, originally) or (ref.code and ref.code == value.upper()) or (
        value.startswith(INTRODUCED) and value[len(INTRODUCED):] == ref.id)  # since added to the gazetteer


def _revise(claim: Claim, c: Correction, **changes) -> Claim:
    by = claim.revised_by + ((c.curator,) if c.curator not in claim.revised_by else ())
    return replace(claim, revised_by=by, revisions=(*claim.revisions, c.revision()), **changes)


@dataclass
class CurationReport:
    """What a curation did in a build: claims touched per kind, and the corrections that matched nothing."""

    applied: Counter = field(default_factory=Counter)
    used: set[int] = field(default_factory=set)  # indices of corrections that matched
    warnings: list[str] = field(default_factory=list)

    def unused(self, curation: Curation) -> list[str]:
        return [f"{c.where}: {c.describe()} matches nothing any more (remove it, or fix it)"
                for i, c in enumerate(curation.corrections) if i not in self.used]

    def summary(self, reused: int = 0) -> str:
        """``curation: 1 add, 2 reject``; with ``reused`` articles (``kg build --update``), that
        these keep the corrections applied when they were built: the export is curated even when
        nothing was applied in this run."""
        parts = [f"{n} {kind}" for kind, n in sorted(self.applied.items())]
        if reused:
            parts.append(f"{reused} reused article keeps the corrections of its last build" if reused == 1
                         else f"{reused} reused articles keep the corrections of their last build")
        return "curation: " + (", ".join(parts) if parts else "nothing applied")


class Curator:
    """Applies a curation article by article: ``claims = curator(article, claims)``.

    Adds come first (a claim kg already extracts is not added twice), then merges and splits
    (which rename actors, in added claims too), then rejects and accepts (which may name an
    actor before or after a merge). What matched is recorded in :attr:`report`.
    """

    def __init__(self, curation: Curation, gazetteer: Gazetteer):
        self.curation = curation
        self.gaz = gazetteer
        self.report = CurationReport()
        self._refs: dict[str, ActorRef] = {}  # actors seen in claims (open-world ones are not in the gazetteer)
        self._seen: set[str | None] = set()  # the articles passed through

    # actors
    def _ref(self, value: str) -> ActorRef | None:
        if value in self._refs:
            return self._refs[value]
        a = self.gaz.find(value)
        return a.ref() if a is not None else None

    def _id(self, value: str) -> str:
        if value in self._refs or value in self.gaz:
            return value
        a = self.gaz.find(value)
        return a.id if a is not None else value

    def __call__(self, article: Article | None, claims: list[Claim]) -> list[Claim]:
        doc = article.doc if article is not None else (claims[0].doc if claims else None)
        self._seen.add(doc)
        for c in claims:
            self._refs.setdefault(c.subject.id, c.subject)
            self._refs.setdefault(c.object.id, c.object)
        out = list(claims)
        for i, c in enumerate(self.curation.corrections):
            if c.kind == "add" and c.doc == doc:
                out = self._add(i, c, out, article)
        original = {id(c): (c.subject.id, c.object.id) for c in out}
        for i, c in enumerate(self.curation.corrections):
            if c.kind in ("merge", "split"):
                if c.docs and doc not in c.docs:
                    continue
                out = self._rename(i, c, out, original, article)
        out = [x for x in out if x.subject.id != x.object.id or not x.revisions]  # "A meets B", A merged into B
        for i, c in enumerate(self.curation.corrections):
            if c.kind in ("reject", "accept") and c.doc == doc:
                out = self._judge(i, c, out, original)
        return _dedupe(out)

    def _rename(self, i: int, c: Correction, claims: list[Claim], original, article) -> list[Claim]:
        old = self._id(c.actor)
        new = self._ref(c.target)
        if new is None:
            self.report.warnings.append(f"{c.where}: no actor '{c.target}' (not in the gazetteer or the claims)")
            return claims
        out = []
        for cl in claims:
            changes = {}
            for role in ("subject", "object"):
                ref = getattr(cl, role)
                if ref.id == old and (c.kind == "merge" or self._alias_in(c, cl.sentence)):
                    changes[role] = new
            if changes:
                self.report.used.add(i)
                self.report.applied[c.kind] += 1
                moved = _revise(cl, c, **changes)
                original[id(moved)] = original.get(id(cl), (cl.subject.id, cl.object.id))
                cl = moved
            out.append(cl)
        return out

    def _alias_in(self, c: Correction, sentence: str) -> bool:
        """Whether the sentence names the split actor by the alias (not inside a longer name of it)."""
        if not c.alias:
            return True
        text = fold(sentence)
        alias = fold(c.alias)
        actor = self._id(c.actor or "")
        longer = [fold(n) for a in ([self.gaz[actor]] if actor in self.gaz else [])
                  for ns in a.names.values() for n in ns if len(n) > len(c.alias) and alias in fold(n)]
        for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
            if not any(text.find(n, max(0, m.start() - len(n)), m.end() + len(n)) != -1 for n in longer):
                return True
        return False

    def _matches(self, c: Correction, cl: Claim, original) -> bool:
        if cl.relation != c.relation:
            return False
        if c.sentence is not None and not sentence_hash(cl.sentence).startswith(c.sentence):
            return False
        if c.text is not None and _norm(c.text) not in _norm(cl.sentence):
            return False
        s0, o0 = original.get(id(cl), (None, None))
        ok = _matches_actor(cl.subject, c.subject, s0) and _matches_actor(cl.object, c.object, o0)
        if not ok and cl.relation in SYMMETRIC:
            ok = _matches_actor(cl.object, c.subject, o0) and _matches_actor(cl.subject, c.object, s0)
        return ok

    def _judge(self, i: int, c: Correction, claims: list[Claim], original) -> list[Claim]:
        out = []
        for cl in claims:
            if self._matches(c, cl, original):
                self.report.used.add(i)
                self.report.applied[c.kind] += 1
                if c.kind == "reject":
                    continue
                cl = _revise(cl, c, confidence=1.0)
            out.append(cl)
        return out

    def _add(self, i: int, c: Correction, claims: list[Claim], article: Article | None) -> list[Claim]:
        subj, obj = self._ref(c.subject), self._ref(c.object)
        for value, ref in ((c.subject, subj), (c.object, obj)):
            if ref is None:
                self.report.warnings.append(f"{c.where}: no actor '{value}' (not in the gazetteer or the claims)")
                return claims
        span = self._sentence(c, claims, article)
        if span is None:
            return claims
        start, end, sentence, lang, index = span
        self.report.used.add(i)
        for cl in claims:
            if (cl.start, cl.relation, cl.subject.id, cl.object.id, cl.negated) == (start, c.relation, subj.id,
                                                                                   obj.id, False):
                self.report.warnings.append(f"{c.where}: kg already extracts this claim: make it an accept, "
                                            f"or remove it")
                return claims
        meta = article or next((cl for cl in claims), None)
        claim = Claim(
            doc=c.doc, relation=c.relation, subject=subj, object=obj, sentence=sentence, start=start, end=end,
            lang=lang, rule="curation:add", sentence_index=index, trigger=c.trigger, hedged=c.hedged, confidence=1.0,
            cameo=cameo_table().defaults.get(c.relation),  # the relation's CAMEO code: no trigger names one
            title=getattr(meta, "title", None), url=getattr(meta, "url", None),
            published=getattr(meta, "published", None), source=getattr(meta, "source", None),
            revised_by=(c.curator,), revisions=(c.revision(),),
        )
        self.report.applied["add"] += 1
        return [*claims, claim]

    def _sentence(self, c: Correction, claims: list[Claim], article: Article | None):
        """(start, end, text, lang, index) of the sentence an ``add`` names, from the article or its claims."""
        known = {(cl.start, cl.end): (cl.sentence, cl.lang, cl.sentence_index) for cl in claims}
        if article is not None:
            from kg.engine.pipeline import sentence_spans
            from kg.engine.tables import tables_for
            from kg.language import detect_language

            lang = article.lang or detect_language(article.text)
            spans = sentence_spans(tables_for(lang), article)
            found = [(s, e, k) for k, (s, e) in enumerate(spans, 1) if self._names(c, article.text[s:e], k)]
            if found:
                s, e, k = found[0]
                return s, e, article.text[s:e], lang, k
            if c.index is not None and c.index > len(spans):
                self.report.warnings.append(f"{c.where}: no sentence {c.index} in {c.doc} (it has {len(spans)})")
                self.report.used.add(self.curation.corrections.index(c))  # said here: no "matches nothing" too
                return None
        else:
            for (s, e), (text, lang, k) in sorted(known.items(), key=lambda kv: kv[0]):
                if self._names(c, text, k):
                    return s, e, text, lang, k
        where = "the article" if article is not None else f"the claims of {c.doc} (the article was not read)"
        self.report.warnings.append(f"{c.where}: no such sentence in {where}")
        return None

    @staticmethod
    def _names(c: Correction, text: str, index: int | None) -> bool:
        if c.index is not None:
            return index == c.index
        if c.sentence is not None:
            return sentence_hash(text).startswith(c.sentence)
        return _norm(c.text or "") in _norm(text)

    def finish(self, complete: bool = True) -> CurationReport:
        """The report, with a warning for every correction that matched nothing.

        ``complete=False``: some articles were not passed through (``kg build --update`` reused
        their exports, curated when they were built), so only corrections of the articles seen
        are checked.
        """
        unused = self.report.unused(self.curation)
        if complete:  # a correction of an article that was not among the inputs says so
            unused = [f"{c.where}: no article {c.doc!r} among the inputs (remove the {c.kind}, or fix its doc)"
                      if c.doc is not None and c.doc not in self._seen else w
                      for w, c in zip(unused, (c for i, c in enumerate(self.curation.corrections)
                                               if i not in self.report.used), strict=True)]
        if not complete:
            seen = self._seen
            unused = [w for w, c in zip(unused, (c for i, c in enumerate(self.curation.corrections)
                                                 if i not in self.report.used), strict=True)
                      if c.doc is not None and c.doc in seen]
        self.report.warnings.extend(unused)
        return self.report


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (sentence, relation, subject, object, negated) after renaming: the most confident."""
    best: dict[tuple, Claim] = {}
    for c in claims:
        key = (c.doc, c.start, c.relation, c.subject.id, c.object.id, c.negated)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.doc, c.start, c.relation, c.subject.id, c.object.id, c.negated))


def curate(claims: Iterable[Claim], curation: Curation, gazetteer: Gazetteer,
           articles: Mapping[str, Article] | None = None) -> tuple[list[Claim], CurationReport]:
    """Apply ``curation`` to every article's claims (``articles``: texts for ``add``), with a report."""
    articles = articles or {}
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.doc, []).append(c)
    for doc in articles:
        by_doc.setdefault(doc, [])
    curator = Curator(curation, gazetteer)
    out: list[Claim] = []
    for doc in sorted(by_doc):
        out.extend(curator(articles.get(doc), by_doc[doc]))
    return out, curator.finish()
