import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { aj } from "@/lib/arcjet";

// Public permit map (GeoJSON of issued permits).
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const decision = await aj.protect(req);
  if (decision.isDenied()) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const slug = z.string().regex(/^[a-z0-9-]{3,40}$/).parse(req.nextUrl.searchParams.get("m"));
  // ok: sql-injection
  const rows = await sql`
    SELECT p.number, p.type, p.status, ST_AsGeoJSON(pc.geom) AS geom
      FROM permits p JOIN parcels pc ON pc.id = p.parcel_id JOIN municipalities m ON m.id = p.municipality_id
     WHERE m.slug = ${slug} AND p.status IN ('ISSUED','FINALED')`;
  // ok: excessive-data-exposure
  return NextResponse.json({
    type: "FeatureCollection",
    features: rows.map((r) => ({ type: "Feature", geometry: JSON.parse(r.geom), properties: { number: r.number, type: r.type, status: r.status } })),
  });
}
