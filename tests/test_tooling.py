"""The tooling polices the code: ruff is clean and imports flow one way through the pipeline's layers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "src" / "taccuino"
# lower layers never import higher ones
LAYERS = ["errors", "model", "knowledge", "document", "htmlpage", "reader", "layout", "dates", "published",
          "mentions", "facts", "pipeline", "evaluate", "entity_eval", "cli"]


def _layer(module: str) -> int:
    head = module.split(".")[0]
    return LAYERS.index(head) if head in LAYERS else -1


def test_imports_flow_one_way():
    """No module imports from a layer above its own (document never imports facts, facts never the CLI)."""
    bad = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).with_suffix("").as_posix().replace("/", ".")
        if rel.endswith("__init__"):
            continue
        own = _layer(rel)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = rel.split(".")[:-node.level] if "." in rel else []
                target = ".".join([*base, node.module or ""]).strip(".")
                if _layer(target) > own:
                    bad.append(f"{rel} imports {target}")
    assert bad == []


def test_ruff_clean():
    """ruff finds nothing in the package, the tests and the benchmarks."""
    root = PKG.parent.parent
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "bench"], cwd=root,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_clean():
    """mypy finds nothing in the package (its settings are in pyproject.toml)."""
    root = PKG.parent.parent
    r = subprocess.run([sys.executable, "-m", "mypy", "src"], cwd=root, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_no_control_characters_in_sources_or_data():
    """A stray backspace or form feed in a regex literal (a '\\b' written where r'\\b' was meant) silently never matches."""
    root = Path(__file__).resolve().parents[1] / "src" / "taccuino"
    bad = [str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in (".py", ".toml", ".jsonl")
           and any(ch in p.read_text(encoding="utf-8") for ch in "\b\f\v\x00")]
    assert bad == []
