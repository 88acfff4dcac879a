import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "~/auth";
import { db } from "~/lib/db";
import { sql } from "~/lib/pg";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "updated_at";
  // ruleid: sql-injection
  const { rows } = await db.query(`SELECT id, title, updated_at FROM notes WHERE author_id = $1 AND title ILIKE '%${q}%' ORDER BY ${sort} DESC LIMIT 50`, [session.user.id]);
  // ok: excessive-data-exposure -- chosen columns
  return NextResponse.json(rows);
}

const SearchBody = z.object({ q: z.string().min(1).max(200) });

// ok: missing-auth
// ok: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const { q } = SearchBody.parse(await req.json());
  // ok: sql-injection -- postgres.js tagged template
  const rows = await sql`select id, title, updated_at from notes where author_id = ${session.user.id} and title ilike ${"%" + q + "%"} limit 50`;
  return NextResponse.json(rows);
}
