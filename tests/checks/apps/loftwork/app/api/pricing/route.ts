import { NextResponse } from "next/server";
import { sql } from "kysely";
import { z } from "zod";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const city = z.string().max(80).catch("").parse(new URL(req.url).searchParams.get("city") ?? "");
  // ok: sql-injection
  const { rows } = await sql<{ city: string; desk_from: number; room_from: number }>`
    SELECT l.city, MIN(d.hourly_cents) AS desk_from, MIN(r.hourly_cents) AS room_from
      FROM locations l
      LEFT JOIN desks d ON d.location_id = l.id AND d.active = 1
      LEFT JOIN rooms r ON r.location_id = l.id
     WHERE l.is_public = 1 AND (${city} = '' OR l.city = ${city})
     GROUP BY l.city`.execute(db);
  // ok: excessive-data-exposure
  return NextResponse.json({ pricing: rows });
}
