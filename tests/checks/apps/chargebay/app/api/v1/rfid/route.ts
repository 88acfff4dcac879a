import { NextResponse } from "next/server";
import { db } from "@/lib/drizzle";
import { rfidCards } from "@/lib/drizzle/schema";
import { withApiKey } from "@/lib/api/handlers";

// Bulk RFID provisioning from fleet-card issuers.
// ok: missing-auth
// ruleid: missing-input-validation
export const POST = withApiKey("rfid:write", async (req, { key }) => {
  const body = (await req.json()) as { cards: Array<Record<string, unknown>> };
  try {
    const inserted = await db
      .insert(rfidCards)
      // ruleid: mass-assignment
      .values(body.cards.map((c) => ({ ...c, tenantId: key.tenantId }) as typeof rfidCards.$inferInsert))
      .returning({ id: rfidCards.id, uid: rfidCards.uid });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: inserted }, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
});
