import { NextResponse, type NextRequest } from "next/server";
import { sql, db as vercelDb } from "@vercel/postgres";

const ORDER: Record<string, string> = { rate: "hourly_rate_cents", rating: "avg_rating", newest: "created_at" };

// Public directory search.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const city = (sp.get("city") ?? "").slice(0, 60);
  const order = ORDER[sp.get("sort") ?? "rating"] ?? ORDER.rating;
  if (!/^[\p{L} .'-]*$/u.test(city)) return NextResponse.json({ error: "bad city" }, { status: 400 });
  const client = await vercelDb.connect();
  try {
    // ok: sql-injection
    const { rows } = await client.query(
      `SELECT slug, headline, city, hourly_rate_cents FROM public_sitters WHERE ($1 = '' OR city ILIKE $1) ORDER BY ${order} DESC LIMIT 50`,
      [city],
    );
    // ok: excessive-data-exposure
    return NextResponse.json(rows);
  } finally {
    client.release();
  }
}

// Typeahead used by the home page search box.
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const { q } = await req.json();
  // ruleid: sql-injection
  const { rows } = await sql.query(`SELECT slug, headline FROM public_sitters WHERE headline ILIKE '%${q}%' LIMIT 10`);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: NextRequest) {
  const body = await req.json();
  if (typeof body?.slug !== "string" || !/^[a-z0-9-]{3,60}$/.test(body.slug)) return NextResponse.json({ error: "bad slug" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await sql`SELECT slug, headline, city FROM public_sitters WHERE slug = ${body.slug}`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows[0] ?? null);
}
