"""Agreement of a definite description with the state it names again ("the kingdom", "der Inselstaat").

A lexicon's ``[state_descriptions]`` maps each kind of state (``kg.actors.STATE_KINDS``) to the word
beginnings that require it; a state's ``kinds`` (``kg/data/actors/states.toml``) say what it is. A
description fits a state when the state is of every kind the description's own words name: "the
oil-rich kingdom" fits Saudi Arabia, not Iran; "the country" names no kind and fits any state.
"""

from __future__ import annotations

import re

from kg.engine.record import SentenceRecord
from kg.engine.tables import Tables
from kg.phrases import Match

#: The patterns of each language's table, made once (keyed by the table's identity, kept with it).
_PATTERNS: dict[int, tuple[dict, tuple[tuple[str, re.Pattern[str]], ...]]] = {}


def _patterns(table: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per kind, one pattern of its word beginnings, each at the start of a word (after a space or hyphen)."""
    hit = _PATTERNS.get(id(table))
    if hit is None or hit[0] is not table:
        hit = _PATTERNS[id(table)] = (table, tuple(
            (kind, re.compile(r"(?:^|(?<=[\s-]))(?:" + "|".join(re.escape(w) for w in words) + ")"))
            for kind, words in sorted(table.items()) if words))
    return hit[1]


def required(tb: Tables, rec: SentenceRecord, cm: Match) -> frozenset[str]:
    """The kinds of state the description ``cm`` requires by its own words."""
    table = tb.lexicon.descriptions
    if not table:
        return frozenset()
    text = " ".join(t.low for t in rec.tokens[cm.start:cm.end])
    return frozenset(kind for kind, pat in _patterns(table) if pat.search(text))


def fits(tb: Tables, actor_id: str, need: frozenset[str]) -> bool:
    """Whether the actor (a state, or a region standing for its state) is of every kind in ``need``."""
    if not need:
        return True
    gaz = tb.gazetteer
    a = gaz[actor_id]
    state = a if a.type == "State" else gaz.by_code(a.code)
    return state is not None and need <= set(state.kinds)
