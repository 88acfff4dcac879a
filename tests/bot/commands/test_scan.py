"""Pieces of ``warden scan`` that need no subprocess: the ``--diff`` parser, the overlap test,
the exit-code threshold and config discovery. (The command itself is tested end to end in
``tests/cli/test_cli.py``.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.commands.scan import (
    EXIT_FINDINGS,
    EXIT_OK,
    ChangedLines,
    FailOn,
    UsageError,
    exit_code,
    find_config_file,
    load_scan_config,
    parse_diff,
    restrict_to_diff,
    validate_range,
)
from checks.model import Confidence, Diagnostic, Finding, Position, ScanResult, Severity, Span

# Real `git diff --unified=0 --src-prefix=a/ --dst-prefix=b/` output: one line changed in
# app/actions.ts, two lines deleted after line 12, a new file, a removed file, a rename.
GIT_DIFF = """\
diff --git a/app/actions.ts b/app/actions.ts
index 3b18e51..a7c2f4e 100644
--- a/app/actions.ts
+++ b/app/actions.ts
@@ -6 +6 @@ export async function deletePost(id: string) {
-  await db.post.delete({ where: { id } });
+  await db.post.deleteMany({ where: { id } });
@@ -13,2 +12,0 @@ export async function deleteComment(id: string) {
-  console.log(id);
-  console.log("done");
diff --git a/app/new/route.ts b/app/new/route.ts
new file mode 100644
index 0000000..e69de29
--- /dev/null
+++ b/app/new/route.ts
@@ -0,0 +1,3 @@
+export async function GET() {
+  return Response.json({});
+}
diff --git a/lib/old.ts b/lib/old.ts
deleted file mode 100644
index e69de29..0000000
--- a/lib/old.ts
+++ /dev/null
@@ -1 +0,0 @@
-export const x = 1;
diff --git a/lib/a.ts b/lib/b.ts
similarity 90%
rename from lib/a.ts
rename to lib/b.ts
index 1111111..2222222 100644
--- a/lib/a.ts
+++ b/lib/b.ts
@@ -2 +2 @@
-old
+new
"""


def test_parse_diff_collects_new_side_lines_and_deletion_gaps() -> None:
    changed = parse_diff(GIT_DIFF)
    assert set(changed) == {"app/actions.ts", "app/new/route.ts", "lib/b.ts"}
    assert changed["app/actions.ts"] == ChangedLines(lines={6}, gaps={12})
    assert changed["app/new/route.ts"].lines == {1, 2, 3}
    assert changed["lib/b.ts"].lines == {2}
    assert parse_diff("") == {}


@pytest.mark.parametrize(
    ("start", "end", "touched"),
    [
        (5, 7, True),  # contains the changed line 6
        (6, 6, True),
        (1, 5, False),
        (10, 14, True),  # deletion between 12 and 13 happened inside
        (10, 12, False),  # function ends at 12: the deletion came after it
        (13, 20, False),  # starts after the deletion point
    ],
)
def test_changed_lines_touches(start: int, end: int, touched: bool) -> None:
    assert ChangedLines(lines={6}, gaps={12}).touches(start, end) is touched


def _finding(path: str, line: int, function_span: Span | None, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(
        rule_id="missing-auth",
        severity=severity,
        confidence=Confidence.HIGH,
        path=path,
        span=Span(Position(line, 1), Position(line, 5)),
        message="m",
        help="h",
        message_id="main",
        fingerprint=f"{path}:{line}",
        function_span=function_span,
    )


def test_restrict_to_diff_uses_the_function_span_then_the_anchor() -> None:
    whole = Span(Position(4, 1), Position(7, 2))
    in_function = _finding("app/actions.ts", 4, whole)  # anchor line 4 untouched, function touched at 6
    anchor_only = _finding("app/actions.ts", 6, None)
    elsewhere = _finding("app/actions.ts", 20, Span(Position(18, 1), Position(22, 2)))
    other_file = _finding("app/other.ts", 6, whole)
    result = ScanResult(
        findings=[in_function, anchor_only, elsewhere, other_file],
        suppressed=[elsewhere],
        diagnostics=[Diagnostic("app/actions.ts", "parse-error", "x"), Diagnostic("app/z.ts", "too-large", "y")],
    )
    kept = restrict_to_diff(result, parse_diff(GIT_DIFF))
    assert kept.findings == [in_function, anchor_only]
    assert kept.suppressed == []
    assert [d.path for d in kept.diagnostics] == ["app/actions.ts"]


@pytest.mark.parametrize("spec", ["main..HEAD", "origin/main...feature", "abc123..", "v1.0..v1.1"])
def test_validate_range_accepts_git_ranges(spec: str) -> None:
    assert validate_range(spec) == spec


@pytest.mark.parametrize("spec", ["HEAD", "--output=x..y", "a .. b", ""])
def test_validate_range_rejects_the_rest(spec: str) -> None:
    with pytest.raises(UsageError, match=r"BASE\.\.HEAD"):
        validate_range(spec)


def test_exit_code_follows_the_threshold() -> None:
    warning = [_finding("a.ts", 1, None, Severity.WARNING)]
    assert exit_code(warning, FailOn.ERROR) == EXIT_OK
    assert exit_code(warning, FailOn.WARNING) == EXIT_FINDINGS
    assert exit_code(warning, FailOn.NOTE) == EXIT_FINDINGS
    assert exit_code(warning, FailOn.NEVER) == EXIT_OK
    assert exit_code([], FailOn.NOTE) == EXIT_OK


def test_config_is_found_above_the_scanned_folder_but_not_above_the_repo(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "warden.yml").write_text("fail_on: warning\n", encoding="utf-8")
    (tmp_path / "app" / "api").mkdir(parents=True)
    assert find_config_file([tmp_path / "app" / "api"]) == tmp_path / ".github" / "warden.yml"
    assert load_scan_config([tmp_path / "app"], None).fail_on == "warning"
    # the scanned folder itself counts too
    assert find_config_file([tmp_path]) == tmp_path / ".github" / "warden.yml"
    # a git repository below the config's folder stops the search at its top level
    subprocess.run(["git", "init", "-q", str(tmp_path / "app")], check=True)
    assert find_config_file([tmp_path / "app" / "api"]) is None


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "w.yml"
    bad.write_text("rules: [1, 2]\n", encoding="utf-8")
    with pytest.raises(UsageError, match="rules"):
        load_scan_config([tmp_path], bad)
    with pytest.raises(UsageError, match="cannot read"):
        load_scan_config([tmp_path], tmp_path / "absent.yml")


def test_outside_git_the_search_stops_at_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shop" / ".github").mkdir(parents=True)
    (tmp_path / "shop" / ".github" / "warden.yml").write_text("fail_on: note\n", encoding="utf-8")
    (tmp_path / "shop" / "app").mkdir()
    monkeypatch.chdir(tmp_path / "shop")
    assert find_config_file([Path("app")]) == tmp_path / "shop" / ".github" / "warden.yml"
    monkeypatch.chdir(tmp_path / "shop" / "app")
    assert find_config_file([Path(".")]) is None


def test_internal_errors_exit_2_with_one_line_or_a_traceback_with_debug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error path of the command itself; the engine is replaced by one that breaks."""
    from typer.testing import CliRunner

    import checks.engine
    from bot.cli import app

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(checks.engine, "scan_paths", broken)
    runner = CliRunner()
    result = runner.invoke(app, ["scan", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "warden: error: internal error: RuntimeError: boom (run with --debug for the traceback)"
    )
    result = runner.invoke(app, ["scan", str(tmp_path), "--debug"])
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "RuntimeError: boom" in result.stderr
