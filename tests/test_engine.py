"""The engine's structure: named stages over one sentence record, tables that hold no
sentence state, a discourse only its own stage changes, and frames that say why they failed."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from kg.engine import REGISTRY, STAGES, Discourse, SentenceRecord, analyse_article, tables_for
from kg.engine import lexical as lexical_stages
from kg.engine import mentions as mention_stage
from kg.engine.pipeline import sentence_spans
from kg.extract import Extractor, extract
from kg.records import Article


def _records(text: str, lang: str) -> list[SentenceRecord]:
    return list(analyse_article(tables_for(lang), Article(doc="t", text=text, lang=lang)))


def test_the_pipeline_is_a_list_of_named_stages():
    names = [s.name for s in STAGES]
    assert len(names) == len(set(names))
    assert names[0] == "tokens" and names[-1] == "discourse"
    assert [REGISTRY[n] for n in names] == list(STAGES)
    assert all(s.doc for s in STAGES)  # every stage says what it does


def test_only_the_discourse_stage_changes_the_discourse():
    tb = tables_for("pl")
    text = ("Prezydent Litwy Gitanas Nausėda odwiedził Rygę. Nausėda poparł Łotwę. "
            "Oba kraje podpisały porozumienie, a on podziękował gościowi.")
    art = Article(doc="t", text=text, lang="pl")
    disc = Discourse()
    changed = set()
    for i, (s, e) in enumerate(sentence_spans(tb, art), 1):
        rec = SentenceRecord(art, "pl", i, s, e, text[s:e])
        for stage in STAGES:
            before = copy.deepcopy(disc)
            rec = stage.run(tb, rec, disc)
            if disc != before:
                changed.add(stage.name)
    assert changed == {"discourse"}
    assert disc.surnames and disc.named and disc.recent  # and it did learn something


def test_tables_are_frozen_and_analysis_leaves_them_as_they_were():
    tb = tables_for("en")
    with pytest.raises(dataclasses.FrozenInstanceError):
        tb.lang = "pl"  # type: ignore[misc]
    with pytest.raises(TypeError):
        tb.markers["negation"] = frozenset()  # type: ignore[index]
    plain = [f.name for f in dataclasses.fields(tb) if f.name not in ("compiled", "gazetteer")]
    before = {n: repr(getattr(tb, n)) for n in plain}
    _records("Canada condemned Iran. It also sanctioned the regime, and Britain followed suit.", "en")
    assert {n: repr(getattr(tb, n)) for n in plain} == before


def test_a_stage_runs_on_its_own():
    tb = tables_for("pl")
    art = Article(doc="t", text="Szwecja poparła Finlandię.", lang="pl")
    rec = SentenceRecord(art, "pl", 1, 0, len(art.text), art.text)
    for stage in (lexical_stages.tokens, lexical_stages.cues, lexical_stages.triggers, mention_stage.mentions):
        rec = stage(tb, rec, Discourse())
    assert [(m.actors, m.kind) for m in rec.mentions] == [(("SWE",), "names"), (("FIN",), "names")]
    assert rec.frames == [] and rec.claims == []  # later stages have not run


@pytest.mark.parametrize(("lang", "text", "rule", "failure"), [
    ("pl", "Szwecja wysłała do Finlandii list.", "pl:troops.send", "needs"),
    ("en", "Germany sent humanitarian aid and weapons to Ukraine.", "en:aid.aid", "forbid"),
    ("en", "Canada condemned the decision.", "en:accuses.accuse", "no-object"),
    ("de", "Polen kritisierte.", "de:accuses.accuse", "no-object"),
    ("pl", "Ministrowie spotkali się w Warszawie.", "pl:meets.meet", "no-parties"),
    ("en", "The North Atlantic Alliance met.", "en:allied.alliance", "in-name"),
])
def test_a_frame_that_gives_no_claim_says_why(lang, text, rule, failure):
    (rec,) = _records(text, lang)
    frames = [f for f in rec.frames if f.rule == rule]
    assert frames and all(f.failure == failure and f.detail and not f.claims for f in frames)
    assert not rec.claims


def test_claims_sit_on_the_frame_that_made_them():
    (rec,) = _records("Sweden did not support Hungary.", "en")
    (f,) = [f for f in rec.frames if f.claims]
    assert f.failure is None and f.how == ["left"]
    assert (f.modality, f.modality_by) == ("negated", "not")
    assert [(c.subject.code, c.relation, c.object.code, c.negated) for c in f.claims] == [
        ("SWE", "supports", "HUN", True)]
    assert rec.claims == f.claims


def test_the_extractor_api_stays():
    ex = Extractor("pl")
    art = Article(doc="t", text="Szwecja poparła Finlandię.", lang="pl")
    assert [(c.subject.code, c.object.code) for c in ex.article_claims(art)] == [("SWE", "FIN")]
    rec = ex.sentence(art, 0, len(art.text), Discourse())
    assert rec.claims and rec.frames
    assert [c.to_dict() for c in extract(art.text, lang="pl", doc="t")] == [c.to_dict() for c in ex.article_claims(art)]
