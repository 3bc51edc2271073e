"""Synthetic corpora for the scale benchmark, recombined from kg's own text only.

The sentences come from the bundled example articles (``examples/articles``) and from the
example sentences of the lexicons (``kg/data/lexicon/*.toml``), all written for this
project. An article is a headline and 13-25 sentences of one language (Polish, English or
German) drawn at random, with the states it names swapped for others (consistently within
the article; Polish names only between the regular -ja/-ia declensions, so every case
ending stays right), a date between 2022 and 2025 and an outlet. Articles are written as
JSON Lines shards of 1000 (``part-00000.jsonl``...), without ``lang``, so language
detection runs as on real input. The same size and seed always give the same corpus.

    python benchmarks/corpus.py 10000 /tmp/corpus-10000
"""

from __future__ import annotations

import json
import random
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARD = 1000
OUTLETS = ("Harbour Post", "Baltic Wire", "Kurier Nadwiślański", "Rheinischer Bote", "Daily Ledger",
           "Gazeta Poranna", "Nordsee Zeitung", "Continental Review", "Eastern Monitor", "Tygodnik Wschodni")

# English and German state names that do not inflect (German genitive -s is handled).
EN_STATES = ("Poland", "Germany", "France", "Spain", "Italy", "Japan", "Canada", "Norway", "Sweden",
             "Finland", "Brazil", "India", "Greece", "Romania", "Lithuania", "Latvia", "Estonia",
             "Hungary", "Ukraine", "Russia", "China", "Iran", "Israel", "Turkey", "Austria", "Denmark",
             "Portugal", "Mexico", "Egypt", "Armenia", "Georgia", "Serbia", "Croatia", "Bulgaria",
             "Moldova", "Vietnam", "Australia", "Argentina", "Chile", "Kazakhstan")
DE_STATES = ("Polen", "Deutschland", "Frankreich", "Spanien", "Italien", "Japan", "Kanada", "Norwegen",
             "Schweden", "Finnland", "Brasilien", "Indien", "Griechenland", "Rumänien", "Litauen", "Lettland",
             "Estland", "Ungarn", "Russland", "China", "Israel", "Österreich", "Dänemark", "Portugal",
             "Mexiko", "Ägypten", "Armenien", "Georgien", "Serbien", "Kroatien", "Bulgarien", "Moldau",
             "Vietnam", "Australien", "Argentinien", "Chile", "Kasachstan")
# Polish names of the -ja / -ia declensions: stem + ja/ji/ję/ją or ia/ii/ię/ią.
PL_STATES = ("Rosja", "Francja", "Turcja", "Grecja", "Szwecja", "Słowacja", "Hiszpania", "Japonia",
             "Rumunia", "Norwegia", "Finlandia", "Estonia", "Mołdawia", "Serbia", "Chorwacja", "Bułgaria",
             "Armenia", "Gruzja", "Indonezja", "Australia", "Austria", "Słowenia",
             "Albania", "Tajlandia", "Malezja", "Kolumbia", "Nigeria", "Etiopia", "Dania")
_PL_ENDINGS = {"ja": ("ja", "ji", "ję", "ją"), "ia": ("ia", "ii", "ię", "ią")}


def _pl_table() -> dict[str, tuple[str, str]]:
    """Polish form -> (state, case index) for the regular declensions."""
    out = {}
    for name in PL_STATES:
        fam = name[-2:]
        if fam not in _PL_ENDINGS:
            continue
        stem = name[:-2]
        for i, ending in enumerate(_PL_ENDINGS[fam]):
            out[stem + ending] = (name, i)
    return out


_PL = _pl_table()
_PL_NAMES = sorted({n for n, _ in _PL.values()})


def _pl_form(name: str, case: int) -> str:
    return name[:-2] + _PL_ENDINGS[name[-2:]][case]


def _word_re(words) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")


_EN_RE = _word_re(EN_STATES)
_DE_RE = _word_re([*DE_STATES, *(n + "s" for n in DE_STATES if not n.endswith("s"))])
_PL_RE = _word_re(_PL)


def sentence_pools() -> dict[str, list[str]]:
    """Sentences per language from the example articles and the lexicon examples."""
    from kg.ingest import iter_articles
    from kg.language import detect_language
    from kg.text import split_sentences

    pools: dict[str, list[str]] = {"pl": [], "en": [], "de": []}
    for lang in pools:
        data = tomllib.loads((ROOT / "kg" / "data" / "lexicon" / f"{lang}.toml").read_text(encoding="utf-8"))
        for trig in data.get("trigger", []):
            pools[lang] += [ex["text"].strip() for ex in trig.get("examples", []) if ex.get("text")]
    examples = ROOT / "examples" / "articles"
    for art in iter_articles([examples], warn=lambda m: None):
        if isinstance(art, str):
            continue
        lang = art.lang or detect_language(art.text)
        body = [art.text[s:e].replace("\n", " ").strip() for s, e in split_sentences(art.text)][1:]
        pools.setdefault(lang, []).extend(x for x in body if len(x.split()) >= 5)
    return {lg: sorted(set(p)) for lg, p in pools.items() if p}


def _swap(sentence: str, lang: str, mapping: dict[str, str]) -> str:
    if lang == "en":
        return _EN_RE.sub(lambda m: mapping.get(m.group(1), m.group(1)), sentence)
    if lang == "de":
        def de(m):
            w = m.group(1)
            if w in mapping:
                return mapping[w]
            if w.endswith("s") and w[:-1] in mapping:
                return mapping[w[:-1]] + ("" if mapping[w[:-1]].endswith("s") else "s")
            return w
        return _DE_RE.sub(de, sentence)
    def pl(m):
        name, case = _PL[m.group(1)]
        return _pl_form(mapping.get(name, name), case)
    return _PL_RE.sub(pl, sentence)


def make_article(i: int, rng: random.Random, pools: dict[str, list[str]]) -> dict:
    lang = ("pl", "en", "de")[i % 3]
    names = {"en": EN_STATES, "de": DE_STATES, "pl": _PL_NAMES}[lang]
    shuffled = list(names)
    rng.shuffle(shuffled)
    mapping = dict(zip(names, shuffled, strict=True))
    pool = pools[lang]
    body = [_swap(s, lang, mapping) for s in rng.sample(pool, rng.randint(14, 26))]
    title = body[0].rstrip(".!?")
    if len(title) > 90:
        title = title[:90].rsplit(" ", 1)[0]
    text = title + "\n\n" + " ".join(body[1:10]) + "\n\n" + " ".join(body[10:])
    day = rng.randrange(4 * 365)
    y, d = 2022 + day // 365, day % 365
    month, mday = 1 + d // 31 % 12, 1 + d % 28
    return {"id": f"{lang}-{i:07d}", "title": title, "text": text, "published": f"{y}-{month:02d}-{mday:02d}",
            "source": OUTLETS[rng.randrange(len(OUTLETS))]}


def make_corpus(n: int, out: str | Path, seed: int = 2024) -> Path:
    """Write ``n`` articles as JSONL shards into ``out`` (reused when already complete)."""
    out = Path(out)
    done = out / ".complete"
    if done.exists() and done.read_text() == f"{n} {seed}":
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.jsonl"):
        old.unlink()
    pools = sentence_pools()
    rng = random.Random(seed)
    for start in range(0, n, SHARD):
        with (out / f"part-{start // SHARD:05d}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(start, min(n, start + SHARD)):
                f.write(json.dumps(make_article(i, rng, pools), ensure_ascii=False) + "\n")
    done.write_text(f"{n} {seed}")
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(make_corpus(int(sys.argv[1]), sys.argv[2]))
