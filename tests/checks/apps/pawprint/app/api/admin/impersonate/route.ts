import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";

const body = z.object({ userId: z.string().cuid(), reason: z.string().min(10).max(500) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user || session.user.role !== "SUPER_ADMIN") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const imp = await prisma.impersonation.create({ data: { adminId: session.user.id, targetId: parsed.data.userId, reason: parsed.data.reason }, select: { id: true } });
  await logSecurityEvent("impersonation_started", { userId: session.user.id, detail: parsed.data.userId });
  (await cookies()).set("pp_impersonation", imp.id, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 3600 });
  return NextResponse.json({ ok: true });
}

// ruleid: missing-audit-log
// ok: missing-auth
export async function DELETE() {
  const session = await auth();
  if (!session?.user || session.user.role !== "SUPER_ADMIN") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const jar = await cookies();
  const id = jar.get("pp_impersonation")?.value;
  if (id) await prisma.impersonation.updateMany({ where: { id, adminId: session.user.id }, data: { endedAt: new Date() } });
  jar.delete("pp_impersonation");
  return NextResponse.json({ ok: true });
}
