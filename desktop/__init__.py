"""Buurtkantoor's Qt desktop application."""


def __getattr__(name: str) -> str:
    # Looked up when asked for (About, crash report, self-test): importlib.metadata is slow to
    # import, and the command line's --help must not pay for it.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("buurtkantoor")
    except PackageNotFoundError:  # running from a source tree that was not pip-installed
        return "0.1.0"
