#!/usr/bin/env python3
"""Extract the seeded, stratified quality sample (bench/data/quality/*.jsonl) from public repositories.

Standard library only. Each source is read with `git show <commit>:<path>` from a local clone, so the
sample is reproducible byte for byte: pass the clones' directories (defaults are where the session's
mirror put them). Every row gets `split` = "tune" or "heldout" (half each within every stratum).

    python3 bench/data/quality/extract_quality_sample.py [--mirror /work/.mirror]
"""

import argparse
import csv
import html
import io
import json
import pathlib
import random
import re
import subprocess

SEED = 20261122
OUT = pathlib.Path(__file__).resolve().parent

SOURCES = {
    "surge": ("surge-ai+toxicity", "ea80324b95ed7e3cc787bdb6faeb763fcc0ae258", "toxicity_en.csv"),
    "davidson": (
        "t-davidson+hate-speech-and-offensive-language",
        "cb50f7e9eb855a99abc51423bf40df0e26d6fe30",
        "data/labeled_data.csv",
    ),
    "jigsaw": ("IBM+MAX-Toxic-Comment-Classifier", "8170c0baa2bd05b0ef048835df2a875b03dd1854", "samples/test_examples.csv"),
    "jigsaw-train": (
        "unitaryai+detoxify",
        "d5376446b6accee5dd2d346f2d3050f9d8a69af1",
        "tests/dummy_data/jigsaw-toxic-comment-classification-challenge/train.csv",
    ),
    "halueval": ("RUCAIBox+HaluEval", "b7253db3cdaa0ab2c382f92b26b390109174f77e", "generation/qa/qa_one-turn_data.json"),
    "uci": ("varunchitale+SentimentAnalysis", "0fecb52a8f541be39e6737fccccd0315fed059d9", None),
}

# Twitter handles are personal data with no bearing on toxicity; each is replaced by the neutral "@user".
HANDLE = re.compile(r"@\w{1,30}")


def show(mirror: pathlib.Path, source: str, path: str | None = None) -> str:
    clone, commit, default_path = SOURCES[source]
    blob = f"{commit}:{path or default_path}"
    return subprocess.run(
        ["git", "-C", str(mirror / clone / "repo"), "show", blob], check=True, capture_output=True, text=True
    ).stdout


def stratified(rows: list[dict], key, per_stratum: int | None, rng: random.Random) -> list[dict]:
    """Up to `per_stratum` rows of each stratum (all if None), split half tune / half held-out."""
    strata: dict[str, list[dict]] = {}
    for row in rows:
        strata.setdefault(key(row), []).append(row)
    picked = []
    for name in sorted(strata):
        group = strata[name][:]
        rng.shuffle(group)
        group = group[:per_stratum] if per_stratum else group
        for i, row in enumerate(group):
            picked.append({**row, "split": "tune" if i % 2 == 0 else "heldout"})
    return picked


def jigsaw_rows(text: str) -> list[dict]:
    """Rows of a Jigsaw Toxic Comment CSV (comment text, then the six 0/1 labels; an `id` column is dropped)."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    first = header.index("comment_text")
    rows = []
    for r in reader:
        labels = {name: value == "1" for name, value in zip(header[first + 1 :], r[first + 1 :])}
        labels["toxic"] = any(labels.values())
        rows.append({"source": "jigsaw", "text": r[first].strip(), "labels": labels})
    return rows


def toxicity(mirror: pathlib.Path, rng: random.Random) -> list[dict]:
    surge = [
        {"source": "surge", "text": r["text"].strip(), "labels": {"toxic": r["is_toxic"] == "Toxic"}}
        for r in csv.DictReader(io.StringIO(show(mirror, "surge")))
    ]
    davidson = []
    for r in csv.DictReader(io.StringIO(show(mirror, "davidson"))):
        cls = r["class"]
        text = HANDLE.sub("@user", html.unescape(r["tweet"])).strip()
        labels = {"toxic": cls != "2", "hate": cls == "0", "offensive": cls == "1"}
        davidson.append({"source": "davidson", "text": text, "labels": labels})
    jigsaw = jigsaw_rows(show(mirror, "jigsaw"))
    # The head of the Kaggle train file (kept as a test fixture by Detoxify): more insults and threats.
    jigsaw_train = jigsaw_rows(show(mirror, "jigsaw-train"))
    rows = stratified(surge, lambda r: str(r["labels"]["toxic"]), 200, rng)
    rows += stratified(davidson, lambda r: "hate" if r["labels"]["hate"] else str(r["labels"]["toxic"]), 200, rng)
    rows += stratified(jigsaw, lambda r: str(r["labels"]["toxic"]), None, rng)
    # Appended last, so the rows drawn before it keep their order and split.
    rows += stratified(jigsaw_train, lambda r: str(r["labels"]["toxic"]), None, rng)
    return rows


def grounding(mirror: pathlib.Path, rng: random.Random) -> list[dict]:
    items = [json.loads(line) for line in show(mirror, "halueval").splitlines() if line.strip()]
    # One row per question (the knowledge is the bulk of the bytes); the bench scores both answers.
    return [
        {
            "source": "halueval-qa",
            "split": row["split"],
            "knowledge": row["item"]["knowledge"],
            "question": row["item"]["question"],
            "right_answer": row["item"]["right_answer"],
            "hallucinated_answer": row["item"]["hallucinated_answer"],
        }
        for row in stratified([{"item": it} for it in items], lambda _r: "qa", 300, rng)
    ]


def sentiment(mirror: pathlib.Path, rng: random.Random) -> list[dict]:
    rows = []
    for name in ("amazon_cells", "imdb", "yelp"):
        for line in show(mirror, "uci", f"{name}_labelled.txt").splitlines():
            text, _, label = line.rpartition("\t")
            if label.strip() in ("0", "1") and text.strip():
                rows.append({"source": f"uci-{name}", "text": text.strip(), "positive": label.strip() == "1"})
    return stratified(rows, lambda r: f"{r['source']}:{r['positive']}", 100, rng)


def write(name: str, rows: list[dict]) -> None:
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for i, row in enumerate(rows):
            f.write(json.dumps({"id": f"{name}-{i:04d}", **row}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", default="/work/.mirror", help="directory holding <owner>+<name>/repo clones")
    mirror = pathlib.Path(parser.parse_args().mirror)
    write("toxicity", toxicity(mirror, random.Random(SEED)))
    write("grounding", grounding(mirror, random.Random(SEED + 1)))
    write("sentiment", sentiment(mirror, random.Random(SEED + 2)))


if __name__ == "__main__":
    main()
