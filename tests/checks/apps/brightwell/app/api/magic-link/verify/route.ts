import { NextResponse } from "next/server";
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import * as v from "valibot";
import { db } from "@/lib/db";
import { parentSessionOptions, type ParentSession } from "@/lib/auth/parent";
import { codeLimiter } from "@/lib/ratelimit";
import { hashCode } from "@/lib/secure-compare";
import { codeSchema } from "@/lib/validators";
import { logger } from "@/lib/logger";

// Link in the sign-in email: /api/magic-link/verify?email=...&code=...
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  const parsed = v.safeParse(codeSchema, { email: sp.get("email"), code: sp.get("code") });
  if (!parsed.success) return NextResponse.redirect(new URL("/login?e=link", req.url));
  const { email, code } = parsed.output;
  const { success } = await codeLimiter.limit(`link:${email}`);
  if (!success) return NextResponse.redirect(new URL("/login?e=slow", req.url));
  // Hashed-code lookup in the DB: no secret is compared in JS.
  const parent = await db.parent.findFirst({
    where: { email, magicCodeHash: hashCode(code), magicCodeExpires: { gt: new Date() } },
    select: { id: true, schoolId: true },
  });
  logger.info(parent ? "parent.login" : "parent.login_failed", { email });
  if (!parent) return NextResponse.redirect(new URL("/login?e=link", req.url));
  const session = await getIronSession<ParentSession>(await cookies(), parentSessionOptions);
  session.parentId = parent.id;
  session.schoolId = parent.schoolId;
  await session.save();
  return NextResponse.redirect(new URL("/account", req.url));
}

// Native app: returns JSON instead of redirecting.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { email, code } = v.parse(codeSchema, await req.json());
  const parent = await db.parent.findUnique({ where: { email }, select: { id: true, schoolId: true, magicCodeHash: true } });
  // ruleid: information-disclosure
  if (!parent) return NextResponse.json({ error: "Email not found" }, { status: 404 });
  // ok: timing-unsafe-comparison
  if (!parent.magicCodeHash) return NextResponse.json({ error: "Request a new code" }, { status: 400 });
  // ruleid: timing-unsafe-comparison
  const valid = hashCode(code) === parent.magicCodeHash;
  logger.info(valid ? "parent.login" : "parent.login_failed", { parentId: parent.id });
  if (!valid) return NextResponse.json({ error: "Invalid code" }, { status: 401 });
  const session = await getIronSession<ParentSession>(await cookies(), parentSessionOptions);
  session.parentId = parent.id;
  session.schoolId = parent.schoolId;
  await session.save();
  return NextResponse.json({ ok: true });
}
