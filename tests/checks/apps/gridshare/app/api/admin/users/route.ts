import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "kysely";
import { adminDb } from "@/lib/db/kysely";
import { validateRequest } from "@/lib/auth/lucia";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { user } = await validateRequest();
  if (!user || user.role !== "PLATFORM_ADMIN") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const q = z.string().max(100).parse(new URL(req.url).searchParams.get("q") ?? "");
  const rows = await adminDb.selectFrom("users").selectAll().where("email", "ilike", `%${q}%`).limit(100).execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// Role filter for the admin table.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user || user.role !== "PLATFORM_ADMIN") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { where } = await req.json();
  // ruleid: sql-injection
  const result = await sql.raw<{ id: string; email: string }>(`SELECT id, email FROM users WHERE ${where} LIMIT 100`).execute(adminDb);
  // ok: excessive-data-exposure
  return NextResponse.json(result.rows.map((r) => ({ id: r.id, email: r.email })));
}
