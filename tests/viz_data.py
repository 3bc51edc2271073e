"""Claims and a tiny gazetteer for the viz tests (no dependency on kg/data or /work/shared)."""

from __future__ import annotations

from kg.actors import Actor, Gazetteer

HOSTILE_SENTENCE = (
    "<img src=x onerror=\"window.__pwned='img'\"> </script><script>window.__pwned='script'</script> "
    "<a href=\"javascript:window.__pwned='link'\">click</a> it's \"quoted\" & \u2028sep"
)
HOSTILE_TITLE = "<b>bold</b> href=\"x\" <svg onload=\"window.__pwned='svg'\">"
HOSTILE_SOURCE = "</script><script>window.__pwned='source'</script>"
HOSTILE_URL = "javascript:window.__pwned='url'"
POLISH = "Rosja zaatakowała Ukrainę; źdźbło, Łódź, gęślą jaźń."
#: (latitude, longitude) of the fixture states' capitals; Hamas has no seat here (unplaced on the map).
CAPITALS = {"RUS": (55.75, 37.62), "UKR": (50.45, 30.52), "PRK": (39.03, 125.75), "POL": (52.23, 21.01),
            "USA": (38.9, -77.04)}


def _actor(aid, typ, labels, acts_for=None, wikidata=None, at=None):
    return Actor(
        id=aid, type=typ, code=aid if not acts_for else acts_for, names={"en": (labels["en"],)},
        labels=labels, acts_for=acts_for, wikidata=wikidata, at=at,
    )


def gazetteer() -> Gazetteer:
    return Gazetteer([
        _actor("RUS", "State", {"pl": "Rosja", "en": "Russia", "de": "Russland"}, wikidata="Q159",
               at=CAPITALS["RUS"]),
        _actor("UKR", "State", {"pl": "Ukraina", "en": "Ukraine", "de": "Ukraine"}, wikidata="Q212",
               at=CAPITALS["UKR"]),
        _actor("PRK", "State", {"pl": "Korea Północna", "en": "North Korea", "de": "Nordkorea"},
               at=CAPITALS["PRK"]),
        _actor("POL", "State", {"pl": "Polska", "en": "Poland", "de": "Polen"}, at=CAPITALS["POL"]),
        _actor("USA", "State",
               {"pl": "Stany Zjednoczone", "en": "United States", "de": "Vereinigte Staaten"},
               at=CAPITALS["USA"]),
        _actor("NATO", "Organization", {"pl": "NATO", "en": "NATO", "de": "NATO"}, at=(50.88, 4.42)),
        _actor("HAMAS", "ArmedGroup", {"pl": "Hamas", "en": "Hamas", "de": "Hamas"}),
        _actor("kim_jong_un", "Person", {"pl": "Kim Dzong Un", "en": "Kim Jong Un", "de": "Kim Jong-un"},
               acts_for="PRK"),
        _actor("putin", "Person", {"pl": "Władimir Putin", "en": "Vladimir Putin", "de": "Wladimir Putin"},
               acts_for="RUS"),
    ], [])


def _ref(gaz: Gazetteer, aid: str) -> dict:
    return gaz[aid].ref().to_dict()


def claims() -> list[dict]:
    """Eleven claims: 9 edges at state level (one only negated), Polish text, one hostile article."""
    gaz = gazetteer()
    out = []

    def add(doc, relation, s, o, sentence, lang="en", published="2024-03-01", negated=False, **kw):
        d = {
            "id": f"c{len(out):02d}", "doc": doc, "relation": relation, "subject": _ref(gaz, s),
            "object": _ref(gaz, o), "negated": negated, "hedged": False,
            "modality": "denied" if negated else "asserted", "attributed_to": None, "sentence": sentence,
            "start": 10 * len(out), "end": 10 * len(out) + len(sentence), "trigger": "", "lang": lang,
            "rule": "test", "confidence": 0.8, "title": f"Title of {doc}", "url": f"https://news.example/{doc}",
            "published": published, "source": "Example News",
        }
        d.update(kw)
        out.append(d)

    add("en-1", "attacks", "RUS", "UKR", "Russia attacked Ukraine again.", trigger="attacked")
    add("pl-1", "attacks", "putin", "UKR", POLISH, lang="pl", published="2023-01-02", trigger="zaatakowała",
        title="Zażółć gęślą jaźń", source="Gazeta Łódzka")
    add("en-2", "deploysTroopsTo", "kim_jong_un", "RUS", "Kim Jong Un sent troops to Russia.",
        attributed_to="Reuters", hedged=True, trigger="sent")
    add("en-3", "suppliesWeaponsTo", "USA", "UKR", HOSTILE_SENTENCE, url=HOSTILE_URL, title=HOSTILE_TITLE,
        source=HOSTILE_SOURCE)
    add("de-1", "meetsWith", "POL", "USA", "Polen traf die USA.", lang="de", published=None, url=None)
    add("en-4", "supports", "NATO", "UKR", "NATO backs Ukraine.", published="2025-06-01")
    add("en-5", "suppliesWeaponsTo", "PRK", "RUS", "North Korea denies sending shells to Russia.",
        negated=True)
    add("en-6", "threatens", "HAMAS", "USA", "Hamas threatened the United States.", published="2025-05-05")
    add("en-7", "sanctions", "USA", "RUS", "The US sanctioned Russia.")
    add("en-8", "accuses", "UKR", "RUS", "Ukraine accused Russia.")
    add("en-9", "attacks", "RUS", "UKR", "Russian forces attacked Kharkiv.", published="2022-02-24")
    return out


#: What the fixture gives at each level.
STATE_NODES = 7  # RUS UKR PRK POL USA NATO HAMAS
STATE_EDGES = 9  # incl. the negated-only PRK suppliesWeaponsTo RUS
STATE_VISIBLE_EDGES = 8
ACTOR_NODES = 9  # + putin, kim_jong_un (PRK only appears in the negated claim)
