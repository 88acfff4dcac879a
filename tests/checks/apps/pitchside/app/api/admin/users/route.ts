import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

// platform staff only (super admins across all leagues)
// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await getCurrentUser();
  if (!user?.superAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const profiles = await prisma.profile.findMany({ orderBy: { email: "asc" }, take: 500 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(profiles);
}
