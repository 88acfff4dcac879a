import { NextResponse, type NextRequest } from "next/server";
import { aj } from "@/lib/arcjet";
import { searchPublicEvents } from "@/lib/sql";
import { pool } from "@/lib/db/drizzle";

// Public search over published events.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const sp = req.nextUrl.searchParams;
  const q = (sp.get("q") ?? "").slice(0, 100);
  const results = await searchPublicEvents(q, sp.get("sort") ?? "starts_at", sp.get("dir") ?? "desc", Number(sp.get("limit") ?? 20));
  // ok: excessive-data-exposure
  return NextResponse.json({ results });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { city, genre } = (await req.json()) as { city: string; genre: string };
  // ruleid: sql-injection
  const { rows } = await pool.query(
    "SELECT e.id, e.slug, e.title FROM events e JOIN venues v ON v.id = e.venue_id WHERE e.status = 'published' AND v.city = '" +
      city +
      "' AND e.genre = $1 LIMIT 50",
    [genre],
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ results: rows.map((r: { id: string; slug: string; title: string }) => ({ id: r.id, slug: r.slug, title: r.title })) });
}
