"""`buurtkantoor` / `python -m desktop`: parse arguments, then start the window or a command."""

from __future__ import annotations

import sys

from desktop import cli


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.self_test:
        from desktop import selftest

        return selftest.run()
    # After parsing: --help needs no database layer.
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from db.engine import resolve_url

    url = resolve_url(args.db, args.database_url)
    try:
        make_url(url)
    except ArgumentError:
        print(
            f"'{url}' is geen geldige database-URL. Gebruik bijvoorbeeld "
            "postgresql+psycopg://gebruiker@server/buurtkantoor, of --db PAD voor een bestand.",
            file=sys.stderr,
        )
        return 2
    if args.command is None:
        from desktop.app import run_gui  # Qt only when a window is wanted

        return run_gui(url, demo=args.demo)
    return cli.run_command(args, url)


if __name__ == "__main__":
    raise SystemExit(main())
