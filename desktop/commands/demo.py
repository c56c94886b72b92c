"""`buurtkantoor demo [--residents N] [--seed S]`: fill the database with fictitious data."""

from __future__ import annotations

import argparse
import time

from desktop.commands import CommandFailed, opened, say


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="vul de database met fictieve demogegevens")
    parser.add_argument(
        "--residents", type=positive, default=2000, metavar="N", help="aantal bewoners"
    )
    parser.add_argument(
        "--seed", type=int, default=1, metavar="S", help="startwaarde (zelfde S = zelfde data)"
    )
    parser.set_defaults(run=run)


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen heel getal") from None
    if value < 1:
        raise argparse.ArgumentTypeError("moet minstens 1 zijn")
    return value


def run(args, url: str) -> int:
    from db import demo
    from db.services import ServiceError

    with opened(url, write=True) as db:
        started = time.perf_counter()
        try:
            summary = demo.generate(
                db,
                residents=args.residents,
                seed=args.seed,
                progress=lambda label, done, total: say(f"  {label} ({done}/{total})"),
            )
        except ServiceError as exc:
            raise CommandFailed(str(exc)) from exc
        print(f"Demogegevens gemaakt in {time.perf_counter() - started:.1f} s in {db.describe()}:")
        for label, number in summary.lines():
            print(f"  {label}: {number}")
    return 0
