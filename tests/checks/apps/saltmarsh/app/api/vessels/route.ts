import { NextResponse } from "next/server";
import { db } from "@/lib/db/drizzle";
import { vessels } from "@/lib/db/schema";

// Public fleet list for the station website.
// ok: missing-auth
export async function GET() {
  const rows = await db.select({ id: vessels.id, name: vessels.name, capacity: vessels.capacity }).from(vessels);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
