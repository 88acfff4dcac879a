import { NextRequest, NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// Platform support console.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const me = await getCurrentUser();
  if (!me?.isPlatformAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const email = req.nextUrl.searchParams.get("email") ?? "";
  if (email.length > 200) return NextResponse.json({ error: "bad query" }, { status: 400 });
  const users = await prisma.user.findMany({ where: { email: { contains: email } }, take: 25 });
  // why: full User rows (passwordHash, twoFactorSecret, resetToken) sent to the console
  // ruleid: excessive-data-exposure
  return NextResponse.json(users);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: NextRequest) {
  const me = await getCurrentUser();
  if (!me?.isPlatformAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = req.nextUrl.searchParams.get("id");
  if (!id || !/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: me.id, action: "platform_user_deleted", target: id });
  return new NextResponse(null, { status: 204 });
}
