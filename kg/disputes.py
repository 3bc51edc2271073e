"""What makes an aggregated edge disputed, folded one article at a time (``kg query --name disputed``).

A state-level edge (subject, relation, object) is disputed by

* a claim asserting it and a claim denying it (modality ``denied``) in another sentence, of the
  same article or another one (symmetric relations either way: both directions are one edge), or
* an accusation and the accused's denial in one sentence: a denying claim whose sentence also
  has an asserted ``accuses`` claim against the state its subject lifts to.

Asked in SPARQL, this joins every denial with every assertion of the corpus (8 s at 1,000
articles, growing faster than the corpus). Here ``GraphAggregator`` folds it while it adds each
article, in memory bounded by the number of edges: a sentence stands in one article, so all that
depends on "the same sentence" is known when its article comes; what depends on "another
sentence" needs, per edge, only whether its asserted (or denying) claims stand in one sentence or
in several, and the smallest value outside that one sentence (``Smallest``). The result does not
depend on the order of the articles.

What an edge records is what the bundled query shows: how many denying claims dispute it and how
many asserting claims they dispute, who asserts it (the smallest of each asserting claim's
attribution, for an accusation the accuser, else the outlet, else the article), the denying claim
whose sentence sorts first, and whether an accusation stands beside a denial.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Sentence = tuple[str, int]  # (article, start of the sentence)


def modality(claim: dict) -> str:
    """A claim's modality as the RDF states it (``kg.rdf``): claims without one are asserted or negated."""
    return claim.get("modality") or ("negated" if claim.get("negated") else "asserted")


def sentence_of(claim: dict) -> Sentence:
    return str(claim.get("doc") or ""), int(claim.get("start") or 0)


def _min(a, b):
    return b if a is None or (b is not None and b < a) else a


@dataclass(slots=True)
class Smallest:
    """The smallest of values that each stand in a sentence, and the smallest of those outside its
    sentence: enough to give the smallest outside any one sentence without keeping the values."""

    value: object = None
    sentence: Sentence | None = None
    other: object = None  # the smallest value of the other sentences

    def add(self, value, sentence: Sentence) -> None:
        if self.value is None or value < self.value:
            if self.value is not None and sentence != self.sentence:
                self.other = self.value  # the old smallest stands outside the new one's sentence
            self.value, self.sentence = value, sentence
        elif sentence != self.sentence and (self.other is None or value < self.other):
            self.other = value

    def outside(self, sentence: Sentence | None) -> object:
        """The smallest value not in ``sentence`` (None: of all)."""
        return self.other if sentence is not None and sentence == self.sentence else self.value

    def merge(self, other: Smallest) -> None:
        """Add the values of another ``Smallest``, none of whose sentences are this one's (other articles)."""
        if other.value is None:
            return
        if self.value is None or other.value < self.value:
            self.value, self.sentence, self.other = other.value, other.sentence, _min(other.other, self.value)
        else:
            self.other = _min(self.other, other.value)


@dataclass(slots=True)
class Spread:
    """Which sentences some claims of an edge stand in: one (which) or several."""

    sentence: Sentence | None = None
    several: bool = False

    def add(self, sentence: Sentence) -> bool:
        """Note a sentence; True when it is the first one."""
        if self.sentence is None and not self.several:
            self.sentence = sentence
            return True
        if sentence != self.sentence:
            self.several, self.sentence = True, None
        return False

    def only(self) -> Sentence | None:
        """The one sentence, or None when there are several (or none)."""
        return None if self.several else self.sentence

    def empty(self) -> bool:
        return self.sentence is None and not self.several

    def merge(self, other: Spread) -> None:
        if other.several:
            self.several, self.sentence = True, None
        elif other.sentence is not None:
            self.add(other.sentence)


@dataclass(slots=True)
class Dispute:
    """The dispute of one edge, folded sentence by sentence (each sentence comes once, whole)."""

    asserted: int = 0  # asserted claims of the edge
    asserted_in: Spread = field(default_factory=Spread)
    plain_denials_beside: int = 0  # denials without an accusation in the asserted claims' one sentence
    asserted_by: Smallest = field(default_factory=Smallest)  # who asserts each asserted claim
    denied: int = 0  # denying claims of the edge
    denied_in: Spread = field(default_factory=Spread)
    asserted_beside: int = 0  # asserted claims in the denying claims' one sentence
    denial: Smallest = field(default_factory=Smallest)  # (sentence, language, claim id) of each denial
    accused: int = 0  # denials with an accusation against their subject in their sentence
    accusations: int = 0  # the distinct accusation claims beside those
    accused_by: str | None = None
    accused_denial: tuple | None = None

    def add_sentence(self, sentence: Sentence, claims: list[dict], outlet: str | None,
                     accusations_of: Callable[[dict], list[dict]]) -> None:
        """Fold the claims of this edge in one sentence; ``accusations_of(denial)`` gives the asserted
        accusations in the sentence against the state the denial's subject lifts to."""
        asserted = [c for c in claims if modality(c) == "asserted"]
        denials = [c for c in claims if modality(c) == "denied"]
        plain, accusing = 0, {}
        for d in denials:
            self.denial.add(_denial_key(d), sentence)
            accusers = accusations_of(d)
            if not accusers:
                plain += 1
                continue
            self.accused += 1
            self.accused_denial = _min(self.accused_denial, _denial_key(d))
            for a in accusers:
                accusing[str(a.get("id") or "")] = a
                by = a.get("attributed_to") or d.get("attributed_to") or outlet or sentence[0]
                self.accused_by = _min(self.accused_by, by)
        self.accusations += len(accusing)
        if asserted:
            if self.asserted_in.add(sentence):
                self.plain_denials_beside = plain
            self.asserted += len(asserted)
            for a in asserted:
                self.asserted_by.add(a.get("attributed_to") or outlet or sentence[0], sentence)
        if denials:
            if self.denied_in.add(sentence):
                self.asserted_beside = len(asserted)
            self.denied += len(denials)

    def merge(self, other: Dispute) -> None:
        """Add the dispute of the same edge folded from other articles (none of its sentences is one
        of this one's): the same as folding their sentences here."""
        if self.asserted_in.empty():  # the counts beside the first sentence are the first fold's
            self.plain_denials_beside = other.plain_denials_beside
        if self.denied_in.empty():
            self.asserted_beside = other.asserted_beside
        self.asserted_in.merge(other.asserted_in)
        self.denied_in.merge(other.denied_in)
        self.asserted_by.merge(other.asserted_by)
        self.denial.merge(other.denial)
        self.asserted += other.asserted
        self.denied += other.denied
        self.accused += other.accused
        self.accusations += other.accusations
        self.accused_by = _min(self.accused_by, other.accused_by)
        self.accused_denial = _min(self.accused_denial, other.accused_denial)

    def result(self) -> dict | None:
        """What the edge records (``kg.rdf``), or None when nothing disputes it."""
        denied, denial = self.accused, self.accused_denial
        if self.asserted:  # a denial disputes the edge unless every asserted claim stands in its sentence
            one = self.asserted_in.only()
            denied = self.denied - (self.plain_denials_beside if one is not None else 0)
            denial = _min(self.denial.outside(one), denial)
        if not denied:
            return None
        asserted, by = self.accusations, self.accused_by
        if self.asserted and self.denied:  # an asserted claim is disputed unless every denial stands in its sentence
            one = self.denied_in.only()
            asserted += self.asserted - (self.asserted_beside if one is not None else 0)
            by = _min(self.asserted_by.outside(one), by)
        return {"denied": denied, "asserted": asserted, "asserted_by": by, "denial": denial[2],
                "accused": self.accused > 0}


def _denial_key(claim: dict) -> tuple[str, str, str]:
    """The order in which denials are picked: by sentence (as the query's MIN), then language and id."""
    return str(claim.get("sentence") or ""), str(claim.get("lang") or ""), str(claim.get("id") or "")


def accusations_by_sentence(claims: Iterable[tuple[dict, str]]) -> dict[tuple[Sentence, str], list[dict]]:
    """(sentence, accused state) -> the asserted ``accuses`` claims of an article, from (claim, the
    state-level id its object lifts to) pairs."""
    out: dict[tuple[Sentence, str], list[dict]] = {}
    for claim, accused in claims:
        out.setdefault((sentence_of(claim), accused), []).append(claim)
    return out
