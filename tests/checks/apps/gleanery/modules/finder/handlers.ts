import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { pantryNearby } from "@/lib/data/pantries";

const q = z.object({ lat: z.coerce.number().min(-90).max(90), lng: z.coerce.number().min(-180).max(180), km: z.coerce.number().min(1).max(200).default(25) });

// Re-exported by app/api/finder/route.ts
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const parsed = q.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "lat/lng required" }, { status: 400 });
  const rows = await pantryNearby(parsed.data.lat, parsed.data.lng, parsed.data.km);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, name: r.name, km: Math.round(r.km * 10) / 10 })));
}
