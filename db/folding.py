"""Text in plain letters, so SQL can sort and search names the way a Dutch reader expects.

SQLite has no locale collation and no unaccent, and a Python collation would be too slow at
100,000 rows: names are therefore also stored folded ("Şükrü Yıldız" → "sukru yildiz"), and what
a worker types is folded the same way before it is looked up.
"""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d"})


def fold(value: str, keep: str = "-") -> str:
    """Lower case, accents removed, punctuation (except `keep`) dropped, single spaces."""
    value = unicodedata.normalize("NFKD", value.casefold().translate(_LETTERS))
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    kept = "".join(
        ch if ch.isalnum() or ch in keep else " " if ch.isspace() else "" for ch in value
    )
    return " ".join(kept.split())
