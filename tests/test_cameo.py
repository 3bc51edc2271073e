"""The CAMEO 1.1b3 table (kg/ontologies/cameo.csv) and the `cameo` key of lexicon triggers."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.actors import DataError
from kg.cameo import TABLE_PATH, CameoError, _read, cameo_table, quad_of_root
from kg.lexicon import load_language, load_lexicon
from kg.rdf import ONTOLOGY_FILE
from kg.records import RELATIONS

# Facts of the CAMEO codebook and GDELT's Goldstein table, typed here once more so that a slip in
# the table shows: code -> (quad class, Goldstein score).
KNOWN = {"042": (1, 1.9), "043": (1, 2.8), "051": (1, 3.4), "057": (1, 8.0), "062": (2, 7.4), "072": (2, 8.3),
         "074": (2, 8.5), "0334": (1, 6.0), "112": (3, -2.0), "138": (3, -7.0), "163": (4, -8.0),
         "190": (4, -10.0)}


def test_table_is_valid_and_agrees_with_the_codebook():
    table = cameo_table()
    assert set(table.defaults) == set(RELATIONS)  # every relation has a code for triggers that name none
    for code, (quad, goldstein) in KNOWN.items():
        assert (table[code].quad_class, table[code].goldstein) == (quad, goldstein), code
    for c in table.codes.values():
        assert c.quad_class == quad_of_root(c.root)
        if c.pledge:
            assert c.pledge in table and table[c.pledge].root in ("03", "13")  # an intent or a threat


def test_pledges_carry_the_intent_code():
    table = cameo_table()
    assert table.for_status("074", "pledged") == "0334"
    assert table.for_status("074", "done") == "074"
    assert table.for_status("112", "pledged") == "112"  # a statement has no intent code


def test_every_packaged_trigger_names_a_code_its_relation_may_use():
    table = cameo_table()
    for lang in ("pl", "en", "de"):
        for t in load_language(lang).triggers:
            assert table.allowed(t.cameo, t.relation), t.rule
    raw = {lang: (Path(__file__).parent.parent / "kg" / "data" / "lexicon" / f"{lang}.toml").read_text("utf-8")
           for lang in ("pl", "en", "de")}
    for text in raw.values():  # said in the data, not left to the default
        assert text.count("\n[[trigger]]") == text.count("\ncameo = ")


def test_ontology_alignment_lists_the_codes_the_triggers_use():
    g = rdflib.Graph().parse(ONTOLOGY_FILE)
    kg = rdflib.Namespace("https://w3id.org/kg/ontology#")
    table = cameo_table()
    for rel in RELATIONS:
        declared = {str(o) for o in g.objects(kg[rel], kg.cameoCode)}
        assert declared == {c for c, v in table.codes.items() if rel in v.relations}, rel


def _lexicon(tmp_path: Path, trigger: str) -> Path:
    p = tmp_path / "en.toml"
    p.write_text('language = "en"\n\n[[trigger]]\nid = "t"\nrelation = "suppliesWeaponsTo"\nwords = ["ship"]\n'
                 + trigger, encoding="utf-8")
    return p


def test_a_trigger_without_a_code_takes_its_relation_default(tmp_path):
    (t,) = load_lexicon(_lexicon(tmp_path, "")).triggers
    assert t.cameo == "072"


@pytest.mark.parametrize("line,message", [
    ('cameo = "999"\n', "is not a code of kg/ontologies/cameo.csv"),
    ('cameo = 72\n', "is not a code of kg/ontologies/cameo.csv"),
    ('cameo = "190"\n', "is not a code for suppliesWeaponsTo (one of 072)"),
])
def test_a_wrong_code_is_an_error_naming_file_and_line(tmp_path, line, message):
    with pytest.raises(DataError) as e:
        load_lexicon(_lexicon(tmp_path, line))
    assert message in str(e.value) and "en.toml:7:" in str(e.value)


@pytest.mark.parametrize("row,message", [
    ("074,Provide military protection,1,8.5,,deploysTroopsTo,", "is in quad class 2, not 1"),
    ("74x,Provide,2,8.5,,deploysTroopsTo,", "is not a CAMEO code"),
    ("074,Provide,2,8.5,0399,deploysTroopsTo,", "the pledge code 0399 of 074 is not in the table"),
    ("074,Provide,2,80,,deploysTroopsTo,", "between -10 and 10"),
])
def test_a_malformed_table_is_refused(tmp_path, row, message):
    lines = TABLE_PATH.read_text(encoding="utf-8").splitlines()
    bad = [line for line in lines if not line.startswith("074,")] + [row]
    p = tmp_path / "cameo.csv"
    p.write_text("\n".join(bad) + "\n", encoding="utf-8")
    with pytest.raises(CameoError) as e:
        _read(p)
    assert message in str(e.value)
