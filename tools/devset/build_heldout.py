#!/usr/bin/env python3
"""Build Fixtures/devset/heldout-invented.jsonl from heldout-invented.txt.

The held-out items are invented (no feed), written and labelled before the
classifier read them; the same checks as build_devset.py apply.
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build_devset import ROOT, check  # noqa: E402

SOURCE = pathlib.Path(__file__).resolve().parent / "heldout-invented.txt"
OUT = ROOT / "Tests/BilateralClassifierTests/Fixtures/devset/heldout-invented.jsonl"


def main():
    with OUT.open("w", encoding="utf-8") as out:
        for number, line in enumerate(SOURCE.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            ident, date, title, text, countries, dyads, topics, relation = [f.strip() for f in line.split("|")]
            pairs = {}
            for entry in filter(None, (d.strip() for d in dyads.split(";"))):
                pair, _, names = entry.partition("=")
                pairs[pair.strip()] = sorted(filter(None, names.split(",")))
            labels = {"countries": sorted(countries.split()), "dyads": pairs,
                      "topics": sorted(topics.split()), "relation": relation == "true"}
            check(number, labels)
            record = {"id": ident, "source": "invented", "date": date, "language": "en",
                      "title": title, "text": text, "labels": labels}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
