"""Claims and a small gazetteer of our own, for the graph, RDF, query and push tests.

Nothing here reads ``/work/shared`` or the bundled gazetteer: the tests of the graph and
its exports must run in a user's clone and not move when the actor data grows.
"""

from __future__ import annotations

from pathlib import Path

from kg.actors import load_gazetteer
from kg.records import ActorRef, Claim

ACTORS_TOML = """
[[actor]]
id = "RUS"
type = "State"
code = "RUS"
wikidata = "Q159"
names.pl = ["Rosja", "Federacja Rosyjska"]
names.en = ["Russia"]
names.de = ["Russland"]
metonyms.en = ["Kremlin"]
metonyms.pl = ["Kreml"]

[[actor]]
id = "PRK"
type = "State"
code = "PRK"
wikidata = "Q423"
names.pl = ["Korea Północna"]
names.en = ["North Korea"]
names.de = ["Nordkorea"]
metonyms.pl = ["Pjongjang"]

[[actor]]
id = "UKR"
type = "State"
code = "UKR"
wikidata = "Q212"
names.pl = ["Ukraina"]
names.en = ["Ukraine"]
names.de = ["Ukraine"]

[[actor]]
id = "USA"
type = "State"
code = "USA"
wikidata = "Q30"
names.pl = ["Stany Zjednoczone"]
names.en = ["United States"]
names.de = ["Vereinigte Staaten"]

[[actor]]
id = "KOR"
type = "State"
code = "KOR"
names.pl = ["Korea Południowa"]
names.en = ["South Korea"]
names.de = ["Südkorea"]

[[actor]]
id = "CHN"
type = "State"
code = "CHN"
names.pl = ["Chiny"]
names.en = ["China"]
names.de = ["China"]

[[actor]]
id = "nato"
type = "Organization"
code = "NATO"
names.en = ["NATO"]
names.pl = ["NATO"]
labels.pl = "Sojusz Północnoatlantycki"

[[actor]]
id = "vladimir-putin"
type = "Person"
acts_for = "RUS"
role = "President of Russia"
position = "head_of_state"
names.pl = ["Władimir Putin"]
names.en = ["Vladimir Putin"]

[[actor]]
id = "kim-jong-un"
type = "Person"
acts_for = "PRK"
position = "leader"
names.en = ["Kim Jong Un"]
names.pl = ["Kim Dzong Un"]

[[actor]]
id = "russia-mfa"
type = "Organization"
acts_for = "RUS"
names.en = ["Russian Foreign Ministry"]
names.pl = ["MSZ Rosji"]

[[actor]]
id = "kursk-oblast"
type = "Place"
part_of = "RUS"
names.pl = ["obwód kurski"]
names.en = ["Kursk Oblast"]
"""


def gazetteer(tmp: Path):
    d = tmp / "actors"
    d.mkdir(parents=True, exist_ok=True)
    (d / "test.toml").write_text(ACTORS_TOML, encoding="utf-8")
    return load_gazetteer(d)


_DOCS = {
    "pl-a.txt": dict(title="Pjongjang wysyła żołnierzy", published="2024-10-18", source="PAP", lang="pl",
                     url="https://example.org/pl-a"),
    "en-b.txt": dict(title="Allies warn Moscow & Pyongyang", published="2024-11-02", source="Reuters",
                     lang="en", url="https://example.org/en-b?x=1&y=2"),
    "en-c.txt": dict(title="Kyiv <strikes> back", published="2024-08-07", source="AP", lang="en", url=None),
}
_REFS = {
    "RUS": ActorRef("RUS", "Russia", "State", "RUS", wikidata="Q159"),
    "PRK": ActorRef("PRK", "North Korea", "State", "PRK", wikidata="Q423"),
    "UKR": ActorRef("UKR", "Ukraine", "State", "UKR", wikidata="Q212"),
    "USA": ActorRef("USA", "United States", "State", "USA", wikidata="Q30"),
    "KOR": ActorRef("KOR", "South Korea", "State", "KOR"),
    "CHN": ActorRef("CHN", "China", "State", "CHN"),
    "nato": ActorRef("nato", "NATO", "Organization", "NATO"),
    "vladimir-putin": ActorRef("vladimir-putin", "Vladimir Putin", "Person", "RUS", acts_for="RUS"),
    "kim-jong-un": ActorRef("kim-jong-un", "Kim Jong Un", "Person", "PRK", acts_for="PRK"),
    "russia-mfa": ActorRef("russia-mfa", "Russian Foreign Ministry", "Organization", "RUS", acts_for="RUS"),
    "kursk-oblast": ActorRef("kursk-oblast", "Kursk Oblast", "Place", "RUS"),
    # not in the gazetteer: a group the extractor knows but this test gazetteer does not
    "wagner": ActorRef("wagner", "Wagner Group", "ArmedGroup", "WAGNER"),
}


def claim(doc, start, relation, subj, obj, sentence, *, negated=False, hedged=False, attributed_to=None,
          modality=None, rule=None, trigger="", confidence=0.8) -> Claim:
    meta = _DOCS[doc]
    return Claim(
        doc=doc, relation=relation, subject=_REFS[subj], object=_REFS[obj], sentence=sentence,
        start=start, end=start + len(sentence), lang=meta["lang"],
        rule=rule or f"{meta['lang']}.{relation}.1",
        trigger=trigger, negated=negated, hedged=hedged,
        modality=modality or ("negated" if negated else "asserted"), attributed_to=attributed_to,
        confidence=confidence, title=meta["title"], url=meta["url"], published=meta["published"],
        source=meta["source"],
    )


def claims() -> list[Claim]:
    """Claims over three articles, covering rollup, symmetry, negation, denial and hedging."""
    s1 = "Pjongjang wysłał do Rosji tysiące żołnierzy, podaje wywiad Korei Południowej."
    s2 = "Kim Dzong Un zapewnił Władimira Putina o pełnym poparciu."
    s3 = "Chiny zaprzeczają, jakoby dostarczały Rosji broń."
    s4 = "Putin i Kim podpisali w Pjongjangu traktat o wzajemnej obronie."
    s5 = 'North Korea has reportedly supplied Russia with artillery shells, said "officials".'
    s6 = "The United States accused Moscow and Pyongyang of violating UN resolutions."
    s7 = "Washington imposed new sanctions on North Korea."
    s8 = "The Russian Foreign Ministry praised the Wagner Group's <fighters>."
    s9 = "Ukrainian forces crossed into the Kursk Oblast in August."
    s10 = "NATO's chief met South Korea's president in Brussels."
    s11 = "China has not supplied weapons to Russia, Beijing said."
    s12 = "Kreml zaprzecza, jakoby w Rosji walczyli żołnierze z Korei Północnej."
    return [
        claim("pl-a.txt", 0, "deploysTroopsTo", "PRK", "RUS", s1, attributed_to="KOR intelligence",
              trigger="wysłał"),
        claim("pl-a.txt", 80, "supports", "kim-jong-un", "vladimir-putin", s2, trigger="poparciu"),
        claim("pl-a.txt", 140, "suppliesWeaponsTo", "CHN", "RUS", s3, negated=True, modality="denied"),
        claim("pl-a.txt", 200, "signsAgreementWith", "vladimir-putin", "kim-jong-un", s4),
        claim("pl-a.txt", 200, "alliedWith", "vladimir-putin", "kim-jong-un", s4, rule="pl.alliedWith.2"),
        claim("pl-a.txt", 300, "leaderOf", "kim-jong-un", "PRK", s2, rule="gazetteer.leader"),
        claim("pl-a.txt", 400, "deploysTroopsTo", "PRK", "RUS", s12, negated=True, modality="denied",
              attributed_to="Kreml"),
        claim("en-b.txt", 0, "suppliesWeaponsTo", "PRK", "RUS", s5, hedged=True, attributed_to="officials"),
        claim("en-b.txt", 90, "accuses", "USA", "RUS", s6),
        claim("en-b.txt", 90, "accuses", "USA", "PRK", s6),
        claim("en-b.txt", 170, "sanctions", "USA", "PRK", s7),
        claim("en-b.txt", 230, "praises", "russia-mfa", "wagner", s8),
        claim("en-c.txt", 0, "attacks", "UKR", "kursk-oblast", s9),
        claim("en-c.txt", 60, "meetsWith", "nato", "KOR", s10, confidence=1.0),
        claim("en-c.txt", 120, "suppliesWeaponsTo", "CHN", "RUS", s11, negated=True),
    ]


def claim_dicts() -> list[dict]:
    return [c.to_dict() for c in claims()]


def pick(relation: str, subj: str, obj: str) -> Claim:
    """The fixture claim of ``subj relation obj`` (the first, when there are several)."""
    return next(c for c in claims() if (c.relation, c.subject.id, c.object.id) == (relation, subj, obj))


def build(tmp: Path, html: bool = False) -> tuple[Path, object]:
    """Export the fixture claims into ``tmp/out``; returns (export dir, gazetteer)."""
    from kg.exports import build_exports

    gaz = gazetteer(tmp)
    out = tmp / "out"
    build_exports(claims(), out, gazetteer=gaz, html=html)
    return out, gaz
