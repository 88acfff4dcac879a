"""Analyser speed and memory on the synthetic monorepo, against issue 2's targets.

Three measurements, each in a fresh Python process so that imports, caches and
peak RSS of one do not leak into the next:

- ``parse``: tree-sitter parse-only of the files the scan sees (file discovery and
  reading included, same grammar choice as ``checks.parsing``, one core);
- ``scan1``: the full analysis, ``checks.scan_paths(..., jobs=1)``;
- ``scanN``: the full analysis with every core, ``jobs=os.cpu_count()``.

Wall and CPU time are taken inside the child around the work (interpreter start-up
excluded for all three alike). The single-core targets (ratio, lines/s) are judged on
CPU time, which equals wall time on an idle machine but does not grow when other jobs
share the cores; the parallel speedup is judged on wall time. Peak RSS is the larger
of the child's ``ru_maxrss`` (its own, or its largest reaped worker's) and the sampled
sum of RSS over the child's process tree (what a parallel scan really holds at once).

Usage: python benchmarks/bench_scan.py [--path DIR] [--repeat N] [--json] [--profile] [--phases]
With no ``--path`` the default generated tree is used, generated first if absent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_TREE = HERE / ".generated" / "monorepo"

# Issue 2 §6 targets.
MAX_RATIO = 3.0
MIN_LINES_PER_S = 20_000
MAX_RSS_MB = 500.0


def min_speedup(cores: int) -> float:
    """What "uses all cores" must buy: at least half the ideal, and never below 1.2x."""
    return max(1.2, 0.5 * cores)


# -- child side: one measurement, result as JSON on stdout --------------------------------


def discover(root: Path) -> list[str]:
    """The files the analyser considers: its own discovery and source-suffix rule."""
    from checks.sources import DiskTree, is_source_path

    return [p for p in DiskTree(root).paths() if is_source_path(p)]


def cpu_seconds() -> float:
    """User + system CPU of this process and its reaped workers."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure_parse(root: Path) -> dict[str, Any]:
    from tree_sitter import Parser

    from checks.parsing import language_for

    parsers: dict[int, Parser] = {}
    cpu0, start = cpu_seconds(), time.perf_counter()
    paths = discover(root)
    files = lines = size = errors = 0
    for rel in paths:
        source = (root / rel).read_bytes()
        lang = language_for(rel)
        parser = parsers.setdefault(id(lang), Parser(lang))
        tree = parser.parse(source)
        files += 1
        lines += source.count(b"\n")
        size += len(source)
        errors += tree.root_node.has_error
    wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu0
    return {"wall": wall, "cpu": cpu, "files": files, "lines": lines, "bytes": size, "parse_errors": errors}


def measure_scan(root: Path, jobs: int) -> dict[str, Any]:
    from checks import Config, scan_paths

    cpu0, start = cpu_seconds(), time.perf_counter()
    result, _ = scan_paths([root], Config(), jobs=jobs)
    wall, cpu = time.perf_counter() - start, cpu_seconds() - cpu0
    return {
        "wall": wall,
        "cpu": cpu,
        "jobs": jobs,
        "findings": len(result.findings),
        "suppressed": len(result.suppressed),
        "diagnostics": len(result.diagnostics),
    }


def child_main(mode: str, root: Path, jobs: int) -> int:
    import resource

    try:
        out = measure_parse(root) if mode == "parse" else measure_scan(root, jobs)
    except Exception as exc:  # report, do not crash the harness: the engine may be mid-change
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    out["self_maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["children_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(out))
    return 0


# -- parent side ---------------------------------------------------------------------------


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root_pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        # Field 4 (ppid) comes after the parenthesised command name, which may hold spaces.
        parents[int(entry)] = int(stat.rpartition(")")[2].split()[1])
    tree, frontier = [root_pid], [root_pid]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        tree += frontier
    return tree


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _descendants(self.pid)))
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass
class Measurement:
    name: str
    jobs: int
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    peak_rss_mb: float = 0.0  # largest of: one process's ru_maxrss, sampled process-tree sum
    max_process_rss_mb: float = 0.0
    tree_rss_mb: float = 0.0
    detail: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def wall(self) -> float:
        return statistics.median(self.walls) if self.walls else float("nan")

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus) if self.cpus else float("nan")


def run_child(mode: str, root: Path, jobs: int) -> tuple[dict[str, Any], float, float]:
    """One fresh process; returns its JSON, its peak single-process RSS and sampled tree RSS (MB)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_measure", mode, "--path", str(root)]
    cmd += ["--jobs", str(jobs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    sampler.stop()
    # communicate() reaped the child; its own rusage (children included) comes from its report.
    try:
        data: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        data = {"error": f"no result (exit {proc.returncode}): {stderr.strip()[-500:]}"}
    max_kb = max(int(data.get("self_maxrss_kb", 0)), int(data.get("children_maxrss_kb", 0)))
    return data, max_kb / 1024, sampler.peak_kb / 1024


def measure(name: str, mode: str, root: Path, jobs: int, repeat: int) -> Measurement:
    m = Measurement(name, jobs)
    for _ in range(repeat):
        data, max_mb, tree_mb = run_child(mode, root, jobs)
        if "error" in data:
            m.error = str(data["error"])
            return m
        m.walls.append(float(data["wall"]))
        m.cpus.append(float(data["cpu"]))
        m.max_process_rss_mb = max(m.max_process_rss_mb, max_mb)
        m.tree_rss_mb = max(m.tree_rss_mb, tree_mb)
        m.detail = data
    m.peak_rss_mb = max(m.max_process_rss_mb, m.tree_rss_mb)
    return m


def warm_page_cache(root: Path) -> None:
    """Read every file once so that no measurement pays for cold disk reads the others do not."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            try:
                with open(os.path.join(dirpath, name), "rb") as fh:
                    fh.read()
            except OSError:
                continue  # (a dangling symlink, as real repositories hold: the scan skips it too)


def git_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "checks"], cwd=REPO, capture_output=True, text=True
        )
    except OSError:
        return "unknown"
    return head.stdout.strip() + (" (checks/ modified)" if dirty.stdout.strip() else "")


def evaluate(parse: Measurement, scan1: Measurement, scan_n: Measurement, cores: int) -> list[dict[str, Any]]:
    lines = int(parse.detail.get("lines", 0))
    # Both single-core runs are judged on CPU time: on an idle machine it equals their wall time,
    # and unlike wall time it does not grow when other jobs share the cores.
    ratio = scan1.cpu / parse.cpu if parse.walls and scan1.walls else None
    lps = lines / scan1.cpu if scan1.walls else None
    speedup = scan1.wall / scan_n.wall if scan1.walls and scan_n.walls else None
    rss = max(scan1.peak_rss_mb, scan_n.peak_rss_mb) if scan1.walls and scan_n.walls else None
    need = min_speedup(cores)

    def status(ok: bool | None) -> str:
        return "n/a" if ok is None else "PASS" if ok else "FAIL"

    return [
        {"target": f"full scan / parse-only <= {MAX_RATIO:g} (CPU time)", "value": ratio,
         "status": status(None if ratio is None else ratio <= MAX_RATIO)},
        {"target": f">= {MIN_LINES_PER_S:,} lines/s on one core (per CPU-second)", "value": lps,
         "status": status(None if lps is None else lps >= MIN_LINES_PER_S)},
        {"target": f"peak RSS <= {MAX_RSS_MB:g} MB", "value": rss,
         "status": status(None if rss is None else rss <= MAX_RSS_MB)},
        {"target": f"speedup (wall) with {cores} cores >= {need:g}x", "value": speedup,
         "status": "n/a" if cores < 2 else status(None if speedup is None else speedup >= need)},
    ]  # fmt: skip


def fmt(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def markdown(report: dict[str, Any]) -> str:
    rows = [
        f"Tree: `{report['tree']}` — {report['files']:,} files, {report['lines']:,} lines "
        f"({report['bytes'] / 1e6:.1f} MB). Machine: {report['cores']} cores, {report['machine']}, "
        f"Python {report['python']}. Commit {report['commit']}, {report['date']}. "
        f"Median of {report['repeat']} run(s); 1-min load average before: {report['load_before']}.",
        "",
        "| measurement | jobs | wall (s) | CPU (s) | files/s | lines/s | lines/CPU-s | peak RSS (MB) | findings |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in report["measurements"]:
        if m["error"]:
            rows.append(f"| {m['name']} | {m['jobs']} | error: {m['error']} | | | | | | |")
            continue
        wall = m["wall"]
        findings = m["detail"].get("findings", "-")
        rows.append(
            f"| {m['name']} | {m['jobs']} | {fmt(wall)} | {fmt(m['cpu'])} | {fmt(report['files'] / wall, 0)} | "
            f"{fmt(report['lines'] / wall, 0)} | {fmt(report['lines'] / m['cpu'], 0)} | "
            f"{fmt(m['peak_rss_mb'], 0)} | {findings} |"
        )
    rows += ["", "| target | measured | result |", "|---|---:|---|"]
    rows += [f"| {t['target']} | {fmt(t['value'])} | {t['status']} |" for t in report["targets"]]
    return "\n".join(rows)


def ensure_tree(path: Path | None) -> Path:
    if path is not None:
        if not path.is_dir():
            raise SystemExit(f"error: {path} is not a folder")
        return path.resolve()
    if not DEFAULT_TREE.is_dir():
        print(f"generating {DEFAULT_TREE} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(DEFAULT_TREE)], check=True)
    return DEFAULT_TREE


def profile(root: Path, top: int) -> None:
    """cProfile of one single-core scan, in this process: where the time goes."""
    import cProfile
    import pstats

    from checks import Config, scan_paths

    prof = cProfile.Profile()
    prof.enable()
    scan_paths([root], Config(), jobs=1)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the analyser against issue 2's targets.")
    parser.add_argument("--path", type=Path, help="tree to scan (default: the generated monorepo)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the median wall time is kept")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="jobs for the parallel run")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of a single-core scan instead")
    parser.add_argument("--top", type=int, default=30, help="functions shown by --profile")
    parser.add_argument(
        "--phases", action="store_true", help="print a single-core scan's CPU time by phase, and what it analysed"
    )
    parser.add_argument("--_measure", choices=("parse", "scan"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args._measure:
        # Import ``checks`` from this checkout, whatever the venv's (possibly stale) editable install maps.
        sys.path.insert(0, str(REPO))
        return child_main(args._measure, args.path.resolve(), args.jobs)
    root = ensure_tree(args.path)
    if args.profile:
        sys.path.insert(0, str(REPO))
        profile(root, args.top)
        return 0
    if args.phases:
        sys.path.insert(0, str(REPO))
        from phases import run  # (this folder: the script's own)

        print(run(root))
        return 0
    cores = os.cpu_count() or 1
    repeat = max(1, args.repeat)
    warm_page_cache(root)
    parse = measure("tree-sitter parse only", "parse", root, 1, repeat)
    if parse.error:
        raise SystemExit(f"error: parse-only measurement failed: {parse.error}")
    scan1 = measure("warden scan, 1 job", "scan", root, 1, repeat)
    scan_n = measure(f"warden scan, {args.jobs} jobs", "scan", root, args.jobs, repeat)
    ms = [parse, scan1, scan_n]
    report: dict[str, Any] = {
        "tree": str(root.relative_to(REPO)) if root.is_relative_to(REPO) else str(root),
        "files": parse.detail["files"],
        "lines": parse.detail["lines"],
        "bytes": parse.detail["bytes"],
        "cores": cores,
        "machine": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "commit": git_commit(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "repeat": repeat,
        "load_before": round(os.getloadavg()[0], 2),
        "measurements": [
            asdict(m) | {"wall": m.wall if m.walls else None, "cpu": m.cpu if m.cpus else None} for m in ms
        ],
        "targets": evaluate(parse, scan1, scan_n, cores),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(markdown(report))
    return 0 if all(t["status"] != "FAIL" for t in report["targets"]) and not any(m.error for m in ms) else 1


if __name__ == "__main__":
    sys.exit(main())
