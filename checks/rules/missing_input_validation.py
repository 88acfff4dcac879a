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
and wrappers that validate before calling the action.

## References
- https://cwe.mitre.org/data/definitions/20.html
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.analysis import syntax as sx
from checks.analysis.dataflow import op_nodes, unvalidated_refs
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


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        if not ep.input_params or ep.schema_validated:
            continue
        for ev in ctx.flow(ep).events:
            if ev.kind not in _SINKS:
                continue
            nodes = op_nodes(ev.op) if ev.op is not None else sx.call_args(ev.node)
            bad = unvalidated_refs(src, ev, nodes)
            if not bad:
                continue
            sink = ctx.text(ev.node).split("(", 1)[0].strip()
            # a "missing X" rule: anchored on the entry point's name, like missing-auth
            yield ctx.finding(META, "unvalidated", ep.anchor, function=ep.fn, endpoint=endpoint(ep),
                              value=sorted(bad)[0], sink=sink)
            break
