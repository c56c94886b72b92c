"""Entry point of the frozen program: the same main() as `python -m desktop`."""

from desktop.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
