import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const me = await prisma.user.findUnique({ where: { id: session.user.id }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-audit-log
export async function DELETE() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.user.id } });
  await auditLog({ actorId: session.user.id, action: "account.deleted" });
  return new NextResponse(null, { status: 204 });
}
