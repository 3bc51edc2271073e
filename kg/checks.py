"""Checks of the data files beyond their schema: what a loader cannot see entry by entry.

``kg check-data`` runs them; ``tests/test_data.py`` keeps them passing.
"""

from __future__ import annotations

from collections import defaultdict

from kg.actors import LANGS, DataError, Gazetteer, load_gazetteer
from kg.lexicon import LEXICON_DIR, available_languages, load_lexicon
from kg.text import fold


def alias_clashes(gaz: Gazetteer) -> list[str]:
    """Aliases (names, metonyms, demonyms, adjectives) that two actors share in one language."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in gaz.actors.values():
        for kind in ("names", "metonyms", "demonyms", "adjectives"):
            for lang, forms in getattr(a, kind).items():
                for f in forms:
                    seen[(lang, fold(f))].add(a.id)
    return [f"alias '{alias}' ({lang}) names {', '.join(sorted(ids))}"
            for (lang, alias), ids in sorted(seen.items()) if len(ids) > 1]


def check_data() -> list[str]:
    """Every problem found in the bundled data files, one line each (empty: all good)."""
    problems: list[str] = []
    try:
        gaz = load_gazetteer()
    except DataError as e:
        return [str(e)]
    problems += alias_clashes(gaz)
    for a in gaz.actors.values():
        if a.type == "Person" and not a.acts_for:
            problems.append(f"{a.id}: a person must act for a state or organization")
        if a.type == "State" and set(a.names) != set(LANGS):
            problems.append(f"{a.id}: a state needs names in {', '.join(LANGS)}")
    for lang in available_languages():
        try:
            lex = load_lexicon(LEXICON_DIR / f"{lang}.toml")
        except DataError as e:
            problems.append(str(e))
            continue
        for t in lex.triggers:
            for ex in t.examples:
                for s, _r, o in ex.edges:
                    for code in (s, o):
                        if not any(c and gaz.by_code(c) for c in code.split("|")):
                            problems.append(f"{lang}.toml {t.rule}: example edge names unknown code '{code}'")
    return problems
