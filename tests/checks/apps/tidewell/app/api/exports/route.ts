import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { credits } from "@/lib/db/schema";

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const session = await auth();
  const coopId = (session?.user as { coopId?: string } | undefined)?.coopId;
  // ok: missing-authorization
  const rows = await db.select({ memberId: credits.memberId, month: credits.month, amountCents: credits.amountCents }).from(credits).where(eq(credits.coopId, coopId as string));
  const csv = rows.map((r) => `${r.memberId},${r.month},${r.amountCents}`).join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}
