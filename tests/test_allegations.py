"""Allegations by accusers that name no actor, and attributions that stay in their own phrase
(issue 8: "allegations become facts"). Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extract import extract


def _edges(text: str, lang: str):
    return {(c.subject.code, c.relation, c.object.code, c.modality, c.attributed_to)
            for c in extract(text, lang=lang) if c.relation not in ("leaderOf", "officialOf", "memberOf")}


def test_an_accuser_that_names_no_actor_still_alleges_and_the_accused_denies():
    text = "Gulf diplomats have repeatedly accused Tehran of shipping rockets to the Houthis, a charge Iran denies."
    assert _edges(text, "en") == {("IRN", "suppliesWeaponsTo", "HOUTHIS", "denied", "Gulf diplomats")}


def test_an_allegation_not_denied_stays_asserted_with_its_accuser():
    text = "Gulf diplomats have repeatedly accused Tehran of shipping rockets to the Houthis."
    assert _edges(text, "en") == {("IRN", "suppliesWeaponsTo", "HOUTHIS", "asserted", "Gulf diplomats")}


@pytest.mark.parametrize("text, lang, who", [
    ("According to Gulf diplomats, Iran shipped rockets to the Houthis.", "en", "Gulf diplomats"),
    ("Według zachodnich dyplomatów Iran dostarczył Rosji drony.", "pl", "zachodnich dyplomatów"),
    ("Według agencji PAP Niemcy przekazały Ukrainie czołgi.", "pl", "PAP"),
])
def test_an_attribution_names_what_its_own_phrase_names(text, lang, who):
    """Not the actor of the clause after it: 'according to diplomats, Iran …' is not Iran's word."""
    claims = [c for c in extract(text, lang=lang) if c.relation == "suppliesWeaponsTo"]
    assert claims and {c.attributed_to for c in claims} == {who}
