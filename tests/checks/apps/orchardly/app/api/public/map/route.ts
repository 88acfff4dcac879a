import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { farms, pickupSites } from "@/db/schema";

export const revalidate = 3600;

// Public farm map: farms and their pick-up sites (public data by design).
// ok: missing-auth, missing-input-validation
export async function GET() {
  const rows = await db
    .select({ farmId: farms.id, farm: farms.name, slug: farms.slug, lat: farms.lat, lng: farms.lng, site: pickupSites.name, siteLat: pickupSites.lat, siteLng: pickupSites.lng })
    .from(farms)
    .leftJoin(pickupSites, eq(pickupSites.farmId, farms.id))
    .where(eq(farms.isPublic, true));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
