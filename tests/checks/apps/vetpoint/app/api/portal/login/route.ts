import { NextResponse } from "next/server";
import { verify } from "@node-rs/argon2";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { lucia } from "@/lib/auth/lucia";
import { authLimiter } from "@/lib/ratelimit";
import { createAuditLog } from "@/lib/audit";

const Body = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(1)) });

// Mobile app sign-in.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await authLimiter.limit(`api-login:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  const body = v.safeParse(Body, await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid request" }, { status: 400 });
  const owner = await prisma.owner.findUnique({ where: { email: body.output.email }, select: { id: true, passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = owner ? await verify(owner.passwordHash, body.output.password) : false;
  if (!owner || !ok) {
    await createAuditLog({ actorId: owner?.id ?? "anonymous", action: "owner.login_failed", meta: { ip } });
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid email or password" }, { status: 401 });
  }
  await createAuditLog({ actorId: owner.id, action: "owner.login", meta: { ip } });
  const session = await lucia.createSession(owner.id, {});
  return NextResponse.json({ token: session.id });
}
