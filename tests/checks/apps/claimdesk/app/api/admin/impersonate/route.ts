import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { newToken } from "@/lib/crypto";
import { logger } from "@/lib/logger";

async function platformAdmin() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const u = await prisma.user.findUnique({ where: { id: session.user.id }, select: { id: true, isPlatformAdmin: true } });
  return u?.isPlatformAdmin ? u : null;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const admin = await platformAdmin();
  if (!admin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { targetUserId, reason } = z.object({ targetUserId: z.string().cuid(), reason: z.string().min(10).max(500) }).parse(await req.json());
  const token = newToken();
  await prisma.impersonation.create({ data: { adminId: admin.id, targetUserId, reason, token } });
  logger.warn({ adminId: admin.id, targetUserId, reason }, "impersonation.started");
  (await cookies()).set("cd_impersonate", token, { httpOnly: true, secure: true, maxAge: 3600 });
  return NextResponse.json({ ok: true });
}

// Ends an impersonation session; the support tool calls it with the token in the body
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const admin = await platformAdmin();
  if (!admin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { id, token } = z.object({ id: z.string().cuid(), token: z.string().min(20) }).parse(await req.json());
  const imp = await prisma.impersonation.findFirst({ where: { id, adminId: admin.id, endedAt: null }, select: { id: true, token: true } });
  // ruleid: timing-unsafe-comparison
  if (!imp || imp.token != token) return NextResponse.json({ error: "not_found" }, { status: 404 });
  await prisma.impersonation.update({ where: { id: imp.id }, data: { endedAt: new Date() } });
  (await cookies()).delete("cd_impersonate");
  return NextResponse.json({ ok: true });
}
