import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { epaBookings, apprentices } from "@/lib/db/schema";
import { getOrgContext } from "@/lib/auth/session";

const Booking = z.object({ apprenticeId: z.string().uuid(), assessmentOrg: z.string().min(2).max(40), scheduledFor: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  try {
    const ctx = await getOrgContext();
    const input = Booking.parse(await req.json());
    const [appr] = await db
      .select({ id: apprentices.id })
      .from(apprentices)
      // ok: missing-authorization
      .where(and(eq(apprentices.id, input.apprenticeId), eq(apprentices.orgId, ctx.orgId)));
    if (!appr) return NextResponse.json({ error: "Not found" }, { status: 404 });
    // ok: mass-assignment
    const [row] = await db.insert(epaBookings).values({ ...input, orgId: ctx.orgId }).returning({ id: epaBookings.id });
    return NextResponse.json(row, { status: 201 });
  } catch (e: any) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e.message, stack: e.stack }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const ctx = await getOrgContext();
  const rows = await db.select().from(epaBookings).where(eq(epaBookings.orgId, ctx.orgId));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
