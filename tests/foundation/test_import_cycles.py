"""No import cycles inside ``desktop``: not at module level, not inside functions, not for typing.

A cycle hidden in a function still ties two modules together (each needs the other to work) and
breaks when an import moves; the fix is to move the shared piece to where it belongs (issue 12).
grimp (installed with import-linter) reads every ``import`` statement in the source, including
those in function bodies and under ``if TYPE_CHECKING``.
"""

from __future__ import annotations

import grimp


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or around a loop (Tarjan's SCCs)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return sorted(cycles)


def _describe(graph: grimp.ImportGraph, group: list[str]) -> str:
    lines = []
    for importer in group:
        for imported in sorted(graph.find_modules_directly_imported_by(importer) & set(group)):
            where = ", ".join(str(d["line_number"])
                              for d in graph.get_import_details(importer=importer, imported=imported))
            lines.append(f"  {importer} -> {imported} (line {where})")
    return "\n".join(lines)


def test_desktop_has_no_import_cycles():
    graph = grimp.build_graph("desktop", cache_dir=None)
    cycles = import_cycles(graph)
    assert cycles == [], "import cycles:\n" + "\n\n".join(_describe(graph, c) for c in cycles)


def test_the_graph_sees_imports_inside_functions():
    # selftest imports each part inside its check (so a broken part fails one check, not all):
    # those imports must count, or a cycle through one would pass unseen.
    graph = grimp.build_graph("desktop", cache_dir=None)
    assert graph.direct_import_exists(importer="desktop.core.selftest.local",
                                      imported="desktop.core.masking.lexicon")


def test_a_cycle_is_found_and_a_chain_is_not():
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"),  # a loop of three
                               ("p.d", "p.e"), ("p.e", "p.d"),  # two modules importing each other
                               ("p.f", "p.a"), ("p.g", "p.f")]:  # chains into a loop, not part of it
        graph.add_import(importer=importer, imported=imported)
    assert import_cycles(graph) == [["p.a", "p.b", "p.c"], ["p.d", "p.e"]]
    graph.remove_import(importer="p.c", imported="p.a")
    graph.remove_import(importer="p.e", imported="p.d")
    assert import_cycles(graph) == []
