"""Records that flow through kg: article -> sentences -> mentions -> claims.

They are plain dataclasses so that every stage can be called, inspected and
tested on its own, and so that a claim serializes to the JSON Lines contract
of ``kg extract --format jsonl`` without any framework.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

#: The twelve scored relations, with their CAMEO/PLOVER quad class.
RELATIONS: dict[str, str] = {
    "supports": "verbal_cooperation",
    "praises": "verbal_cooperation",
    "meetsWith": "verbal_cooperation",
    "alliedWith": "verbal_cooperation",
    "signsAgreementWith": "verbal_cooperation",
    "providesAidTo": "material_cooperation",
    "suppliesWeaponsTo": "material_cooperation",
    "deploysTroopsTo": "material_cooperation",
    "accuses": "verbal_conflict",
    "threatens": "verbal_conflict",
    "sanctions": "material_conflict",
    "attacks": "material_conflict",
}
#: Relations that hold both ways; claims keep the order the text gave.
SYMMETRIC = frozenset({"meetsWith", "alliedWith", "signsAgreementWith"})
#: Structural relations: facts from the gazetteer, not from the text.
STRUCTURAL = ("leaderOf", "officialOf", "memberOf", "actsFor")
ACTOR_TYPES = ("State", "Person", "Organization", "ArmedGroup", "Place")

_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T|$)", re.ASCII)
_YEAR = re.compile(r"^\d{4}$", re.ASCII)
_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$", re.ASCII)


def xsd_date(value) -> tuple[str, str] | None:
    """An ISO date of any precision as (its digits, the XSD type they are): ``("2024", "gYear")``,
    ``("2024-08", "gYearMonth")``, ``("2024-08-06", "date")``; a time of day is left out. None
    for anything else. The RDF export writes dates so (``kg.rdf``), and the aggregated edges
    compare them so."""
    s = str(value or "").strip()
    if _YEAR.match(s):
        return s, "gYear"
    if _YEAR_MONTH.match(s):
        return s, "gYearMonth"
    if _DATE.match(s):
        return s[:10], "date"
    return None


@dataclass(frozen=True)
class Article:
    """One input document, already reduced to its main text."""

    doc: str  # file name or JSONL id: what claims point back to
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601, the digits of its precision: 2025, 2025-07, 2025-07-13T04:00
    source: str | None = None  # site or outlet name
    lang: str | None = None  # pl, en, de; None = detect
    published_precision: str | None = None  # year | month | week | day | hour | minute (kg.dates.PRECISIONS)
    # where it was read ("feeds/monday.jsonl:2"), for messages only: not part of its content or its hash
    origin: str | None = field(default=None, compare=False, repr=False)


def taken_id(seen: dict[str, str], article: Article) -> str | None:
    """The error for an article whose id an earlier one of the same run has, naming where both were read
    (None, and the id noted in ``seen``, for a new id): claims point back to articles by id, so two with one
    id would mix their claims (``kg extract``) or lose one (``kg build``)."""
    where = article.origin or article.doc
    first = seen.get(article.doc)
    if first is None:
        seen[article.doc] = where
        return None
    return f"{where}: id {article.doc!r} is taken by an earlier article ({first}); not read (give the articles " \
           f"distinct ids)"


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # character offsets in Article.text
    end: int


@dataclass(frozen=True)
class ActorRef:
    """An actor as a claim carries it: enough to score, label and link."""

    id: str
    label: str
    type: str
    code: str
    acts_for: str | None = None  # id of the state/organization a person or body acts for
    wikidata: str | None = None

    def to_dict(self) -> dict:
        d = {"id": self.id, "label": self.label, "type": self.type, "code": self.code}
        if self.acts_for:
            d["acts_for"] = self.acts_for
        if self.wikidata:
            d["wikidata"] = self.wikidata
        return d


@dataclass(frozen=True)
class PlaceRef:
    """Where an event happened: a place of the gazetteer (or a capital), its state and coordinates."""

    id: str  # the place's id ("kursk-oblast"; a capital: "<state id>-capital")
    label: str  # English name ("Kursk Oblast", "Warsaw")
    state: str | None  # code of the state it belongs to ("RUS")
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict:
        d: dict = {"id": self.id, "label": self.label, "state": self.state}
        if self.lat is not None and self.lon is not None:
            d["lat"], d["lon"] = self.lat, self.lon
        return d


#: Whether the act a claim reports is carried out, going on, or promised/announced/decided.
STATUSES = ("done", "ongoing", "pledged")


def is_headline(title: str | None, sentence: str, start: int) -> bool:
    """Whether a sentence is (part of) the article's headline: its text is in the title and it
    starts within the title's length of the beginning of the article; without a title, a first
    sentence with no closing punctuation ("Canada sends troops to Latvia")."""
    s = sentence.strip()
    if not s:
        return False
    if title:
        return s in title and start <= len(title) + 2
    return start == 0 and not s.endswith((".", "!", "?", "…", ":", ";"))


@dataclass
class Claim:
    """One typed, evidenced statement of a relation between two actors."""

    doc: str
    relation: str
    subject: ActorRef
    object: ActorRef
    sentence: str
    start: int
    end: int
    lang: str
    rule: str
    #: The 1-based position of the sentence in the article, as ``kg explain --doc FILE --sentence N`` and a
    #: curation's ``sentence_index`` count it (None for a claim not read from an article's sentences).
    sentence_index: int | None = None
    trigger: str = ""
    negated: bool = False
    hedged: bool = False
    modality: str = "asserted"  # asserted | negated | denied | hypothetical | demanded | question
    attributed_to: str | None = None
    status: str = "done"  # done | ongoing | pledged: see STATUSES (independent of modality)
    cameo: str | None = None  # CAMEO event code (kg/ontologies/cameo.csv); None for structural facts
    place: PlaceRef | None = None  # where it happened, when the sentence names a place
    confidence: float = 0.8
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    published_precision: str | None = None
    #: When the event happened, as the text says it (kg.engine.dates): ISO with its precision's
    #: digits, the end of a span, and the words that said it. None when the text does not say:
    #: the article date is then only the latest the event can be.
    event_date: str | None = None
    event_precision: str | None = None
    event_end: str | None = None
    event_end_precision: str | None = None
    event_text: str | None = None
    evidence: list[str] = field(default_factory=list)  # how roles were found (for explanation)
    revised_by: tuple[str, ...] = ()  # curators whose corrections changed or added it (kg.curation)
    revisions: tuple[str, ...] = ()  # what they did: "added", "accepted", "merged A into B: note"

    @property
    def id(self) -> str:
        """Stable id: the same claim in the same article always gets the same id."""
        key = "\x1f".join(
            [self.doc, str(self.start), self.relation, self.subject.id, self.object.id, self.rule,
             str(self.negated)]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "doc": self.doc,
            "relation": self.relation,
            "subject": self.subject.to_dict(),
            "object": self.object.to_dict(),
            "negated": self.negated,
            "hedged": self.hedged,
            "modality": self.modality,
            "attributed_to": self.attributed_to,
            "status": self.status,
            "cameo": self.cameo,
            "place": self.place.to_dict() if self.place is not None else None,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "sentence_index": self.sentence_index,
            "trigger": self.trigger,
            "lang": self.lang,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_precision": self.published_precision,
            "event_date": self.event_date,
            "event_precision": self.event_precision,
            "event_end": self.event_end,
            "event_end_precision": self.event_end_precision,
            "event_text": self.event_text,
            "source": self.source,
            **({"revised_by": list(self.revised_by), "revisions": list(self.revisions)} if self.revised_by else {}),
        }
