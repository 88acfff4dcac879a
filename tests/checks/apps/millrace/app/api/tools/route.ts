import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, tools } from "@/lib/db";

// Public lending-library catalogue.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const rows = await db.select().from(tools).where(eq(tools.available, true));
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((t) => ({ id: t.id, name: t.name, location: t.location })));
}
