import { NextResponse } from "next/server";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { auth } from "@/lib/auth/better";

const body = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// Staff mobile app sign-in (returns a bearer session token)
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const parsed = body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid request" }, { status: 400 });
  const rl = await checkRateLimit(`mobile-login:${parsed.data.email}`);
  if (!rl.success) return NextResponse.json({ error: "too many attempts" }, { status: 429 });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  if (!user) {
    await auditLog({ action: "auth.mobile.failed", meta: { email: parsed.data.email } });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "User not found" }, { status: 404 });
  }
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    await auditLog({ actorId: user.id, action: "auth.mobile.failed" });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Incorrect password" }, { status: 401 });
  }
  const { token } = await auth.api.signInEmail({ body: parsed.data });
  await auditLog({ actorId: user.id, action: "auth.mobile.succeeded" });
  return NextResponse.json({ token });
}
