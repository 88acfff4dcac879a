import { NextResponse } from "next/server";
import { and, eq, gte, lte } from "drizzle-orm";
import { z } from "zod";
import { db, bookings } from "@/lib/db";

// Public availability grid: busy intervals only, no member ids.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(req.url);
  const q = z.object({ id: z.string().uuid(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).safeParse({ id, day: url.searchParams.get("day") });
  if (!q.success) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const start = new Date(`${q.data.day}T00:00:00Z`);
  const end = new Date(start.getTime() + 86_400_000);
  const rows = await db
    .select({ startsAt: bookings.startsAt, endsAt: bookings.endsAt })
    .from(bookings)
    .where(and(eq(bookings.machineId, q.data.id), gte(bookings.startsAt, start), lte(bookings.startsAt, end)));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
