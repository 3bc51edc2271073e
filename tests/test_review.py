"""kg review: the page's data (lowest confidence first, trigger spans, hashes) and its safety.

The browser half (clicks, produced entries, the next build) is in test_review_browser.py.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.curation import sentence_hash
from kg.review import render_review, review_rows, trigger_span

HOSTILE = 'Poland supported Ukraine.</script><script>alert(1)</script><img src=x onerror="alert(2)"> &amp;'


def claim(confidence: float, sentence: str, trigger: str = "supported", doc: str = "a.txt", **kw) -> dict:
    return {"id": f"id{confidence}{doc}", "doc": doc, "relation": "supports", "sentence": sentence,
            "subject": {"id": "POL", "label": "Poland", "type": "State", "code": "POL"},
            "object": {"id": "UKR", "label": "Ukraine", "type": "State", "code": "UKR"},
            "trigger": trigger, "confidence": confidence, "start": 0, "end": len(sentence), "rule": "en:x",
            "negated": False, "hedged": False, "modality": "asserted", **kw}


def test_rows_are_lowest_confidence_first_with_the_trigger_and_the_sentence_hash():
    rows = review_rows([claim(0.9, "Poland supported Ukraine."), claim(0.5, "Poland backed Ukraine.", "backed"),
                        claim(0.7, "Poland supported Ukraine again.", doc="b.txt")])
    assert [r["confidence"] for r in rows] == [0.5, 0.7, 0.9]
    assert rows[0]["hl"] == [7, 13] and rows[0]["sentence"][7:13] == "backed"
    assert rows[0]["hash"] == sentence_hash("Poland backed Ukraine.")


def test_trigger_span_is_case_insensitive_and_falls_back_to_the_first_word():
    assert trigger_span("Sanktionen gegen Russland", "sanktionen") == [0, 10]
    assert trigger_span("walki między armią a RSF", "walki pomiędzy") == [0, 5]
    assert trigger_span("nothing here", "support") is None


def test_the_page_is_self_contained_and_article_text_is_never_markup():
    page = render_review([claim(0.5, HOSTILE, title="<b>title</b>")], title="<i>my review</i>")
    assert "<script>alert" not in page and "<img" not in page and "<b>title" not in page
    assert "&lt;i&gt;my review&lt;/i&gt;" in page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing to fetch
    data = json.loads(re.search(r'<script type="application/json" id="claims">(.*?)</script>', page, re.S).group(1))
    assert data[0]["sentence"] == HOSTILE and data[0]["title"] == "<b>title</b>"


def test_kg_review_writes_the_page_from_an_export(tmp_path):
    (tmp_path / "claims.jsonl").write_text(json.dumps(claim(0.5, "Poland supported Ukraine.")) + "\n")
    res = CliRunner().invoke(main, ["review", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 0 and "1 claim to review" in res.output
    assert (tmp_path / "r.html").read_text().count('class="claim"') == 1  # the card template
    res = CliRunner().invoke(main, ["review", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 1 and "no such file" in res.output


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, where no file can be created")
def test_a_page_that_cannot_be_written_names_the_page(tmp_path):
    """The error names the page asked for, not the temporary file kg writes it through."""
    (tmp_path / "claims.jsonl").write_text(json.dumps(claim(0.5, "Poland supported Ukraine.")) + "\n")
    res = CliRunner().invoke(main, ["review", str(tmp_path), "-o", "/proc/kg-review.html"])
    assert res.exit_code == 1
    assert res.output.startswith("kg: error: /proc/kg-review.html: ") and ".tmp" not in res.output, res.output
