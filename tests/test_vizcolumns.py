"""kg.vizcolumns: the page's per-claim columns on disk, and the page written in pieces, byte for
byte what the page was when everything was held in memory."""

from __future__ import annotations

import json

import pytest
import viz_data

from kg import viz, vizcolumns
from kg.vizcolumns import Column, json_pieces

VALUES = [3, None, 0, 1, 12345, None, None, 7, 0]


@pytest.mark.parametrize("spill", [1, 2, 4, 100])
def test_a_column_reads_back_as_the_list_it_was_given(spill):
    col = Column(spill=spill)
    for v in VALUES:
        col.append(v)
    assert len(col) == len(VALUES)
    assert list(col) == VALUES and col == VALUES and VALUES == col
    assert [col[i] for i in range(len(VALUES))] == VALUES
    assert "".join(col.json_pieces()) == json.dumps(VALUES, separators=(",", ":"))
    col.append(5)  # appending after reading goes to the end
    assert list(col) == [*VALUES, 5]
    assert col != VALUES
    col.close()


def test_an_empty_column_is_an_empty_array():
    assert "".join(Column(spill=1).json_pieces()) == "[]"


def test_json_pieces_are_the_escaped_json_of_the_dict():
    data = {"meta": {"t": "</script> & \u2028 Łódź"}, "a": VALUES, "b": [], "c": None}
    streamed = dict(data, a=Column(spill=2), b=Column(spill=2))
    for v in VALUES:
        streamed["a"].append(v)
    assert "".join(json_pieces(streamed, viz.script_json)) == viz.script_json(data)


def test_a_page_whose_columns_went_to_disk_is_the_same_page(tmp_path, monkeypatch):
    gaz, claims = viz_data.gazetteer(), viz_data.claims()
    viz.write_html(claims, tmp_path / "memory.html", gazetteer=gaz)
    monkeypatch.setattr(vizcolumns, "SPILL", 2)
    viz.write_html(claims, tmp_path / "disk.html", gazetteer=gaz)
    page = (tmp_path / "disk.html").read_bytes()
    assert page == (tmp_path / "memory.html").read_bytes()
    assert page.decode("utf-8") == viz.render_html(viz.to_graph(claims, gazetteer=gaz), gazetteer=gaz)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk.html", "memory.html"]  # no temporary file left
