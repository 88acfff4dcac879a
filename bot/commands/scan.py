"""``warden scan PATH...``: analyse a Next.js project on disk and report the findings.

Exit codes (what CI and pre-push hooks rely on):
  0  no active finding at or above ``--fail-on`` (default: the config's ``fail_on``, else error)
  1  at least one such finding
  2  usage or internal error: one line on stderr (a traceback only with ``--debug``)
  130  interrupted

``--diff BASE..HEAD`` keeps only findings whose enclosing function (or, failing that, the
anchor) overlaps a line the git range added or changed, or surrounds a deletion.
A folder inside a JS workspace (one app of a monorepo) is scanned alone, but the workspace
packages its files import are read for the analysis (``--no-workspace`` turns that off).
The analyser and the renderers are imported lazily so ``warden --help`` stays fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from checks.config import Config
    from checks.model import Diagnostic, Finding, ScanResult

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT: neither "findings" nor "error"
PROGRESS_MIN_FILES = 200  # smaller scans finish before a bar would be worth drawing
GIT_TIMEOUT_S = 120


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    NEVER = "never"


class UsageError(Exception):
    """A problem the user can fix (bad path, config, git range): reported in one line, exit 2."""


def _error(message: str) -> None:
    print(f"warden: error: {message}", file=sys.stderr)


# --- configuration ----------------------------------------------------------------------------


def _common_folder(paths: list[Path]) -> Path:
    folders = [p if p.is_dir() else p.parent for p in (q.resolve() for q in paths)]
    return Path(os.path.commonpath(folders))


def _git_toplevel(folder: Path) -> Path | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Path(out.stdout.strip()).resolve() if out.returncode == 0 and out.stdout.strip() else None


def find_config_file(paths: list[Path]) -> Path | None:
    """``.github/warden.yml`` in the common folder of ``paths`` or a parent of it, up to the git
    top-level; outside git, up to the current folder when it holds the scanned paths (never
    some unrelated parent's config)."""
    from checks.config import CONFIG_PATH

    start = _common_folder(paths)
    stop = _git_toplevel(start)
    if stop is None:
        cwd = Path.cwd().resolve()
        stop = cwd if start.is_relative_to(cwd) else start
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_PATH
        if candidate.is_file():
            return candidate
        if folder == stop:
            break
    return None


def load_scan_config(paths: list[Path], config_file: Path | None) -> Config:
    from checks.config import Config, ConfigError, load_config

    path = config_file if config_file is not None else find_config_file(paths)
    if path is None:
        return Config()
    try:
        return load_config(path)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


# --- --diff -----------------------------------------------------------------------------------


@dataclass
class ChangedLines:
    """Lines of one file (new side) that a git range added or changed, and the places where
    it deleted lines (``gaps``: a deletion between line n and n+1 is recorded as n)."""

    lines: set[int] = field(default_factory=set)
    gaps: set[int] = field(default_factory=set)

    def touches(self, start: int, end: int) -> bool:
        return any(start <= n <= end for n in self.lines) or any(start <= g < end for g in self.gaps)


def validate_range(spec: str) -> str:
    if spec.startswith("-") or ".." not in spec or any(c.isspace() for c in spec):
        raise UsageError(f"--diff expects a git range BASE..HEAD (or BASE...HEAD), got {spec!r}")
    return spec


def parse_diff(text: str) -> dict[str, ChangedLines]:
    """Changed lines per new path from ``git diff --unified=0`` output."""
    from unidiff.errors import UnidiffParseError
    from unidiff.patch import PatchSet

    try:
        patch = PatchSet(text)
    except UnidiffParseError as exc:
        raise UsageError(f"cannot parse the output of git diff: {exc}") from None
    changed: dict[str, ChangedLines] = {}
    for patched in patch:
        if patched.is_removed_file:
            continue
        entry = changed.setdefault(patched.path, ChangedLines())
        for hunk in patched:
            entry.lines.update(n for line in hunk if line.is_added and (n := line.target_line_no) is not None)
            if hunk.target_length == 0:
                entry.gaps.add(hunk.target_start)
    return changed


def changed_lines(root: Path, spec: str) -> dict[str, ChangedLines]:
    """Run ``git diff`` for ``spec`` in ``root``; paths come back relative to ``root``."""
    cmd = [
        "git",
        "-c",
        "core.quotePath=false",
        "-C",
        str(root),
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--unified=0",
        "--relative",  # paths relative to root, like finding paths; changes outside root are dropped
        "--src-prefix=a/",
        "--dst-prefix=b/",
        spec,
        "--",
    ]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=GIT_TIMEOUT_S, check=False)
    except FileNotFoundError:
        raise UsageError("--diff needs git, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"git diff {spec} took longer than {GIT_TIMEOUT_S}s") from None
    if out.returncode != 0:
        reason = next((ln for ln in out.stderr.splitlines() if ln.strip()), f"exit status {out.returncode}")
        raise UsageError(f"git diff {spec} failed in {root}: {reason.removeprefix('fatal: ')}")
    return parse_diff(out.stdout)


def _in_changes(finding: Finding, changes: dict[str, ChangedLines]) -> bool:
    entry = changes.get(finding.path)
    if entry is None:
        return False
    span = finding.function_span or finding.span
    return entry.touches(span.start.line, span.end.line)


def restrict_to_diff(result: ScanResult, changes: dict[str, ChangedLines]) -> ScanResult:
    from dataclasses import replace

    def keep_diagnostic(d: Diagnostic) -> bool:
        return not d.path or d.path in changes

    return replace(
        result,
        findings=[f for f in result.findings if _in_changes(f, changes)],
        suppressed=[f for f in result.suppressed if _in_changes(f, changes)],
        diagnostics=[d for d in result.diagnostics if keep_diagnostic(d)],
    )


# --- output -----------------------------------------------------------------------------------


def _use_colour(stream: TextIO) -> bool:
    # https://no-color.org: any non-empty NO_COLOR turns colour off.
    return not os.environ.get("NO_COLOR") and stream.isatty()


class ProgressBar:
    """A rich progress bar on stderr, drawn only on a TTY and only for long scans."""

    def __init__(self) -> None:
        self._enabled = sys.stderr.isatty()
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self._enabled or total < PROGRESS_MIN_FILES:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("scan", total=total)
        if self._task is not None:
            self._bar.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def repository_prefix(root: Path) -> str:
    """``root`` relative to its git top-level, as a path prefix ("" at the top or outside git):
    GitHub annotations need repository paths."""
    top = _git_toplevel(root)
    if top is None or top == root.resolve():
        return ""
    try:
        return root.resolve().relative_to(top).as_posix() + "/"
    except ValueError:
        return ""


def exit_code(findings: Iterable[Finding], fail_on: FailOn) -> int:
    if fail_on is FailOn.NEVER:
        return EXIT_OK
    from checks.model import Severity

    threshold = Severity(fail_on.value).rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in findings) else EXIT_OK


def _write(text: str, output: Path | None) -> None:
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `warden scan | head`: the reader left, nothing more to say
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def run_scan(
    paths: list[Path],
    fmt: OutputFormat,
    output: Path | None,
    config_file: Path | None,
    fail_on: FailOn | None,
    diff: str | None,
    jobs: int | None,
    workspace: bool = True,
) -> int:
    """The whole command without the exit: returns the exit code, raises UsageError."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    if output is not None and output.is_dir():
        raise UsageError(f"--output {output} is a directory")
    config = load_scan_config(paths, config_file)
    threshold = fail_on if fail_on is not None else FailOn(config.fail_on)
    # Ask git before scanning, so a bad range fails fast; the engine's root is the same folder.
    expected_root = _common_folder(paths)
    spec = validate_range(diff) if diff is not None else None
    changes = changed_lines(expected_root, spec) if spec is not None else None

    from checks.engine import scan_paths

    progress = ProgressBar()
    try:
        result, root = scan_paths(paths, config, jobs=jobs, progress=progress, workspace=workspace)
    finally:
        progress.close()
    if spec is not None and changes is not None:
        if root.resolve() != expected_root:
            changes = changed_lines(root, spec)
        result = restrict_to_diff(result, changes)

    from checks.formats import ReportContext, render

    colour = fmt is OutputFormat.TEXT and output is None and _use_colour(sys.stdout)
    prefix = repository_prefix(root) if fmt is OutputFormat.GITHUB else ""
    ctx = ReportContext.default(root, color=colour, path_prefix=prefix)
    _write(render(result, fmt.value, ctx), output)
    return exit_code(result.findings, threshold)


def scan_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH...", help="Files or folders to scan (default: the current folder).", show_default=False
        ),
    ] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to FILE instead of stdout.")
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="Configuration file (default: <root>/.github/warden.yml when present)."),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Lowest severity that makes the exit code 1 (default: config fail_on, error)."),
    ] = None,
    diff: Annotated[
        str | None,
        typer.Option("--diff", metavar="BASE..HEAD", help="Only report findings in functions this git range touched."),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    no_workspace: Annotated[
        bool,
        typer.Option(
            "--no-workspace",
            help="Scanning one app of a monorepo: do not read the workspace packages it imports.",
        ),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Scan Next.js server code for Server Action and route-handler security holes."""
    try:
        code = run_scan(paths or [Path(".")], format, output, config, fail_on, diff, jobs, workspace=not no_workspace)
    except UsageError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        if debug:
            traceback.print_exc()
        else:
            _error(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(code)
