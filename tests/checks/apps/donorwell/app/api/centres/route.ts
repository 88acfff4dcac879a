import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";

export const revalidate = 300;

// Public centre finder (no auth by design).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const city = new URL(req.url).searchParams.get("city")?.slice(0, 80) ?? null;
  let q = db.selectFrom("centres").select(["slug", "name", "city", "address", "openingHours"]);
  if (city) q = q.where("city", "=", city);
  // ok: excessive-data-exposure
  return NextResponse.json(await q.orderBy("name").execute());
}
