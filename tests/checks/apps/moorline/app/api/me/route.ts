import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";

/** Used by the dock-hand mobile app on launch. */
// ok: missing-auth
export async function GET() {
  const { userId } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: { select: { orgId: true, role: true } } } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}
