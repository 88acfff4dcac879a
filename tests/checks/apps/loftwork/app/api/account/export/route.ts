import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

// GDPR export: everything we hold about the signed-in member.
// ok: missing-auth
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const bookings = await db.selectFrom("bookings").selectAll().where("user_id", "=", session.user.id).execute();
  const visitors = await db.selectFrom("visitors").select(["full_name", "checked_in_at"]).where("host_user_id", "=", session.user.id).execute();
  return NextResponse.json({ user: { id: session.user.id, name: session.user.name, email: session.user.email }, bookings, visitors }); // ruleid: excessive-data-exposure
}
