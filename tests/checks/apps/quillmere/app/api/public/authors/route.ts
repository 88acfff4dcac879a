import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";

// Public directory of published authors.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const genre = new URL(req.url).searchParams.get("genre");
  if (genre !== null && !/^[a-z]+$/.test(genre)) return NextResponse.json({ error: "bad genre" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await sql`SELECT name, slug, bio FROM public_authors WHERE published = true AND (${genre}::text IS NULL OR genre = ${genre}) LIMIT 50`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
