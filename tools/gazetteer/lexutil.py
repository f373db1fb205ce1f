"""Phrase helpers shared by generate.py and lint.py (mirror FORMAT.md)."""

import re
import sys
import unicodedata

FOLD = {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "Æ": "ae", "Ø": "o", "Ł": "l"}


def normalise(phrase):
    """Lower case, no diacritics, words joined by one space, flags dropped."""
    text = phrase.lstrip("=^")
    text = "".join(FOLD.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.findall(r"(?:[a-z0-9]\.)+(?:[a-z0-9]\b)?|[a-z0-9]+", text)).replace(". ", " ")


def one_word(phrase):
    """The lower-case word if the phrase is a single word, else None."""
    words = normalise(phrase).split()
    return words[0] if len(words) == 1 else None


def flagged(phrase):
    return phrase.startswith("=") or phrase.startswith("^")


def check_phrase(phrase, where):
    """Rejects characters the lexicon syntax reserves."""
    if "|" in phrase or " : " in phrase or "#" in phrase:
        sys.exit(f"{where}: phrase '{phrase}' contains a reserved character")
    if not normalise(phrase):
        sys.exit(f"{where}: phrase '{phrase}' has no words")
