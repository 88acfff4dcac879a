import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/drizzle";
import { users, memberships } from "@/lib/db/schema";

// ok: missing-auth
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const orgs = await db.select({ orgId: memberships.orgId, role: memberships.role }).from(memberships).where(eq(memberships.userId, user.id));
  const [profile] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, user.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ ...profile, orgs });
}
