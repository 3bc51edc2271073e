"""The review page in headless Chromium: click Reject, paste the produced entries, rebuild: the claim is gone.

Launched like the graph page's tests (Debian's /usr/bin/chromium, driven by playwright); skipped
when either is missing. The article is written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path

import chromium
import pytest
from click.testing import CliRunner

from kg import datapath
from kg.cli import main

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
pytestmark = chromium.REQUIRED

ARTICLE = (
    "Leaders meet in Vilnius\n\n"
    "Poland supported Ukraine. "
    "Lithuania and Latvia signed an agreement on air defence. "
    "Estonia met Russia in Geneva. "
    'Estonia accused Russia of a <script>alert("x")</script> provocation.'
)


@pytest.fixture(autouse=True)
def _default_data(monkeypatch):
    monkeypatch.delenv(datapath.ENV, raising=False)
    yield
    datapath.reset()


def kg(*args: str) -> str:
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.output


def claims(out: Path) -> set[tuple[str, str, str]]:
    rows = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(c["subject"]["id"], c["relation"], c["object"]["id"]) for c in rows}


def open_page(browser, path: Path):
    uri = path.resolve().as_uri()
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
    page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    page.goto(uri)
    page.wait_for_selector("body[data-ready='1']", timeout=15000)
    return context, page, requests, errors, uri


def test_a_rejected_claim_is_gone_from_the_next_build(browser, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "vilnius.txt").write_text(ARTICLE, encoding="utf-8")
    data = tmp_path / "my-region"
    data.mkdir()
    (data / "curation.toml").write_text('# my corrections\ncurator = "Anna Example"\n', encoding="utf-8")
    first = tmp_path / "first"
    kg("build", str(articles), "-o", str(first), "--no-html", "--data", str(data))
    assert ("EST", "meetsWith", "RUS") in claims(first)
    kg("review", str(first), "-o", str(tmp_path / "review.html"))

    context, page, requests, errors, uri = open_page(browser, tmp_path / "review.html")
    try:
        cards = page.locator("article.claim")
        assert cards.count() == len(claims(first))
        hostile = page.locator("article.claim", has_text="accuses").locator(".sentence")
        assert hostile.text_content() == 'Estonia accused Russia of a <script>alert("x")</script> provocation.'
        assert hostile.locator("script").count() == 0  # text, never markup
        target = page.locator("article.claim", has_text="meetsWith")
        assert target.locator("mark").text_content() == "met"  # the trigger, highlighted
        target.locator("button.reject").click()
        assert "Type your name" in page.input_value("#toml")
        assert page.locator("#download").is_disabled()
        page.fill("#curator", 'Anna "Ann" Example')
        page.locator("article.claim", has_text="POL").filter(has_text="supports").locator("button.accept").click()
        produced = page.input_value("#toml")
        assert produced.count("[[reject]]") == 1 and produced.count("[[accept]]") == 1
        assert 'curator = "Anna \\"Ann\\" Example"' in produced
        with page.expect_download() as dl:
            page.click("#download")
        downloaded = Path(dl.value.path()).read_text(encoding="utf-8")
        assert dl.value.suggested_filename == "curation.toml" and produced in downloaded
        assert requests == [uri] and errors == []  # no request, no console error, no alert
    finally:
        context.close()

    with open(data / "curation.toml", "a", encoding="utf-8") as f:  # paste at the end of the file
        f.write("\n" + produced)
    second = tmp_path / "second"
    output = kg("build", str(articles), "-o", str(second), "--no-html", "--data", str(data))
    assert "curation: 1 accept, 1 reject" in output and "warning" not in output
    assert claims(second) == claims(first) - {("EST", "meetsWith", "RUS")}
    accepted = [json.loads(x) for x in (second / "claims.jsonl").read_text().splitlines()
                if '"supports"' in x and '"POL"' in x]
    assert accepted[0]["revised_by"] == ['Anna "Ann" Example'] and accepted[0]["confidence"] == 1.0

    # the downloaded file works on its own too
    (tmp_path / "downloaded.toml").write_text(downloaded, encoding="utf-8")
    third = tmp_path / "third"
    kg("build", str(articles), "-o", str(third), "--no-html", "--curation", str(tmp_path / "downloaded.toml"))
    assert claims(third) == claims(second)


def test_filters_and_unjudging(browser, tmp_path):
    rows = [{"id": f"c{k}", "doc": "d.txt", "relation": "supports", "sentence": f"Sentence {k} supported it.",
             "subject": {"id": "POL", "label": "Poland", "code": "POL"},
             "object": {"id": "UKR", "label": "Ukraine", "code": "UKR"}, "trigger": "supported",
             "confidence": k / 1000, "negated": k % 2 == 0, "modality": "negated" if k % 2 == 0 else "asserted",
             "start": 0} for k in range(450)]
    (tmp_path / "claims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    kg("review", str(tmp_path / "claims.jsonl"), "-o", str(tmp_path / "r.html"))
    context, page, requests, errors, uri = open_page(browser, tmp_path / "r.html")
    try:
        assert page.locator("article.claim").count() == 200  # rendered a page at a time
        page.click("#more")
        page.click("#more")
        assert page.locator("article.claim").count() == 450 and page.locator("#more").is_hidden()
        assert page.locator("article.claim .conf").first.text_content() == "0.00"
        page.select_option("#filter", "positive")
        assert page.locator("article.claim").count() == 200
        page.fill("#search", "sentence 77 supported")
        assert page.locator("article.claim").count() == 1
        page.fill("#curator", "A")
        page.locator("article.claim button.reject").click()
        assert page.input_value("#toml").count("[[reject]]") == 1
        page.locator("article.claim button.reject").click()  # a second click takes it back
        assert page.input_value("#toml") == ""
        assert errors == [] and requests == [uri]
    finally:
        context.close()
