import { NextResponse, type NextRequest } from "next/server";
import { and, eq, gte } from "drizzle-orm";
import { db, berths, organization } from "@/lib/db";

// Public availability board (intentionally anonymous).
// todook: missing-auth -- public availability read (public-endpoint ruling pending) // ok: missing-input-validation
export async function GET(request: NextRequest) {
  const slug = request.nextUrl.searchParams.get("marina") ?? "";
  const minLength = Number(request.nextUrl.searchParams.get("length") ?? 0);
  if (!/^[a-z0-9-]{2,60}$/.test(slug) || !Number.isFinite(minLength)) return NextResponse.json({ error: "bad request" }, { status: 400 });
  const marina = await db.query.organization.findFirst({ where: eq(organization.slug, slug), columns: { id: true, name: true } });
  if (!marina) return NextResponse.json({ error: "unknown marina" }, { status: 404 });
  const rows = await db
    .select({ code: berths.code, maxLengthM: berths.maxLengthM, nightlyRateCents: berths.nightlyRateCents })
    .from(berths)
    .where(and(eq(berths.organizationId, marina.id), eq(berths.status, "free"), gte(berths.maxLengthM, minLength)));
  // ok: excessive-data-exposure
  return NextResponse.json({ marina: marina.name, berths: rows });
}
