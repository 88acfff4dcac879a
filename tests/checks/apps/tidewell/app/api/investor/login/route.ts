import { NextResponse } from "next/server";
import { SignJWT } from "jose";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const key = new TextEncoder().encode(process.env.INVESTOR_JWT_SECRET);
const schema = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const { email, password } = schema.parse(await req.json());
  if (!(await checkRateLimit(`investor-login:${email}`))) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, coopId: true, role: true } });
  if (!user || !user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid email or password" }, { status: 401 });
  }
  const token = await new SignJWT({ id: user.id, email, coopId: user.coopId, accredited: user.role === "investor" })
    .setProtectedHeader({ alg: "HS256" })
    .setExpirationTime("8h")
    .sign(key);
  const res = NextResponse.json({ ok: true });
  res.cookies.set("tw_investor", token, { httpOnly: true, secure: true, sameSite: "lax" });
  return res;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function PUT(req: Request) {
  const { email, password } = schema.parse(await req.json());
  if (!(await checkRateLimit(`investor-login:${email}`))) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const ok = !!user?.passwordHash && (await bcrypt.compare(password, user.passwordHash));
  await auditLog({ actorId: user?.id, action: ok ? "investor.login" : "investor.login_failed" });
  // ok: information-disclosure
  return NextResponse.json({ ok }, { status: ok ? 200 : 401 });
}
