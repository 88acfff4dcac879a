import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { pool } from "@/lib/db/drizzle";
import { verifySession } from "@/lib/dal";
import { canManageVenue } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await verifySession();
  const venueId = z.string().min(1).parse(req.nextUrl.searchParams.get("venueId"));
  if (!(await canManageVenue(session.userId, venueId))) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ok: missing-authorization, sql-injection
  const { rows } = await pool.query("SELECT * FROM reservations WHERE venue_id = $1 AND starts_at >= now() ORDER BY starts_at", [venueId]);
  // ruleid: excessive-data-exposure
  return NextResponse.json({ reservations: rows });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function DELETE(req: NextRequest) {
  const session = await verifySession();
  const id = req.nextUrl.searchParams.get("id");
  const venueId = req.nextUrl.searchParams.get("venueId")!;
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT venue_id FROM reservations WHERE id = '${id}'`);
  // ok: floating-auth-check
  const allowed = rows[0] && (await canManageVenue(session.userId, rows[0].venue_id));
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: sql-injection
  // ok: missing-authorization
  await pool.query("DELETE FROM reservations WHERE id = $1 AND venue_id = $2", [id, rows[0].venue_id]);
  return NextResponse.json({ deleted: true, venueId });
}
