"""The findings of a scan never depend on how it is batched: the engine starts a fresh project model
(and fresh summaries) whenever the sources a batch parsed reach `engine.BATCH_BYTES`, so a summary
worked out in a big batch must equal the one a small batch works out afresh, whichever entry point
asked for it first."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import Config, MemoryTree, engine, scan
from checks.analysis.flow import Analyzer
from checks.analysis.program import Program
from checks.analysis.vocabulary import Vocabulary
from checks.model import ScanResult
from tests.checks.annotations import load_fixture

FIXTURES = Path(__file__).parent / "fixtures"
Key = tuple[str, int, str, str]


def _keys(result: ScanResult) -> set[Key]:
    return {(f.path, f.line, f.rule_id, f.message) for f in result.findings}


def _batched(files: dict[str, str], monkeypatch: pytest.MonkeyPatch, batch: int) -> set[Key]:
    with monkeypatch.context() as m:
        m.setattr(engine, "BATCH_BYTES", batch)
        return _keys(scan(MemoryTree(files), jobs=1))


def test_a_call_cycle_is_summarised_the_same_in_any_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # `requireMemberAgain` -> `requireMember` -> `requireMemberAgain`: in one batch the first action
    # asked for `requireMember` first, and `requireMemberAgain` was memoised seeing it as doing nothing
    files = load_fixture(FIXTURES / "missing-auth" / "gates_calling_each_other_in_a_cycle.ts").files
    whole = _keys(scan(MemoryTree(files), jobs=1))
    assert _batched(files, monkeypatch, 1) == whole  # one target file per batch
    assert not any(k[0] == "app/boards/purge.ts" and k[2] == "missing-auth" for k in whole)


_CYCLE = {
    "lib/gates.ts": """import { redirect } from "next/navigation";
import { auth } from "@/auth";
export async function first(n: number) {
  const session = await auth();
  if (!session) redirect("/sign-in");
  if (n > 0) await second(n - 1);
}
export async function second(n: number) { await third(n); }
export async function third(n: number) { await first(n); }
export async function loose(n: number) { if (n > 0) await looser(n - 1); }
export async function looser(n: number) { await auth(); await loose(n); }
""",
}


@pytest.mark.parametrize(
    "order",
    [("first", "second", "third"), ("third", "second", "first"), ("second", "first", "third"), ("loose", "looser")],
)
def test_summaries_of_a_cycle_do_not_depend_on_the_order_asked(order: tuple[str, ...]) -> None:
    program = Program(MemoryTree(_CYCLE), Config())
    az = Analyzer(program, Vocabulary.from_config(Config()))
    mod = program.module("lib/gates.ts")
    assert mod is not None
    enforces = {}
    for name in order:
        fn = program.resolve_function(mod, name)
        assert fn is not None
        enforces[name] = az.summary(fn).enforces_auth
    # `second` and `third` always call `first`, which checks the session; `loose`/`looser` check none
    # (once, whichever of the cycle was asked first saw the member that reached it again as doing
    # nothing, and kept that)
    assert enforces == {name: name in ("first", "second", "third") for name in order}


def _fixture_projects() -> dict[str, str]:
    """Every fixture of several files as a project of its own folder (each with its `@/` alias), all
    in one tree."""
    files: dict[str, str] = {}
    for i, path in enumerate(sorted(FIXTURES.glob("*/*.ts*"))):
        if path.parent.name.startswith("_"):
            continue
        fx = load_fixture(path)
        if len(fx.files) < 3:
            continue
        root = f"p{i:04d}"
        files[f"{root}/tsconfig.json"] = '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./*"]}}}\n'
        for p, src in fx.files.items():
            files[f"{root}/{p}"] = src
    return files


# Two scans of every multi-file fixture (~85 CPU-s alone): the suite's 300 s default is there to catch a
# hang, and on a shared 2-core machine this one can pass it without hanging.
@pytest.mark.timeout(900)
def test_fixture_projects_find_the_same_in_small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _fixture_projects()
    whole = _batched(files, monkeypatch, 1 << 40)
    assert len(whole) > 500
    split = _batched(files, monkeypatch, 60_000)
    assert sorted(whole - split) == [] and sorted(split - whole) == []
