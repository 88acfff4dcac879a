import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const slug = new URL(req.url).searchParams.get("foundation");
  if (typeof slug !== "string" || !/^[a-z0-9-]{2,60}$/.test(slug)) return NextResponse.json({ error: "bad foundation" }, { status: 400 });
  // ok: sql-injection
  const rows = await sql`select p.id, p.name, p.description from "Program" p join "Foundation" f on f.id = p."foundationId" where f.slug = ${slug} and p."isPublic" = true`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
