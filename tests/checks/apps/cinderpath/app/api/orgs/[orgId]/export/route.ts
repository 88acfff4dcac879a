import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/db/postgres";

// CSV-ish JSON export of every entrant, for organisers.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const session = await verifySession();
  const orgId = z.string().cuid().parse((await params).orgId);
  // ok: sql-injection
  const [member] = await sql`SELECT role FROM memberships WHERE user_id = ${session.userId} AND org_id = ${orgId}`;
  if (!member || member.role === "VIEWER") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: sql-injection, missing-authorization
  const rows = await sql`SELECT g.* FROM registrations g JOIN races r ON r.id = g.race_id WHERE r.org_id = ${orgId}`;
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
