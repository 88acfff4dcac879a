import { NextResponse, type NextRequest } from "next/server";
import { and, eq, gte } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { appointments } from "@/lib/db/schema";
import { getPantryMembership } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const pantryId = req.nextUrl.searchParams.get("pantryId") ?? "";
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return NextResponse.json({ error: res.error }, { status: 403 });
  // ok: missing-authorization
  const rows = await db.select({ id: appointments.id, slot: appointments.slot, status: appointments.status, clientId: appointments.clientId }).from(appointments).where(and(eq(appointments.pantryId, pantryId), gte(appointments.slot, new Date())));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// Calendar sync for the pantry's shared Google calendar
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const pantryId = req.nextUrl.searchParams.get("pantryId") ?? "";
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return NextResponse.json({ error: res.error }, { status: 403 });
  // ok: missing-authorization
  const rows = await db.select().from(appointments).where(eq(appointments.pantryId, pantryId));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ events: rows });
}
