"""Run every enabled rule over the target files of a source tree.

Files are prefiltered on their bytes (Ruff's "module not imported -> skip"): a file
that is neither a possible endpoint nor holds a raw-SQL call, a secret-looking
comparison or an auth-looking check is counted but never parsed. Large scans of a
folder are split over worker processes; each worker parses what its files import.
"""

from __future__ import annotations

import gc
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pathspec

from checks.analysis import syntax as sx
from checks.analysis.entry_points import (
    PAGES_API_FILE,
    ROUTE_FILE,
    bound_entry_points,
    handler_module,
    operation_exports,
)
from checks.analysis.flow import Analyzer, Summary
from checks.analysis.program import Program
from checks.analysis.vocabulary import Vocabulary
from checks.config import Config
from checks.context import FileContext
from checks.model import Diagnostic, Finding, ScanResult
from checks.parsing import swap_registry
from checks.project import in_dirs, next_public_dirs
from checks.registry import RULE_IDS, all_rules
from checks.sources import DiskTree, SourceTree, find_workspace, is_source_path, read_once
from checks.suppress import apply_suppressions, parse_suppressions

# Atomic groups: a banner of `/////` lines otherwise lets `//[^\n]*` split each line every
# way, and the match backtracks exponentially (minutes on one 28 kB file).
_USE_CLIENT = re.compile(rb"^\s*+(?>(?://[^\n]*+|/\*.*?\*/)\s*+)*+['\"]use client['\"]", re.S)
# A file is interesting when it holds any of these (one regex with all of them, the secret words
# case-insensitive, took 3x longer: Python's engine has no fast path for a mixed alternation).
# (`handleReturnedServerError`: next-safe-action before v6 names the client's error handler so)
_INTERESTING_ACTIONS = (
    b"use server",
    b".action(",
    b".stateAction(",
    b".handler(",
    b"handleServerError",
    b"handleReturnedServerError",
    # (an uploadthing FileRouter's routes and a better-auth config's additional user fields: endpoints
    # declared in a module the route only mounts)
    b"createUploadthing",
    b"additionalFields",
)
_INTERESTING_SQL = re.compile(rb"(?:query|execute|exec|prepare|Unsafe|raw|unsafe)\s*(?:<[^>()]*>)?\s*\(")
_SECRET_WORDS = (b"token", b"secret", b"otp", b"passcode", b"password", b"hash", b"signature", b"hmac", b"digest")
_SECRET_PIN = re.compile(rb"api_?key|\bpin")  # matched on the lower-cased bytes
PARALLEL_THRESHOLD = 200  # files; below this a process pool costs more than it saves
ProgressFn = Callable[[int, int], None]


def _matcher(patterns: list[str]) -> pathspec.PathSpec[Any] | None:
    return pathspec.PathSpec.from_lines("gitwildmatch", patterns) if patterns else None


def select_targets(tree: SourceTree, config: Config, targets: Iterable[str] | None) -> list[str]:
    include = _matcher(config.include)
    exclude = _matcher(config.exclude)
    paths = targets if targets is not None else tree.paths()
    static = next_public_dirs(tree.paths())  # a Next app's `public/`: browser assets, served as they are
    out = []
    for p in paths:
        if not is_source_path(p):
            continue
        if any(part in ("node_modules", ".next", "dist", "build", "out", "coverage") for part in p.split("/")[:-1]):
            continue
        if static and in_dirs(p, static):
            continue
        if include is not None and not include.match_file(p):
            continue
        if exclude is not None and exclude.match_file(p):
            continue
        out.append(p)
    return sorted(set(out))


def needs_analysis(path: str, data: bytes) -> bool:
    if _USE_CLIENT.match(data):
        return False
    if ROUTE_FILE.search(path) or PAGES_API_FILE.search(path):
        return True
    # (each regex is tried only where the words it needs occur: a substring test is far cheaper
    # than a regex search, and most files the prefilter skips hold none of them)
    if any(w in data for w in _INTERESTING_ACTIONS):
        return True
    if any(w in data for w in _SQL_WORDS) and _INTERESTING_SQL.search(data):
        return True
    if b"export" in data and any(w in data for w in _METHOD_WORDS) and handler_module(data):
        return True
    if b"return async" in data or b"=> async (" in data:
        return True  # a wrapper's returned handler, whose un-awaited check runs for every action it wraps
    if b"server-only" in data:
        return True  # a data-access module actions call: an un-awaited guard in its helpers never fires
    if b"onError" in data and b"hono" in data:
        return True  # a Hono app's error handler answers every route's thrown error
    lower = data.lower()  # ASCII only, as the (?i:...) it replaces
    if any(w in lower for w in _SECRET_WORDS):
        return True
    return any(w in lower for w in _PIN_WORDS) and bool(_SECRET_PIN.search(lower))


# What `_INTERESTING_SQL`, `HANDLER_MODULE` and `_SECRET_PIN` cannot match without.
_SQL_WORDS = (b"query", b"exec", b"prepare", b"nsafe", b"raw")
_METHOD_WORDS = (b"GET", b"POST", b"PUT", b"PATCH", b"DELETE")
_PIN_WORDS = (b"pin", b"apikey", b"api_key")


def scan(
    tree: SourceTree,
    config: Config | None = None,
    targets: Iterable[str] | None = None,
    jobs: int | None = 1,
    progress: ProgressFn | None = None,
    fixes: bool = True,
) -> ScanResult:
    """Analyse ``targets`` (default: every source file of the tree) and report on them."""
    config = config or Config()
    files = select_targets(tree, config, targets)
    workers = min(jobs or os.cpu_count() or 1, os.cpu_count() or 1)
    if workers > 1 and len(files) >= PARALLEL_THRESHOLD and isinstance(tree, DiskTree):
        return _scan_parallel(tree, config, files, workers, progress)
    return _scan_files(tree, config, files, progress, fixes)


def _scan_parallel(
    tree: DiskTree, config: Config, files: list[str], workers: int, progress: ProgressFn | None
) -> ScanResult:
    # Contiguous slices of the sorted paths: files of one app or folder share their imports
    # (auth helpers, safe-action clients), which each worker then parses once, not in every chunk.
    count = min(len(files), workers * 2)
    chunks = _balanced_chunks(files, _work_weights(tree, config, files), count)
    total = ScanResult([], [], [])
    done = 0
    workspace = str(tree.workspace) if tree.workspace is not None else None
    key = (str(tree.root), workspace)
    # (forked workers start with this tree: its file list and the bytes just read for the weights)
    _WORKER_TREE[key] = tree
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            jobs = [(str(tree.root), workspace, config.model_dump(), c) for c in chunks if c]
            for part in pool.map(_scan_chunk, jobs):
                total.add(part)
                done += part.files_scanned
                if progress is not None:
                    progress(done, len(files))
    finally:
        _WORKER_TREE.pop(key, None)
    _sort(total)
    return total


def _work_weights(tree: DiskTree, config: Config, files: list[str]) -> list[int]:
    """What each file costs a worker, roughly: its size when the prefilter lets it through, else
    next to nothing. Server code clusters in a few folders (a Next app's `app/api`), so equal counts
    of files are far from equal work: one worker would analyse most of an app while the other skips
    its client components."""
    out = []
    for path in files:
        data = read_once(tree, path)
        if data is None or len(data) > config.max_file_size or not needs_analysis(path, data):
            out.append(1)
        else:
            out.append(1 + len(data))
    return out


def _balanced_chunks(files: list[str], weights: list[int], count: int) -> list[list[str]]:
    """``files`` cut into ``count`` contiguous slices of about equal total weight."""
    total = sum(weights)
    chunks: list[list[str]] = []
    start = 0
    acc = 0
    for i, w in enumerate(weights):
        acc += w
        # (the slice ends once it holds its share; each later slice keeps at least one file)
        if len(chunks) < count - 1 and acc * count >= total * (len(chunks) + 1) and len(files) - i - 1 >= 1:
            chunks.append(files[start : i + 1])
            start = i + 1
    chunks.append(files[start:])
    return [c for c in chunks if c]


def _scan_chunk(args: tuple[str, str | None, dict[str, object], list[str]]) -> ScanResult:
    root, workspace, cfg, files = args
    # One tree per worker, not per chunk: a worker's later chunks then start with what its tree
    # learnt (file list, import index, tree facts) and with the modules kept from its last batch
    # (`KeptModules`), as a later batch of a one-process scan does; findings never depend on batching.
    key = (root, workspace)
    tree = _WORKER_TREE.get(key)
    if tree is None:
        _WORKER_TREE.clear()
        tree = _WORKER_TREE[key] = DiskTree(Path(root), Path(workspace) if workspace is not None else None)
    return _scan_files(tree, Config.model_validate(cfg), files, None)


# the tree a pool worker scans its chunks of (`_scan_chunk`); set in workers only, which end with their scan
_WORKER_TREE: dict[tuple[str, str | None], DiskTree] = {}


# A fresh project model per batch bounds memory on very large scans: a batch ends once the
# sources its model parsed (targets and what they import) reach this many bytes. Bounded by what
# is parsed, not by a count of target files: files the prefilter skips cost no memory, and
# a monorepo's files that share their imports (auth helpers, the data layer) are best kept together,
# since every batch parses those again and works out their summaries again.
# `WARDEN_BATCH_BYTES` (read here only, once at import) overrides it: a tiny value (e.g. 50_000)
# splits a scan into many batches, which the determinism test and `batchdiff` use to check that
# the findings never depend on how the scan was batched.
BATCH_BYTES = int(os.environ.get("WARDEN_BATCH_BYTES") or 4_000_000)

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while scanning: the analysis allocates millions of short-lived
    tree-sitter node wrappers that reference counting frees, and the collector's generation-0 passes
    over them cost ~4% of a scan. Counted, so that concurrent scans (the App's worker threads) only
    turn the collector back on when the last one ends."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        _gc_pauses += 1
        if _gc_pauses == 1:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def _scan_files(
    tree: SourceTree, config: Config, files: list[str], progress: ProgressFn | None, fixes: bool = True
) -> ScanResult:
    # helper summaries a batch worked out that hold no node, for the later batches (`Analyzer.portable_summaries`)
    carried: dict[tuple[str, int], Summary] = {}
    with _gc_paused():
        part, done = _scan_batch(tree, config, files, progress, fixes, 0, carried)
    if done == len(files):
        return part
    total = ScanResult([], [], [])
    total.add(part)
    while done < len(files):
        del part
        gc.collect()  # the last batch's model (its modules and functions refer to each other) is freed now
        with _gc_paused():
            part, done = _scan_batch(tree, config, files, progress, fixes, done, carried)
        total.add(part)
    _sort(total)
    return total


def _scan_batch(
    tree: SourceTree,
    config: Config,
    files: list[str],
    progress: ProgressFn | None,
    fixes: bool,
    start: int,
    carried: dict[tuple[str, int], Summary],
) -> tuple[ScanResult, int]:
    sx.clear_caches()  # keyed by source identity: never reuse them across project models
    outer = sx.set_current(None)  # (a fix's re-check scans a patched file in the middle of another's)
    outer_files = swap_registry({})  # (the files this batch parses: `parsing.parsed_of`)
    try:
        return _scan_batch_files(tree, config, files, progress, fixes, start, carried)
    finally:
        # (a fix's re-check ends inside another batch: its entries, keyed by the identity of sources
        # freed now, must not answer for a later file that happens to reuse the address)
        sx.clear_caches()
        sx.set_current(outer)
        swap_registry(outer_files)


def _scan_batch_files(
    tree: SourceTree,
    config: Config,
    files: list[str],
    progress: ProgressFn | None,
    fixes: bool,
    start: int,
    carried: dict[tuple[str, int], Summary],
) -> tuple[ScanResult, int]:
    """Scan ``files`` from ``start`` with one project model, until the sources it parsed reach
    ``BATCH_BYTES``; returns the result and where the next batch starts. ``carried``: the summaries
    earlier batches of the scan settled (taken, then added to)."""
    program = Program(tree, config)
    analyzer = Analyzer(program, Vocabulary.from_config(config))
    analyzer.adopt_summaries(carried)
    rules = [r for r in all_rules() if config.enabled(r.META.id)]
    known = frozenset(RULE_IDS)
    result = ScanResult([], [], [])
    end = len(files)
    for i in range(start, len(files)):
        if program.parsed_bytes >= BATCH_BYTES and i > start:
            end = i
            break
        path = files[i]
        if progress is not None and (i - start) % 25 == 0:
            progress(i, len(files))
        data = read_once(tree, path)
        result.files_scanned += 1
        if data is None:
            result.diagnostics.append(Diagnostic(path, "unreadable", "file could not be read"))
            continue
        result.lines_scanned += data.count(b"\n") + 1
        if len(data) > config.max_file_size:
            program.module(path, report=True)  # records the too-large diagnostic
            continue
        if not needs_analysis(path, data) and path not in operation_exports(program):
            result.files_skipped += 1
            continue
        if program.index.never_built(path):  # (a tsconfig-excluded folder nothing built imports)
            result.files_skipped += 1
            continue
        module = program.module(path, report=True, data=data)
        if module is None or module.directive == "use client":
            continue
        sx.set_current(module.parsed)
        ctx = FileContext(module, analyzer, config, fixes=fixes)
        found: list[Finding] = []
        for rule in rules:
            try:
                found.extend(rule.check(ctx))
            except RecursionError:
                result.diagnostics.append(Diagnostic(path, "internal", f"{rule.META.id}: code too deeply nested"))
        found.extend(_hosted_findings(ctx, analyzer, config, rules, fixes, found))
        directives, diags = parse_suppressions(path, data, known)
        result.diagnostics.extend(diags)
        # (only the tree's own files are reported on: never a file of an app's workspace context)
        found = [f for f in found if not f.path.startswith("../")]
        active, suppressed = apply_suppressions(_dedupe(found), directives)
        result.findings.extend(active)
        result.suppressed.extend(suppressed)
    result.diagnostics.extend(
        d for d in program.diagnostics if d not in result.diagnostics and not d.path.startswith("../")
    )
    if progress is not None:
        progress(end, len(files))
    carried.update(analyzer.portable_summaries())
    # this batch's sources are about to be freed, and a freed object's id can be reused
    sx.clear_caches()
    program.release()
    _sort(result)
    return result, end


# rules reading every server file of the tree, not entry points: a package file is theirs where it is
_FILE_WIDE = frozenset({"sql-injection", "timing-unsafe-comparison"})
# rules judging what an entry point answers the client
_ANSWER_RULES = frozenset({"excessive-data-exposure", "information-disclosure"})


def _hosted_findings(
    ctx: FileContext, analyzer: Analyzer, config: Config, rules: list[Any], fixes: bool, own: list[Finding]
) -> list[Finding]:
    """Findings of the package actions this use-server module exposes (`bound_entry_points`): each
    analysed in its own module, reported on this module's export, unless the export already has a
    finding of that rule of its own."""
    out: list[Finding] = []
    # (one finding per rule on an export line: several sites of the package's body all land on it)
    taken = {(o.rule_id, o.span.start.line) for o in own}
    for ep in bound_entry_points(analyzer, ctx.module):
        home = FileContext(ep.fn.module, analyzer, config, fixes=fixes, _entry_points=[ep], hosted=ep)
        sx.set_current(home.module.parsed)
        for rule in rules:
            if rule.META.id in _FILE_WIDE or (ep.answer_dropped and rule.META.id in _ANSWER_RULES):
                continue
            try:
                for f in rule.check(home):
                    if f.path == ctx.path and (f.rule_id, f.span.start.line) not in taken:
                        taken.add((f.rule_id, f.span.start.line))
                        out.append(f)
            except RecursionError:
                continue  # (reported, if at all, where the package's file is scanned itself)
        sx.set_current(ctx.module.parsed)
    return out


def _dedupe(found: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, int, int]] = set()
    out = []
    for f in found:
        key = (f.rule_id, f.fingerprint, f.span.start.line, f.span.start.column)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _sort(result: ScanResult) -> None:
    result.findings.sort(key=Finding.sort_key)
    result.suppressed.sort(key=Finding.sort_key)
    result.diagnostics.sort(key=lambda d: (d.path, d.line or 0, d.kind))


_PROJECT_MARKERS = ("package.json", "tsconfig.json", "jsconfig.json")


def scan_root(paths: list[Path]) -> Path:
    """The folder finding paths are relative to: the project the given paths belong to (the
    nearest folder at or above their common folder holding a `package.json`, `tsconfig.json` or
    `jsconfig.json`, not above a git root), else their common folder. Scanning one file or a
    subfolder must still resolve `@/lib/auth` and `../lib/db`, where the guards usually live."""
    resolved = [p.resolve() for p in paths]
    dirs = [p if p.is_dir() else p.parent for p in resolved]
    if not dirs:
        return Path.cwd()
    common = Path(os.path.commonpath([str(d) for d in dirs]))
    for folder in (common, *common.parents):
        if any((folder / m).is_file() for m in _PROJECT_MARKERS):
            return folder
        if (folder / ".git").exists():
            break
    return common


def scan_paths(
    paths: list[Path],
    config: Config | None = None,
    jobs: int | None = None,
    progress: ProgressFn | None = None,
    workspace: bool = True,
) -> tuple[ScanResult, Path]:
    """Scan files and folders on disk; returns the result and the root its paths are relative to.
    ``workspace``: when the root is one app or package of a JS workspace (monorepo), the analysis
    also reads the workspace packages its files import (summaries, constants, schemas), while
    findings and the files scanned stay the root's."""
    for p in paths:
        if not p.exists():
            raise FileNotFoundError(f"no such file or directory: {p}")
    root = scan_root(paths)
    tree = DiskTree(root, find_workspace(root) if workspace else None)
    targets: list[str] = []
    for p in paths:
        rp = p.resolve()
        if rp.is_dir():
            rel = rp.relative_to(root).as_posix()
            prefix = "" if rel == "." else rel + "/"
            targets.extend(q for q in tree.paths() if q.startswith(prefix))
        else:
            targets.append(rp.relative_to(root).as_posix())
    return scan(tree, config, targets, jobs, progress), root
