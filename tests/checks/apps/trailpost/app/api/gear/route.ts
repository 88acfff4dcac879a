import { NextResponse, type NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { gearItems } from "@/lib/db/schema";

// Public gear catalogue per operator.

// todook: missing-auth -- (gap judge W, B) public catalogue columns only
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const orgId = v.parse(v.pipe(v.string(), v.maxLength(40)), req.nextUrl.searchParams.get("org"));
  const items = await db.select({ id: gearItems.id, name: gearItems.name, category: gearItems.category, dailyRateCents: gearItems.dailyRateCents }).from(gearItems).where(eq(gearItems.orgId, orgId));
  // ok: excessive-data-exposure
  return NextResponse.json(items);
}

// ok: missing-input-validation
export async function HEAD(req: NextRequest) {
  const orgId = req.nextUrl.searchParams.get("org") ?? "";
  const all = await db.select().from(gearItems).where(eq(gearItems.orgId, orgId));
  return new NextResponse(null, { headers: { "x-count": String(all.length) } });
}
