r"""Security-relevant operation without an audit log.

## What it does
Flags an entry point that performs a security-relevant operation (delete an account or
user, change a password or email, change roles or permissions, disable 2FA, create or
revoke API keys, sign in, admin actions) with no audit-log call: `logSecurityEvent`,
`auditLog`, `audit.*`, `createAuditLog`, `db.auditLog.create`, other `*audit*` names,
a structured `logger.info/warn/error`, or a configured function. Audit logging in a
middleware or wrapper counts. `console.log` does not.

## Why is this bad?
Without a trail you cannot tell who changed a role, revoked a key or deleted an
account, nor detect account takeover (CWE-778).

## Example
```ts
"use server";
import { requireAdmin } from "@/lib/auth";
import { db } from "@/lib/db";

export async function changeUserRole(userId: string, role: "user" | "admin") {
  await requireAdmin();
  await db.user.update({ where: { id: userId }, data: { role } });
}
```

## Use instead
```ts
"use server";
import { requireAdmin } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { db } from "@/lib/db";

export async function changeUserRole(userId: string, role: "user" | "admin") {
  const admin = await requireAdmin();
  await db.user.update({ where: { id: userId }, data: { role } });
  await auditLog({ actor: admin.id, action: "user.role.change", target: userId, role });
}
```

## Not flagged
Ordinary CRUD, and security-relevant entry points with an audit call anywhere in their
body, middleware or wrapper.

## References
- https://cwe.mitre.org/data/definitions/778.html
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.analysis import vocabulary as vocab
from checks.analysis.calls import object_keys
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint

META = RuleMeta(
    id="missing-audit-log",
    title="Security-relevant operation without an audit log",
    severity=Severity.NOTE,
    confidence=Confidence.MEDIUM,
    cwe=(778,),
    owasp=("A09:2021",),
    messages={
        "by_name": "{endpoint} performs a security-relevant operation with no audit log",
        "by_write": "{endpoint} changes `{what}` with no audit log",
    },
    help="Record who did what to which account (`auditLog({ actor, action, target })`) after the operation.",
    abuse="An attacker who takes over an account or abuses admin rights leaves no trace to investigate.",
    references=("https://cwe.mitre.org/data/definitions/778.html",),
)


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        if ep.audited_by:
            continue
        flow = ctx.flow(ep)
        if flow.final.audited or any(e.state.audited for e in flow.events):
            continue
        name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
        writes = [e for e in flow.events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
        if vocab.AUDIT_SENSITIVE_NAMES.search(name) and (writes or vocab.AUTH_ENDPOINT_NAMES.search(name)):
            yield ctx.finding(META, "by_name", ep.anchor, function=ep.fn, endpoint=endpoint(ep))
            continue
        for ev in writes:
            assert ev.op is not None
            what = None
            deletes_user = (ev.op.model or "").lower() in ("user", "users") and ev.op.verb.lower().startswith("delete")
            if vocab.AUDIT_SENSITIVE_MODELS.match(ev.op.model or "") or deletes_user:
                what = ev.op.model
            else:
                # creating an account (sign-up) sets an email and password: not a change to audit
                creates = ev.op.verb.lower().startswith(("create", "insert", "upsert"))
                for data in [] if creates else ev.op.data:
                    keys = set(object_keys(src, data))
                    hit = keys & {"role", "roles", "permissions", "isAdmin", "password", "passwordHash",
                                  "hashedPassword", "twoFactorEnabled", "email"}
                    if hit and (ev.op.model or "").lower().startswith("user"):
                        what = f"{ev.op.model}.{sorted(hit)[0]}"
            if what:
                yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=what,
                                  confidence=Confidence.HIGH)
                break
