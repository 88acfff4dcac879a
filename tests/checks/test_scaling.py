"""Work that must not grow with the number of call paths through a project: counted, not timed."""

from __future__ import annotations

from checks import Config, MemoryTree, scan
from checks.analysis.flow import Analyzer
from checks.analysis.program import Program
from checks.analysis.vocabulary import Vocabulary

_DEPTH = 12


def _diamond_chain() -> dict[str, str]:
    """`level12` calls `level11` twice, which calls `level10` twice, ... down to one read: 4,096 call
    paths to the same operation (a tool registry dispatching to helpers that share their lookups)."""
    lines = [
        'import { db } from "@/lib/db";',
        "export async function level0(id: string) { return db.note.findMany({ where: { id } }); }",
    ]
    for k in range(1, _DEPTH + 1):
        lines.append(
            f"export async function level{k}(id: string, first: boolean) {{\n"
            f"  if (first) return level{k - 1}(id, false);\n"
            f"  return level{k - 1}(id, true);\n"
            "}"
        )
    route = (
        'import { level12 } from "@/lib/levels";\n'
        "export async function GET(req: Request) {\n"
        '  const id = new URL(req.url).searchParams.get("id") ?? "";\n'
        "  return Response.json(await level12(id, true));\n"
        "}\n"
    )
    return {
        "tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./*"]}}}\n',
        "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const db = new PrismaClient();\n',
        "lib/levels.ts": "\n".join(lines) + "\n",
        "app/api/notes/route.ts": route,
    }


def test_an_operation_reached_along_many_call_paths_is_inherited_once_per_call() -> None:
    files = _diamond_chain()
    program = Program(MemoryTree(files), Config())
    az = Analyzer(program, Vocabulary.from_config(Config()))
    mod = program.module("lib/levels.ts")
    assert mod is not None
    top = program.resolve_function(mod, f"level{_DEPTH}")
    assert top is not None
    # one operation per call site of the level below (two), not one per path (2**12)
    assert len(az.summary(top).ops) == 2
    route = program.module("app/api/notes/route.ts")
    assert route is not None
    handler = program.resolve_function(route, "GET")
    assert handler is not None
    assert sum(e.kind == "db" for e in az.flow(handler).events) == 1
    # and the scan still reports the unauthenticated read
    assert any(f.rule_id == "missing-auth" for f in scan(MemoryTree(files), jobs=1).findings)


def test_parallel_chunks_split_the_work_not_the_file_count() -> None:
    """A worker's share is the analysis its files need: an app's route folder (heavy) is split, a folder
    the prefilter skips (client components) goes whole to one chunk, and every file lands in one chunk,
    in order."""
    from checks.engine import _balanced_chunks

    files = [f"app/api/r{i}/route.ts" for i in range(10)] + [f"ui/c{i}.tsx" for i in range(90)]
    weights = [1_000] * 10 + [1] * 90
    chunks = _balanced_chunks(files, weights, 4)
    assert [f for c in chunks for f in c] == files
    assert [len(c) for c in chunks] == [3, 3, 2, 92]  # (a slice ends with the file that fills its share)
    assert _balanced_chunks(files[:2], weights[:2], 4) == [files[:1], files[1:2]]
