import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/drizzle";

const Query = z.object({
  q: z.string().trim().max(80).default(""),
  city: z.string().trim().max(60).optional(),
  sort: z.string().default("starts_at"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

// Public discovery feed (read replica of published events).
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { q, city, sort, limit } = Query.parse(Object.fromEntries(req.nextUrl.searchParams));
  const pattern = `%${q}%`;

  if (!city) {
    // ok: sql-injection
    const rows = await sql`
      SELECT id, title, slug, venue, starts_at FROM public_events
       WHERE title ILIKE ${pattern} ORDER BY starts_at LIMIT ${limit}`;
    // ok: excessive-data-exposure
    return NextResponse.json({ events: rows });
  }

  // ruleid: sql-injection
  const rows = await sql.unsafe(
    `SELECT id, title, slug, venue, starts_at FROM public_events
      WHERE title ILIKE $1 AND city = $2 ORDER BY ${sort} LIMIT $3`,
    [pattern, city, limit],
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ events: rows });
}
