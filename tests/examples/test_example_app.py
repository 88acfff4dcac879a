"""`warden scan examples/nextjs-app` through the CLI: every annotated finding appears,
nothing unannotated does, and the exit code says findings were found."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.checks.annotations import load_fixture

APP = Path(__file__).resolve().parents[2] / "examples" / "nextjs-app"
SUFFIXES = (".ts", ".tsx", ".js", ".jsx")


def _warden() -> str:
    found = shutil.which("warden", path=str(Path(sys.executable).parent))
    assert found, "the warden console script is not installed in this environment"
    return found


def _expected() -> tuple[set[tuple[str, int, str]], set[tuple[str, int, str]]]:
    must: set[tuple[str, int, str]] = set()
    ok: set[tuple[str, int, str]] = set()
    for path in APP.rglob("*"):
        if path.suffix not in SUFFIXES or "node_modules" in path.parts:
            continue
        rel = path.relative_to(APP).as_posix()
        fx = load_fixture(path)
        for e in fx.expectations:
            key = (rel, e.line, e.rule_id)
            (must if e.kind == "ruleid" else ok).add(key)
    return must, ok


def test_scan_matches_annotations() -> None:
    proc = subprocess.run(
        [_warden(), "scan", str(APP), "--format", "json"], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 1, proc.stderr  # error findings exist
    report = json.loads(proc.stdout)
    got = {(f["path"], f["span"]["start"]["line"], f["rule_id"]) for f in report["findings"]}
    must, _ok = _expected()
    assert must, "the example app has no `ruleid:` annotations"
    missing = sorted(must - got)
    unexpected = sorted(got - must)
    assert not missing and not unexpected, f"missing: {missing}\nunexpected: {unexpected}"
