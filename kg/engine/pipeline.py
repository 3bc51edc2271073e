"""The pipeline: the ordered stages one sentence goes through, and the article loop.

Every stage is a function ``stage(tables, record, discourse) -> record``
registered here by name, with the record fields it fills, so the pipeline
reads as a list, ``kg explain`` can print what each stage saw, and a new
analysis is one more entry. Stages only read the tables and the discourse;
the last one, ``discourse``, is the only one that changes the discourse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.engine import (
    attribution,
    claims,
    clauses,
    coreference,
    dates,
    discourse,
    frames,
    groups,
    lexical,
    mentions,
    modality,
    pairs,
    place,
    roles,
    status,
)
from kg.engine.record import Discourse, SentenceRecord
from kg.engine.speaker import quote_ahead
from kg.engine.tables import Tables
from kg.records import Article, Claim
from kg.text import split_sentences

StageFn = Callable[[Tables, SentenceRecord, Discourse], SentenceRecord]
Observer = Callable[[str, SentenceRecord, Discourse], None]  # called after each stage


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn
    assigns: tuple[str, ...]  # the record fields (or per-frame fields) this stage fills

    @property
    def doc(self) -> str:
        """The first paragraph of the stage function's docstring, on one line."""
        first = (self.run.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(line.strip() for line in first.splitlines())


STAGES: tuple[Stage, ...] = (
    Stage("tokens", lexical.tokens, ("tokens",)),
    Stage("morphology", lexical.morphology, ("morphs",)),
    Stage("cues", lexical.cues, ("cues", "context", "sources")),
    Stage("triggers", lexical.triggers, ("triggers", "trigger_tokens")),
    Stage("mentions", mentions.mentions, ("mentions", "taken", "surnames")),
    Stage("coreference", coreference.coreference, ("mentions",)),
    Stage("groups", groups.groups, ("groups",)),
    Stage("phrases", lexical.phrases, ("phrases",)),
    Stage("clauses", clauses.clauses, ("breaks", "resumes")),
    Stage("attribution", attribution.attribution, ("attribution", "attributions", "conjuncts")),
    Stage("frames", frames.frames, ("frames",)),
    Stage("roles", roles.roles, ("frames.subject", "frames.object", "frames.how")),
    Stage("pairs", pairs.pairs, ("frames.pairs",)),
    Stage("modality", modality.modality, ("frames.modality", "frames.hedged")),
    Stage("status", status.status, ("frames.status", "frames.cameo")),
    Stage("place", place.place, ("frames.place",)),
    Stage("claims", claims.claims, ("claims", "frames.claims")),
    Stage("dates", dates.dates,
          ("dates", "present", "scene", "frames.date", "frames.date_from", "claims.event_date")),
    Stage("discourse", discourse.update, ()),
)
#: Stages by name.
REGISTRY: dict[str, Stage] = {s.name: s for s in STAGES}


def analyse_sentence(tb: Tables, article: Article, start: int, end: int, disc: Discourse, index: int = 1,
                     observe: Observer | None = None) -> SentenceRecord:
    """Run every stage over the sentence ``article.text[start:end]``; ``observe`` sees the record
    after each stage. A sentence without tokens has nothing to analyse (the discourse stays).
    The tables see the actors the article introduced so far (``Discourse.actors``)."""
    tb = tb.for_article(disc.actors)
    rec = SentenceRecord(article, tb.lang, index, start, end, article.text[start:end])
    for stage in STAGES:
        rec = stage.run(tb, rec, disc)
        if observe is not None:
            observe(stage.name, rec, disc)
        if not rec.tokens:
            break
    return rec


def sentence_spans(tb: Tables, article: Article) -> list[tuple[int, int]]:
    """The article's sentences, split with the language's abbreviations."""
    return split_sentences(article.text, tb.markers["abbreviations"], tb.markers["closing_abbreviations"],
                           tb.markers["prepositions"], tb.markers["ordinal_heads"])


def analyse_article(tb: Tables, article: Article, disc: Discourse | None = None,
                    watch: Callable[[int], Observer | None] | None = None) -> Iterator[SentenceRecord]:
    """The record of every sentence of an article, in order, with one discourse for the article.

    ``watch(index)`` may return a stage observer for the sentence of that 1-based index
    (``kg explain`` watches the sentences it prints).
    """
    disc = disc if disc is not None else Discourse()
    tb = tb.for_article(disc.actors)  # once per article: the view follows disc.actors as they grow
    spans = sentence_spans(tb, article)
    closing = -1  # the sentence that closes the quote of several sentences we are in

    def ahead(j: int, d: Discourse) -> SentenceRecord:
        return analyse_sentence(tb, article, spans[j][0], spans[j][1], d, j + 1)

    for i, (s, e) in enumerate(spans, 1):
        if i - 1 >= closing:
            disc.quote_ahead, closing = quote_ahead(tb, article.text, spans, i - 1, disc, ahead)
            if disc.quote_ahead is None:
                closing = -1
        yield analyse_sentence(tb, article, s, e, disc, i, watch(i) if watch is not None else None)
    disc.quote_ahead = None


def article_claims(tb: Tables, article: Article) -> list[Claim]:
    """Every claim of an article: its sentences' claims, the structural facts, deduplicated."""
    disc = Discourse()
    found: list[Claim] = []
    index_of: dict[int, int] = {}
    for rec in analyse_article(tb, article, disc):
        found.extend(rec.claims)
        index_of[rec.start] = rec.index
    tb = tb.for_article(disc.actors)  # the actors the article introduced are actors here too
    found = claims.disputed(tb, found, disc.deniers)
    found = claims.mission_hosts(tb, found)
    found = claims.hostile_presence(tb, found)
    facts = claims.structural(tb, article, disc.named)
    precision = dates.published_precision(article)
    for c in facts:  # gazetteer facts: the article's date, no event date
        c.published_precision = precision
    found.extend(facts)
    for c in found:  # every claim's evidence is one of the article's sentences
        c.sentence_index = index_of.get(c.start)
    return claims.dedupe(found)
