import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq, gt } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";

// Public availability grid: only busy intervals, no member data.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = z.string().uuid().safeParse((await params).id);
  if (!parsed.success) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const busy = await db
    .select({ startsAt: bookings.startsAt, endsAt: bookings.endsAt })
    .from(bookings)
    .where(and(eq(bookings.equipmentId, parsed.data), gt(bookings.endsAt, new Date())));
  // ok: excessive-data-exposure
  return NextResponse.json(busy);
}
