import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, machines } from "@/lib/db";

// Public: machine list for the website.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const rows = await db.select().from(machines).where(eq(machines.active, true));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
