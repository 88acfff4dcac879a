import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { client } from "@/lib/db";

// ok: missing-auth
// ruleid: missing-input-validation -- a search param pasted into SQL text
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return new Response(null, { status: 401 });
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") === "amount" ? "amount_cents" : "created_at";
  // ruleid: sql-injection
  const rows = await client.unsafe(
    `select id, number, amount_cents from invoices where created_by = $1 and number ilike '%${q}%' order by ${sort} desc`,
    [session.user.id],
  );
  return NextResponse.json(rows);
}

// ok: missing-auth
// ok: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return new Response(null, { status: 401 });
  const { q } = await req.json();
  if (typeof q !== "string" || q.length > 100) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  // ok: sql-injection -- postgres.js tagged template
  const rows = await client`select id, number from invoices where created_by = ${session.user.id} and number ilike ${"%" + q + "%"}`;
  return NextResponse.json(rows);
}
