"""Where a single-core scan's CPU time goes, by phase, and how much of the code it analyses.

``bench_scan.py --phases`` (or ``python benchmarks/phases.py DIR``) scans a tree once, in this
process, with CPU timers around the analyser's phases, each phase's time its own (what a phase
spends inside another phase is that other phase's):

- ``parse+index``: `Program.module` (tree-sitter parse and the module index, imports included);
- ``entry-points``: `find_entry_points` per analysed file;
- ``entry-point flows``: the flow walk of each entry point (`FileContext.flow`, computed once per
  entry point, asked for by every rule);
- ``summaries``: helper summaries (`Analyzer._summarise`, memoised per function and per batch);
- ``rule:<id>``: each rule's own work;
- ``other``: the rest (discovery, prefilter, suppressions, sorting).

And counts: files, files the prefilter skips, modules parsed, function nodes in them, entry
points, functions summarised (distinct, and how often: a function summarised in two engine
batches counts twice), and who asked for the summaries (an entry point's flow, a rule, entry-point
discovery). The timers add overhead of their own (~10 %): compare phases within one run.
"""

from __future__ import annotations

import collections
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_cpu = time.process_time


class _Timers:
    def __init__(self) -> None:
        self.own: dict[str, float] = collections.defaultdict(float)
        self.calls: collections.Counter[str] = collections.Counter()
        self._inner: list[float] = []  # per open phase, the time its inner phases took
        self.labels: list[str] = []  # the open phases, outermost first

    def wrap(self, owner: object, name: str, label: str, consume: bool = False) -> None:
        """Time ``owner.name`` as ``label`` (``consume``: a generator, run to its end inside the timer)."""
        orig: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = _cpu()
            self._inner.append(0.0)
            self.labels.append(label)
            try:
                out = orig(*args, **kwargs)
                return list(out) if consume else out
            finally:
                self.labels.pop()
                took = _cpu() - start
                inner = self._inner.pop()
                self.own[label] += took - inner
                self.calls[label] += 1
                if self._inner:
                    self._inner[-1] += took

        setattr(owner, name, timed)


def run(root: Path) -> str:
    import checks.context as context
    from checks import Config, scan_paths
    from checks.analysis import syntax as sx
    from checks.analysis.flow import Analyzer
    from checks.analysis.program import Program
    from checks.registry import all_rules
    from checks.sources import MemoryTree

    timers = _Timers()
    timers.wrap(Program, "module", "parse+index")
    timers.wrap(context, "find_entry_points", "entry-points")
    timers.wrap(context.FileContext, "flow", "entry-point flows")
    timers.wrap(Analyzer, "_summarise", "summaries")
    for rule in all_rules():
        timers.wrap(rule, "check", "rule:" + rule.META.id, consume=True)

    counts: collections.Counter[str] = collections.Counter()
    summarised: collections.Counter[tuple[str, int]] = collections.Counter()
    asked_by: collections.Counter[str] = collections.Counter()
    entry_points: set[tuple[str, int]] = set()

    summarise: Callable[..., Any] = Analyzer._summarise

    def counted_summarise(az: Analyzer, fn: Any) -> Any:
        summarised[(fn.module.path, fn.key[1])] += 1
        if not az._stack[:-1]:  # asked from outside any other summary: by whom
            asked_by[next((label for label in reversed(timers.labels) if label != "summaries"), "?")] += 1
        return summarise(az, fn)

    setattr(Analyzer, "_summarise", counted_summarise)  # noqa: B010 (mypy: a method replaced)
    find_entry_points: Callable[..., Any] = getattr(context, "find_entry_points")  # noqa: B009

    def counted_entry_points(az: Analyzer, mod: Any) -> Any:
        found = find_entry_points(az, mod)
        entry_points.update((ep.fn.module.path, ep.fn.key[1]) for ep in found)
        return found

    setattr(context, "find_entry_points", counted_entry_points)  # noqa: B010
    release: Callable[..., Any] = Program.release

    def counted_release(program: Program) -> None:
        if not isinstance(program.tree, MemoryTree):  # (not a fix's one-file re-check)
            counts["batches"] += 1
            for mod in program._modules.values():
                if mod is not None:
                    counts["modules parsed"] += 1
                    counts["function nodes in them"] += len(mod.parsed.find(tuple(sorted(sx.FUNCTION_TYPES))))
        release(program)

    setattr(Program, "release", counted_release)  # noqa: B010

    start = _cpu()
    result, _ = scan_paths([root], Config(), jobs=1)
    total = _cpu() - start
    lines = [
        f"tree {root}: {result.files_scanned} files, {result.files_skipped} skipped by the prefilter, "
        f"{len(result.findings)} findings, {total:.2f} CPU-s (timers included)",
        "",
        "| phase | own CPU-s | share | calls |",
        "|---|---:|---:|---:|",
    ]
    for label, own in sorted(timers.own.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {label} | {own:.2f} | {100 * own / total:.0f} % | {timers.calls[label]:,} |")
    other = total - sum(timers.own.values())
    lines.append(f"| other | {other:.2f} | {100 * other / total:.0f} % | |")
    lines += [
        "",
        f"engine batches: {counts['batches']}",
        f"modules parsed: {counts['modules parsed']:,}, function nodes in them: {counts['function nodes in them']:,}",
        f"entry points: {len(entry_points):,}",
        f"functions summarised: {len(summarised):,} distinct, {sum(summarised.values()):,} times "
        f"({sum(1 for n in summarised.values() if n > 1):,} more than once)",
        "summaries asked for (outermost) by: " + ", ".join(f"{label} {n:,}" for label, n in asked_by.most_common())
        if asked_by
        else "summaries asked for by: none",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(run(Path(sys.argv[1]).resolve()))
