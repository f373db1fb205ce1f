#!/usr/bin/env python3
"""Build Tests/BilateralClassifierTests/Fixtures/devset/devset.jsonl.

Joins the items extracted from the real feeds (extract.py) with the hand
labels of tools/devset/labels.txt, checks the labels (codes, sorted pairs,
topic ids, dyad topics within item topics, relation flag consistent with
dyads) and writes one JSON object per line, in the order of labels.txt.
Usage: build_devset.py [FEEDS_DIR]
"""
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "Tests/BilateralClassifierTests/Fixtures/devset/devset.jsonl"
TOPICS = {"diplomacy", "trade", "investment-finance", "energy", "defense-cooperation",
          "military-activity", "armed-conflict", "territorial-dispute", "sanctions", "aid",
          "education-science", "culture-tourism", "agriculture-food", "technology",
          "security", "migration", "geopolitics"}
ORGS = {"EU", "UN", "NATO", "ASEAN", "APEC", "BRICS", "SCO", "OPEC", "AFU", "GCC", "OSCE",
        "ECOWAS", "G7", "G20", "WTO", "IMF", "WB", "ICC"}
LANGUAGES = {"20minutos": "es", "elmundo": "es", "libertaddigital": "es", "lemonde": "fr",
             "uol-noticias": "pt"}


def parse_labels(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 5:
            sys.exit(f"{path.name}:{number}: expected 5 fields, got {len(fields)}")
        ident, countries, dyads, topics, relation = fields
        pairs = {}
        for entry in filter(None, (d.strip() for d in dyads.split(";"))):
            pair, _, names = entry.partition("=")
            pairs[pair.strip()] = sorted(filter(None, names.split(",")))
        yield number, ident, {"countries": sorted(countries.split()), "dyads": pairs,
                              "topics": sorted(topics.split()), "relation": relation == "true"}


def check(number, labels):
    where = f"labels.txt:{number}"
    for code in labels["countries"]:
        if not (code in ORGS or (len(code) == 2 and code.isupper())):
            sys.exit(f"{where}: bad actor code {code}")
    for pair, names in labels["dyads"].items():
        a, _, b = pair.partition("-")
        if a >= b or a not in labels["countries"] or b not in labels["countries"]:
            sys.exit(f"{where}: pair {pair} not sorted or not among the countries")
        if not set(names) <= set(labels["topics"]) or not set(names) <= TOPICS:
            sys.exit(f"{where}: dyad topics of {pair} not among item topics or unknown")
    if set(labels["topics"]) - TOPICS:
        sys.exit(f"{where}: unknown topics {set(labels['topics']) - TOPICS}")
    if labels["relation"] != bool(labels["dyads"]):
        sys.exit(f"{where}: relation flag disagrees with dyads")


def main():
    feeds = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/realfeeds/files"
    extracted = subprocess.run([sys.executable, str(HERE / "extract.py"), feeds],
                               capture_output=True, text=True, check=True).stdout
    items = {}
    for line in extracted.splitlines():
        item = json.loads(line)
        items.setdefault(item["id"], item)
    with OUT.open("w", encoding="utf-8") as out:
        for number, ident, labels in parse_labels(HERE / "labels.txt"):
            check(number, labels)
            item = items[ident]
            outlet = ident.rsplit("-", 1)[0]
            record = {"id": ident, "source": item["source"], "date": item["date"],
                      "language": LANGUAGES.get(outlet, "en"), "title": item["title"],
                      "text": item["text"], "labels": labels}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
