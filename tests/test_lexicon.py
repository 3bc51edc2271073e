"""Every lexicon entry carries example sentences; each must give exactly its edges.

This is how the lexicons stay honest: an analyst who adds a trigger adds the
sentence it is for, and a sentence it must not fire on.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.lexicon import LEXICON_DIR, available_languages, load_lexicon


def _cases():
    for lang in available_languages():
        lex = load_lexicon(LEXICON_DIR / f"{lang}.toml")
        for t in lex.triggers:
            for i, ex in enumerate(t.examples):
                yield pytest.param(lang, ex.text, set(ex.edges), id=f"{t.rule}#{i + 1}")
        for i, ex in enumerate(lex.examples):
            yield pytest.param(lang, ex.text, set(ex.edges), id=f"{lang}:examples#{i + 1}")


def edges(claims):
    out = set()
    for c in claims:
        if c.negated or c.relation in ("leaderOf", "officialOf", "memberOf"):
            continue
        out.add((c.subject.code, c.relation, c.object.code))
    return out


def sym(es):
    from kg.records import SYMMETRIC

    return {(min(s, o), r, max(s, o)) if r in SYMMETRIC else (s, r, o) for s, r, o in es}


@pytest.mark.parametrize("lang,text,expected", list(_cases()))
def test_lexicon_example(lang, text, expected):
    got = edges(extract(text, lang=lang))
    assert sym(got) == sym(expected), f"{text!r}: got {sorted(got)}"
