import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const revalidate = 300;

// ok: missing-auth
export async function GET() {
  const locations = await db
    .selectFrom("locations")
    .select(["id", "slug", "name", "city", "address", "timezone"])
    .where("is_public", "=", 1)
    .orderBy("city")
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ locations });
}
