"""Labelled mini apps under tests/checks/apps/<name>/, each scanned as one project with
every rule on: every `ruleid:` line is reported, no `ok:` line is, and nothing
unannotated is. Prints per-rule recall and precision (run with -s to see them)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from checks import Config, DiskTree, scan
from tests.checks.annotations import load_fixture

APPS = Path(__file__).parent / "apps"
SUFFIXES = (".ts", ".tsx", ".js", ".jsx")

Key = tuple[str, int, str]


def _apps() -> list[Path]:
    return sorted(p for p in APPS.iterdir() if p.is_dir()) if APPS.is_dir() else []


def _labels(app: Path) -> dict[str, set[Key]]:
    out: dict[str, set[Key]] = {"ruleid": set(), "ok": set(), "todoruleid": set(), "todook": set()}
    for path in sorted(app.rglob("*")):
        if path.suffix not in SUFFIXES or "node_modules" in path.parts:
            continue
        rel = path.relative_to(app).as_posix()
        for e in load_fixture(path).expectations:
            out[e.kind].add((rel, e.line, e.rule_id))
    return out


def _report(name: str, labels: dict[str, set[Key]], got: set[Key]) -> str:
    """Per-rule recall/precision: `todoruleid` lines count as positives, `todook` as negatives."""
    positives = labels["ruleid"] | labels["todoruleid"]
    rules = sorted({k[2] for k in positives | labels["ok"] | labels["todook"] | got})
    tp = Counter(k[2] for k in got & positives)
    fp = Counter(k[2] for k in got - positives)
    pos = Counter(k[2] for k in positives)
    lines = [f"{name}: rule, TP/positives (recall), FP (precision)"]
    for rule in rules:
        recall = tp[rule] / pos[rule] if pos[rule] else 1.0
        found = tp[rule] + fp[rule]
        precision = tp[rule] / found if found else 1.0
        lines.append(
            f"  {rule:26} {tp[rule]:3}/{pos[rule]:<3} recall {recall:4.0%}  FP {fp[rule]:2}  precision {precision:4.0%}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("app", _apps(), ids=lambda p: p.name)
def test_app_matches_annotations(app: Path) -> None:
    assert (app / "package.json").is_file(), f"{app.name} is not a project tree"
    labels = _labels(app)
    assert labels["ruleid"], f"{app.name} has no `ruleid:` annotations"
    result = scan(DiskTree(app), Config(), jobs=1)
    got = {(f.path, f.line, f.rule_id) for f in result.findings}
    garbled = [f"{f.path}:{f.line} {f.message}" for f in result.findings if not _well_formed(f.message)]
    assert not garbled, "messages with unbalanced code spans or parentheses:\n" + "\n".join(garbled)
    print("\n" + _report(app.name, labels, got))
    missing = sorted(labels["ruleid"] - got)
    flagged_ok = sorted(got & labels["ok"])
    unannotated = sorted(got - labels["ruleid"] - labels["ok"] - labels["todook"])
    assert not (missing or flagged_ok or unannotated), (
        f"missing: {missing}\nflagged on ok lines: {flagged_ok}\nunannotated: {unannotated}"
    )


def _well_formed(message: str) -> bool:
    """Code in a message sits in single-backtick spans, and its prose parentheses close: a
    message that pasted a tagged template (`` sql`SELECT …` ``) or lost a `)` reads as garbage."""
    if message.count("`") % 2:
        return False
    prose = "".join(message.split("`")[::2])  # outside the code spans
    return prose.count("(") == prose.count(")")


def test_apps_exist() -> None:
    assert _apps(), "no labelled apps under tests/checks/apps"
