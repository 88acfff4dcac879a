r"""Client input reaches a sink without validation.

## What it does
Flags an entry point whose parameters or FormData values reach a sink (database call,
raw SQL, `fetch` URL, filesystem, `redirect`, email/SMS send) without first passing a
schema (zod, valibot, yup, arktype, superstruct, typebox, conform, next-safe-action
schemas) or an explicit runtime check (`typeof x !== "string"` → throw).

## Why is this bad?
TypeScript types vanish at runtime: a caller can send objects where strings are
expected, oversized values, or operators that change a query's meaning (CWE-20).

## Example
```ts
"use server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";

export async function renameProject(formData: FormData) {
  const user = await requireUser();
  await db.project.updateMany({
    where: { ownerId: user.id },
    data: { name: formData.get("name") as string },
  });
}
```

## Use instead
```ts
"use server";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";

const schema = z.object({ name: z.string().min(1).max(100) });

export async function renameProject(formData: FormData) {
  const user = await requireUser();
  const { name } = schema.parse({ name: formData.get("name") });
  await db.project.updateMany({ where: { ownerId: user.id }, data: { name } });
}
```

## Not flagged
Entry points without inputs, values that went through a schema or a runtime type check,
next-safe-action/zsa actions with an input schema (their `parsedInput` is validated),
wrappers and project helpers (`validateInputs([id, ZId])`) that validate, signature-verified
webhooks, and in app-router handlers everything but the request body: route params, search
params, headers and the URL are strings by construction, so a schema adds nothing there.

## References
- https://cwe.mitre.org/data/definitions/20.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.dataflow import op_nodes, unvalidated_refs
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import identifiers
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint

META = RuleMeta(
    id="missing-input-validation",
    title="Client input used without validation",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(20,),
    owasp=("A03:2021",),
    messages={
        "unvalidated": "{endpoint} passes client input `{value}` to `{sink}` without validating it",
    },
    help="Parse the input with a schema (zod `schema.parse`, valibot, next-safe-action `.inputSchema`) or check "
    "its runtime type before using it.",
    abuse="A caller sends values of unexpected types or shapes that the code passes straight to the database or "
    "network.",
    references=("https://cwe.mitre.org/data/definitions/20.html",),
)
_SINKS = frozenset({"db", "fetch", "fs", "redirect", "email"})
# What an app-router handler reads from the body: arbitrary JSON / form values. Route params, search
# params, headers and the URL are strings (or null) by construction: a schema adds nothing there.
_BODY_READ = re.compile(r"\.(json|formData|text|arrayBuffer|blob)\(\)$")


def body_derived(ctx: FileContext, ep: EntryPoint) -> set[str]:
    """Names of a route handler bound (directly or through other locals) to the request body."""
    src = ctx.src
    decls: list[tuple[set[str], Node]] = []
    for n in sx.find(ep.fn.node, ("variable_declarator", "assignment_expression")):
        if n.type == "variable_declarator" and n.child_by_field_name("value") is not None:
            names = set(sx.pattern_names(src, n.child_by_field_name("name")))
            decls.append((names, n.child_by_field_name("value")))  # type: ignore[arg-type]
        elif n.type == "assignment_expression" and n.child_by_field_name("right") is not None:
            names = set(sx.pattern_names(src, n.child_by_field_name("left")))
            decls.append((names, n.child_by_field_name("right")))  # type: ignore[arg-type]
    out: set[str] = set()
    for names, value in decls:
        for call in (c for c in sx.walk(value) if c.type == "call_expression"):
            # `await req.json()`, not `await githubResponse.json()` (a provider's answer)
            if _BODY_READ.search(ctx.text(call)) and sx.root_identifier(src, call) in ep.input_params:
                out |= names
    for _ in range(4):  # propagate through locals: `const { title } = body`
        grew = False
        for names, value in decls:
            if not names <= out and identifiers(src, value, into_functions=True) & out:
                out |= names
                grew = True
        if not grew:
            break
    return out


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        if not ep.input_params or ep.schema_validated:
            continue
        body = body_derived(ctx, ep) if ep.kind == "route" else None
        for ev in ctx.flow(ep).events:
            if ev.kind not in _SINKS or ev.state.auth == "secret":
                continue  # signature-verified webhooks: the provider, not a user, wrote the body
            nodes = op_nodes(ev.op) if ev.op is not None else sx.call_args(ev.node)
            bad = unvalidated_refs(src, ev, nodes)
            if body is not None:
                bad &= body
            if not bad:
                continue
            sink = ctx.text(ev.node).split("(", 1)[0].strip()
            # a "missing X" rule: anchored on the entry point's name, like missing-auth
            yield ctx.finding(META, "unvalidated", ep.anchor, function=ep.fn, endpoint=endpoint(ep),
                              value=sorted(bad)[0], sink=sink)
            break
