"""Every rule against its annotated fixtures, strictly: an unannotated finding of the rule
under test fails, and so does a missing expected one. `.ts` fixtures also run under the
TSX grammar (as ESLint's parsers.all does) when they parse there."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import Config, MemoryTree, scan
from checks.engine import scan_paths
from checks.parsing import parse
from checks.registry import RULE_IDS
from tests.checks.annotations import Fixture, load_fixture

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_files() -> list[Path]:
    # `_shared/` holds libraries fixtures include, not fixtures of a rule
    return sorted(
        p
        for p in FIXTURES.glob("*/*")
        if p.suffix in (".ts", ".tsx", ".js", ".jsx") and p.is_file() and not p.parent.name.startswith("_")
    )


def _variants(fx: Fixture) -> list[tuple[str, Fixture]]:
    out = [("as-written", fx)]
    if all(p.endswith(".ts") for p in fx.files):
        renamed = {p[:-3] + ".tsx": src for p, src in fx.files.items()}
        if not any(parse(p, s.encode()).has_error for p, s in renamed.items()):
            tsx = Fixture(fx.name, renamed, [])
            for e in fx.expectations:
                tsx.expectations.append(type(e)(e.kind, e.rule_id, e.path[:-3] + ".tsx", e.line))
            out.append(("tsx-grammar", tsx))
    return out


def check_fixture(rule_id: str, fx: Fixture, folder: Path | None = None) -> list[str]:
    """Differences between expected and actual findings, as readable lines. ``folder``: the
    fixture is written there and only its `scan_root` is scanned, from disk (paths are then
    relative to that folder: expectations of the files outside it do not apply)."""
    config = Config(rules={r: "off" for r in RULE_IDS if r != rule_id})
    problems: list[str] = []
    expectations = fx.expectations
    if folder is None:
        result = scan(MemoryTree(fx.files), config, jobs=1)
        got = {(f.path, f.line) for f in result.findings if f.rule_id == rule_id}
    else:
        assert fx.scan_root is not None
        for rel, text in fx.files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
        result, root = scan_paths([folder / fx.scan_root], config, jobs=1)
        prefix = root.relative_to(folder.resolve()).as_posix() + "/"
        got = {(prefix + f.path, f.line) for f in result.findings if f.rule_id == rule_id}
        problems.extend(
            f"finding outside the scanned folder: {f.path}:{f.line}"
            for f in (*result.findings, *result.suppressed)
            if f.path.startswith(("../", "/")) or "/../" in f.path
        )
        expectations = [e for e in fx.expectations if e.path.startswith(prefix)]
    expected = {(e.path, e.line) for e in expectations if e.kind == "ruleid" and e.rule_id == rule_id}
    ok = {(e.path, e.line) for e in expectations if e.kind in ("ok", "todoruleid") and e.rule_id == rule_id}
    todo_fp = {(e.path, e.line) for e in expectations if e.kind == "todook" and e.rule_id == rule_id}
    for where in sorted(expected - got):
        problems.append(f"expected {rule_id} at {where[0]}:{where[1]}, got none")
    for where in sorted(got - expected - todo_fp):
        label = "annotated ok" if where in ok else "unannotated"
        problems.append(f"unexpected {rule_id} at {where[0]}:{where[1]} ({label})")
    return problems


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture(path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    rule_id = path.parent.name
    assert rule_id in RULE_IDS, f"fixture folder {rule_id} is not a rule id"
    fx = load_fixture(path)
    assert any(e.rule_id == rule_id for e in fx.expectations), f"{path.name} has no annotation for {rule_id}"
    problems: list[str] = []
    for label, variant in _variants(fx):
        problems.extend(f"[{label}] {p}" for p in check_fixture(rule_id, variant))
    if fx.scan_root is not None:
        label = f"scanned at {fx.scan_root}"
        problems.extend(f"[{label}] {p}" for p in check_fixture(rule_id, fx, tmp_path_factory.mktemp("monorepo")))
    assert not problems, "\n".join(problems)


def test_every_rule_has_positive_and_negative_fixtures() -> None:
    for rule_id in RULE_IDS:
        files = list((FIXTURES / rule_id).glob("*"))
        kinds = {e.kind for p in files for e in load_fixture(p).expectations if e.rule_id == rule_id}
        assert "ruleid" in kinds, f"{rule_id}: no `ruleid:` fixture"
        assert "ok" in kinds, f"{rule_id}: no `ok:` fixture"
