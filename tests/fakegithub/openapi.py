"""Validates request bodies against GitHub's OpenAPI description (github-app.md §8.4/§8.5).

OpenAPI 3.0's ``nullable`` is turned into JSON Schema ``null``; the whole spec is registered
under ``urn:gh`` so ``$ref``s resolve; request bodies are checked with Draft 4 after setting
``additionalProperties: false`` on every object that lists ``properties``, so a typo such as
``coments`` is an error here although GitHub's own schema would let it through.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from tests.oracles import load_spec

SPEC_URI = "urn:gh"


def to_jsonschema(node: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` -> JSON Schema null (jsonschema ignores ``nullable``)."""
    if isinstance(node, list):
        return [to_jsonschema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_jsonschema(v) for k, v in node.items()}
    if out.pop("nullable", False) is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


_COMBINATORS = frozenset({"anyOf", "oneOf", "allOf", "not"})


def closed(node: Any) -> Any:
    """A copy with ``additionalProperties: false`` wherever an object lists its properties.

    Branches of ``anyOf``/``oneOf``/``allOf`` are left open: they constrain a few keys of the
    enclosing object (checks/update's "completed needs a conclusion") and would reject the rest.
    """
    if isinstance(node, list):
        return [closed(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: (v if k in _COMBINATORS else closed(v)) for k, v in node.items()}
    if isinstance(out.get("properties"), dict) and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


@lru_cache(maxsize=1)
def _spec_and_registry() -> tuple[dict[str, Any], Registry[Any]]:
    spec: dict[str, Any] = to_jsonschema(copy.deepcopy(load_spec()))
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT4)
    )
    return spec, registry


def _rebase_refs(node: Any) -> Any:
    """``#/components/...`` -> ``urn:gh#/components/...`` so fragments resolve through the registry."""
    if isinstance(node, list):
        return [_rebase_refs(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _rebase_refs(v) for k, v in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        out["$ref"] = SPEC_URI + ref
    return out


@lru_cache(maxsize=64)
def body_validator(path_template: str, method: str) -> Draft4Validator | None:
    """Strict validator of one operation's JSON request body, or None when it takes no body."""
    spec, registry = _spec_and_registry()
    operation = spec["paths"][path_template][method.lower()]
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is None:
        return None
    return Draft4Validator(_rebase_refs(closed(body["schema"])), registry=registry)


@lru_cache(maxsize=64)
def component_validator(name: str) -> Draft4Validator:
    """Validator of ``components.schemas[name]`` (open, as GitHub declares it): for responses."""
    _, registry = _spec_and_registry()
    return Draft4Validator({"$ref": f"{SPEC_URI}#/components/schemas/{name}"}, registry=registry)


def body_errors(path_template: str, method: str, body: Any) -> list[str]:
    """Schema errors of a request body, each as ``<json path>: <message>``; empty when valid."""
    validator = body_validator(path_template, method)
    if validator is None:
        return []
    errors = sorted(validator.iter_errors(body), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path}: {e.message}" for e in errors]


def component_errors(name: str, instance: Any) -> list[str]:
    errors = component_validator(name).iter_errors(instance)
    return [f"{e.json_path}: {e.message}" for e in errors]
