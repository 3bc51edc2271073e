"""Object pronouns: "mu", "jej", "ihm", "it", "them" after a verb, and the actor each stands for.

Split from kg.engine.coreference (which calls these for its two pronoun concepts): an object pronoun is
never its own clause's subject, so it looks for the actor named after the subject, the last person named,
or the state the sentence before named last.
"""

from __future__ import annotations

from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.speaker import narration_start
from kg.engine.syntax import finite, prep
from kg.engine.tables import Tables
from kg.phrases import Match


def object_pronoun(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match,
                   out: list[Mention]) -> tuple[tuple[str, ...], str]:
    """'wezwało chargé d'affaires Rosji i wręczyło mu notę', 'Tusk podziękował mu', 'przekazała jej czołgi':
    ``out`` holds the mentions of the sentence found so far."""
    # "wezwało chargé d'affaires Rosji i wręczyło mu notę": the actor last named in this sentence
    # after its first one (that is the subject); else the last person named
    here = [m for m in out if m.end <= cm.start and not m.resolved and m.kind in ("body", "names")
            and prep(tb, rec, m.start, 0) is None]
    if tb.cases and rec.morphs and here and here[-1].end == cm.start and "nom" in rec.morphs[cm.start - 1].cases \
            and cm.end < len(rec.tokens) and rec.morphs[cm.end].is_("VERB"):
        here = here[:-1]  # "Polska poparła Ukrainę, a Węgry ją skrytykowały": the name before the clitic is its
        # clause's subject, the clitic before the verb its object
    if len(here) >= 2:
        return here[-1].actors, "the actor named last in this sentence"
    named = [m for m in out if m.end <= cm.start and not m.resolved and m.kind in ("body", "names")]
    if named and rec.tokens[cm.start].low in tb.markers["definite"]:
        # "In einem Telefonat mit Selenskyj sicherte er diesem …": a demonstrative is the latter, governed or not
        return named[-1].actors, "the actor named last in this sentence"
    # "Tusk podziękował mu": an object pronoun is never its own clause's subject ("himself", "sobie")
    own = {a for m in out if m.end <= cm.start for a in m.actors}
    if rec.tokens[cm.start].low in tb.markers["state_pronouns"] and not any(
            p in disc.last_sentence for p in disc.persons[-1:]):
        # "Ukraina potrzebuje broni. Polska przekazała jej czołgi": a pronoun of a state's gender stands for
        # the state the sentence before named last, when it named no person
        last = last_state_before(tb, disc, {tb.gazetteer[a].code for a in own})
        if last is not None:
            return (last,), "the state named last in the sentence before"
    person = disc.person if disc.person not in own else next(
        (p for p in reversed(disc.persons) if p not in own), None)
    return ((person,) if person else ()), "the last person named"


def last_state_before(tb: Tables, disc: Discourse, codes: set[str]) -> str | None:
    """The state the sentence before named last, of none of ``codes`` (the actors acting here)."""
    gaz = tb.gazetteer
    return next((a for a in reversed(disc.last_sentence) if gaz[a].type == "State" and gaz[a].code not in codes),
                None)


#: Words after "it" that make it the sayer's future or past act ("said it would", "announced it had"), not a
#: thing named ("calling it a defeat", "saying it poses a threat").
_SAYER_NEXT = frozenset({"would", "will", "had", "has", "could", "might", "may", "must", "should", "plans",
                         "planned", "intends", "intended", "wants", "wanted"})


def object_it(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'it', 'them' right after a trigger verb ("hit back at Tokyo, accusing it of …", "rejected Guyana's
    claims and accused it of …"): the actor named last in this sentence after its first one (that is the
    subject). Right after a verb of saying ("China said it would …", "announced that it had …") it is the
    sayer: the first actor of the sentence before the verb that no preposition governs."""
    gaz = tb.gazetteer
    toks = rec.tokens
    k = cm.start - 1
    complement = k > 0 and toks[k].low in tb.markers["complementizer"]
    if complement:  # "announced on Friday that it had …"
        k = next((s.end - 1 for s in reversed(rec.cues.get("speech", ())) if k - 4 <= s.end - 1 < k
                  and all(t.is_word for t in toks[s.end:k])), k - 1)
    nxt = toks[cm.end].low if cm.end < len(toks) else ""
    # a verb of saying that is also a trigger ("warned") has "it" as its object, unless "that" stands between
    if k >= 0 and any(s.start <= k < s.end for s in rec.cues.get("speech", ())) and (complement or not any(
            m.start <= k < m.end for m in rec.triggers)) and nxt in _SAYER_NEXT:
        told = narration_start(rec)
        if 0 < told <= k:  # '"We condemn Israel," Iran's ministry said, adding that it would …': the sayer is
            # named after the quote, also as the owner of the speaking body; no one the quote names
            sayer = next((m for m in rec.mentions if told <= m.start and m.end <= k and not m.resolved
                          and m.kind != "adjectives" and prep(tb, rec, m.start, 0) is None), None)
        else:
            sayer = next((m for m in rec.mentions if m.end <= k and not m.resolved and m.kind != "adjectives"
                          and not m.possessive and prep(tb, rec, m.start, 0) is None), None)
        if sayer is not None and all(gaz[a].type != "Person" for a in sayer.actors):
            return sayer.actors, "the sayer of the verb of saying before it"
        return (), ""
    if not any(m.end == cm.start for m in rec.triggers) or rec.morphs and not rec.morphs[cm.start - 1].is_("VERB"):
        return (), ""
    here = [m for m in rec.mentions if m.end <= cm.start and not m.resolved and m.kind in ("body", "names", "metonyms")
            and all(gaz[a].type != "Person" for a in m.actors)]
    if len(here) >= 2 and _clause_subject(tb, rec, here[-1]) and prep(tb, rec, here[0].start, 0) is None \
            and {gaz[a].code for a in here[-1].actors} != {gaz[a].code for a in here[0].actors}:
        # "Chile threatened to attack Peru after Bolivia sanctioned it": the actor last named is the subject of
        # the pronoun's own subordinate clause; the pronoun is the main clause's subject
        return here[0].actors, "the subject of the main clause"
    if len(here) >= 2 and {gaz[a].code for a in here[-1].actors} != {gaz[a].code for a in here[0].actors}:
        return here[-1].actors, "the actor named last in this sentence after its subject"
    if not here and toks[cm.start].low in tb.markers["plural_pronouns"]:
        # '"We have provided them with the equipment"' after "Britain would stand with Ukraine": the state the
        # sentence before named last, other than the topic's (the one who acts here)
        own = {gaz[a].code for a in disc.subject} | {gaz[a].code for m in rec.mentions for a in m.actors}
        last = last_state_before(tb, disc, own)
        if last is not None:
            return (last,), "the state named last in the sentence before, other than the topic's"
    return (), ""


def _clause_subject(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """Whether mention ``m`` is the subject of a subordinate clause: a subordinator before it (only determiners
    between) and a finite verb right after it ("after Bolivia sanctioned it")."""
    k = m.start - 1
    while k > 0 and rec.tokens[k].low in tb.markers["determiners"]:
        k -= 1
    return bool(rec.morphs) and k > 0 and rec.morphs[k].only("SCONJ", "ADP") and rec.morphs[k].is_("SCONJ") \
        and m.end < len(rec.morphs) and finite(rec.morphs[m.end])
