import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";

export const revalidate = 300;

// ok: missing-auth, missing-input-validation
export async function GET() {
  const festivals = await db.selectFrom("festivals").select(["slug", "name", "starts_at", "ends_at"]).where("status", "=", "published").orderBy("starts_at").execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ festivals });
}
