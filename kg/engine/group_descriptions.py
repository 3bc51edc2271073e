"""A state's adjective before a group noun names a group, never the state: "the Lebanese militant group",
"die libanesische Miliz", "palestyńskie ugrupowanie". The article may have named that group with the same
adjective before ("Lebanese militant group Hezbollah"): then the description means it; otherwise it names
no actor (a group the data does not know is no state, ANNOTATION rule 10)."""

from __future__ import annotations

from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.tables import Tables

#: kinds of mention that are a state's adjective (alone or grown into a body: "Lebanese militant")
_ADJECTIVES = ("adjectives", "body")


def own_groups(tb: Tables, rec: SentenceRecord, disc: Discourse) -> None:
    """Turn "the Lebanese militant group" into the group the article named with that adjective, or drop it."""
    gaz = tb.gazetteer
    out = rec.mentions
    for m in list(out):
        end = _group_noun_end(tb, rec, m)
        if end is None:
            continue
        home = disc.homes.get(tb.top(m.actors[0]))
        out.remove(m)
        if home is not None and home in gaz:
            out.append(Mention(m.start, end, (home,), "group", feats=m.feats, resolved=True,
                               via=f"the armed group named with the adjective of {tb.top(m.actors[0])} before"))
        for k in range(m.start, end):
            rec.taken[k] = True


def _group_noun_end(tb: Tables, rec: SentenceRecord, m: Mention) -> int | None:
    """Where a group noun right after a state's adjective mention ends (up to two lower-case words between:
    "the Lebanese Shia movement"); None when there is none, or a name follows it ("the Palestinian militant
    group Hamas": the name is the mention)."""
    gaz = tb.gazetteer
    toks = rec.tokens
    if m.resolved or m.kind not in _ADJECTIVES or m.possessive or len(m.actors) != 1 \
            or gaz[m.actors[0]].type != "State":
        return None
    nouns = tb.markers["group_nouns"]
    last = toks[m.end - 1]
    if m.kind == "body" and (last.low in nouns or last.norm in nouns):  # "die libanesische Miliz" grown into a body
        return None if _named_after(tb, rec, m.end) else m.end
    for k in range(m.end, min(len(toks), m.end + 3)):
        t = toks[k]
        if rec.taken[k] or not t.is_word:
            return None
        if t.low in nouns or t.norm in nouns:
            after = k + 1
            if _named_after(tb, rec, after) or after < len(toks) and toks[after].low in tb.markers["genitive_marker"]:
                return None  # "the Lebanese militant group Hezbollah"; "a group of missiles"
            return after
        if rec.morphs and not rec.morphs[k].is_("ADJ", "NOUN", "PROPN"):
            return None  # only its modifiers between ("the Lebanese Shia movement"; not "forces destroyed a group")
    return None


def _named_after(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the group's own name follows at ``k`` ("the Lebanese militant group Hezbollah"): a name of no
    state (in "warf die libanesische Miliz Jordanien vor" the state after it is the object)."""
    gaz = tb.gazetteer
    return any(n.start == k and not n.resolved and any(a in gaz and gaz[a].type not in ("State", "Place")
                                                       for a in n.actors) for n in rec.mentions)


def record_homes(tb: Tables, rec: SentenceRecord, disc: Discourse) -> None:
    """Note the armed group named right after a state's adjective ("Lebanese militant group Hezbollah", "die
    libanesische Schiitenmiliz Hisbollah", "palestyńskiego Hamasu"): that state's group for the article."""
    gaz = tb.gazetteer
    toks = rec.tokens
    names = sorted((m for m in rec.mentions if not m.resolved), key=lambda m: m.start)
    for m in names:  # the adjective inside the group's name ("libanesische Schiitenmiliz Hisbollah")
        if m.end - m.start > 1 and len(m.actors) == 1 and m.actors[0] in gaz and gaz[m.actors[0]].type == "ArmedGroup":
            first = tb.compiled.actors.find_longest(toks[m.start:m.start + 1])
            aid, kind = first[0].payload if first else ("", "")
            if kind == "adjectives" and aid in gaz and gaz[aid].type == "State":
                disc.homes[tb.top(aid)] = m.actors[0]
    for prev, m in zip(names, names[1:], strict=False):
        if len(m.actors) != 1 or m.actors[0] not in gaz or gaz[m.actors[0]].type != "ArmedGroup":
            continue
        if prev.kind not in _ADJECTIVES or prev.compound or len(prev.actors) != 1 \
                or gaz[prev.actors[0]].type != "State" or not 0 <= m.start - prev.end <= 2:
            continue
        if all(t.is_word and t.text != "-" for t in toks[prev.end:m.start]):
            disc.homes[tb.top(prev.actors[0])] = m.actors[0]
