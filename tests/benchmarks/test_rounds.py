"""`benchmarks/rounds.py` scores a held-out round: run on a tiny app written here, against verdicts and
misses written here, through the real `warden scan` subprocess it uses."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("rounds", REPO / "benchmarks" / "rounds.py")
assert _spec is not None and _spec.loader is not None
rounds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rounds)

ACTIONS = """\
"use server";
import { db } from "@/lib/db";

export async function deletePost(id: string) {
  await db.post.delete({ where: { id } });
}

export async function renamePost(id: string, title: string) {
  await db.post.update({ where: { id }, data: { title } });
}
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_round_is_scored_against_its_verdicts_and_misses(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "src"
    _write(src / "blog" / "package.json", '{"dependencies": {"next": "15.0.0"}}')
    _write(src / "blog" / "app" / "actions.ts", ACTIONS)
    found = rounds._scan(src / "blog")
    on_delete = [f for f in found if f["function_name"] == "deletePost" and f["rule_id"] == "missing-auth"]
    assert len(on_delete) == 1
    line = on_delete[0]["span"]["start"]["line"]

    rd = tmp_path / "r1"
    _write(rd / "apps.txt", "blog someone/blog " + "0" * 40 + " .\n")
    verdicts = [
        {"rule": "missing-auth", "path": "app/actions.ts", "line": line, "verdict": "FP"},
        # a TP the scan no longer reports
        {"rule": "sql-injection", "path": "app/actions.ts", "line": 1, "verdict": "TP"},
    ]
    _write(rd / "verdicts" / "blog.jsonl", "".join(json.dumps(v) + "\n" for v in verdicts))
    misses = [{"rule": "missing-auth", "path": "app/actions.ts", "line": 0, "function": "renamePost"}]
    _write(rd / "misses" / "blog.jsonl", json.dumps(misses[0]) + "\n")

    score = rounds.score_app(found, verdicts, misses)
    assert score["fp"] == [("missing-auth", "app/actions.ts", line)]
    assert score["tp"] == []
    assert score["lost"] == [("sql-injection", "app/actions.ts", 1)]
    renamed = any(f["function_name"] == "renamePost" and f["rule_id"] == "missing-auth" for f in found)
    assert score["misses_found"] == (1 if renamed else 0)
    assert len(score["unjudged"]) == len(found) - 1

    assert rounds.main([str(rd), "--src", str(src)]) == 0
    out = capsys.readouterr().out
    assert "blog" in out and "TP lost  1" in out and "0 TP / 1 FP" in out
