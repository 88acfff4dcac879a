r"""Sensitive endpoint without a rate limit.

## What it does
Flags a sensitive entry point with no rate-limit call before its sensitive work:
login/sign-in, sign-up/register, password reset or forgot, OTP/2FA/code verification,
change password, resend verification, magic link, invite and contact forms, any entry
point that sends email or SMS, and entry points that call paid AI APIs without
authentication (cost abuse). Rate limits in a next-safe-action/zsa middleware or a
project wrapper count.

## Why is this bad?
Without a limit an attacker can brute-force passwords and codes, flood inboxes through
your mail provider, or run up an AI bill (CWE-307, CWE-770).

## Example
```ts
"use server";
import { signIn } from "@/auth";

export async function login(formData: FormData) {
  await signIn("credentials", formData);
}
```

## Use instead
```ts
"use server";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { ratelimit } from "@/lib/ratelimit";

export async function login(formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  const { success } = await ratelimit.limit(`login:${ip}`);
  if (!success) return { error: "Too many attempts. Try again later." };
  await signIn("credentials", formData);
}
```

## Not flagged
Entry points with an `@upstash/ratelimit` `limit()`, a project `rateLimit*`/`checkRateLimit`/
`throttle` helper, an arcjet `protect()`, or a configured rate-limit function before
the sensitive work; authenticated AI calls; cron and webhook routes; signed-in users
mailing a stored address (only an anonymous caller, or one choosing the recipient, can
flood inboxes); sign-in/sign-up/reset/contact names on endpoints that require a session
(`registerDomain` is not a sign-up); invitation endpoints that send nothing
(`acceptInvite`).

## References
- https://cwe.mitre.org/data/definitions/307.html
- https://cwe.mitre.org/data/definitions/770.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import object_keys
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import Event, identifiers
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint

META = RuleMeta(
    id="missing-rate-limit",
    title="Sensitive endpoint without a rate limit",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(307, 770),
    owasp=("A07:2021", "API4:2023"),
    messages={
        "sensitive": "{endpoint} is {what} endpoint with no rate limit",
        "email": "{endpoint} sends email or SMS (`{sink}`) with no rate limit",
        "ai": "{endpoint} calls a paid AI API (`{sink}`) without authentication or a rate limit",
    },
    help="Limit attempts per IP and per account before the sensitive work (e.g. `@upstash/ratelimit`: "
    "`const { success } = await ratelimit.limit(key); if (!success) return ...`).",
    abuse="An attacker scripts thousands of requests to guess passwords or codes, spam inboxes or run up costs.",
    references=("https://cwe.mitre.org/data/definitions/307.html",),
)
_KINDS = (
    ("sign-in", r"log_?in|sign_?in"),
    ("sign-up", r"sign_?up|register"),
    ("password reset", r"forgot|reset|request_?password"),
    ("code verification", r"otp|two_?factor|2fa|mfa|verify|code"),
    ("password change", r"change_?password|update_?password"),
    ("resend", r"resend"),
    ("magic link", r"magic"),
    ("invitation", r"invite"),
    ("contact form", r"contact"),
)


def _what(name: str) -> str:
    """The kind of endpoint, with its article: "a sign-in", "an invitation"."""
    label = next((label for label, pattern in _KINDS if re.search(f"(?i){pattern}", name)), "sensitive")
    return ("an " if label[0] in "aeiou" else "a ") + label


# Endpoints that only make sense signed out: when a session is required first, the name
# means something else (`registerDomain`, `updateContact` in a CRM).
_SIGNED_OUT_KINDS = ("a sign-in", "a sign-up", "a password reset", "a magic link", "a contact form")
# Invitation endpoints that do not send anything (`acceptInvite`, `revokeInvitation`).
_NOT_SENDING = re.compile(
    r"(?i)^(accept|decline|reject|revoke|cancel|delete|remove|get|list|fetch|find|load|count|save|update|set|edit|"
    r"preview|generate|render)"
)


_MACHINE_ROUTE = re.compile(r"(?i)/(cron|crons|webhooks?|qstash|inngest|jobs)/")
_RECIPIENT = re.compile(r"(?i)(e_?mail|^to$|recipient|phone|address)")


def _abusable_email(ctx: FileContext, ev: Event) -> bool:
    """Email flooding needs an anonymous caller, or a signed-in one choosing the recipient;
    an admin or a member whose action mails a stored address is not an abuse vector."""
    if ev.state.auth is None:
        return True
    if ev.state.role:
        return False
    args = sx.call_args(ev.node) if ev.node.type == "call_expression" else []
    names = {n for a in args for n in identifiers(ctx.src, a, into_functions=True)} & ev.state.client
    keys = {k for a in args for k in object_keys(ctx.src, a)}
    return any(_RECIPIENT.search(n) for n in names) or ("to" in keys and bool(names))


def _sensitive_name(ctx: FileContext, ep: EntryPoint, name: str) -> str | None:
    if vocab.RATE_SENSITIVE_NAMES.search(name):
        return name
    if ep.kind in ("route", "pages-api") and "/" in ctx.path:
        folder = ctx.path.rsplit("/", 2)[-2]
        if vocab.RATE_SENSITIVE_NAMES.search(folder):
            return folder
    return None


def check(ctx: FileContext) -> Iterator[Finding]:
    for ep in ctx.entry_points:
        if ep.rate_limited_by:
            continue
        name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
        flow = ctx.flow(ep)
        sensitive = [e for e in flow.events if e.kind in ("db", "email", "ai", "fetch") or e.kind == "return"]
        first = sensitive[0] if sensitive else None
        state = first.state if first is not None else flow.final
        if state.auth == "secret" or (ep.kind in ("route", "pages-api") and _MACHINE_ROUTE.search(ctx.path)):
            continue  # cron jobs and webhooks: only the scheduler or the provider calls them
        matched = _sensitive_name(ctx, ep, name)
        if matched is not None:
            label = _what(matched)
            sends = any(e.kind == "email" for e in flow.events)
            writes = any(e.kind == "db" and e.op is not None and e.op.kind == "write" for e in flow.events)
            signed_in_use = label in _SIGNED_OUT_KINDS and state.auth is not None
            no_invite = label == "an invitation" and not sends and (_NOT_SENDING.match(name) or not writes)
            # a contact *form* submits something; `getContact` in a CRM reads a record
            no_form = label == "a contact form" and not sends and not writes
            if signed_in_use or no_invite or no_form:
                matched = None
        if matched is not None:
            if not state.rate_limited:
                yield ctx.finding(META, "sensitive", ep.anchor, function=ep.fn, endpoint=endpoint(ep),
                                  what=_what(matched))
            continue
        for ev in flow.events:
            if ev.kind == "email" and not ev.state.rate_limited and _abusable_email(ctx, ev):
                yield ctx.finding(META, "email", ep.anchor, function=ep.fn, endpoint=endpoint(ep),
                                  sink=ev.callee)
                break
            if ev.kind == "ai" and not ev.state.rate_limited and ev.state.auth is None:
                yield ctx.finding(META, "ai", ep.anchor, function=ep.fn, endpoint=endpoint(ep), sink=ev.callee,
                                  confidence=Confidence.HIGH)
                break
