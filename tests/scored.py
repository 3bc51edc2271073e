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
