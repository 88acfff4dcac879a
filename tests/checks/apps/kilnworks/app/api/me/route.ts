import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, users } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { logSecurityEvent } from "@/lib/audit";

// Used by the mobile app on launch.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const me = await db.query.users.findFirst({ where: eq(users.id, session.userId) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE() {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  try {
    // ok: missing-authorization
    await db.delete(users).where(eq(users.id, session.userId));
    await logSecurityEvent("account.deleted", session.userId, { via: "api" });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Could not delete account", cause: e }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}
