import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { farms } from "@/db/schema";

// Listing for the partner directory widget.
// ok: missing-input-validation
export async function GET() {
  const rows = await db.select().from(farms).where(eq(farms.isPublic, true));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
