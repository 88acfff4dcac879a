import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

// Full volunteer export for the PTA.
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const session = await getServerSession(authOptions);
  const user = await db.user.findFirst({ where: { email: session?.user?.email ?? undefined }, select: { activeSchoolId: true } });
  const parents = await db.parent.findMany({ where: { schoolId: user?.activeSchoolId ?? undefined }, select: { name: true, email: true, phone: true } });
  return NextResponse.json(parents);
}
