"""Number agreement of pronouns: which antecedents a 'they' or a 'he' can have.

A plural pronoun ("they", "oni", German "sie" with a plural verb) means several actors: the
sentence's first subject together with those coordinated with it or named "with" it ("Yoon posed
with Biden and Kishida as they …"), never one organization alone ("Die EU verhängte Sanktionen
gegen iranische Firmen, weil sie Russland beliefern" is the firms, not the EU). A singular one
("he", "on", "er") never means a set of two or more states: of a pair of leaders it is the last
one named. German "sie" is both: the finite verb beside it, or last in its subordinate clause,
tells ("sie beliefern", "dass sie getötet wurden": they; "sie hat", "sagte sie": she). The
lexicon declares the words (``plural_pronouns``, ``singular_pronouns``, ``plural_verb_endings``).
"""

from __future__ import annotations

from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.syntax import bracketed_after, prep
from kg.engine.tables import Tables

PLURAL, SINGULAR = "pl", "sg"


def number(tb: Tables, rec: SentenceRecord, k: int) -> str | None:
    """The number of the pronoun at token ``k``: ``PLURAL``, ``SINGULAR`` or None (not known)."""
    tok = rec.tokens[k]
    if tok.low in tb.markers["plural_pronouns"] or tok.text in tb.markers["plural_pronouns"]:
        return PLURAL
    if tok.low in tb.markers["singular_pronouns"] or tok.text in tb.markers["singular_pronouns"]:
        return SINGULAR
    endings = tb.markers["plural_verb_endings"]
    if not endings or not rec.morphs:
        return None
    verb = _finite_verb(tb, rec, k)
    if verb is None:
        return None
    low = rec.tokens[verb].low
    return PLURAL if any(low.endswith(e) for e in endings) else SINGULAR


def _finite(rec: SentenceRecord, j: int) -> bool:
    m = rec.morphs[j]
    return m.is_("VERB", "AUX") and "fin" in m.feats


def _finite_verb(tb: Tables, rec: SentenceRecord, k: int) -> int | None:
    """The finite verb that agrees with the pronoun at ``k``: right after it ("sie haben"), right before it
    ("warnten sie"), else, in a subordinate clause it opens, the last finite verb before the clause ends
    ("weil sie Russland mit Raketen beliefern")."""
    toks = rec.tokens
    if k + 1 < len(toks) and _finite(rec, k + 1):
        return k + 1
    opener = k > 0 and (rec.morphs[k - 1].is_("SCONJ") or toks[k - 1].low in tb.markers["complementizer"]
                        | tb.markers["relative"] | tb.markers["subordinator"])
    if k > 0 and not opener and _finite(rec, k - 1):
        return k - 1
    if not opener:
        return None
    last = None
    for j in range(k + 1, len(toks)):
        if not toks[j].is_word:
            break
        if _finite(rec, j):
            last = j
    return last


def codes_of(tb: Tables, actors: tuple[str, ...] | list[str]) -> set[str]:
    gaz = tb.gazetteer
    return {gaz[a].code for a in actors if a in gaz}


def plural_antecedent(tb: Tables, rec: SentenceRecord, earlier: list[Mention],
                      k: int) -> tuple[tuple[str, ...], str] | None:
    """For a plural pronoun at ``k`` after ``earlier`` (this sentence's free mentions before it): the first
    subject with those coordinated or named 'with' it; () when that is one organization alone and nothing
    else fits; None to keep the usual reading."""
    first = earlier[0]
    joiners = tb.markers["coordination"] | tb.markers["determiners"] | tb.markers["comitative"]
    found = list(first.actors)
    prev_end = first.end
    depth = 0
    for m in rec.mentions:
        if m.start < first.end or m.end > k or m.resolved or m.kind == "adjectives":
            continue
        governed = prep(tb, rec, m.start, first.end)
        if governed is not None and governed not in tb.markers["comitative"]:
            continue  # "met in Vilnius with …": a place or other role on the way
        if bracketed_after(rec, m.start, m.end, prev_end):
            continue  # "Chile, Peru and Bolivia (CAN) said they …": the bracket names the list, no member of it
        between = rec.tokens[prev_end:m.start]
        ok = True
        for t in between:  # only joiners, commas and asides in parentheses ("Biden (center) and Kishida")
            depth += t.text == "("
            if depth == 0 and t.is_word and t.low not in joiners:
                ok = False
            depth -= t.text == ")" and depth > 0
        if between and not ok and not (governed is not None and not any(t.text in (",", ";") for t in between)):
            break  # "Yoon posed with Biden": a partner named with a comitative in the same clause counts too;
        # nothing between: the name after its title ("President Joe Biden")
        found += [a for a in m.actors if a not in found]
        prev_end = m.end
    if len(codes_of(tb, found)) >= 2:
        return tuple(found), "this sentence's first subject and those named with it"
    gaz = tb.gazetteer
    if len(codes_of(tb, first.actors)) == 1:
        # "Oman mediates since Chile, Peru and Bolivia cut their ties with Ecuador when they blamed it": a
        # plural pronoun is the last actors named together before it, not one state
        runs: list[list[Mention]] = []
        for m in rec.mentions:
            if m.start < first.end or m.end > k or m.resolved or m.kind == "adjectives":
                continue
            if runs and bracketed_after(rec, m.start, m.end, runs[-1][-1].end):
                continue
            if runs and all(not t.is_word or t.low in joiners for t in rec.tokens[runs[-1][-1].end:m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        listed = [r for r in runs if len(r) >= 2 and len(codes_of(tb, [a for m in r for a in m.actors])) >= 2
                  and prep(tb, rec, r[0].start, first.end) is None]
        if listed:
            return tuple(a for m in listed[-1] for a in m.actors), \
                "the last actors named together before it in this sentence"
        if len(first.actors) == 1 and all(a in gaz and gaz[a].type == "Person" for a in first.actors):
            # "Trump put tariffs on goods from Canada and Mexico and threatened more if they fail to …": one
            # person is never 'they'; the actors named together, whatever governs them, are
            listed = [r for r in runs if len(r) >= 2 and len(codes_of(tb, [a for m in r for a in m.actors])) >= 2]
            if listed:
                return tuple(a for m in listed[-1] for a in m.actors), \
                    "the last actors named together before it in this sentence, not one person"
    if len(codes_of(tb, first.actors)) == 1 and all(a in gaz and gaz[a].type == "Organization" for a in first.actors):
        # a plural pronoun is not one organization: an actor's adjective on a noun before it in this sentence
        # ("Sanktionen gegen iranische Fluggesellschaften, weil sie …"), else no one
        other = [m for m in rec.mentions if first.end <= m.start and m.end <= k and not m.resolved
                 and m.kind == "adjectives" and not codes_of(tb, m.actors) & codes_of(tb, first.actors)]
        if len(other) == 1:
            return other[0].actors, "the actors of a plural noun named before it, not one organization"
        return (), "no plural antecedent"
    return None


def singular_of(tb: Tables, rec: SentenceRecord, disc: Discourse, actors: tuple[str, ...],
                k: int) -> tuple[tuple[str, ...], str] | None:
    """For a singular pronoun whose antecedent ``actors`` are of two or more states: the person of the one
    state among them the sentence before named alone ("Aliyev and Pashinyan met. 'Peace,' said Aliyev. He
    also …"); () when it named both or neither ("Baerbock and Wang met. Then she …" stays unread). None
    when ``actors`` are of one state."""
    codes = codes_of(tb, actors)
    if len(codes) < 2:
        return None
    gaz = tb.gazetteer
    before = codes_of(tb, disc.last_sentence) & codes
    if len(before) != 1:
        return (), ""
    here = [a for m in rec.mentions if m.end <= k and not m.resolved for a in m.actors
            if a in gaz and gaz[a].type == "Person"]
    person = next((p for p in reversed(disc.persons + here) if p in gaz and gaz[p].code in before), None)
    return ((person,), "the person of the one state of the antecedent the sentence before named") if person \
        else ((), "")


def plural_topic(tb: Tables, disc: Discourse, topic: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """For a plural pronoun with no antecedent in its sentence whose topic is one state: the last set of actors
    named acting together that includes it ("Poland, Lithuania and Latvia met. Lithuania had proposed the
    meeting. They also …"); None when there is none (the topic stays)."""
    gaz = tb.gazetteer
    codes = codes_of(tb, topic)
    if len(codes) != 1 or not all(a in gaz and gaz[a].type == "State" for a in topic):
        return None
    found = next((ps for ps in reversed(disc.party_sets) if codes < codes_of(tb, ps)), None)
    return (tuple(found), "the last actors named together, of whom the topic is one") if found else None
