"""Score a held-out round: Warden's findings on real apps against judges' verdicts.

A round lives in ``docs/rounds/<round>/``: ``apps.txt`` (one line per app: ``name owner/repo commit root``),
``verdicts/<app>.jsonl`` (one judged finding per line: ``rule``, ``path``, ``line``, ``verdict`` TP|FP,
``cause``, ``reason``) and ``misses/<app>.jsonl`` (real holes Warden did not report: ``rule``, ``path``,
``line``, ``function``, ``reason``). The apps' code is never in this repository: check each one out at
its commit (``git archive <commit>`` of the repository) under ``SRC/<name>`` first.

Usage: python benchmarks/rounds.py docs/rounds/r68 --src /work/r68/src [--show]

Per app it prints the findings, those judged TP and FP, the rows nobody judged yet (a later analyser's
new findings: judge them before quoting a precision), the judged TPs no longer reported, and how many
of the listed misses are now found (same rule on the miss's line, or in its function).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _scan(root: Path) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scan.json"
        cmd = [sys.executable, "-m", "bot.cli", "scan", str(root), "--format", "json", "--output", str(out)]
        subprocess.run([*cmd, "--fail-on", "never"], check=True, stdout=subprocess.DEVNULL)
        findings: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))["findings"]
        return findings


Row = dict[str, Any]


def score_app(findings: list[Row], verdicts: list[Row], misses: list[Row]) -> dict[str, Any]:
    got = {(f["rule_id"], f["path"], f["span"]["start"]["line"]): f for f in findings}
    judged = {(v["rule"], v["path"], int(v["line"])): v["verdict"] for v in verdicts}
    in_function = {(f["rule_id"], f["path"], f.get("function_name")) for f in findings}
    found = [
        m
        for m in misses
        if (m["rule"], m["path"], int(m.get("line", 0))) in got
        or (m["rule"], m["path"], m.get("function")) in in_function
    ]
    return {
        "findings": len(findings),
        "tp": sorted(k for k in got if judged.get(k) == "TP"),
        "fp": sorted(k for k in got if judged.get(k) == "FP"),
        "unjudged": sorted(k for k in got if k not in judged),
        "lost": sorted(k for k, v in judged.items() if v == "TP" and k not in got),
        "misses": len(misses),
        "misses_found": len(found),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("round", type=Path)
    ap.add_argument("--src", type=Path, required=True, help="folder holding each app's checkout as <name>/")
    ap.add_argument("--show", action="store_true", help="list the false, unjudged and lost rows")
    args = ap.parse_args(argv)
    tp = fp = unjudged = 0
    for line in (args.round / "apps.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _repo, _commit, root = line.split()[:4]
        s = score_app(
            _scan(args.src / name / root),
            _lines(args.round / "verdicts" / f"{name}.jsonl"),
            _lines(args.round / "misses" / f"{name}.jsonl"),
        )
        n_tp, n_fp = len(s["tp"]), len(s["fp"])
        share = n_tp / (n_tp + n_fp) if n_tp + n_fp else 1.0
        print(
            f"{name:14} findings {s['findings']:4}  TP {n_tp:4}  FP {n_fp:3}  unjudged {len(s['unjudged']):3}  "
            f"precision {share:6.1%}  TP lost {len(s['lost']):2}  misses found {s['misses_found']}/{s['misses']}"
        )
        if args.show:
            for label in ("fp", "unjudged", "lost"):
                for key in s[label]:
                    print(f"   {label:8}", *key)
        tp, fp, unjudged = tp + n_tp, fp + n_fp, unjudged + len(s["unjudged"])
    total = tp / (tp + fp) if tp + fp else 1.0
    print(f"round {args.round.name}: {tp} TP / {fp} FP = {total:.1%} ({unjudged} unjudged)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
