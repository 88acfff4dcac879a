import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { epaBookings } from "@/lib/db/schema";
import { verifyPartnerKey } from "@/lib/partner-auth";
import { logger } from "@/lib/logger";

const ResultSchema = z.object({ bookingId: z.string().uuid(), grade: z.enum(["fail", "pass", "merit", "distinction"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await verifyPartnerKey(req);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const parsed = ResultSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid payload", issues: parsed.error.flatten() }, { status: 422 });
  const updated = await db
    .update(epaBookings)
    .set({ status: `graded:${parsed.data.grade}` })
    // ok: missing-authorization
    .where(and(eq(epaBookings.id, parsed.data.bookingId), eq(epaBookings.orgId, key.orgId)))
    .returning({ id: epaBookings.id });
  logger.info("partner.result", { keyId: key.id, bookingId: parsed.data.bookingId });
  return NextResponse.json({ updated: updated.length });
}
