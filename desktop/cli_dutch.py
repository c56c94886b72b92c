"""argparse in Dutch: `buurtkantoor --help` and its error messages speak the office's language.

argparse looks its texts up through gettext (`argparse._`) each time it shows them; the program
ships no gettext catalogue, so the few texts argparse has are translated here.
"""

from __future__ import annotations

import argparse

DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "opdrachten en argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "expected one argument": "verwacht één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: %(matches)s"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)"
    ),
}
DUTCH_PLURAL = {"expected %s argument": ("verwacht %s waarde", "verwacht %s waarden")}


def _dutch(text: str) -> str:
    return DUTCH.get(text, text)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    forms = DUTCH_PLURAL.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


def install() -> None:
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]
