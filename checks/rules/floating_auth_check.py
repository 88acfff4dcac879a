r"""Async auth check called without `await`.

## What it does
Flags a call to an async authentication or authorization function (one the project
defines as `async`, or a known async auth call such as `getServerSession`, Kinde's
`isAuthenticated()` or Clerk v6 `auth.protect()`) made without `await` in a condition
(`if (!canEdit(user, id))`), a negation, or as a bare statement (also behind `void`, which
only tells the linter the Promise is dropped), or stored and then tested, also as an operand of `&&`
(`const allowed = user.id && canEdit(user.id, id); if (!allowed) ...`) or as a branch of a ternary
(`const allowed = user.isAdmin ? true : isMember(orgId, user.id)`). A project helper answering whether a row's
id field matches what it was handed (`return load?.carrierId === tenantId`) is an ownership check, whatever its name.
So is one answering whether rows tie the user it was handed to the record (`return count > 0` of a `count`
filtered by its `userId` parameter). One ranking a row's role against the least one it lets in (`return !!m &&
RANK[m.role] >= RANK.MANAGER`) is a role check, whatever its name, and so is a role getter handed the
caller's id (`if (!getShopRole(ctx.user.id, shopId))`: no role, no entry), and so is a membership getter so handed
(`if (!getMembership(ctx.userId, orgId))`: no seat, no entry). So is a helper that throws unless a lookup keyed by
what it is handed finds a row, called bare with a value of the caller's session (`classInStudio(id, ctx.studioId);`:
whether the record is in the caller's tenant), whatever its name; one throwing when a row is found (`slugTaken`) is not.
So is a helper answering an error object on each role or ownership refusal, called alone (`checkManager(me.id);`
with `if (staff?.role !== "manager") return { error: "..." }`): the refusal is a Promise nobody reads; a helper
answering an error for any other reason (a settings read finding nothing) is not.
So is a helper comparing a typed password or PIN with the stored hash (`passwordMatches(userId, password)` running
`bcrypt.compare`): a re-authentication, whatever its name.
The handler a wrapper returns is checked where the wrapper is written, in `lib/` too (`return async (id, form)
=> { if (!canAccessMatter(session, id)) throw ... }`): it runs for every action the wrapper wraps.
So are the helpers of a data-access module marked `import "server-only"` that actions call with the caller's ids.

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
A helper called alone that answers only `null` or nothing and neither throws nor redirects itself
(`revokeTokensOnSignOut();` reading the session and revoking its tokens): a side effect, with no answer to wait for.
Awaited calls (also through `Promise.all`), synchronous checks, promises passed on with
`.then` or returned, and un-awaited async calls that are not auth checks
(`if (slugTaken(slug))` is a bug, but another one), nor a helper doing work of its own started in
the background (`sendEmail({ to, subject });` that reads the company from the session on the way: its
own guard still gates its send, and the caller waits on no answer; so is a helper named and built to mail,
`sendRefundAlert(data).catch(log)`, whatever audience or preference test it makes on the way), nor a read
started as the function's last
act (`void getAccounts({ userId })` filling a cache) of a helper that answers rows, whose own check answers a failed
verdict (`{ success: false }`) rather than throwing: nothing follows for it to guard (a reader that throws on its
check, or a verdict such as `ownsWallet(...)`, is still flagged). Browser code without a `"use client"`
marker is not server code either: a module only client components import (a React hook), or one
that reads `document`, `location` or the browser's storage with no `typeof window` test (an axios
interceptor whose 401 handler signs the user out); its un-awaited calls are side effects it kicks
off, not guards.

## References
- https://cwe.mitre.org/data/definitions/285.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.analysis import syntax as sx
from checks.analysis.flow import Flow, returned_function
from checks.analysis.module import Function
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


# a browser global read as such (`location.pathname`, `document.cookie`); `typeof window` marks code
# written to run on the server too
_BROWSER_GLOBAL = re.compile(
    rb"(?<![\w.$])(document\.(cookie|body|title|querySelector|getElementById|createElement|addEventListener)"
    rb"|location\.(pathname|href|search|hash|reload|assign)|(localStorage|sessionStorage)\.(getItem|setItem|removeItem))\b"
)
_ISOMORPHIC = re.compile(rb"typeof\s+(window|document)\b")
_BROWSER_WORDS = (b"document.", b"location.", b"Storage.")


def _browser_code(ctx: FileContext) -> bool:
    """Only ever runs in the browser, though not marked "use client"."""
    if ctx.is_client_file:
        return True
    if ctx.entry_points:
        return False  # a route or an action runs on the server, whatever else the file holds
    src = ctx.src
    # (the words every match of `_BROWSER_GLOBAL` holds first: a plain `in` test, where the pattern's
    # lookbehind makes the regex try every offset of the file)
    if any(w in src for w in _BROWSER_WORDS) and _BROWSER_GLOBAL.search(src) and not _ISOMORPHIC.search(src):
        return True
    # (asked last: the first time, it reads the import graph of the whole tree)
    return ctx.analyzer.program.index.client_only(ctx.path)


def _returned_handlers(ctx: FileContext, fn: Function) -> list[Function]:
    """The functions ``fn`` returns (`return async (...) => {...}`, also through a wrapper's call,
    `return withTiming(async (...) => {...})`)."""
    body = fn.node.child_by_field_name("body")
    if body is None:
        return []
    values = (
        [r.named_children[0] for r in sx.find(body, ("return_statement",), into_functions=False) if r.named_children]
        if body.type == "statement_block"
        else [body]
    )
    found = [returned_function(v) for v in values]
    return [ctx.module.function_for(h, f"{fn.name}.<handler>") for h in found if h is not None and h != fn.node]


def check(ctx: FileContext) -> Iterator[Finding]:
    seen: set[int] = set()
    browser: bool | None = None
    flows: list[Flow] = [ctx.flow(ep) for ep in ctx.entry_points]
    # helpers of the file are checked too: a floating check in a helper is as broken
    for name in ctx.module.values:
        fn = ctx.module.local_function(name)
        if fn is None:
            continue
        # (and the handler a wrapper returns, `return async (id, form) => { if (!canOpen(...)) ... }`:
        # it runs for every action wrapped, wherever the wrapper is defined)
        for f in (fn, *_returned_handlers(ctx, fn)):
            if not any(g.fn.node == f.node for g in flows) and ctx.analyzer.may_float(f):
                flows.append(ctx.analyzer.helper_flow(f))
    for flow in flows:
        for ev in flow.events:
            if ev.kind != "floating" or ev.node.start_byte in seen:
                continue
            if browser is None:
                browser = _browser_code(ctx)
            if browser:
                return
            seen.add(ev.node.start_byte)
            callee = sx.callee_name(ctx.src, ev.node)
            yield ctx.finding(META, "floating", ev.node, call=f"{callee}()")
