import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

// Support console (contractor portal) impersonation.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const admin = await prisma.user.findUnique({ where: { id: session.user.id }, select: { isSuperAdmin: true } });
  if (!admin?.isSuperAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId, reason } = z.object({ userId: z.string().cuid(), reason: z.string().min(10) }).parse(await req.json());
  const raw = randomBytes(32).toString("hex");
  await prisma.impersonation.create({ data: { adminId: session.user.id, userId, reason, token: sha256(raw), expiresAt: new Date(Date.now() + 1800_000) } });
  const res = NextResponse.json({ ok: true });
  res.cookies.set("pl_impersonate", raw, { httpOnly: true, secure: true, maxAge: 1800 });
  return res;
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const admin = await prisma.user.findUnique({ where: { id: session.user.id }, select: { isSuperAdmin: true } });
  if (!admin?.isSuperAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const active = await prisma.impersonation.findMany({ where: { expiresAt: { gt: new Date() } } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(active);
}
