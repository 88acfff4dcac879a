import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";

// GDPR export of the donor's own data.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const donor = await db.selectFrom("donors").selectAll().where("userId", "=", session.user.id).executeTakeFirst();
  const donations = await db.selectFrom("donations").select(["id", "volumeMl", "collectedAt"]).where("donorId", "=", donor?.id ?? "").execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ donor, donations });
}
