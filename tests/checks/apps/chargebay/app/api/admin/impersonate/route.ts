import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.isPlatformAdmin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  const target = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, isPlatformAdmin: true } });
  if (!target || target.isPlatformAdmin) return NextResponse.json({ error: "cannot impersonate" }, { status: 400 });
  (await cookies()).set("cb_impersonate", target.id, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 1800 });
  await auditLog({ actorId: session.user.id, action: "admin.impersonation_started", targetId: target.id });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// todoruleid: missing-audit-log -- (gap judge: ambiguous) ending an impersonation: rule 9 does not say whether that is an admin action
export async function DELETE() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  (await cookies()).delete("cb_impersonate");
  return NextResponse.json({ ok: true });
}
