import { NextResponse } from "next/server";
import { searchTools } from "@/lib/search";
import { pg } from "@/lib/db";

// Public tool search for the lending library page.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  if (typeof q !== "string" || q.length > 60) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  const rows = await searchTools(q);
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { q, sort } = await req.json();
  // ruleid: sql-injection
  const rows = await pg.unsafe(`SELECT id, name FROM tools WHERE name ILIKE '%${q}%' ORDER BY ${sort}`);
  return NextResponse.json(rows);
}
