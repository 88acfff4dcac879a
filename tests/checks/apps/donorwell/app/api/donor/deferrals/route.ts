import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db
    .selectFrom("deferrals")
    .innerJoin("donors", "donors.id", "deferrals.donorId")
    .select(["deferrals.id", "deferrals.reason", "deferrals.until", "deferrals.lifted"])
    .where("donors.userId", "=", session.user.id)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
