"""Reads tools/gazetteer/stoplist.txt: sections [never], [flag], [ruled]."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path=os.path.join(HERE, "stoplist.txt")):
    """Returns {section: set of lower-case words}."""
    sections = {"never": set(), "flag": set(), "ruled": set()}
    current = None
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("["):
                current = line.strip("[]")
                if current not in sections:
                    raise SystemExit(f"{path}:{number}: unknown section {line}")
                continue
            if current is None:
                raise SystemExit(f"{path}:{number}: word before any section")
            sections[current].add(line.lower())
    return sections
