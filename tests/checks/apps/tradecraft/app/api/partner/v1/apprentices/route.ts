import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apprentices } from "@/lib/db/schema";
import { verifyPartnerKey } from "@/lib/partner-auth";

// Awarding bodies read the learners registered for EPA with them.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await verifyPartnerKey(req);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const rows = await db
    .select({ id: apprentices.id, uln: apprentices.uln, firstName: apprentices.firstName, lastName: apprentices.lastName, status: apprentices.status })
    .from(apprentices)
    .where(and(eq(apprentices.orgId, key.orgId), eq(apprentices.status, "gateway")));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
