"""The layout shows the architecture: read from the code's own imports (the AST, so imports inside
functions count too), the house keeps its rules.

- the GUI speaks the services' vocabulary: no module under desktop/ imports db.models;
- the arrows point one way: db/ imports neither desktop/ nor Qt, and the PDF documents no Qt;
- no two modules import each other, not even through a chain or an import inside a function;
- the area is the folder: outside desktop/<area>/ no file name carries an area prefix.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREAS = ("complexes", "residents", "volunteers", "funding", "events", "safety", "transfer")
# events_ and event_, volunteers_ and volunteer_: every spelling the old file names used
AREA_PREFIX = re.compile(r"^(complex|resident|volunteer|funding|event|safety|transfer|shipping)")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources() -> dict[str, Path]:
    """Every module of desktop/ and db/ by its dotted name (the Alembic scripts are files that
    Alembic loads by path, not modules anything imports)."""
    return {
        module_name(path): path
        for folder in ("desktop", "db")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    }


MODULES = sources()


def imported(path: Path) -> set[str]:
    """The modules a module imports, wherever in the file the import stands: `from pkg import
    sub` is the module pkg.sub where there is one, else the package pkg that hands the name on."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                names.add(sub if sub in MODULES else node.module)
    return names


def our_imports(path: Path) -> set[str]:
    """The modules of this tree that a module imports."""
    return {name for name in imported(path) if name in MODULES} - {module_name(path)}


def test_no_gui_module_imports_the_models():
    offenders = [
        name
        for name, path in MODULES.items()
        if name.startswith("desktop.")
        and any(n == "db.models" or n.startswith("db.models.") for n in imported(path))
    ]
    assert offenders == [], "import the enums and Database from db.services instead"


def test_the_data_layer_imports_no_gui_and_the_documents_no_qt():
    offenders = []
    for name, path in MODULES.items():
        names = imported(path)
        if name.startswith("db") and any(n.split(".")[0] in ("desktop", "PySide6") for n in names):
            offenders.append(name)
        if name.startswith("desktop.reports") and any(n.startswith("PySide6") for n in names):
            offenders.append(name)
    assert offenders == []


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle():
    graph = {name: our_imports(path) for name, path in MODULES.items()}
    assert circles(graph) == []


def test_circles_are_found():
    """The search above is not blind: a circle through three modules is one group."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]


def test_area_prefixes_only_inside_the_area_packages():
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        parts = path.relative_to(ROOT / "desktop").parts
        if parts[0] in AREAS:
            continue
        if AREA_PREFIX.match(path.stem):
            offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == [], "move the file into its area's package, named for what it is"


def test_every_area_is_a_package_with_its_tab_or_menu():
    for area in AREAS:
        package = ROOT / "desktop" / area
        assert (package / "__init__.py").is_file(), area
        assert {"tab.py", "menu.py"} & {p.name for p in package.iterdir()}, area
