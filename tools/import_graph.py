"""The import graph of the `desktopapp` package: which package imports which, and the import cycles.

    python tools/import_graph.py            # packages and cycles, as text
    python tools/import_graph.py --check    # exit 1 if a cycle runs through imports made at module load

Imports at module level run when a module is loaded, so a cycle among them can break start-up depending on
which module is imported first; imports inside a function run when it is called (reports, Qt dialogs) and a
cycle through one of them is harmless. Both are listed; only the first kind fails --check.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "desktopapp"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((ROOT / PACKAGE).rglob("*.py"))}


def resolve(current: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = current.split(".") if is_package else current.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(known: dict[str, Path]) -> dict[str, dict[str, bool]]:
    """Per module, the package modules it imports, each with True when the import runs at module load."""
    graph: dict[str, dict[str, bool]] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        eager = {id(n) for n in tree.body}
        for top in tree.body:  # `if TYPE_CHECKING:` blocks never run
            if isinstance(top, ast.If) and "TYPE_CHECKING" in ast.unparse(top.test):
                eager.discard(id(top))
            elif isinstance(top, (ast.If, ast.Try)):
                eager.update(id(n) for n in ast.walk(top))
        edges: dict[str, bool] = {}
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = resolve(name, path.name == "__init__.py", node)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
            for target in targets:
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith(PACKAGE):
                    edges[target] = edges.get(target, False) or id(node) in eager
        graph[name] = edges
    return graph


def cycles(graph: dict[str, dict[str, bool]], eager_only: bool) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w, eager in graph[v].items():
            if eager_only and not eager:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return sorted(found)


def package_of(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 or (len(parts) == 2 and parts[1] in PACKAGES) else PACKAGE


PACKAGES: set[str] = set()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    known = modules()
    PACKAGES.update(p.name for p in (ROOT / PACKAGE).iterdir() if (p / "__init__.py").exists())
    graph = imports(known)
    uses: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for source, edges in graph.items():
        for target, eager in edges.items():
            a, b = package_of(source), package_of(target)
            if a != b:
                uses[a][b].add("load" if eager else "call")
    print(f"{len(known)} modules in {len(PACKAGES) + 1} packages\n\npackage → packages it imports "
          "(load: at module load; call: only inside a function)")
    for a in sorted(uses):
        targets = ", ".join(f"{b} ({'+'.join(sorted(k))})" for b, k in sorted(uses[a].items()))
        print(f"  {a} → {targets}")
    hard = cycles(graph, eager_only=True)
    soft = [c for c in cycles(graph, eager_only=False) if c not in hard]
    print(f"\nmodule cycles through imports at module load: {len(hard)}")
    for c in hard:
        print("  " + " ⇄ ".join(c))
    print(f"module cycles only through imports inside functions (harmless): {len(soft)}")
    for c in soft:
        print("  " + " ⇄ ".join(c))
    return 1 if args.check and hard else 0


if __name__ == "__main__":
    raise SystemExit(main())
