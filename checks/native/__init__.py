"""Optional compiled copies of the analyser's hot modules, built with mypyc.

The Python sources stay the only source of truth and run as they are by default. Building
(``python -m checks.native build``, needs mypy's bundled mypyc, setuptools and a C compiler)
compiles the modules in ``HOT_MODULES`` into ``checks/_native/`` (git-ignored), with a manifest
of the hashes of the sources it compiled. When ``checks`` is imported, the compiled modules are
used only if that manifest matches this interpreter and every one of those sources is unchanged
since the build; otherwise (never built, a source edited since, another Python version, a build
that failed, or ``WARDEN_PURE_PYTHON=1`` in the environment) the pure-Python modules run, silently.
``python -m checks.native status`` tells which is in use; ``python -m checks.native clean``
removes the build. ``python -m checks.native check`` runs only mypyc's front end (no C compiler,
about a minute), which the test command uses to catch code mypy accepts and mypyc refuses.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # checks/
BUILD_DIR = PACKAGE_DIR / "_native"
MANIFEST = BUILD_DIR / "manifest.json"
DISABLE_ENV = "WARDEN_PURE_PYTHON"

# The flow walk, the rules and what they call per node. Not the data model (`checks.model`: its
# frozen dataclasses cross process boundaries by pickle) nor anything that talks to the outside.
HOT_MODULES = (
    "checks.analysis.calls",
    "checks.analysis.dataflow",
    "checks.analysis.entry_points",
    "checks.analysis.flow",
    "checks.analysis.guards",
    "checks.analysis.module",
    "checks.analysis.program",
    "checks.analysis.quota",
    "checks.analysis.syntax",
    "checks.analysis.taint",
    "checks.analysis.vocabulary",
    "checks.context",
    "checks.parsing",
    "checks.rules._describe",
    "checks.rules.excessive_data_exposure",
    "checks.rules.floating_auth_check",
    "checks.rules.information_disclosure",
    "checks.rules.mass_assignment",
    "checks.rules.missing_audit_log",
    "checks.rules.missing_auth",
    "checks.rules.missing_authorization",
    "checks.rules.missing_input_validation",
    "checks.rules.missing_rate_limit",
    "checks.rules.sql_injection",
    "checks.rules.timing_unsafe_comparison",
)

_active = False


def source_path(module: str) -> Path:
    return PACKAGE_DIR.parent.joinpath(*module.split(".")).with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def interpreter() -> str:
    return f"{sys.implementation.cache_tag}-{sysconfig.get_platform()}"


class _Finder(importlib.abc.MetaPathFinder):
    """Loads the compiled file of a module built from an unchanged source."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        built = self.files.get(fullname)
        if built is None:
            return None
        return importlib.util.spec_from_file_location(fullname, built)


def install() -> bool:
    """Route the hot modules' imports to their compiled copies when those are current; returns
    whether it did. Never raises: any doubt means the pure-Python modules."""
    global _active
    if _active:
        return True
    if os.environ.get(DISABLE_ENV) or not MANIFEST.is_file():
        return False
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        if manifest.get("interpreter") != interpreter():
            return False
        files: dict[str, Path] = {}
        for name, entry in manifest["modules"].items():
            if name not in HOT_MODULES or name in sys.modules or digest(source_path(name)) != entry["sha256"]:
                return False
            files[name] = BUILD_DIR / entry["file"]
        for name, rel in manifest.get("support", {}).items():
            files[name] = BUILD_DIR / rel
        if set(manifest["modules"]) != set(HOT_MODULES) or not all(f.is_file() for f in files.values()):
            return False
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    sys.meta_path.insert(0, _Finder(files))
    _active = True
    return True


def active() -> bool:
    return _active


install()  # imported first by `checks/__init__.py`, before any of the hot modules
