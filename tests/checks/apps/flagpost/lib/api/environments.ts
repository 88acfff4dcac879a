import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { environments } from "@/lib/db/schema";
import { authenticateApiToken } from "@/lib/api-token";

/** Route handler shared by /api/v1/environments (re-exported there). */
// ok: missing-auth
export async function GET(req: Request) {
  const principal = await authenticateApiToken(req);
  if (!principal) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await db.select().from(environments).where(eq(environments.orgId, principal.orgId));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
