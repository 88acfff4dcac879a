"""Warden and Semgrep OSS side by side on the same code: wall time, peak RSS, files, findings.

Both tools run as their command-line programs (start-up included, as a user sees it),
each with every core, on:

- a generated 4,000-file monorepo (issue 2's yardstick: Warden at least 5x faster),
  written to ``benchmarks/.generated/monorepo-4000`` when absent;
- any real app given with ``--path`` (e.g. a checkout of a repository fetched into
  ``/work/.mirror``).

Semgrep lives in its own venv so its pins never touch Warden's:
``python -m venv benchmarks/.peers/venv && benchmarks/.peers/venv/bin/pip install semgrep==1.185.0``.
It runs offline with the local rules in ``benchmarks/semgrep-rules.yml`` (``--metrics=off
--disable-version-check``) and ``--no-git-ignore``, because the generated trees sit in a
git-ignored folder and Semgrep would otherwise skip every file.

Usage: python benchmarks/compare_semgrep.py [--path DIR ...] [--no-generated] [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RULES = HERE / "semgrep-rules.yml"
SEMGREP = HERE / ".peers" / "venv" / "bin" / "semgrep"
GENERATED = HERE / ".generated" / "monorepo-4000"
TARGET_SPEEDUP = 5.0


@dataclass
class Run:
    tool: str
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # user + system, worker processes included
    peak_rss_mb: float = 0.0
    files: int | None = None
    findings: int | None = None
    error: str | None = None

    @property
    def wall(self) -> float | None:
        return statistics.median(self.walls) if self.walls else None

    @property
    def cpu(self) -> float | None:
        return statistics.median(self.cpus) if self.cpus else None


def warden_command() -> list[str]:
    exe = Path(sys.executable).with_name("warden")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float, int, str]:
    """Runs ``cmd``; returns wall and CPU seconds, peak RSS in MB (largest process of its tree), exit code,
    stderr tail. ``wait4`` gives the child's own rusage with its reaped descendants folded in."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip()[-800:]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, tail


def run_warden(path: Path, repeat: int, jobs: int) -> Run:
    run = Run("warden")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "warden.json"
        cmd = [*warden_command(), "scan", str(path), "--format", "json", "--output", str(out), "--fail-on", "never"]
        cmd += ["--jobs", str(jobs)]
        # ``checks``/``bot`` from this checkout, whatever the venv's (possibly stale) editable install maps.
        env = os.environ | {"PYTHONPATH": str(REPO)}
        for _ in range(repeat):
            wall, cpu, rss, code, err = timed(cmd, env)
            if code != 0:
                run.error = f"exit {code}: {err}"
                return run
            run.walls.append(wall)
            run.cpus.append(cpu)
            run.peak_rss_mb = max(run.peak_rss_mb, rss)
        data = json.loads(out.read_text())
    run.findings = len(data.get("findings", []))
    for key in ("files_scanned", "files"):
        value = data.get(key, data.get("summary", {}).get(key) if isinstance(data.get("summary"), dict) else None)
        if isinstance(value, int):
            run.files = value
            break
    return run


def run_semgrep(path: Path, repeat: int, jobs: int) -> Run:
    run = Run("semgrep")
    if not SEMGREP.exists():
        run.error = f"{SEMGREP} missing; install it as this script's docstring says"
        return run
    env = os.environ | {"SEMGREP_SEND_METRICS": "off", "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "semgrep.json"
        cmd = [str(SEMGREP), "scan", "--config", str(RULES), "--metrics=off", "--disable-version-check"]
        cmd += ["--no-git-ignore", "--jobs", str(jobs), "--json", "--output", str(out), str(path)]
        for _ in range(repeat):
            wall, cpu, rss, code, err = timed(cmd, env)
            if code not in (0, 1):  # 1 = findings
                run.error = f"exit {code}: {err}"
                return run
            run.walls.append(wall)
            run.cpus.append(cpu)
            run.peak_rss_mb = max(run.peak_rss_mb, rss)
        data = json.loads(out.read_text())
    run.findings = len(data.get("results", []))
    run.files = len(data.get("paths", {}).get("scanned", []))
    return run


def count_sources(path: Path) -> tuple[int, int]:
    """Files and lines Warden considers, by its own discovery rule."""
    sys.path.insert(0, str(REPO))
    from checks.sources import DiskTree, is_source_path

    files = lines = 0
    for rel in DiskTree(path).paths():
        if is_source_path(rel):
            files += 1
            lines += (path / rel).read_bytes().count(b"\n")
    return files, lines


def ensure_generated(files: int, lines: int) -> Path:
    marker = GENERATED / ".warden-bench-generated"
    wanted = f"seed=1 files={files} lines={lines}"
    if not marker.exists() or marker.read_text().strip() != wanted:
        print(f"generating {GENERATED} ...", file=sys.stderr)
        cmd = [sys.executable, str(HERE / "generate.py"), "--out", str(GENERATED), "--seed", "1"]
        subprocess.run([*cmd, "--files", str(files), "--lines", str(lines)], check=True)
    return GENERATED


def compare(path: Path, repeat: int, jobs: int) -> dict[str, Any]:
    files, lines = count_sources(path)  # also reads every source file: a warm page cache for both tools
    warden = run_warden(path, repeat, jobs)
    semgrep = run_semgrep(path, repeat, jobs)
    ratio = semgrep.wall / warden.wall if warden.wall and semgrep.wall else None
    label = str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)
    return {
        "path": label,
        "files": files,
        "lines": lines,
        "warden": asdict(warden) | {"wall": warden.wall, "cpu": warden.cpu},
        "semgrep": asdict(semgrep) | {"wall": semgrep.wall, "cpu": semgrep.cpu},
        "cpu_ratio": semgrep.cpu / warden.cpu if warden.cpu and semgrep.cpu else None,
        "speedup": ratio,
        "status": "n/a" if ratio is None else "PASS" if ratio >= TARGET_SPEEDUP else "FAIL",
    }


def fmt(value: float | int | None, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.{digits}f}"


def markdown(report: dict[str, Any]) -> str:
    rows = [
        f"Machine: {report['cores']} cores, {report['machine']}, Python {report['python']}; "
        f"Semgrep {report['semgrep_version']}, both with --jobs {report['jobs']}; Warden: {report['warden_build']}. "
        f"Commit {report['commit']}, {report['date']}. Median of {report['repeat']} run(s), page cache warm; "
        f"1-min load average before: {report['load_before']}.",
        "",
        "| code | files | lines | tool | wall (s) | CPU (s) | peak RSS (MB) | files scanned | findings |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for c in report["comparisons"]:
        for tool in ("warden", "semgrep"):
            r = c[tool]
            if r["error"]:
                rows.append(f"| {c['path']} | {c['files']:,} | {c['lines']:,} | {tool} | error: {r['error']} | | | | |")
                continue
            rows.append(
                f"| {c['path']} | {c['files']:,} | {c['lines']:,} | {tool} | {fmt(r['wall'])} | {fmt(r['cpu'])} | "
                f"{fmt(r['peak_rss_mb'], 0)} | {fmt(r['files'])} | {fmt(r['findings'])} |"
            )
    rows += ["", f"| code | Semgrep / Warden wall | Semgrep / Warden CPU | target >= {TARGET_SPEEDUP:g}x (wall) |"]
    rows += ["|---|---:|---:|---|"]
    rows += [
        f"| {c['path']} | {fmt(c['speedup'])} | {fmt(c['cpu_ratio'])} | {c['status']} |" for c in report["comparisons"]
    ]
    return "\n".join(rows)


def semgrep_version() -> str:
    if not SEMGREP.exists():
        return "missing"
    proc = subprocess.run([str(SEMGREP), "--version", "--disable-version-check"], capture_output=True, text=True)
    return proc.stdout.strip() or "unknown"


def warden_build() -> str:
    """Which analyser the `warden` program runs: the pure-Python modules or the optional mypyc build."""
    proc = subprocess.run([sys.executable, "-m", "checks.native", "status"], capture_output=True, text=True, cwd=REPO)
    return proc.stdout.strip() or "unknown"


def git_commit() -> str:
    if shutil.which("git") is None:
        return "unknown"
    proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return proc.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Warden vs Semgrep OSS on the same code.")
    parser.add_argument("--path", type=Path, action="append", default=[], help="a real app folder (repeatable)")
    parser.add_argument("--no-generated", action="store_true", help="skip the generated monorepo")
    parser.add_argument("--files", type=int, default=4000, help="files of the generated monorepo (default 4000)")
    parser.add_argument("--lines", type=int, default=600_000, help="lines of the generated monorepo")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    targets: list[Path] = []
    for p in args.path:
        if not p.is_dir():
            raise SystemExit(f"error: {p} is not a folder")
        targets.append(p.resolve())
    if not args.no_generated:
        targets.insert(0, ensure_generated(args.files, args.lines))
    if not targets:
        raise SystemExit("error: nothing to compare (give --path or drop --no-generated)")
    repeat = max(1, args.repeat)
    report = {
        "cores": os.cpu_count() or 1,
        "machine": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "semgrep_version": semgrep_version(),
        "warden_build": warden_build(),
        "jobs": args.jobs,
        "commit": git_commit(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "repeat": repeat,
        "load_before": round(os.getloadavg()[0], 2),
        "comparisons": [compare(t, repeat, args.jobs) for t in targets],
    }
    print(json.dumps(report, indent=2) if args.json else markdown(report))
    failed = any(c["status"] != "PASS" for c in report["comparisons"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
