"""The edges of a sentence as the scorer counts them, for the engine's rule tests.

Asserted claims only, structural facts left out, symmetric relations in one order, as
``../shared/corpus/score.py`` compares them (tests/test_engine_rules.py, test_discourse_rules.py,
test_engine_german.py)."""

from __future__ import annotations

import kg

SYM = {"meetsWith", "alliedWith", "signsAgreementWith"}
STRUCTURAL = ("leaderOf", "officialOf", "memberOf", "actsFor")


def edges(text: str, lang: str) -> set[tuple[str, str, str]]:
    out = set()
    for c in kg.extract(text, lang=lang):
        if c.negated or c.relation in STRUCTURAL:
            continue
        s, o = c.subject.code, c.object.code
        if c.relation in SYM and o < s:
            s, o = o, s
        out.add((s, c.relation, o))
    return out


def norm(expected: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(o, r, s) if r in SYM and o < s else (s, r, o) for s, r, o in expected}


def edge_cases(cases: list, lang: str | None = None, prefix: str | None = None):
    """One parametrized test over ``cases``: each text gives exactly its expected edges, as the scorer counts
    them. Cases are (text, expected) when ``lang`` is given, else (lang, text, expected); test ids are
    ``prefix-N`` (the language when no prefix). Bind it to a ``test_`` name in the test module."""
    import pytest

    def check(text: str, lang_: str, expected: list[tuple[str, str, str]]) -> None:
        got, want = edges(text, lang_), norm(expected)
        assert got == want, f"{text!r}: got {sorted(got)}, expected {sorted(want)}"

    if lang is None:
        @pytest.mark.parametrize(("lang", "text", "expected"), cases,
                                 ids=[f"{prefix or c[0]}-{i}" for i, c in enumerate(cases)])
        def test(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
            check(text, lang, expected)
    else:
        @pytest.mark.parametrize(("text", "expected"), cases, ids=[f"{prefix or lang}-{i}" for i in range(len(cases))])
        def test(text: str, expected: list[tuple[str, str, str]]) -> None:
            check(text, lang, expected)
    return test
