"""German negation in the middle field: "nicht" and "kein" stand after the verb-second verb, often after
its object, yet negate it. The claim is kept, negated (evidence of what a state did not do), not dropped;
"nicht nur" negates nothing; a negation after a trigger noun is the next verb's. Sentences are our own."""

from __future__ import annotations

import pytest

import kg

CASES = [
    ("Schweden schickt keine Soldaten nach Lettland.", ("SWE", "deploysTroopsTo", "LVA"), "negated"),
    ("Die Slowakei unterstützte den Antrag Moldaus nicht.", ("SVK", "supports", "MDA"), "negated"),
    ("Österreich wird keine Panzer an Georgien liefern.", ("AUT", "suppliesWeaponsTo", "GEO"), "negated"),
    ("Japan traf sich am Montag nicht mit Nordkorea.", ("JPN", "meetsWith", "PRK"), "negated"),
    ("Kanada liefert nicht nur Munition an Estland.", ("CAN", "suppliesWeaponsTo", "EST"), "asserted"),
    # the negation is the verb's after the noun; the war stays given
    ("Brasilien hat den Krieg Russlands gegen Georgien nie verurteilt.", ("RUS", "attacks", "GEO"), "asserted"),
    ("Brasilien hat den Krieg Russlands gegen Georgien nie verurteilt.", ("BRA", "accuses", "RUS"), "negated"),
]


@pytest.mark.parametrize(("text", "edge", "modality"), CASES)
def test_middle_field_negation(text: str, edge: tuple[str, str, str], modality: str) -> None:
    found = {(c.subject.code, c.relation, c.object.code): c.modality for c in kg.extract(text, lang="de")}
    assert found.get(edge) == modality, found
