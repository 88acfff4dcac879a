"""The benchmark generator is deterministic, honours its size knobs and writes parseable code.

Runs ``benchmarks/generate.py`` as a subprocess (the way the benchmark uses it) on a
small configuration, and hashes the trees here, independently of the generator.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import tree_sitter_typescript
from tree_sitter import Language, Parser

REPO = Path(__file__).resolve().parents[2]
GENERATE = REPO / "benchmarks" / "generate.py"
SOURCE_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")
FILES, LINES = 60, 7_000


def run_generate(out: Path, seed: int, files: int = FILES, lines: int = LINES) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(GENERATE), "--out", str(out), "--seed", str(seed)]
    cmd += ["--files", str(files), "--lines", str(lines), "--json"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def sources(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in SOURCE_SUFFIXES)


@pytest.fixture(scope="module")
def tree_a(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "a"
    proc = run_generate(out, seed=7)
    assert proc.returncode == 0, proc.stderr
    return out


def test_same_seed_gives_identical_bytes(tree_a: Path, tmp_path: Path) -> None:
    out_b = tmp_path / "b"
    proc = run_generate(out_b, seed=7)
    assert proc.returncode == 0, proc.stderr
    assert tree_digest(tree_a) == tree_digest(out_b)
    # The digest the generator reports is the one of the tree it wrote (marker excluded).
    reported = json.loads(proc.stdout)["sha256"]
    marker = out_b / ".warden-bench-generated"
    marker.unlink()
    assert reported == tree_digest(out_b)


def test_other_seed_gives_other_tree(tree_a: Path, tmp_path: Path) -> None:
    out_c = tmp_path / "c"
    assert run_generate(out_c, seed=8).returncode == 0
    assert tree_digest(tree_a) != tree_digest(out_c)


def test_size_matches_the_request(tree_a: Path) -> None:
    files = sources(tree_a)
    assert len(files) == FILES
    lines = sum(p.read_bytes().count(b"\n") for p in files)
    assert abs(lines - LINES) <= LINES * 0.1, lines


def test_layout_is_a_nextjs_monorepo(tree_a: Path) -> None:
    rel = [p.relative_to(tree_a).as_posix() for p in tree_a.rglob("*") if p.is_file()]
    tsconfigs = [r for r in rel if r.startswith("apps/") and r.endswith("/tsconfig.json")]
    assert tsconfigs
    for path in tsconfigs:
        paths = json.loads((tree_a / path).read_text())["compilerOptions"]["paths"]
        assert any(alias.endswith("/*") for alias in paths)
    texts = [p.read_text() for p in sources(tree_a)]
    assert any(t.startswith('"use server"') for t in texts)
    assert any(t.startswith('"use client"') for t in texts)
    assert any("createSafeActionClient" in t for t in texts)


def test_every_source_file_parses_cleanly(tree_a: Path) -> None:
    ts = Parser(Language(tree_sitter_typescript.language_typescript()))
    tsx = Parser(Language(tree_sitter_typescript.language_tsx()))
    broken = []
    for path in sources(tree_a):
        parser = ts if path.suffix in (".ts", ".mts", ".cts") else tsx
        if parser.parse(path.read_bytes()).root_node.has_error:
            broken.append(path.relative_to(tree_a).as_posix())
    assert broken == []


def test_refuses_to_wipe_a_folder_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    proc = run_generate(precious, seed=1)
    assert proc.returncode != 0
    assert "refusing" in proc.stderr
    assert (precious / "keep.txt").read_text() == "mine"
