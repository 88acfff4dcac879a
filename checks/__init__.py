"""Warden's deterministic analyser for Next.js server code.

A pure library: no network, no database, no GitHub. Entry points:

- ``scan(tree, config, targets=None, jobs=1)`` analyses files of a ``SourceTree``
  (``DiskTree`` for a folder, ``MemoryTree`` for a dict of path -> text, or any
  object with ``paths()`` and ``read(path)``) and returns a ``ScanResult``.
- ``scan_paths(paths, config, jobs)`` is the CLI's convenience wrapper.
"""

# First: the compiled copies of the hot modules, when built and current (see `checks.native`).
import checks.native  # noqa: F401

# isort: split
from checks.config import Config, ConfigError, load_config, parse_config
from checks.engine import scan, scan_paths
from checks.model import (
    Confidence,
    Diagnostic,
    Finding,
    Fix,
    Position,
    RuleMeta,
    ScanResult,
    Severity,
    Span,
    Suppression,
    TextEdit,
)
from checks.sources import DiskTree, MemoryTree, SourceTree

__all__ = [
    "Confidence",
    "Config",
    "ConfigError",
    "Diagnostic",
    "DiskTree",
    "Finding",
    "Fix",
    "MemoryTree",
    "Position",
    "RuleMeta",
    "ScanResult",
    "Severity",
    "SourceTree",
    "Span",
    "Suppression",
    "TextEdit",
    "load_config",
    "parse_config",
    "scan",
    "scan_paths",
]
