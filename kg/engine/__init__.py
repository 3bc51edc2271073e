"""The extraction engine: one sentence record through small stages, one discourse per article.

``tables.Tables`` holds what a language knows (compiled lexicon, gazetteer,
markers, settings); ``record.SentenceRecord`` holds what one sentence's
analysis produced; ``pipeline.STAGES`` lists the stages in order. See
``pipeline`` for how to add one and ``kg.explain`` for printing them.
"""

from kg.engine.claims import dedupe, structural
from kg.engine.pipeline import REGISTRY, STAGES, Stage, analyse_article, analyse_sentence, article_claims
from kg.engine.record import FAILURES, Discourse, FrameResult, Group, Mention, SentenceRecord
from kg.engine.tables import Tables, tables_for

__all__ = [
    "FAILURES", "REGISTRY", "STAGES", "Discourse", "FrameResult", "Group", "Mention", "SentenceRecord", "Stage",
    "Tables", "analyse_article", "analyse_sentence", "article_claims", "dedupe", "structural", "tables_for",
]
