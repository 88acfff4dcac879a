r"""Async auth check called without `await`.

## What it does
Flags a call to an async authentication or authorization function (one the project
defines as `async`, or a known async auth call such as `getServerSession`, Kinde's
`isAuthenticated()` or Clerk v6 `auth.protect()`) made without `await` in a condition
(`if (!canEdit(user, id))`), a negation, or as a bare statement.

## Why is this bad?
The call returns a Promise, which is always truthy: `!promise` is always false, so the
check never fires and everyone passes. Seen in the wild: an un-awaited ownership check
let any signed-in user delete any post (CWE-285).

## Example
```ts
"use server";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth";

async function isOwner(userId: string, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { authorId: true } });
  return post?.authorId === userId;
}

export async function deletePost(postId: string) {
  const user = await requireUser();
  if (!isOwner(user.id, postId)) throw new Error("Forbidden");
  await db.post.delete({ where: { id: postId } });
}
```

## Use instead
```ts
"use server";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth";

async function isOwner(userId: string, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { authorId: true } });
  return post?.authorId === userId;
}

export async function deletePost(postId: string) {
  const user = await requireUser();
  if (!(await isOwner(user.id, postId))) throw new Error("Forbidden");
  await db.post.delete({ where: { id: postId } });
}
```

## Not flagged
Awaited calls (also through `Promise.all`), synchronous checks, promises passed on with
`.then` or returned, and un-awaited async calls that are not auth checks
(`if (slugTaken(slug))` is a bug, but another one).

## References
- https://cwe.mitre.org/data/definitions/285.html
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.analysis import syntax as sx
from checks.analysis.flow import Flow
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity

META = RuleMeta(
    id="floating-auth-check",
    title="Async auth check called without await",
    severity=Severity.ERROR,
    confidence=Confidence.HIGH,
    cwe=(285,),
    owasp=("A01:2021",),
    messages={
        "floating": "`{call}` is async but not awaited: its Promise is always truthy, so this check never takes effect",
    },
    help="Await the check: `if (!(await canEdit(user, id))) throw ...`.",
    abuse="The check never runs, so any caller passes it and acts as if authorised.",
    references=("https://cwe.mitre.org/data/definitions/285.html",),
)


def check(ctx: FileContext) -> Iterator[Finding]:
    seen: set[int] = set()
    flows: list[Flow] = [ctx.flow(ep) for ep in ctx.entry_points]
    # helpers of the file are checked too: a floating check in a helper is as broken
    for name in ctx.module.values:
        fn = ctx.module.local_function(name)
        if fn is not None and not any(f.fn.node == fn.node for f in flows):
            flows.append(ctx.analyzer.helper_flow(fn))
    for flow in flows:
        for ev in flow.events:
            if ev.kind != "floating" or ev.node.start_byte in seen:
                continue
            seen.add(ev.node.start_byte)
            callee = sx.callee_name(ctx.src, ev.node)
            yield ctx.finding(META, "floating", ev.node, call=f"{callee}()")
