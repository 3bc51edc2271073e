"""From text to claims: the public extraction API over the engine in ``kg.engine``.

The engine is language-blind: per language it holds only tables compiled
from the lexicon and the gazetteer (``kg.engine.tables``), and each sentence
goes through small stages over one record (``kg.engine.pipeline``): tokens,
cues and triggers, mentions and coreference, coordination, clauses, roles,
pairs, modality, claims, and a discourse update that the next sentence
reads. ``kg explain`` prints what each stage saw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.actors import Gazetteer
from kg.datapath import DataPath, active
from kg.engine import (
    Discourse,
    Group,
    Mention,
    SentenceRecord,
    Tables,
    analyse_sentence,
    article_claims,
    dedupe,
    structural,
    tables_for,
)
from kg.records import Article, Claim

__all__ = [
    "Discourse", "Extractor", "Group", "Mention", "dedupe", "extract", "extract_article", "extract_paths",
    "extractor",
]


class Extractor:
    """Extract claims from articles in one language (holds only the language's tables)."""

    def __init__(self, lang: str, gazetteer: Gazetteer | None = None, data: DataPath | None = None):
        self.lang = lang
        self.tables: Tables = tables_for(lang, data) if gazetteer is None else Tables.build(lang, gazetteer, data)

    def article_claims(self, art: Article) -> list[Claim]:
        return article_claims(self.tables, art)

    def sentence(self, art: Article, s_start: int, s_end: int, disc: Discourse, index: int = 1) -> SentenceRecord:
        """The full analysis of one sentence (``disc`` is the article's discourse so far)."""
        return analyse_sentence(self.tables, art, s_start, s_end, disc, index)

    def sentence_claims(self, art: Article, s_start: int, s_end: int, disc: Discourse) -> list[Claim]:
        return self.sentence(art, s_start, s_end, disc).claims

    def structural(self, art: Article, named: dict[str, tuple[int, int, str]]) -> list[Claim]:
        """leaderOf / officialOf / memberOf for the actors an article names (``Discourse.named``)."""
        return structural(self.tables, art, named)


_EXTRACTORS: dict[tuple[str, DataPath], Extractor] = {}


def extractor(lang: str) -> Extractor:
    """The extractor of ``lang`` with the active data (packaged, ``$KG_DATA_PATH``, ``--data``)."""
    key = (lang, active())
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(lang, data=key[1])
    return _EXTRACTORS[key]


def with_language(article: Article) -> tuple[Article, bool]:
    """The article with its language set (detected when not given), and whether a detected language is a
    guess for a text in none of kg's languages (``kg.language.foreign``: a notice for the user)."""
    from kg.language import read_language

    if article.lang:
        return article, False
    lang, foreign = read_language(article.text)
    return Article(**{**article.__dict__, "lang": lang}), foreign


def extract_article(article: Article) -> list[Claim]:
    """Claims of one article (its language detected when not given)."""
    article, _ = with_language(article)
    return extractor(article.lang).article_claims(article)


def extract(text: str, lang: str | None = None, doc: str = "text") -> list[Claim]:
    """Claims of a piece of text: ``kg.extract("Polska poparła Ukrainę.", lang="pl")``."""
    return extract_article(Article(doc=doc, text=text, lang=lang))


def extract_paths(
    paths: Iterable[str | Path], lang: str | None = None,
    curate: Callable[[Article, list[Claim]], list[Claim]] | None = None, now: dt.datetime | None = None,
) -> tuple[list[Claim], list[str]]:
    """Claims of every article under ``paths``; unreadable inputs become error lines.

    ``curate(article, claims)`` may correct each article's claims (``kg.curation.Curator``);
    ``now`` is what relative article dates are read against (default: each file's modification time).
    """
    from kg.ingest import iter_articles
    from kg.records import taken_id

    claims: list[Claim] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    for item in iter_articles(paths, now=now):
        if not isinstance(item, str):
            item = taken_id(seen, item) or item
        if isinstance(item, str):
            errors.append(item)
            continue
        if lang:
            item = Article(**{**item.__dict__, "lang": lang})
        found = extract_article(item)
        claims.extend(curate(item, found) if curate is not None else found)
    return claims, errors
