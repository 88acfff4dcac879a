"""What every renderer needs besides the ``ScanResult``: the scanned root, the rules'
metadata and documentation, the tool's version, and the source text for code frames."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from checks.model import RuleMeta

TOOL_NAME = "warden"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    meta: RuleMeta
    doc: str  # the rule module's docstring (Markdown)


def registry_rules() -> tuple[RuleInfo, ...]:
    """Every rule of the registry, in registry order (SARIF `ruleIndex` points into it)."""
    from checks.registry import RULE_IDS, rule_doc, rule_meta

    return tuple(RuleInfo(rule_meta(r), rule_doc(r)) for r in RULE_IDS)


def _distribution() -> metadata.PackageMetadata | None:
    try:
        return metadata.metadata(TOOL_NAME)
    except metadata.PackageNotFoundError:
        return None


def tool_version() -> str:
    meta = _distribution()
    return str(meta["Version"]) if meta is not None else "0.0.0"


def information_uri() -> str | None:
    """The homepage declared in the package metadata (``[project.urls]``), if any."""
    meta = _distribution()
    if meta is not None:
        for entry in meta.get_all("Project-URL") or []:
            label, _, url = str(entry).partition(",")
            if label.strip().lower() in ("homepage", "repository", "source") and url.strip():
                return url.strip()
        home = (meta.get_all("Home-page") or [None])[0]
        if home:
            return str(home)
    return None


@dataclass(slots=True)
class ReportContext:
    """``root`` is the absolute folder finding paths are relative to (None when unknown,
    e.g. for an in-memory tree: then no code frames and no `originalUriBaseIds`).
    ``rules`` defaults to the registry, loaded on first use (the text format never needs it)."""

    root: Path | None
    rules_given: tuple[RuleInfo, ...] | None = None
    tool_version: str = "0.0.0"
    information_uri: str | None = None
    color: bool = False
    # Prepended to paths where a consumer needs them relative to the repository rather than
    # the scanned root (GitHub annotations when the scan root is a subfolder), e.g. "web/".
    path_prefix: str = ""
    _rules: tuple[RuleInfo, ...] | None = field(default=None, repr=False)
    _sources: dict[str, list[str] | None] = field(default_factory=dict, repr=False)

    @classmethod
    def default(cls, root: Path | None, *, color: bool = False, path_prefix: str = "") -> ReportContext:
        return cls(
            root=root,
            tool_version=tool_version(),
            information_uri=information_uri(),
            color=color,
            path_prefix=path_prefix,
        )

    @property
    def rules(self) -> tuple[RuleInfo, ...]:
        if self._rules is None:
            self._rules = self.rules_given if self.rules_given is not None else registry_rules()
        return self._rules

    def rule(self, rule_id: str) -> RuleInfo | None:
        for info in self.rules:
            if info.meta.id == rule_id:
                return info
        return None

    def source_lines(self, path: str) -> list[str] | None:
        """The file's lines (without line ends), read once; None when unreadable."""
        if path not in self._sources:
            lines: list[str] | None = None
            if self.root is not None:
                try:
                    data = (self.root / path).read_bytes()
                    lines = data.decode("utf-8", errors="replace").splitlines()
                except OSError:
                    lines = None
            self._sources[path] = lines
        return self._sources[path]
