import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { epaBookings } from "@/lib/db/schema";
import { verifyPartnerKey } from "@/lib/partner-auth";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const key = await verifyPartnerKey(req);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ruleid: missing-authorization
  const [booking] = await db
    .select({ id: epaBookings.id, scheduledFor: epaBookings.scheduledFor, status: epaBookings.status })
    .from(epaBookings)
    .where(eq(epaBookings.id, id));
  if (!booking) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(booking);
}
