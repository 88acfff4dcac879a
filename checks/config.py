"""Repository configuration: ``.github/warden.yml`` (or ``--config``).

Validated with pydantic so that an unknown key or a wrong type is reported
with the key's name instead of being silently ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checks.model import Severity

RuleSetting = Literal["off", "error", "warning", "note"]
FailOn = Literal["error", "warning", "note", "never"]
CONFIG_PATH = ".github/warden.yml"


class ConfigError(ValueError):
    """The configuration file is unreadable or invalid; the message names the key."""


class ReviewConfig(BaseModel):
    """Knobs for the GitHub App's review (ignored by ``warden scan``)."""

    model_config = ConfigDict(extra="forbid")
    request_changes: bool = False  # REQUEST_CHANGES when error findings exist
    review_drafts: bool = False
    max_inline_comments: int = Field(default=30, ge=0, le=100)
    llm: bool = True  # use the LLM pass when the server has one configured


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: dict[str, RuleSetting] = Field(default_factory=dict)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    auth_functions: list[str] = Field(default_factory=list)
    role_functions: list[str] = Field(default_factory=list)
    validation_functions: list[str] = Field(default_factory=list)
    rate_limit_functions: list[str] = Field(default_factory=list)
    audit_functions: list[str] = Field(default_factory=list)
    db_clients: list[str] = Field(default_factory=list)
    fail_on: FailOn = "error"
    assume_rls: bool = False
    max_file_size: int = Field(default=1_000_000, gt=0)
    review: ReviewConfig = Field(default_factory=ReviewConfig)

    @field_validator("rules")
    @classmethod
    def _known_rules(cls, value: dict[str, str]) -> dict[str, str]:
        from checks.registry import RULE_IDS

        unknown = sorted(set(value) - set(RULE_IDS))
        if unknown:
            raise ValueError(f"unknown rule id(s): {', '.join(unknown)}")
        return value

    def enabled(self, rule_id: str) -> bool:
        return self.rules.get(rule_id) != "off"

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        setting = self.rules.get(rule_id)
        if setting in ("error", "warning", "note"):
            return Severity(setting)
        return default


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        key = ".".join(str(p) for p in e["loc"]) or "(top level)"
        if e["type"] == "extra_forbidden":
            parts.append(f"unknown key '{key}'")
        else:
            parts.append(f"'{key}': {e['msg']}")
    return "; ".join(parts)


def parse_config(text: str, origin: str = CONFIG_PATH) -> Config:
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping at the top level")
    # YAML reads a bare `off` as False: accept it for rule settings.
    rules = data.get("rules")
    if isinstance(rules, dict):
        data["rules"] = {k: ("off" if v is False else v) for k, v in rules.items()}
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{origin}: {_describe(exc)}") from None


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_config(text, str(path))
